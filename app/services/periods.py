"""Reporting periods (calendar year, half-year, quarter, month) for the UI and the CLI,
which take them from the services rather than from ``app/reports``."""

from app.reports.model import Period as Period
from app.reports.periods import calendar_year as calendar_year
from app.reports.periods import half_year as half_year
from app.reports.periods import month as month
from app.reports.periods import quarter as quarter
