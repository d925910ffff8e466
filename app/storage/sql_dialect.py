"""SQL fragments that differ between SQLite and PostgreSQL, written once.

Reports and a few services write SQL by hand (``text()``) where SQLAlchemy's
expressions would hide what is counted. Everything in such SQL that the two back ends
spell differently comes from here, so no module outside ``app/storage`` writes
SQLite-only or PostgreSQL-only SQL. Each function takes the dialect's name
(``connection.dialect.name``: ``"sqlite"`` or ``"postgresql"``) and SQL expressions
as text, and returns an SQL expression as text.

What needs no dialect is simply written portably and not wrapped here: ``CASE WHEN``
instead of adding or summing booleans, ``CREATE TEMPORARY TABLE`` instead of
``temp.name``, an alias for every subquery in ``FROM``, ``1 = 1`` instead of ``1``.
"""

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def _check(dialect: str) -> None:
    if dialect not in (SQLITE, POSTGRESQL):
        raise ValueError(f"unsupported SQL dialect: {dialect}")


def as_int(condition: str) -> str:
    """1 where ``condition`` holds, else 0 (NULL counts as 0): sums and counts of
    conditions. SQLite's booleans are numbers, PostgreSQL's are not."""
    return f"(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def year_of(dialect: str, date: str) -> str:
    """The calendar year of a date as an integer."""
    _check(dialect)
    if dialect == SQLITE:
        return f"CAST(strftime('%Y', {date}) AS INTEGER)"
    return f"CAST(EXTRACT(YEAR FROM {date}) AS INTEGER)"


def year_month_of(dialect: str, date: str) -> str:
    """The month of a date as text ``YYYY-MM`` (sorts like the months)."""
    _check(dialect)
    if dialect == SQLITE:
        return f"strftime('%Y-%m', {date})"
    return f"to_char({date}, 'YYYY-MM')"


def month_day_of(dialect: str, date: str) -> str:
    """Month and day of a date as text ``MM-DD`` (compares like the day of the year)."""
    _check(dialect)
    if dialect == SQLITE:
        return f"strftime('%m-%d', {date})"
    return f"to_char({date}, 'MM-DD')"


def age_at(dialect: str, birth: str, day: str) -> str:
    """Whole years between the dates ``birth`` and ``day`` (NULL when either is)."""
    before_birthday = as_int(f"{month_day_of(dialect, day)} < {month_day_of(dialect, birth)}")
    return f"({year_of(dialect, day)} - {year_of(dialect, birth)} - {before_birthday})"


def days_between(dialect: str, later: str, earlier: str) -> str:
    """Whole days from the date ``earlier`` to the date ``later`` (negative if before)."""
    _check(dialect)
    if dialect == SQLITE:
        return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"
    return f"({later} - {earlier})"


def add_days(dialect: str, date: str, days: int) -> str:
    """The date ``days`` days after ``date``."""
    _check(dialect)
    if dialect == SQLITE:
        return f"date({date}, '{int(days):+d} days')"
    return f"({date} + {int(days)})"


def joined_text(dialect: str, value: str, separator: str) -> str:
    """The aggregate joining ``value`` of a group's rows with ``separator`` (an SQL
    string literal or parameter). In SQLAlchemy expressions use
    ``func.aggregate_strings`` instead, which does the same."""
    _check(dialect)
    if dialect == SQLITE:
        return f"group_concat({value}, {separator})"
    return f"string_agg({value}, {separator})"


def in_code_point_order(dialect: str, text: str) -> str:
    """The text expression ``text`` to sort by (``ORDER BY``) in the order of its
    characters' code points: SQLite's order (its BINARY collation compares UTF-8 bytes),
    whatever locale a PostgreSQL database was created with, so names and codes come out
    of a report in the same order on both."""
    _check(dialect)
    if dialect == SQLITE:
        return text
    return f'({text}) COLLATE "C"'
