"""Demo data: deterministic, realistic, complete and consistent."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.actor import Actor
from app.services.check import CheckResult, check_file, check_server
from app.services.demo import create_demo_data
from app.services.errors import ValidationError
from app.services.setup import SetupInput
from app.storage.database import Database
from app.storage.sql_dialect import as_int, year_of
from tests.clubs import new_club

TODAY = date(2026, 11, 20)


def rows(database: Database, sql: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def dialect(database: Database) -> str:
    return database.engine.dialect.name


def checked(database: Database) -> CheckResult:
    """What ``lotse check`` says about the database: the file, or the server's."""
    if database.location.server is None:
        return check_file(database.location.database, database.key)
    return check_server(database.engine)


def test_demo_data_is_deterministic(tmp_path: Path) -> None:
    snapshots = []
    setup = SetupInput("Verein", "admin", "passwort-1-lang")
    for name in ("one", "two"):
        with new_club(tmp_path / name, setup) as (database, admin):
            create_demo_data(
                database, admin, 60, seed=11, staff_password="passwort-1-lang", today=TODAY
            )
            snapshots.append(
                rows(
                    database,
                    "SELECT case_number, first_name, last_name, birth_date, gender "
                    "FROM participant ORDER BY case_number",
                )
                + rows(
                    database,
                    "SELECT participant_id, date, duration_minutes, note "
                    "FROM consultation ORDER BY id",
                )
                + rows(
                    database, "SELECT volunteer_id, date, minutes FROM volunteer_hours ORDER BY id"
                )
            )
    assert snapshots[0] == snapshots[1]


def test_demo_looks_like_a_real_club(database: Database, admin: Actor) -> None:
    summary = create_demo_data(
        database, admin, 400, seed=3, staff_password="passwort-1-lang", today=TODAY
    )
    assert summary.participants == 400
    assert summary.consultations > 400 and summary.follow_ups > 0 and summary.volunteers >= 12
    assert summary.hours > 0 and summary.mentorships > 0 and summary.events > 0
    names = {row[0] for row in rows(database, "SELECT last_name FROM participant")}
    for expected in (
        {"Haddad", "Khalil", "Mansour", "Al-Hassan", "Darwish", "Saleh"},  # Arabic
        {"Kovalenko", "Shevchenko", "Melnyk", "Bondarenko", "Sokolová", "Соколова"},
        {"Yılmaz", "Kaya", "Şahin", "Öztürk", "Çelik", "Demir"},  # Turkish
        {"Ahmadi", "Hosseini", "Karimi", "Rahimi", "Mohammadi", "Rezaei"},  # Farsi
        {"Müller", "Schneider", "Weber", "Hoffmann"},
    ):
        assert names & expected, expected
    projects = rows(database, "SELECT code, esf FROM project ORDER BY code")
    assert ("WIR-HANNOVER", 1) in projects and ("TANDEM", 0) in projects
    esf_enrollments = rows(
        database,
        "SELECT count(*) FROM enrollment e JOIN project p ON p.id = e.project_id WHERE p.esf",
    )[0][0]
    assert esf_enrollments > 100
    due = rows(database, f"SELECT count(*) FROM follow_up WHERE due_date <= '{TODAY}'")[0][0]
    assert due > 0  # some follow-ups are due on the start page
    # first consultation of every case is the "first" kind
    assert rows(
        database,
        "SELECT DISTINCT kind FROM consultation c WHERE date = "
        "(SELECT min(date) FROM consultation WHERE participant_id = c.participant_id) "
        "AND participant_id IS NOT NULL AND id = (SELECT min(id) FROM consultation "
        "WHERE participant_id = c.participant_id)",
    ) == [("first",)]
    assert (
        rows(database, "SELECT count(*) FROM consultation WHERE participant_id IS NULL")[0][0] > 0
    )
    # People arrive before they come for counselling; events name partners and languages.
    assert rows(
        database,
        "SELECT count(*) FROM participant WHERE arrival_year > "
        + year_of(dialect(database), "created_at"),
    ) == [(0,)]
    assert rows(database, "SELECT count(DISTINCT partner_organisation) FROM event")[0][0] > 1
    assert rows(database, "SELECT count(DISTINCT language_code) FROM event_language")[0][0] > 1
    # Recognition procedures agree with the case form's status; exits into work have
    # placements, linked to the exit.
    disagreeing = rows(
        database,
        "SELECT count(*) FROM recognition_procedure r JOIN participant p "
        "ON p.id = r.participant_id WHERE p.reference_occupation IS DISTINCT FROM r.occupation "
        "OR (p.recognition_status = 'applied') <> (r.result IS NULL) "
        f"OR r.decided_on > '{TODAY}' OR r.decided_on < r.applied_on",
    )[0][0]
    assert disagreeing == 0
    assert rows(database, "SELECT count(DISTINCT result) FROM recognition_procedure")[0][0] == 3
    linked = rows(
        database,
        "SELECT count(*), sum("
        + as_int("e.exit_status IN ('employed', 'self_employed')")
        + ") FROM placement pl JOIN enrollment e ON e.id = pl.enrollment_id",
    )[0]
    assert linked[0] > 5 and linked[0] == linked[1]
    abroad = rows(
        database,
        "SELECT count(*), count(postcode), sum("
        + as_int("residence_country = 'DE'")
        + ") FROM participant WHERE residence_country IS NOT NULL",
    )[0]
    assert abroad[0] > 0 and abroad[1:] == (0, 0)
    result = checked(database)
    assert result.ok, (result.integrity, result.problems)


def test_demo_staff_can_log_in(database: Database, admin: Actor) -> None:
    """Each staff account gets a key slot: a login opens the database with it."""
    from app.services.auth import log_in

    summary = create_demo_data(
        database, admin, 20, seed=1, staff_password="passwort-1-lang", today=TODAY
    )
    for username in summary.staff_usernames:
        login = log_in(database.location, username, "passwort-1-lang")
        assert login.actor.username == username
        login.database.close()


def test_demo_can_run_twice_without_reusing_numbers(database: Database, admin: Actor) -> None:
    create_demo_data(database, admin, 30, seed=1, staff_password="passwort-1-lang", today=TODAY)
    create_demo_data(database, admin, 30, seed=2, staff_password="passwort-1-lang", today=TODAY)
    numbers = rows(database, "SELECT count(DISTINCT case_number), count(*) FROM participant")
    assert numbers == [(60, 60)]


def test_demo_rejects_absurd_sizes(database: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="Participants"):
        create_demo_data(database, admin, 0, seed=1, staff_password="passwort-1-lang")


def test_every_demo_account_can_log_in_with_its_own_key_slot(
    database: Database, admin: Actor
) -> None:
    from app.services.auth import log_in
    from app.services.volunteer_start import volunteer_start

    create_demo_data(database, admin, 40, seed=5, staff_password="passwort-1-lang", today=TODAY)
    for username in ("leyla.demir", "jana.becker", "thomas.wagner", "karl.meier"):
        login = log_in(database.location, username, "passwort-1-lang")
        try:
            assert login.actor.username == username
            if username == "karl.meier":  # the volunteer login is linked to an active record
                start = volunteer_start(login.database, login.actor)
                assert start is not None and start.name == "Karl Meier"
        finally:
            login.database.close()
