"""Numbers, amounts, hours and dates written the German way, in one place.

Reports, exports, timesheets, messages and the interface's tables all call these, so a
figure reads the same wherever it appears ("1.234", "1.234,50 €", "12,25", "31.12.2026").
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from app.domain.interface_languages import cldr_locale

if TYPE_CHECKING:
    from babel import Locale
    from babel.dates import DateTimePattern

# Babel's date module loads time-zone data (24 ms): imported where a date in another
# language is written, not with every report.


def format_number(value: int | float, decimals: int | None = None) -> str:
    """German digit grouping: ``1.234`` for whole numbers, ``1.234,50`` for fractions
    (two places unless ``decimals`` says otherwise)."""
    if decimals is None:
        decimals = 0 if isinstance(value, int) else 2
    english = f"{value:,.{decimals}f}"
    return english.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_euro(cents: int) -> str:
    """An amount of money: ``1.234,50 €``."""
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}{format_number(euros)},{rest:02d} €"


def _hundredths(minutes: int) -> int:
    """Minutes as hundredths of an hour, rounded half up, keeping the sign."""
    hundredths = (abs(minutes) * 100 + 30) // 60
    return -hundredths if minutes < 0 else hundredths


def format_hours(minutes: int) -> str:
    """Hours with two decimals, rounded to the minute's hundredth: ``1.234,50``."""
    whole, rest = divmod(abs(_hundredths(minutes)), 100)
    sign = "-" if minutes < 0 else ""
    return f"{sign}{format_number(whole)},{rest:02d}"


def format_date(value: date | datetime) -> str:
    return value.strftime("%d.%m.%Y")


def format_date_in(value: date, language: str) -> str:
    """A date as CLDR writes it in ``language`` (German "23.11.2026", Ukrainian
    "23 лист. 2026 р."): the interface's tables and the documents in a person's language."""
    pattern, locale = _date_pattern(language)
    return str(pattern.apply(value, locale))


@cache
def _date_pattern(language: str) -> tuple[DateTimePattern, Locale]:
    """CLDR's medium date pattern of ``language``, parsed once (a quarter of the time of
    Babel's ``format_date``, which parses it for every date)."""
    from babel import Locale
    from babel.dates import get_date_format

    locale = Locale.parse(cldr_locale(language))
    return get_date_format("medium", locale=locale), locale


def format_hours_in(minutes: int, language: str) -> str:
    """``format_hours`` in ``language``'s digits and separators (German "1.234,50")."""
    from babel.numbers import format_decimal

    return format_decimal(_hundredths(minutes) / 100, "#,##0.00", locale=cldr_locale(language))


def format_datetime(value: datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


@cache
def _months() -> dict[int, str]:
    from babel.dates import get_month_names

    return dict(get_month_names("wide", locale="de"))


def month_name(month: int) -> str:
    """``3`` → ``"März"``: CLDR's German name (Babel), never a typed list."""
    return _months()[month]


def weekday_name(day: date) -> str:
    """``"Montag"`` for a Monday (CLDR's German name)."""
    from babel.dates import get_day_names

    return str(get_day_names("wide", locale="de")[day.weekday()])


def format_cell(value: object) -> str:
    """Any value of a report table as text (PDF cells, the report preview)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    return str(value)
