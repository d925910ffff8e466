"""The database itself refuses bad rows, whatever code writes them: the same rows, with
the same messages, on SQLite and on PostgreSQL (team mode; skipped without a server,
see tests/postgres.py)."""

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from app.storage import migrate
from app.storage.database import Database
from tests.postgres import scratch_database


@pytest.fixture(scope="module")
def server() -> Iterator[Engine]:
    """A server database at head with what the SQLite fixture's setup leaves: the
    organisation and its first project."""
    with scratch_database("mig") as url:
        engine = sa.create_engine(url)
        try:
            migrate.upgrade_server(engine)
            with engine.begin() as connection:
                connection.exec_driver_sql(
                    "INSERT INTO organisation (id, name, created_at) "
                    "VALUES (1, 'Verein', '2026-01-01')"
                )
                connection.exec_driver_sql(
                    "INSERT INTO project (id, organisation_id, code, name, programme, "
                    "start_date, end_date, esf, retention_years, archived, created_at, "
                    "long_term_rule, supports_organisations, qualification_counts_as_success) "
                    "VALUES (1, 1, 'WIR-2026', 'WIR', 'WIR', '2026-01-01', '2027-12-31', true, "
                    "5, false, '2026-01-01', 'sgb3', false, true)"
                )
                # The tests' rows take id 1 themselves; the sequences hand out later ids.
                for table in ("participant", "volunteer"):
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)"
                    )
            yield engine
        finally:
            engine.dispose()


# "club": the test's own database from tests/conftest.py (SQLite, or the server with
# LOTSE_TEST_BACKEND=postgresql); "server": a server database brought to head by the
# migrations alone, so that make test compares SQLite with PostgreSQL when a server is set.
@pytest.fixture(params=["club", "server"])
def conn(request: pytest.FixtureRequest) -> Iterator[Connection]:
    if request.param == "club":
        engine = request.getfixturevalue("database").engine
    else:
        engine = request.getfixturevalue("server")
    with engine.connect() as connection:
        connection.exec_driver_sql(
            "INSERT INTO participant (id, case_number, first_name, last_name, gender, status, "
            "search_text, created_at, updated_at) VALUES (1, '2026-0001', 'Amira', 'Haddad', "
            "'female', 'open', '', '2026-01-01', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO volunteer (id, number, first_name, last_name, status, search_text, "
            "created_at) VALUES (1, 'E-0001', 'Karl', 'Meier', 'active', '', '2026-01-01')"
        )
        yield connection
        connection.rollback()


def rejects(connection: Connection, sql: str, message: str = "") -> str:
    """``message``: a constraint's or trigger's name or message, or the kind of constraint
    ("UNIQUE constraint"), which SQLite writes in capitals and PostgreSQL in lower case."""
    savepoint = connection.begin_nested()
    with pytest.raises(IntegrityError) as caught:
        connection.exec_driver_sql(sql)
    savepoint.rollback()
    assert message.lower() in str(caught.value).lower()
    return str(caught.value)


def hours(minutes: int, day: str = "2026-03-02", status: str = "approved") -> str:
    return (
        "INSERT INTO volunteer_hours (volunteer_id, date, minutes, activity, status, created_at) "
        f"VALUES (1, '{day}', {minutes}, 'mentoring', '{status}', '2026-03-02')"
    )


def test_hours_must_be_quarter_hours_between_a_quarter_and_ten(conn: Connection) -> None:
    rejects(conn, hours(6), "quarter_hours")  # 0.1 h
    rejects(conn, hours(660), "10 hours")  # 11 h: the daily trigger fires before the CHECK
    rejects(conn, hours(0), "quarter_hours")
    rejects(conn, hours(20), "quarter_hours")
    conn.exec_driver_sql(hours(15))
    conn.exec_driver_sql(hours(585, day="2026-03-03"))


def test_a_volunteer_gives_at_most_ten_hours_a_day(conn: Connection) -> None:
    conn.exec_driver_sql(hours(360))
    conn.exec_driver_sql(hours(240))
    rejects(conn, hours(15), "more than 10 hours")
    conn.exec_driver_sql(hours(120, status="rejected"))  # rejected entries do not count
    rejects(conn, "UPDATE volunteer_hours SET minutes = 600 WHERE minutes = 240", "10 hours")


def test_enum_columns_accept_only_their_codes(conn: Connection) -> None:
    rejects(
        conn,
        'INSERT INTO "user" (username, display_name, role, password_hash, active, created_at, '
        "must_change_password, failed_logins) VALUES ('bob', 'Bob', 'boss', 'x', true, "
        "'2026-01-01', false, 0)",
        "CHECK constraint",
    )
    rejects(conn, "UPDATE participant SET gender = 'w'", "CHECK constraint")


def test_case_numbers_are_unique_and_well_formed(conn: Connection) -> None:
    insert = (
        "INSERT INTO participant (case_number, first_name, last_name, gender, status, "
        "search_text, created_at, updated_at) VALUES ('{}', 'A', 'B', 'male', 'open', '', "
        "'2026-01-01', '2026-01-01')"
    )
    rejects(conn, insert.format("2026-0001"), "UNIQUE constraint")
    rejects(conn, insert.format("26-1"), "case_number_format")
    rejects(conn, insert.format("2026-0002").replace("'A'", "'  '"), "first_name_not_blank")


def test_foreign_keys_are_enforced(conn: Connection) -> None:
    rejects(conn, "UPDATE participant SET advisor_id = 999", "FOREIGN KEY constraint")
    rejects(
        conn,
        "INSERT INTO enrollment (participant_id, project_id, entry_date, employment_status, "
        "education_level, third_country_national, disability, minority, foreign_origin, "
        "homeless, rural_area, created_at) VALUES (1, 999, '2026-01-01', 'unknown', 'unknown', "
        "'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', '2026-01-01')",
        "FOREIGN KEY constraint",
    )


def enrollment(extra_columns: str = "", extra_values: str = "", status: str = "unknown") -> str:
    return (
        "INSERT INTO enrollment (participant_id, project_id, entry_date, employment_status, "
        "education_level, third_country_national, disability, minority, foreign_origin, "
        f"homeless, rural_area, created_at{extra_columns}) VALUES (1, 1, '2026-03-01', "
        f"'{status}', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', "
        f"'unknown', '2026-03-01'{extra_values})"
    )


def test_enrollment_rules(conn: Connection) -> None:
    rejects(conn, enrollment(", exit_date", ", '2026-02-28'"), "exit_after_entry")
    rejects(conn, enrollment(", unemployed_months", ", 13"), "unemployed_months_only")
    rejects(
        conn,
        enrollment().replace(
            "'unknown', 'unknown', '2026-03-01'", "'unknown', 'maybe', '2026-03-01'"
        ),
        "CHECK constraint",
    )
    conn.exec_driver_sql(enrollment(", unemployed_months", ", 13", status="unemployed"))
    rejects(conn, enrollment(), "UNIQUE constraint")  # one enrollment per person and project


def test_money_and_ranges(conn: Connection) -> None:
    rejects(
        conn,
        "INSERT INTO allowance_payment (volunteer_id, kind, paid_on, amount_cents, created_at) "
        "VALUES (1, 'volunteer_allowance', '2026-01-01', 0, '2026-01-01')",
        "amount_positive",
    )
    rejects(conn, "UPDATE project SET hourly_rate_cents = -1", "hourly_rate_positive")
    rejects(conn, "UPDATE project SET end_date = '2020-01-01'", "period_order")
    rejects(conn, "UPDATE participant SET postcode = '3016'", "postcode_format")


def test_audit_events_cannot_be_changed_or_deleted(conn: Connection) -> None:
    conn.exec_driver_sql(
        "INSERT INTO audit_event (at, username, action, entity) "
        "VALUES ('2026-01-01', 'x', 'logout', 'user')"
    )
    savepoint = conn.begin_nested()
    with pytest.raises(sa.exc.DatabaseError, match="cannot be changed"):
        conn.exec_driver_sql("UPDATE audit_event SET username = 'someone else'")
    savepoint.rollback()
    with pytest.raises(sa.exc.DatabaseError, match="cannot be deleted"):
        conn.exec_driver_sql("DELETE FROM audit_event")


def test_no_money_or_hours_column_is_a_float() -> None:
    for table in SQLModel.metadata.tables.values():
        for column in table.columns:
            assert not isinstance(column.type, sa.Float | sa.Numeric), f"{table.name}.{column.name}"


def test_dates_are_dates(database: Database) -> None:
    inspector = sa.inspect(database.engine)
    columns = {c["name"]: c["type"] for c in inspector.get_columns("enrollment")}
    assert isinstance(columns["entry_date"], sa.Date)
    assert isinstance(columns["exit_date"], sa.Date)


def test_no_table_model_has_pydantic_private_attributes() -> None:
    """An underscored class attribute becomes a pydantic private attribute whose default
    is deep-copied for every new record; a SQLAlchemy column there cost 0.2 s per
    consultation (a whole table graph copied). Columns shared with __mapper_args__ live at
    module level instead."""
    from sqlmodel import SQLModel

    import app.domain.models  # noqa: F401  (registers every table)

    tables = [m for m in SQLModel.__subclasses__() if getattr(m, "__table__", None) is not None]
    assert len(tables) > 20
    assert {m.__name__: m.__private_attributes__ for m in tables if m.__private_attributes__} == {}
