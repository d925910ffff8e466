"""Dates bound to raw SQL keep the text format of older files, without deprecated defaults."""

import sqlite3
import warnings
from datetime import date, datetime

import app.storage  # noqa: F401  (registers the adapters)
from app.storage import sqlite_adapters


def test_lotse_registers_its_own_adapters_not_the_deprecated_defaults() -> None:
    assert sqlite3.adapters[(date, sqlite3.PrepareProtocol)] is sqlite_adapters.adapt_date
    assert sqlite3.adapters[(datetime, sqlite3.PrepareProtocol)] is sqlite_adapters.adapt_datetime


def test_dates_and_timestamps_are_stored_as_before_without_a_warning() -> None:
    connection = sqlite3.connect(":memory:")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            row = connection.execute(
                "SELECT ?, ?, typeof(?)",
                (date(2026, 1, 31), datetime(2026, 1, 31, 9, 30, 5), date(2026, 1, 31)),
            ).fetchone()
    finally:
        connection.close()
    assert row == ("2026-01-31", "2026-01-31 09:30:05", "text")
