"""The SQL fragments that differ between back ends give the same answers on SQLite and,
with ``LOTSE_TEST_POSTGRES`` set, on PostgreSQL."""

import sqlite3
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa

from app.storage import sql_dialect
from tests.postgres import scratch_database

# Runs ``SELECT <sql>`` on one back end and returns the first column of each row.
Query = Callable[[str], list[object]]


def on_sqlite(sql: str) -> list[object]:
    with sqlite3.connect(":memory:") as connection:
        return [row[0] for row in connection.execute(f"SELECT {sql}")]


@pytest.fixture(scope="module")
def postgres() -> Iterator[Query]:
    with scratch_database("rep_dialect") as url:
        # Each statement on its own: a failing one leaves the others unaffected.
        engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                yield lambda sql: list(connection.exec_driver_sql(f"SELECT {sql}").scalars())
        finally:
            engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def back_end(request: pytest.FixtureRequest) -> tuple[str, Query]:
    """The dialect's name and how to run a query on it."""
    if request.param == "sqlite":
        return "sqlite", on_sqlite
    return "postgresql", request.getfixturevalue("postgres")


def day(dialect: str, iso: str) -> str:
    """A date literal: SQLite stores dates as ISO text, PostgreSQL has a date type."""
    return f"'{iso}'" if dialect == "sqlite" else f"DATE '{iso}'"


def one(back_end: tuple[str, Query], sql: Callable[[str], str]) -> object:
    dialect, query = back_end
    return query(sql(dialect))[0]


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        ("2000-05-10", "2026-05-09", 25),
        ("2000-05-10", "2026-05-10", 26),
        ("2008-02-29", "2026-02-28", 17),
        ("2008-02-29", "2026-03-01", 18),
        ("2008-02-29", "2028-02-29", 20),
    ],
)
def test_age_at_counts_whole_years(
    back_end: tuple[str, Query], birth: str, on: str, age: int
) -> None:
    assert one(back_end, lambda d: sql_dialect.age_at(d, day(d, birth), day(d, on))) == age


def test_age_of_a_missing_birth_date_is_missing(back_end: tuple[str, Query]) -> None:
    # A date column holding NULL (a bare NULL has no type on PostgreSQL).
    def missing(d: str) -> str:
        return "NULL" if d == "sqlite" else "CAST(NULL AS DATE)"

    assert one(back_end, lambda d: sql_dialect.age_at(d, missing(d), day(d, "2026-01-01"))) is None


def test_dates_and_days(back_end: tuple[str, Query]) -> None:
    assert one(back_end, lambda d: sql_dialect.year_of(d, day(d, "2026-11-23"))) == 2026
    assert one(back_end, lambda d: sql_dialect.year_month_of(d, day(d, "2026-01-23"))) == "2026-01"
    assert one(back_end, lambda d: sql_dialect.month_day_of(d, day(d, "2026-01-03"))) == "01-03"
    assert (
        one(
            back_end,
            lambda d: sql_dialect.days_between(d, day(d, "2026-03-01"), day(d, "2026-02-01")),
        )
        == 28
    )
    assert (
        one(
            back_end,
            lambda d: sql_dialect.days_between(d, day(d, "2026-02-01"), day(d, "2026-03-01")),
        )
        == -28
    )
    assert str(one(back_end, lambda d: sql_dialect.add_days(d, day(d, "2026-02-20"), 28))) == (
        "2026-03-20"
    )
    assert one(back_end, lambda d: sql_dialect.as_int("2 > 1")) == 1
    assert one(back_end, lambda d: sql_dialect.as_int("NULL")) == 0


def test_joined_text(back_end: tuple[str, Query]) -> None:
    joined = one(
        back_end,
        lambda d: (
            sql_dialect.joined_text(d, "x", "', '")
            + " FROM (SELECT 'a' AS x UNION ALL SELECT 'b') AS v"
        ),
    )
    assert sorted(str(joined).split(", ")) == ["a", "b"]


# Sorted by code point: capitals before small letters, "_" between them, umlauts last;
# a German locale would sort "_b a Ä b B Z".
WORDS = ["a", "B", "Ä", "_b", "b", "Z"]
CODE_POINT_ORDER = ["B", "Z", "_b", "a", "b", "Ä"]


def test_code_point_order_on_sqlite() -> None:
    values = " UNION ALL ".join(f"SELECT '{w}' AS x" for w in WORDS)
    order = sql_dialect.in_code_point_order("sqlite", "x")
    assert on_sqlite(f"x FROM ({values}) AS v ORDER BY {order}") == CODE_POINT_ORDER


def test_code_point_order_whatever_the_database_locale(postgres: Query) -> None:
    # A column in a German collation, as a database created with a German locale has.
    values = " UNION ALL ".join(f"""SELECT '{w}' COLLATE "de-x-icu" AS x""" for w in WORDS)
    assert postgres(f"x FROM ({values}) AS v ORDER BY x") == ["_b", "a", "Ä", "b", "B", "Z"]
    order = sql_dialect.in_code_point_order("postgresql", "x")
    assert postgres(f"x FROM ({values}) AS v ORDER BY {order}") == CODE_POINT_ORDER


def test_unknown_dialects_are_refused() -> None:
    with pytest.raises(ValueError, match="mysql"):
        sql_dialect.year_of("mysql", "x")
