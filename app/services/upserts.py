"""Inserting a row unless its key is taken, in one statement.

A read followed by an insert is safe on SQLite, whose write lock keeps writers apart;
on PostgreSQL two transactions can both read "missing" and both insert, and the second
fails on the key. ``INSERT … ON CONFLICT`` decides in the database instead. Both
dialects have it in SQLAlchemy, each in its own ``insert``.
"""

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def _insert(session: Session, model: Any) -> postgresql.Insert | sqlite.Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)


def insert_missing(session: Session, model: Any, values: dict[str, Any], keys: list[str]) -> None:
    """Insert ``values`` unless a row with the same ``keys`` exists (then nothing)."""
    session.execute(
        _insert(session, model).values(values).on_conflict_do_nothing(index_elements=keys)
    )


def insert_or_update(
    session: Session,
    model: Any,
    values: dict[str, Any],
    keys: list[str],
    changed: dict[str, Any],
) -> None:
    """Insert ``values``, or where a row with the same ``keys`` exists set ``changed``."""
    session.execute(
        _insert(session, model)
        .values(values)
        .on_conflict_do_update(index_elements=keys, set_=changed)
    )
