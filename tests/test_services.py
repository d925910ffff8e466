"""Setup, login, users and projects: validation, audit and atomicity."""

import pytest
from sqlalchemy import text
from sqlmodel import select

from app.domain.enums import AuditAction, Role
from app.domain.models import AuditEvent, User
from app.services import team
from app.services.actor import Actor
from app.services.auth import authenticate, log_in
from app.services.database import is_initialised, open_database
from app.services.errors import (
    AlreadyInitialised,
    AuthenticationFailed,
    NotInitialised,
    ValidationError,
)
from app.services.numbering import next_case_number
from app.services.projects import ProjectInput, add_project
from app.services.setup import SetupInput, initialise
from app.services.users import add_user
from app.storage.database import Database
from app.storage.keyslots import new_database_key
from app.storage.location import Location
from tests.conftest import ADMIN_PASSWORD, SERVER_PASSWORD, first_project, postgres_admin


def audit_events(database: Database) -> list[AuditEvent]:
    with database.session() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.id)).all())  # type: ignore[arg-type]


def test_setup_creates_organisation_admin_project_and_audit(
    database: Database, admin: Actor
) -> None:
    assert admin.role == Role.ADMIN and admin.display_name == "Amira Haddad"
    actions = [(e.action, e.entity) for e in audit_events(database)]
    assert actions == [
        (AuditAction.INIT, "organisation"),
        (AuditAction.CREATE, "user"),
        (AuditAction.CREATE, "project"),
    ]


def test_failed_setup_leaves_nothing(location: Location) -> None:
    if location.server is not None:
        # An empty database, as the server's administrator hands it over for set-up.
        with postgres_admin() as server:
            server.execute(text(f'CREATE DATABASE "{location.server.database}"'))
    bad_project = ProjectInput("WIR", "Name", "ESF", start="31.02.2026")
    with pytest.raises(ValidationError, match=r"Start date: '31\.02\.2026' is not a date"):
        initialise(location, SetupInput("Verein", "admin", ADMIN_PASSWORD, None, bad_project))
    assert not location.database.exists()
    if location.server is None:
        assert not is_initialised(location)
        with pytest.raises(NotInitialised, match="lotse init"):
            open_database(location, new_database_key())
    else:  # the server's database is still empty: logging in asks for the set-up
        assert not team.is_set_up(location.server, SERVER_PASSWORD)
        with pytest.raises(NotInitialised, match="lotse init --server"):
            log_in(location, "admin", ADMIN_PASSWORD)


def test_second_setup_is_refused(initialised: tuple[Database, Actor], location: Location) -> None:
    # Laptop and server word it differently; both say that nothing was touched.
    with pytest.raises(AlreadyInitialised, match="nothing was changed"):
        initialise(location, SetupInput("Anderer Verein", "root", ADMIN_PASSWORD))


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("", ADMIN_PASSWORD, "User name: this field is required"),
        ("a b", ADMIN_PASSWORD, "User name: 'a b' is not allowed"),
        ("admin2", "kurz", "Password: at least 8 characters"),
    ],
)
def test_setup_input_is_checked_field_by_field(
    location: Location, username: str, password: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        initialise(location, SetupInput("Verein", username, password))
    assert not location.database.exists()


def test_passwords_are_stored_as_argon2id_hashes_only(database: Database, admin: Actor) -> None:
    add_user(database, admin, "Leyla.Demir", "advisor", "sehr-geheim-42", "Leyla Demir")
    with database.session() as session:
        users = session.exec(select(User)).all()
    assert all(user.password_hash.startswith("$argon2id$") for user in users)
    database.engine.dispose()
    files = sorted(database.location.data_dir.glob("lotse.sqlite3*"))
    # A workstation in team mode keeps no database file; the server holds the hashes.
    assert bool(files) == (database.location.server is None)
    for path in files:
        content = path.read_bytes()
        assert b"sehr-geheim-42" not in content and ADMIN_PASSWORD.encode() not in content


def test_login_is_audited_and_wrong_passwords_are_refused(database: Database) -> None:
    actor = authenticate(database, " ADMIN ", ADMIN_PASSWORD)
    assert actor.username == "admin"
    with pytest.raises(AuthenticationFailed, match="wrong"):
        authenticate(database, "admin", "falsch")
    with pytest.raises(AuthenticationFailed):
        authenticate(database, "nobody", ADMIN_PASSWORD)
    events = [(e.action, e.username) for e in audit_events(database)][-3:]
    assert events == [
        (AuditAction.LOGIN, "admin"),
        (AuditAction.LOGIN_FAILED, "admin"),
        # A name that is no account is never stored: it may be a mistyped password.
        (AuditAction.LOGIN_FAILED, ""),
    ]


def test_user_add_validates_and_audits_field_names_not_values(
    database: Database, admin: Actor
) -> None:
    user = add_user(database, admin, "Olena.Koval", "coordinator", "sehr-geheim-42")
    assert user.username == "olena.koval" and user.role == Role.COORDINATOR
    with pytest.raises(ValidationError, match=r"Role: unknown value 'boss'\. Allowed: admin,"):
        add_user(database, admin, "bob", "boss", "sehr-geheim-42")
    with pytest.raises(ValidationError, match="already taken"):
        add_user(database, admin, "OLENA.KOVAL", "advisor", "sehr-geheim-42")
    event = audit_events(database)[-1]
    assert event.entity == "user" and event.fields == "display_name,password,role,username"
    assert "sehr-geheim" not in (event.fields or "") + (event.reason or "")


def test_project_rules(database: Database, admin: Actor) -> None:
    project = add_project(
        database,
        admin,
        ProjectInput(
            "tandem", "Tandem", "Menschen stärken Menschen", "2026-04-01", hourly_rate="12,82"
        ),
    )
    assert project.code == "TANDEM" and project.hourly_rate_cents == 1282 and not project.esf
    with pytest.raises(ValidationError, match="already exists"):
        add_project(database, admin, first_project())
    with pytest.raises(ValidationError, match="End date: must not be before the start date"):
        add_project(database, admin, ProjectInput("X", "X", "X", "01.05.2026", end="01.04.2026"))
    with pytest.raises(ValidationError, match="Hourly rate: 'zehn' is not an amount"):
        add_project(database, admin, ProjectInput("Y", "Y", "Y", "01.05.2026", hourly_rate="zehn"))
    with pytest.raises(ValidationError, match="Project code: 'a b' is not allowed"):
        add_project(database, admin, ProjectInput("a b", "Y", "Y", "01.05.2026"))


def test_case_numbers_are_never_reused(database: Database) -> None:
    with database.session() as session:
        first = next_case_number(session, 2026)
        second = next_case_number(session, 2026)
        session.commit()
    assert (first, second) == ("2026-0001", "2026-0002")
    with database.engine.begin() as connection:  # a case removed later frees no number
        connection.exec_driver_sql(
            "INSERT INTO participant (case_number, first_name, last_name, gender, status, "
            "search_text, created_at, updated_at) VALUES ('2026-0002', 'A', 'B', 'male', "
            "'open', '', '2026-01-01', '2026-01-01')"
        )
        connection.exec_driver_sql("DELETE FROM participant WHERE case_number = '2026-0002'")
    with database.session() as session:
        assert next_case_number(session, 2026) == "2026-0003"
        assert next_case_number(session, 2027) == "2027-0001"
