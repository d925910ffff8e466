"""Explicit sqlite3 (and sqlcipher3) adapters for dates and timestamps.

Python 3.12 deprecates the sqlite3 module's built-in adapters that turn a
``date`` or ``datetime`` parameter into text; raw SQL in the reports binds
such values. These adapters write exactly what the old defaults wrote
(``2026-01-31`` and ``2026-01-31 09:30:00``), so existing files read the same.
Lotse never asks sqlite3 to parse declared types (no ``detect_types``), so no
converters are needed: SQLAlchemy turns the text back into dates itself.
"""

import sqlite3
from datetime import date, datetime

import sqlcipher3


def adapt_date(value: date) -> str:
    return value.isoformat()


def adapt_datetime(value: datetime) -> str:
    return value.isoformat(" ")


def register() -> None:
    # The SQLCipher module keeps adapters of its own; encrypted databases bind through it.
    for module in (sqlite3, sqlcipher3):
        module.register_adapter(date, adapt_date)
        module.register_adapter(datetime, adapt_datetime)
