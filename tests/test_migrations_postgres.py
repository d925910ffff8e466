"""Team mode: every migration runs on PostgreSQL too, head matches the models there, and
the database's own guards (checks, triggers) refuse what they refuse on SQLite, with the
same messages. Skipped unless ``LOTSE_TEST_POSTGRES`` names a server (tests/postgres.py)."""

import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401
from app.storage import migrate, search_index, triggers
from app.storage.compact import compact
from app.storage.errors import DatabaseTooNew, MigrationFailed
from app.storage.search_index import include_name
from tests.postgres import scratch_database

HEAD = migrate.head_revision()
PREFIX = "mig"


@pytest.fixture
def fresh() -> Iterator[Engine]:
    """An empty database of its own."""
    with scratch_database(PREFIX) as url:
        engine = sa.create_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def migrated() -> Iterator[Engine]:
    """One database at head for the tests that only read or roll back."""
    with scratch_database(PREFIX) as url:
        engine = sa.create_engine(url)
        try:
            migrate.upgrade_server(engine)
            yield engine
        finally:
            engine.dispose()


@pytest.fixture
def conn(migrated: Engine) -> Iterator[Connection]:
    """A transaction on the migrated database, rolled back afterwards."""
    with migrated.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        finally:
            transaction.rollback()


def rejects(connection: Connection, sql: str, message: str, **values: object) -> None:
    savepoint = connection.begin_nested()
    with pytest.raises(IntegrityError) as caught:
        connection.execute(text(sql), values)
    savepoint.rollback()
    assert message in str(caught.value)


def scalar(connection: Connection, sql: str, **values: object) -> Any:
    return connection.execute(text(sql), values).scalar()


def participant(connection: Connection, number: str = "2026-0001", **columns: object) -> int:
    names = "".join(f", {name}" for name in columns)
    binds = "".join(f", :{name}" for name in columns)
    return int(
        connection.execute(
            text(
                "INSERT INTO participant (case_number, first_name, last_name, gender, status, "
                f"search_text, created_at, updated_at{names}) VALUES (:number, 'Amira', "
                f"'Haddad', 'female', 'open', 'amira haddad', now(), now(){binds}) RETURNING id"
            ),
            {"number": number, **columns},
        ).scalar_one()
    )


def volunteer(connection: Connection) -> int:
    return int(
        scalar(
            connection,
            "INSERT INTO volunteer (number, first_name, last_name, status, search_text, "
            "created_at) VALUES ('E-0001', 'Karl', 'Meier', 'active', 'karl meier', now()) "
            "RETURNING id",
        )
    )


HOURS = (
    "INSERT INTO volunteer_hours (volunteer_id, date, minutes, activity, status, created_at) "
    "VALUES (:volunteer, :day, :minutes, 'mentoring', :status, now())"
)


def hours(
    connection: Connection,
    volunteer_id: int,
    minutes: int,
    day: str = "2026-03-02",
    status: str = "approved",
) -> None:
    connection.execute(
        text(HOURS), {"volunteer": volunteer_id, "day": day, "minutes": minutes, "status": status}
    )


def public_tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    )


def trigger_functions(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'public' AND p.prorettype = 'trigger'::regtype ORDER BY 1"
            )
        ).scalars()
    )


def user_triggers(connection: Connection) -> list[tuple[str, str]]:
    return [
        (row[0], row[1])
        for row in connection.execute(
            text(
                "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal ORDER BY 1, 2"
            )
        )
    ]


# --- the chain, the revision, the schema -------------------------------------------------


def test_an_empty_database_is_migrated_to_head_once(fresh: Engine) -> None:
    assert migrate.server_revision(fresh) is None
    assert migrate.refuse_if_too_new_server(fresh) is None
    result = migrate.upgrade_server(fresh)
    assert result == migrate.UpgradeResult(backup=None, notices=())
    assert migrate.server_revision(fresh) == HEAD
    assert migrate.refuse_if_too_new_server(fresh) == HEAD
    assert migrate.upgrade_server(fresh) == migrate.UpgradeResult()  # nothing to do
    with fresh.connect() as connection:
        assert len(public_tables(connection)) == len(SQLModel.metadata.tables) + 1
        topics = scalar(connection, "SELECT count(*) FROM topic")
        cap = scalar(
            connection,
            "SELECT cap_cents FROM allowance_cap "
            "WHERE kind = 'volunteer_allowance' AND valid_from_year = 2026",
        )
    assert isinstance(topics, int) and topics >= 10
    assert cap == 96_000


def test_models_and_migration_head_agree_on_postgresql(migrated: Engine) -> None:
    with migrated.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, SQLModel.metadata) == []
        # Timestamps are aware everywhere, 0011's column included.
        naive = connection.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' "
                "AND data_type = 'timestamp without time zone'"
            )
        ).all()
    assert naive == []


def test_the_chain_goes_down_to_nothing_and_up_again(fresh: Engine) -> None:
    migrate.upgrade_server(fresh)
    with fresh.connect() as connection:
        functions_at_head = trigger_functions(connection)
        triggers_at_head = user_triggers(connection)
    with fresh.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
    with fresh.connect() as connection:
        assert public_tables(connection) == ["alembic_version"]
        assert trigger_functions(connection) == []
    assert migrate.server_revision(fresh) is None
    migrate.upgrade_server(fresh)
    with fresh.connect() as connection:
        assert trigger_functions(connection) == functions_at_head
        assert user_triggers(connection) == triggers_at_head
    assert functions_at_head == [
        "attendance_same_course",
        "audit_event_no_delete",
        "audit_event_read_only",
        "consultation_case_dates",
        "follow_up_case_dates",
        "volunteer_hours_daily_limit",
    ]
    assert triggers_at_head == [
        ("attendance", "attendance_same_course_insert"),
        ("attendance", "attendance_same_course_update"),
        ("audit_event", "audit_event_no_delete"),
        ("audit_event", "audit_event_no_truncate"),
        ("audit_event", "audit_event_read_only"),
        ("consultation", "consultation_case_dates_delete"),
        ("consultation", "consultation_case_dates_insert"),
        ("consultation", "consultation_case_dates_update"),
        ("follow_up", "follow_up_case_dates_delete"),
        ("follow_up", "follow_up_case_dates_insert"),
        ("follow_up", "follow_up_case_dates_update"),
        ("volunteer_hours", "volunteer_hours_daily_limit_insert"),
        ("volunteer_hours", "volunteer_hours_daily_limit_update"),
    ]


def test_a_database_from_a_newer_lotse_is_refused_untouched(fresh: Engine) -> None:
    migrate.upgrade_server(fresh)
    with fresh.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(DatabaseTooNew) as caught:
        migrate.refuse_if_too_new_server(fresh)
    assert caught.value.revision == "ffff_future"
    assert "postgresql://" in caught.value.path and "psycopg" not in caught.value.path
    with pytest.raises(DatabaseTooNew):
        migrate.upgrade_server(fresh)
    assert migrate.server_revision(fresh) == "ffff_future"


# A workstation as its own process: it waits for the agreed moment, then starts Lotse's
# migration and prints what came of it.
WORKSTATION = """
import sys, time
import sqlalchemy as sa
from app.storage import migrate
engine = sa.create_engine(sys.argv[1])
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
try:
    print(repr(migrate.upgrade_server(engine)))
except Exception as error:
    print(type(error).__name__, error)
"""


def test_two_workstations_starting_at_once_migrate_once(fresh: Engine) -> None:
    """Without the lock the second would create the same tables again and fail."""
    url = fresh.url.render_as_string(hide_password=False)
    moment = str(time.time() + 8)  # both have imported Lotse by then
    workstations = [
        subprocess.Popen(
            [sys.executable, "-c", WORKSTATION, url, moment],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parent.parent,
        )
        for _ in range(2)
    ]
    outputs = [workstation.communicate(timeout=120)[0].strip() for workstation in workstations]
    assert outputs == ["UpgradeResult(backup=None, notices=())"] * 2
    assert migrate.server_revision(fresh) == HEAD


def test_a_workstation_waits_for_another_ones_migration_beyond_its_lock_timeout(
    fresh: Engine,
) -> None:
    migrate.upgrade_server(fresh)
    impatient = sa.create_engine(fresh.url, connect_args={"options": "-c lock_timeout=300ms"})
    try:
        with fresh.connect() as migrating:
            migrating.execute(
                sa.select(sa.func.pg_advisory_xact_lock(migrate.SERVER_MIGRATION_LOCK))
            )
            finished = threading.Timer(1.5, migrating.commit)
            finished.start()
            started = time.monotonic()
            result = migrate.upgrade_server(impatient)
            waited = time.monotonic() - started
            finished.join()
    finally:
        impatient.dispose()
    assert result == migrate.UpgradeResult()
    assert waited >= 1.0


def test_a_failing_migration_changes_nothing_on_the_server(
    fresh: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate.upgrade_server(fresh)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_motto.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f'revision = "9001"\ndown_revision = "{HEAD}"\nbranch_labels = None\n'
        "depends_on = None\n\n\ndef upgrade():\n"
        '    op.add_column("organisation", sa.Column("motto", sa.String(), nullable=True))\n'
        '    op.execute("SELECT no_such_function()")\n\n\ndef downgrade():\n    pass\n'
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    with pytest.raises(MigrationFailed, match="no_such_function") as caught:
        migrate.upgrade_server(fresh)
    assert caught.value.backup is None
    assert migrate.server_revision(fresh) == HEAD
    with fresh.connect() as connection:
        columns = {column["name"] for column in sa.inspect(connection).get_columns("organisation")}
    assert "motto" not in columns


# --- data migrations with rows to carry over ---------------------------------------------


def test_referrals_and_outcomes_of_0003_are_carried_over(fresh: Engine) -> None:
    """0003 moves free-text referrals into the referral list (linking the seeded ones)
    and seeds each project's exit reasons: booleans as booleans on PostgreSQL."""
    with fresh.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0002")
        connection.execute(
            text(
                "INSERT INTO organisation (id, name, created_at) VALUES (1, 'Verein', now());"
                "INSERT INTO project (id, organisation_id, code, name, programme, start_date, "
                "esf, retention_years, archived, created_at) VALUES (1, 1, 'ESF', 'ESF', "
                "'ESF Plus', '2026-01-01', true, 5, false, now());"
                "INSERT INTO participant (id, case_number, first_name, last_name, gender, "
                "status, search_text, created_at, updated_at) VALUES (1, '2026-0001', 'A', "
                "'A', 'female', 'open', '', now(), now());"
                "INSERT INTO consultation (participant_id, date, duration_minutes, kind, "
                "format, interpreter, referred_to, created_at, updated_at) VALUES "
                "(1, '2026-02-01', 30, 'first', 'in_person', false, ' Jobcenter ', now(), now()),"
                "(1, '2026-02-08', 30, 'follow_up', 'phone', false, 'Tafel Linden', now(), now())"
            )
        )
    migrate.upgrade_server(fresh)
    with fresh.connect() as connection:
        targets = connection.execute(
            text(
                "SELECT name, active FROM referral_target "
                "WHERE name IN ('Jobcenter', 'Tafel Linden') ORDER BY name"
            )
        ).all()
        linked = (
            connection.execute(
                text(
                    "SELECT t.name FROM consultation_referral r "
                    "JOIN referral_target t ON t.id = r.referral_target_id ORDER BY t.name"
                )
            )
            .scalars()
            .all()
        )
        reasons = connection.execute(
            text("SELECT count(*), bool_and(active) FROM exit_reason WHERE project_id = 1")
        ).one()
        # 0010 filled the case's last contact from the rows already there.
        last_contact = case_dates(connection, 1)[0]
    # The seeded "Jobcenter" is linked, not added twice; the new text became a target.
    assert [tuple(row) for row in targets] == [("Jobcenter", True), ("Tafel Linden", True)]
    assert linked == ["Jobcenter", "Tafel Linden"]
    assert reasons[0] > 0 and reasons[1] is True
    assert last_contact == "2026-02-08"


def test_recognition_fields_of_0015_become_procedures(fresh: Engine) -> None:
    with fresh.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0014")
        for pid, occupation, status in (
            (1, "Pflegefachfrau", "full_equivalence"),
            (2, "Koch", "not_applicable"),
            (3, None, "compensation_measure"),
        ):
            participant(
                connection,
                f"2026-000{pid}",
                reference_occupation=occupation,
                recognition_status=status,
            )
    result = migrate.upgrade_server(fresh)
    assert result.notices == ("recognition_procedures:2",)
    with fresh.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT p.case_number, r.occupation, r.result FROM recognition_procedure r "
                "JOIN participant p ON p.id = r.participant_id ORDER BY p.case_number"
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        ("2026-0001", "Pflegefachfrau", "full_equivalence"),
        ("2026-0003", None, "partial_equivalence"),
    ]


# --- checks ------------------------------------------------------------------------------


def test_formats_that_sqlite_checks_with_glob(conn: Connection) -> None:
    insert = (
        "INSERT INTO participant (case_number, first_name, last_name, gender, status, "
        "search_text, created_at, updated_at, postcode) VALUES (:number, 'A', 'B', 'male', "
        "'open', '', now(), now(), :postcode)"
    )
    for number in ("2026-001", "20260001", "x026-0001", "2026-00a1", ""):
        rejects(conn, insert, "ck_participant_case_number_format", number=number, postcode=None)
    for postcode in ("3015", "301599", "3015a", "30 15"):
        rejects(
            conn, insert, "ck_participant_postcode_format", number="2026-0009", postcode=postcode
        )
    case_id = participant(conn, "2026-0001", postcode="30159")
    participant(conn, "2026-00421")  # anything may follow the eight digits
    procedure = (
        "INSERT INTO recognition_procedure (participant_id, kldb_code, created_at) "
        "VALUES (:case, :code, now())"
    )
    for code in ("8131", "81315", "81310", "8131a", "813122"):
        rejects(
            conn, procedure, "ck_recognition_procedure_kldb_code_format", case=case_id, code=code
        )
    conn.execute(text(procedure), {"case": case_id, "code": "81314"})
    conn.execute(text(procedure), {"case": case_id, "code": None})


def test_a_document_has_exactly_one_owner(conn: Connection) -> None:
    case_id = participant(conn)
    volunteer_id = volunteer(conn)
    document = (
        "INSERT INTO document (participant_id, volunteer_id, title, kind, document_date, "
        "file_name, size, created_at) VALUES (:case, :volunteer, 'Zeugnis', 'certificate', "
        "'2026-03-01', 'z.pdf', 10, now())"
    )
    rejects(conn, document, "ck_document_one_owner", case=None, volunteer=None)
    rejects(conn, document, "ck_document_one_owner", case=case_id, volunteer=volunteer_id)
    conn.execute(text(document), {"case": case_id, "volunteer": None})
    conn.execute(text(document), {"case": None, "volunteer": volunteer_id})


# --- triggers ----------------------------------------------------------------------------


def test_a_volunteer_gives_at_most_ten_hours_a_day(conn: Connection) -> None:
    someone = volunteer(conn)
    hours(conn, someone, 360)
    hours(conn, someone, 240)
    values = {"volunteer": someone, "day": "2026-03-02", "minutes": 15, "status": "approved"}
    rejects(conn, HOURS, triggers.HOURS_LIMIT_MESSAGE, **values)
    hours(conn, someone, 120, status="rejected")  # rejected entries do not count
    hours(conn, someone, 600, day="2026-03-03")
    rejects(
        conn,
        "UPDATE volunteer_hours SET minutes = 600 WHERE minutes = 240",
        "volunteer_hours: more than 10 hours on one day",
    )
    rejects(
        conn,
        "UPDATE volunteer_hours SET status = 'approved' WHERE status = 'rejected'",
        "volunteer_hours: more than 10 hours on one day",
    )
    conn.execute(text("UPDATE volunteer_hours SET minutes = 300 WHERE minutes = 360"))


AUDIT = (
    "INSERT INTO audit_event (at, user_id, username, action, entity, entity_id, fields, "
    "reason) VALUES (now(), NULL, 'admin', 'update', 'participant', 1, 'note', 'sagte X') "
    "RETURNING id"
)


def test_the_audit_trail_is_append_only(conn: Connection) -> None:
    event = scalar(conn, AUDIT)
    changed = "audit_event: audit events cannot be changed"
    deleted = "audit_event: audit events cannot be deleted"
    rejects(conn, "UPDATE audit_event SET username = 'mallory' WHERE id = :id", changed, id=event)
    rejects(conn, "UPDATE audit_event SET reason = 'anders' WHERE id = :id", changed, id=event)
    rejects(
        conn,
        "UPDATE audit_event SET reason = NULL, entity_id = 2 WHERE id = :id",
        changed,
        id=event,
    )
    rejects(conn, "DELETE FROM audit_event WHERE id = :id", deleted, id=event)
    rejects(conn, "TRUNCATE audit_event", deleted)
    # The one change allowed: blanking a reason that may quote the person.
    conn.execute(text("UPDATE audit_event SET reason = NULL WHERE id = :id"), {"id": event})
    assert scalar(conn, "SELECT username FROM audit_event WHERE id = :id", id=event) == "admin"
    assert scalar(conn, "SELECT reason FROM audit_event WHERE id = :id", id=event) is None


def test_attendance_names_a_session_and_enrolment_of_one_course(conn: Connection) -> None:
    case_id = participant(conn)
    courses = [
        scalar(
            conn,
            "INSERT INTO course (title, kind, start_date, end_date, created_at) "
            "VALUES (:title, 'language_course', '2026-03-01', '2026-06-30', now()) RETURNING id",
            title=title,
        )
        for title in ("Deutsch A1", "Deutsch A2")
    ]
    sessions = [
        scalar(
            conn,
            "INSERT INTO course_session (course_id, date, start_time, duration_minutes) "
            "VALUES (:course, '2026-03-02', '09:00', 90) RETURNING id",
            course=course,
        )
        for course in courses
    ]
    enrolment = scalar(
        conn,
        "INSERT INTO course_participant (course_id, participant_id, enrolled_on, created_at) "
        "VALUES (:course, :case, '2026-03-01', now()) RETURNING id",
        course=courses[0],
        case=case_id,
    )
    tick = (
        "INSERT INTO attendance (session_id, course_participant_id, state, recorded_at) "
        "VALUES (:session, :enrolment, 'present', now())"
    )
    message = "attendance: session and enrolment of different courses"
    rejects(conn, tick, message, session=sessions[1], enrolment=enrolment)
    conn.execute(text(tick), {"session": sessions[0], "enrolment": enrolment})
    rejects(
        conn,
        "UPDATE attendance SET session_id = :other",
        message,
        other=sessions[1],
    )


def case_dates(connection: Connection, case_id: int) -> tuple[object, object]:
    row = connection.execute(
        text("SELECT last_contact_on, next_follow_up_on FROM participant WHERE id = :id"),
        {"id": case_id},
    ).one()
    return (
        None if row[0] is None else row[0].isoformat(),
        None if row[1] is None else row[1].isoformat(),
    )


def consultation(connection: Connection, case_id: int, day: str) -> int:
    return int(
        scalar(
            connection,
            "INSERT INTO consultation (participant_id, date, duration_minutes, kind, format, "
            "interpreter, created_at, updated_at) VALUES (:case, :day, 30, 'first', "
            "'in_person', false, now(), now()) RETURNING id",
            case=case_id,
            day=day,
        )
    )


def follow_up(connection: Connection, case_id: int, due: str) -> int:
    return int(
        scalar(
            connection,
            "INSERT INTO follow_up (participant_id, due_date, subject, created_at) "
            "VALUES (:case, :due, 'Nachfragen', now()) RETURNING id",
            case=case_id,
            due=due,
        )
    )


def test_case_dates_follow_consultations_and_follow_ups(conn: Connection) -> None:
    """The paths of tests/test_case_dates.py, as the statements they come down to."""
    case_id = participant(conn)
    other = participant(conn, "2026-0002")
    assert case_dates(conn, case_id) == (None, None)
    march = consultation(conn, case_id, "2026-03-10")
    consultation(conn, case_id, "2026-02-01")
    assert case_dates(conn, case_id)[0] == "2026-03-10"
    conn.execute(text("UPDATE consultation SET date = '2026-01-15' WHERE id = :id"), {"id": march})
    assert case_dates(conn, case_id)[0] == "2026-02-01"
    later = consultation(conn, case_id, "2026-05-05")
    conn.execute(text("DELETE FROM consultation WHERE id = :id"), {"id": later})
    assert case_dates(conn, case_id)[0] == "2026-02-01"

    soon = follow_up(conn, case_id, "2026-07-03")
    follow_up(conn, case_id, "2026-08-01")
    assert case_dates(conn, case_id)[1] == "2026-07-03"
    conn.execute(text("UPDATE follow_up SET done_at = now() WHERE id = :id"), {"id": soon})
    assert case_dates(conn, case_id)[1] == "2026-08-01"

    # A merge moves rows to the case kept: both cases are brought up to date.
    conn.execute(
        text("UPDATE consultation SET participant_id = :other WHERE participant_id = :case"),
        {"other": other, "case": case_id},
    )
    conn.execute(
        text("UPDATE follow_up SET participant_id = :other WHERE participant_id = :case"),
        {"other": other, "case": case_id},
    )
    assert case_dates(conn, case_id) == (None, None)
    assert case_dates(conn, other) == ("2026-02-01", "2026-08-01")
    # Editing the case leaves them alone.
    conn.execute(text("UPDATE participant SET last_name = 'Nouri' WHERE id = :id"), {"id": other})
    assert case_dates(conn, other) == ("2026-02-01", "2026-08-01")


# --- two workstations at once ------------------------------------------------------------


def waiting_for_a_lock(engine: Engine, pid: int, timeout: float = 10.0) -> bool:
    """Whether the backend ``pid`` comes to wait for a lock within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    with engine.connect() as observer:
        while time.monotonic() < deadline:
            waits = observer.execute(
                text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid"),
                {"pid": pid},
            ).scalar()
            if waits == "Lock":
                return True
            observer.rollback()
            time.sleep(0.05)
    return False


def concurrently(
    engine: Engine, first: Callable[[Connection], object], second: Callable[[Connection], object]
) -> BaseException | None:
    """``first`` in a transaction left open; ``second`` in another one, which must come
    to wait for the first; then the first commits. Returns what the second raised."""
    outcome: list[BaseException | None] = []
    with engine.connect() as one, engine.connect() as two:
        one.begin()
        first(one)
        pid = int(two.execute(text("SELECT pg_backend_pid()")).scalar_one())
        two.rollback()

        def run_second() -> None:
            try:
                with two.begin():
                    second(two)
                outcome.append(None)
            except Exception as error:  # inspected by the caller
                outcome.append(error)

        thread = threading.Thread(target=run_second)
        thread.start()
        waited = waiting_for_a_lock(engine, pid)
        one.commit()
        thread.join(timeout=30)
    assert waited, "the second transaction did not wait for the first"
    return outcome[0]


def test_two_workstations_cannot_both_book_six_hours_for_one_day(fresh: Engine) -> None:
    migrate.upgrade_server(fresh)
    with fresh.begin() as connection:
        someone = volunteer(connection)
    error = concurrently(fresh, lambda c: hours(c, someone, 360), lambda c: hours(c, someone, 360))
    assert isinstance(error, IntegrityError)
    assert triggers.HOURS_LIMIT_MESSAGE in str(error)
    with fresh.connect() as connection:
        assert scalar(connection, "SELECT sum(minutes) FROM volunteer_hours") == 360


def test_two_workstations_adding_consultations_keep_the_last_contact(fresh: Engine) -> None:
    migrate.upgrade_server(fresh)
    with fresh.begin() as connection:
        case_id = participant(connection)
    error = concurrently(
        fresh,
        lambda c: consultation(c, case_id, "2026-05-01"),
        lambda c: consultation(c, case_id, "2026-04-01"),
    )
    assert error is None
    with fresh.connect() as connection:
        assert case_dates(connection, case_id)[0] == "2026-05-01"


# --- search index and compacting ---------------------------------------------------------


def test_search_keys_have_trigram_indexes(conn: Connection) -> None:
    names: sa.BindParameter[list[str]] = sa.bindparam(
        "names", list(search_index.TRIGRAM_INDEXES), expanding=True
    )
    found = conn.execute(
        text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN :names").bindparams(
            names
        )
    )
    indexes = {name: ddl for name, ddl in found}
    assert set(indexes) == {"ix_participant_search_text_trgm", "ix_volunteer_search_text_trgm"}
    assert all("gin (search_text gin_trgm_ops)" in ddl for ddl in indexes.values())
    participant(conn)
    conn.execute(text("SET LOCAL enable_seqscan = off"))
    plan = "\n".join(
        conn.execute(
            text("EXPLAIN SELECT id FROM participant WHERE search_text LIKE '%hadd%'")
        ).scalars()
    )
    assert search_index.PARTICIPANT_TRIGRAM_INDEX in plan
    assert scalar(conn, "SELECT count(*) FROM participant WHERE search_text LIKE '%hadd%'") == 1


def test_compact_rewrites_every_table_on_the_server(fresh: Engine) -> None:
    migrate.upgrade_server(fresh)
    files = "SELECT relname, relfilenode FROM pg_class WHERE relname IN ('participant', 'user')"
    with fresh.connect() as connection:
        before: dict[str, int] = dict(connection.execute(text(files)).all())
    compact(fresh)
    with fresh.connect() as connection:
        after: dict[str, int] = dict(connection.execute(text(files)).all())
        analysed = scalar(
            connection,
            "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'participant'",
        )
    assert set(before) == {"participant", "user"}
    assert all(after[name] != before[name] for name in before)  # new files: old rows gone
    assert analysed is True
