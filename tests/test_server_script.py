"""installer/server/create_lotse_database.sql: the database and service account a club's
administrator creates, and Lotse set up and used through that account alone."""

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.services.auth import log_in
from app.services.setup import SetupInput, initialise
from app.storage.location import resolve
from tests.conftest import (
    ADMIN_PASSWORD,
    SERVER_PASSWORD,
    first_project,
    postgres_admin,
    server_address,
)
from tests.postgres import server_url

SCRIPT = Path(__file__).parent.parent / "installer" / "server" / "create_lotse_database.sql"


def psql(*arguments: str) -> subprocess.CompletedProcess[str]:
    url = server_url()
    query = {
        name: value if isinstance(value, str) else value[0] for name, value in url.query.items()
    }
    program = shutil.which("psql")
    if program is None:
        pytest.skip("psql is not installed")
    return subprocess.run(
        [program, "-h", query["host"], "-p", query.get("port", "5432"), "-U", "postgres",
         "-X", "-q", *arguments],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


@pytest.fixture
def club_database() -> Iterator[str]:
    """The script run as the superuser: a database and an account named for this test."""
    name = f"lotse_script_{uuid.uuid4().hex[:10]}"
    done = psql("-v", f"password={SERVER_PASSWORD}", "-v", f"database={name}",
                "-v", f"account={name}", "-f", str(SCRIPT))  # fmt: skip
    assert done.returncode == 0, done.stderr
    yield name
    with postgres_admin() as server:
        server.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.execute(text(f'DROP ROLE IF EXISTS "{name}"'))


def test_the_account_has_no_rights_on_the_server(club_database: str) -> None:
    with postgres_admin() as server:
        role = server.execute(
            text(
                "SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, "
                "rolcanlogin FROM pg_roles WHERE rolname = :name"
            ),
            {"name": club_database},
        ).one()
        public_may_connect = server.execute(
            text("SELECT has_database_privilege('public', :name, 'CONNECT')"),
            {"name": club_database},
        ).scalar()
        collation = server.execute(
            text("SELECT datcollate FROM pg_database WHERE datname = :name"),
            {"name": club_database},
        ).scalar()
    assert tuple(role) == (False, False, False, False, False, True)
    assert public_may_connect is False
    assert collation == "C.UTF-8"  # sorts like SQLite on a laptop


def test_lotse_sets_up_and_works_through_the_account_alone(
    club_database: str, tmp_path: Path
) -> None:
    address = replace(server_address(club_database), user=club_database)
    location = replace(resolve(tmp_path / "workstation"), server=address)
    setup = SetupInput(
        "Brückenschlag e.V.", "admin", ADMIN_PASSWORD, "Amira Haddad", first_project()
    )

    database, _admin, recovery_key = initialise(location, setup, SERVER_PASSWORD)
    database.close()
    login = log_in(location, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    login.database.close()

    assert recovery_key is None
    engine = create_engine(server_url().set(database=club_database))
    try:
        with engine.connect() as connection:
            owners = set(
                connection.execute(
                    text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
    finally:
        engine.dispose()
    assert owners == {club_database}
