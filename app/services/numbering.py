"""Handing out case and volunteer numbers that are never reused."""

from sqlmodel import Session

from app.domain.case_numbers import format_case_number, sequence_name
from app.domain.models import NumberSequence


def reserve(session: Session, name: str, count: int = 1) -> int:
    """Reserve ``count`` numbers of a series and return the first.

    Runs in the caller's transaction, so a rolled-back import hands out nothing.
    """
    row = session.get(NumberSequence, name)
    if row is None:
        row = NumberSequence(name=name, last_value=0)
    first = row.last_value + 1
    row.last_value += count
    session.add(row)
    session.flush()
    return first


def next_case_number(session: Session, year: int) -> str:
    return format_case_number(year, reserve(session, sequence_name(year)))


def ensure_at_least(session: Session, name: str, value: int) -> None:
    """Record that ``value`` is taken (an imported number), so it is never handed out again."""
    row = session.get(NumberSequence, name) or NumberSequence(name=name, last_value=0)
    if row.last_value < value:
        row.last_value = value
        session.add(row)


def case_number_parts(case_number: str) -> tuple[int, int]:
    year, counter = case_number.split("-", 1)
    return int(year), int(counter)
