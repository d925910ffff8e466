"""The SQL fragments that differ between back ends give the same answers on SQLite."""

import sqlite3

import pytest

from app.storage import sql_dialect


def one(sql: str) -> object:
    with sqlite3.connect(":memory:") as connection:
        return connection.execute(f"SELECT {sql}").fetchone()[0]


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        ("2000-05-10", "2026-05-09", 25),
        ("2000-05-10", "2026-05-10", 26),
        ("2008-02-29", "2026-02-28", 17),
    ],
)
def test_age_at_counts_whole_years(birth: str, day: str, age: int) -> None:
    assert one(sql_dialect.age_at("sqlite", f"'{birth}'", f"'{day}'")) == age


def test_dates_and_days() -> None:
    assert one(sql_dialect.year_of("sqlite", "'2026-11-23'")) == 2026
    assert one(sql_dialect.year_month_of("sqlite", "'2026-01-23'")) == "2026-01"
    assert one(sql_dialect.days_between("sqlite", "'2026-03-01'", "'2026-02-01'")) == 28
    assert one(sql_dialect.add_days("sqlite", "'2026-02-20'", 28)) == "2026-03-20"
    assert one(sql_dialect.as_int("2 > 1")) == 1
    assert one(sql_dialect.as_int("NULL")) == 0


def test_unknown_dialects_are_refused() -> None:
    with pytest.raises(ValueError, match="mysql"):
        sql_dialect.year_of("mysql", "x")
