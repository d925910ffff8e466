"""Handing out case and volunteer numbers that are never reused.

Each change of a counter is one statement that reads and writes the row at once, so two
transactions never hand out the same number: on SQLite the write lock already kept
writers apart, on PostgreSQL (where writers run side by side) the row lock the UPDATE
takes makes the second wait for the first and then count on from its value.
"""

import sqlalchemy as sa
from sqlmodel import Session, col

from app.domain.case_numbers import format_case_number, sequence_name
from app.domain.models import NumberSequence
from app.services.upserts import insert_missing


def _ensure_row(session: Session, name: str) -> None:
    """Create the series at 0 unless it exists; a series created by another
    transaction meanwhile is left as it is (no check-then-insert race)."""
    insert_missing(session, NumberSequence, {"name": name, "last_value": 0}, ["name"])


def reserve(session: Session, name: str, count: int = 1) -> int:
    """Reserve ``count`` numbers of a series and return the first.

    Runs in the caller's transaction, so a rolled-back import hands out nothing.
    """
    _ensure_row(session, name)
    last = session.execute(
        sa.update(NumberSequence)
        .where(col(NumberSequence.name) == name)
        .values(last_value=col(NumberSequence.last_value) + count)
        .returning(col(NumberSequence.last_value))
    ).scalar_one()
    return int(last) - count + 1


def next_case_number(session: Session, year: int) -> str:
    return format_case_number(year, reserve(session, sequence_name(year)))


def ensure_at_least(session: Session, name: str, value: int) -> None:
    """Record that ``value`` is taken (an imported number), so it is never handed out again."""
    _ensure_row(session, name)
    session.execute(
        sa.update(NumberSequence)
        .where(col(NumberSequence.name) == name, col(NumberSequence.last_value) < value)
        .values(last_value=value)
    )


def case_number_parts(case_number: str) -> tuple[int, int]:
    year, counter = case_number.split("-", 1)
    return int(year), int(counter)
