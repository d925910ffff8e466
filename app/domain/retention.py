"""How long personal data are kept, and the random numbers anonymised records keep.

The one place for every retention date Lotse computes (the due list, the CLI, the
start page, the erasure refusal all call these):

- A project keeps its participants' data ``retention_years`` (default 5) after
  31 December of the year it ends (Art. 82 Regulation (EU) 2021/1060 counts from the
  end of a year); a project without an end date keeps them.
- A case file without any enrollment is kept a number of years (organisation setting,
  default 3) after the last contact: the last consultation, else the day the case was
  opened (closing a case is no contact with the person).
- Police-clearance data are deleted three months after the volunteer stops
  (§ 72a (5) SGB VIII); the rest of a volunteer's record after the club's retention
  for volunteer data (organisation setting).
"""

import secrets
from datetime import date

from app.domain.deadlines import add_months

DEFAULT_CASE_YEARS = 3
DEFAULT_VOLUNTEER_YEARS = 3
RETENTION_RANGE = (1, 30)
CLEARANCE_MONTHS = 3

# An anonymised case keeps a number of this form: the year "0000" is never handed out
# to a real case, so it cannot point back at a paper file or a funder's list.
ANONYMOUS_CASE_PREFIX = "0000-"
ANONYMOUS_VOLUNTEER_PREFIX = "A-"
# What an anonymised record shows where the name was (the columns may not be empty).
ANONYMOUS_NAME = "–"


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def project_retention_end(end_date: date | None, retention_years: int) -> date | None:
    """The last day a project's participant data must be kept; None while it runs."""
    if end_date is None:
        return None
    return date(end_date.year + retention_years, 12, 31)


def case_retention_end(last_contact: date, years: int) -> date:
    """The last day a case file without an enrollment is kept."""
    return add_years(last_contact, years)


def clearance_deletion_due(left_on: date) -> date:
    """From this day on, a volunteer's police-clearance data are deleted."""
    return add_months(left_on, CLEARANCE_MONTHS)


def volunteer_retention_end(left_on: date, years: int) -> date:
    """The last day a former volunteer's record is kept with their name."""
    return add_years(left_on, years)


def anonymous_case_number() -> str:
    """A random number for an anonymised case: matches the case-number format, says
    nothing about the person or when they came."""
    return f"{ANONYMOUS_CASE_PREFIX}{secrets.randbelow(10**8):08d}"


def anonymous_volunteer_number() -> str:
    return f"{ANONYMOUS_VOLUNTEER_PREFIX}{secrets.randbelow(10**8):08d}"
