"""Stored times as the services hand them on."""

from datetime import UTC, datetime


def naive_utc(value: datetime | str) -> datetime:
    """A stored time in UTC without a zone, as SQLite gives it; PostgreSQL returns it
    with its zone, which the lists and exports ("Time (UTC)") leave out."""
    at = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at
