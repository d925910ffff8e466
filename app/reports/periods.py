"""Reporting periods: calendar year, half-year, quarter, month, custom, cumulative."""

from datetime import date, timedelta

from app.reports.model import Period


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def calendar_year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def half_year(year: int, half: int) -> Period:
    return (
        Period(date(year, 1, 1), date(year, 6, 30))
        if half == 1
        else Period(date(year, 7, 1), date(year, 12, 31))
    )


def quarter(year: int, number: int) -> Period:
    first_month = 3 * (number - 1) + 1
    return Period(date(year, first_month, 1), _month_end(year, first_month + 2))


def month(year: int, number: int) -> Period:
    return Period(date(year, number, 1), _month_end(year, number))


def cumulative(project_start: date, period: Period) -> Period:
    """From the project's start to the end of the chosen period."""
    return Period(project_start, period.end)
