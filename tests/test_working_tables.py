"""A report's named row sets: temporary tables on SQLite, dropped afterwards; common table
expressions on PostgreSQL, where a report's read-only transaction may create nothing."""

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from app.reports.working_tables import WorkingTables
from tests.postgres import scratch_database

NUMBERS = "SELECT value FROM (VALUES (1), (2), (3), (4)) AS v(value) WHERE value <= :upto"
SQLITE_NUMBERS = (
    "SELECT value FROM (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3 "
    "UNION ALL SELECT 4) AS v WHERE value <= :upto"
)


def read_both_sets(tables: WorkingTables, numbers: str) -> list[tuple[int, int]]:
    parameters = {"upto": 3}
    tables.add("small", numbers, parameters)
    tables.add("doubled", "SELECT value * 2 AS id FROM small", parameters, columns="id INTEGER")
    rows = tables.execute(
        "SELECT s.value, d.id FROM small s JOIN doubled d ON d.id = s.value * 2 ORDER BY 1",
        parameters,
    )
    return [(int(a), int(b)) for a, b in rows]


def temporary_tables(connection: sa.Connection) -> list[str]:
    return list(connection.exec_driver_sql("SELECT name FROM temp.sqlite_master").scalars())


def test_sqlite_fills_temporary_tables_and_drops_them() -> None:
    engine = sa.create_engine("sqlite://")
    with engine.connect() as connection:
        tables = WorkingTables(connection)
        assert read_both_sets(tables, SQLITE_NUMBERS) == [(1, 2), (2, 4), (3, 6)]
        assert sorted(temporary_tables(connection)) == ["doubled", "small"]
        tables.drop()
        assert temporary_tables(connection) == []


def test_sqlite_replaces_what_a_failed_report_left() -> None:
    engine = sa.create_engine("sqlite://")
    with engine.connect() as connection:
        WorkingTables(connection).add("small", SQLITE_NUMBERS, {"upto": 1})
        tables = WorkingTables(connection)
        tables.add("small", SQLITE_NUMBERS, {"upto": 2})
        assert tables.execute("SELECT count(*) FROM small", {}).scalar() == 2


@pytest.fixture
def read_only_postgres() -> Iterator[sa.Connection]:
    """A connection in the transaction a report gets in team mode."""
    with scratch_database("rep_working") as url:
        engine = sa.create_engine(url)
        try:
            options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
            with engine.connect().execution_options(**options) as connection:
                yield connection
        finally:
            engine.dispose()


def test_postgresql_reads_the_sets_in_a_read_only_transaction(
    read_only_postgres: sa.Connection,
) -> None:
    tables = WorkingTables(read_only_postgres)
    assert read_both_sets(tables, NUMBERS) == [(1, 2), (2, 4), (3, 6)]
    tables.drop()
    # Why no temporary table there: PostgreSQL refuses it in a read-only transaction.
    with pytest.raises(sa.exc.InternalError, match="read-only transaction"):
        read_only_postgres.exec_driver_sql("CREATE TEMPORARY TABLE t AS SELECT 1 AS x")
