"""Migrations: head matches the models; upgrades are atomic and backed up; newer files refused."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401
from app.services.database import StorageProblem, open_database
from app.storage import migrate
from app.storage.database import Database
from app.storage.location import Location

SECOND_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("motto", sa.String(), nullable=True))
    {extra}


def downgrade():
    pass
"""


HEAD = migrate.head_revision()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_models_and_migration_head_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_a_fresh_database_is_at_head_with_wal_and_foreign_keys(database: Database) -> None:
    assert migrate.stored_revision(database.location.database) == migrate.head_revision()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_seed_catalogues_are_in_the_baseline(database: Database) -> None:
    with database.engine.connect() as connection:
        topics = connection.exec_driver_sql("SELECT count(*) FROM topic").scalar()
        caps = dict(
            connection.exec_driver_sql(
                "SELECT kind || valid_from_year, cap_cents FROM allowance_cap"
            ).all()
        )
    assert topics and topics >= 10
    assert caps["volunteer_allowance2026"] == 96_000
    assert caps["trainer_allowance2021"] == 300_000


def test_a_database_from_a_newer_lotse_is_refused_and_left_untouched(
    database: Database, location: Location
) -> None:
    database.close()
    with sqlite3.connect(location.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before = digest(location.database)
    with pytest.raises(StorageProblem, match="newer version of Lotse"):
        open_database(location)
    assert digest(location.database) == before


@pytest.fixture
def two_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A copy of the packaged migrations with a second revision the test writes."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    def write(extra: str = "pass") -> None:
        text = SECOND_REVISION.format(extra=extra, head=HEAD)
        (scripts / "versions" / "9001_motto.py").write_text(text)

    return write


def test_upgrade_runs_at_start_after_a_backup(
    database: Database,
    location: Location,
    two_revisions,  # type: ignore[no-untyped-def]
) -> None:
    database.close()
    two_revisions()
    reopened = open_database(location)
    try:
        assert migrate.stored_revision(location.database) == "9001"
        with reopened.engine.connect() as connection:
            columns = [
                row[1] for row in connection.exec_driver_sql("PRAGMA table_info(organisation)")
            ]
        assert "motto" in columns
    finally:
        reopened.close()
    backups = list(location.backup_dir.glob(f"lotse-before-migration-{HEAD}-*.sqlite3"))
    assert len(backups) == 1
    assert migrate.stored_revision(backups[0]) == HEAD


def test_a_failing_migration_changes_nothing(
    database: Database,
    location: Location,
    two_revisions,  # type: ignore[no-untyped-def]
) -> None:
    database.close()
    two_revisions('op.execute("SELECT no_such_function()")')
    with pytest.raises(StorageProblem, match="nothing was changed"):
        open_database(location)
    assert migrate.stored_revision(location.database) == HEAD
    with sqlite3.connect(location.database) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(organisation)")]
        organisations = connection.execute("SELECT name FROM organisation").fetchall()
    connection.close()
    assert "motto" not in columns
    assert organisations == [("Brückenschlag e.V.",)]


def test_a_migration_that_breaks_foreign_keys_is_rolled_back(
    database: Database,
    location: Location,
    two_revisions,  # type: ignore[no-untyped-def]
) -> None:
    """Migrations run with foreign keys off (table rebuilds need that) and are checked after."""
    database.close()
    two_revisions(
        'op.execute("INSERT INTO project (organisation_id, code, name, programme, start_date, '
        "esf, retention_years, archived, created_at) VALUES (42, 'X', 'X', 'X', '2026-01-01', "
        "0, 5, 0, '2026-01-01')\")"
    )
    with pytest.raises(StorageProblem, match="foreign key check failed"):
        open_database(location)
    assert migrate.stored_revision(location.database) == HEAD
    with sqlite3.connect(location.database) as connection:
        codes = connection.execute("SELECT code FROM project").fetchall()
    connection.close()
    assert codes == [("WIR-2026",)]
