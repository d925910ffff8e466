"""Dates, hours, ages, countries and languages as the interface shows them: in the
interface language, as CLDR formats them (Babel). German gives "23.11.2026" and "12,50".
Babel's modules load when a value is first shown, not with the login window.

Reports, exports and documents for offices keep the German forms of
``app.domain.formatting``; only what the user reads on screen follows the chosen language.
"""

from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from app.domain.ages import age_on
from app.domain.catalogues import country_name, language_name
from app.domain.formatting import format_date_in, format_hours_in
from app.domain.interface_languages import DEFAULT_LANGUAGE, cldr_locale, is_right_to_left

if TYPE_CHECKING:
    from app.services.data_folder import Location

_language = DEFAULT_LANGUAGE


def set_interface_language(code: str) -> None:
    """Called by ``ui.i18n`` whenever the interface language is set."""
    global _language
    _language = code


def interface_language() -> str:
    return _language


@lru_cache(maxsize=8192)
def _date(value: date, language: str) -> str:
    return format_date_in(value, language)


def show_date(value: date | None) -> str:
    # Cached: a table page shows the same few hundred dates again and again.
    return _date(value, _language) if value else ""


def show_day(value: date) -> str:
    """A day in a week's grid: weekday and day of the month as CLDR abbreviates them in
    the interface language ("Mo., 23.11." in German, "пн, 23.11" in Ukrainian)."""
    from babel.dates import format_skeleton

    return format_skeleton("MEd", value, locale=cldr_locale(_language))


def show_datetime(value: datetime) -> str:
    """Date and time to the second (the audit trail), in the local time zone's wall time."""
    from babel.dates import format_datetime

    return format_datetime(value, "medium", locale=cldr_locale(_language))


@lru_cache(maxsize=8192)
def _hours(minutes: int, language: str) -> str:
    return format_hours_in(minutes, language)


def show_hours(minutes: int) -> str:
    """Hours with two decimals, rounded to the minute's hundredth: "1.234,50" in German."""
    return _hours(minutes, _language)


def show_number(value: float, decimals: int = 0) -> str:
    """A count or a figure with ``decimals`` places, grouped as CLDR writes it."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=cldr_locale(_language))


def show_path(path: object) -> str:
    """A file or folder path kept left to right inside a right-to-left sentence: in Arabic
    a bare "/tmp/lotse" would show as "tmp/lotse/". Unicode isolates do it; they are added
    only there, so a path copied from a German or Ukrainian message pastes as it is."""
    return f"\u2066{path}\u2069" if is_right_to_left(_language) else str(path)


def show_database(location: "Location") -> str:
    """Where the club's data is (login, status bar, About): the file on a laptop, the
    server's address in team mode."""
    if location.server is not None:
        return show_path(location.server.display())
    return show_path(location.database)


def show_age(birth_date: date | None, today: date | None = None) -> str:
    return str(age_on(birth_date, today or date.today())) if birth_date else ""


def show_country(code: str) -> str:
    return country_name(code, _language)


def show_countries(codes: str | list[str]) -> str:
    items = codes.split(", ") if isinstance(codes, str) else codes
    return ", ".join(show_country(code) for code in items if code)


def show_language(code: str | None) -> str:
    return language_name(code, _language) if code else ""
