"""Showing dates, ages and codes the German way in the interface."""

from datetime import date

from app.domain.ages import age_on
from app.domain.catalogues import country_name, language_name
from app.domain.formatting import format_hours


def show_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def show_hours(minutes: int) -> str:
    return format_hours(minutes)


def show_age(birth_date: date | None, today: date | None = None) -> str:
    return str(age_on(birth_date, today or date.today())) if birth_date else ""


def show_countries(codes: str | list[str]) -> str:
    items = codes.split(", ") if isinstance(codes, str) else codes
    return ", ".join(country_name(code) for code in items if code)


def show_language(code: str | None) -> str:
    return language_name(code) if code else ""
