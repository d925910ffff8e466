"""Test-only: every report kind computed from one connection, as plain comparable data.

A report computed on SQLite and on PostgreSQL from the same rows must be the same
structure: the same tables, columns, rows and cells, and each cell of the same Python
type (a count is an ``int`` on both, a date a ``date``, never text on one side).
"""

from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from app.reports.counselling import counselling_report
from app.reports.course_hours import attended_hours
from app.reports.esf import EsfParameters, esf_report
from app.reports.events import events_report
from app.reports.model import Letterhead, Period, PersonFilter, Report
from app.reports.outcomes import outcome_report
from app.reports.recognition import recognition_report
from app.reports.timesheet import timesheet
from app.reports.volunteering import volunteer_report

NOW = datetime(2026, 11, 2, 9, 30)
ORGANISATION = "Brückenschlag e.V."
BY = "Test"


def typed(value: Any) -> Any:
    """A value with its type, recursively: ``1 == True == Decimal(1)`` in Python, but a
    report must not show ``True`` on one back end and ``1`` on the other."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [typed(item) for item in value]
    if isinstance(value, frozenset):
        return sorted(value)
    return (type(value).__name__, value)


def structure(computed: Any) -> Any:
    """A report, timesheet or any other computed dataclass (or dict of them) as data."""
    if isinstance(computed, dict):
        return {str(key): structure(value) for key, value in computed.items()}
    return typed(asdict(computed))


def report_variants(connection: sa.Connection, period: Period) -> Iterator[tuple[str, Report]]:
    """Each report kind of ``services/report_kinds.py`` in each of its variants for the
    period: per project and for all, ESF per period and cumulative, with the person
    lists for everyone, for one advisor's cases and as counts only."""
    projects = connection.execute(sa.text("SELECT id, code, esf FROM project ORDER BY id")).all()
    advisors = [
        int(row[0])
        for row in connection.execute(
            sa.text("SELECT DISTINCT advisor_id FROM participant WHERE advisor_id IS NOT NULL")
        )
    ]
    listings: list[tuple[str, PersonFilter | None]] = [
        ("everyone", PersonFilter()),
        ("counts", None),
    ]
    if advisors:
        own = "(p.advisor_id = :scope_advisor OR p.advisor_id IS NULL)"
        listings.append(
            ("advisor", PersonFilter(own, {"scope_advisor": min(advisors)}, everyone=False))
        )
    for project_id, code, esf in projects:
        if esf:
            for cumulative in (False, True):
                for name, listing in listings:
                    parameters = EsfParameters(project_id, period, cumulative, listing)
                    yield (
                        f"esf {code} cumulative={cumulative} {name}",
                        esf_report(connection, parameters, ORGANISATION, BY, NOW),
                    )
        yield (
            f"outcomes {code}",
            outcome_report(connection, project_id, period, ORGANISATION, BY, NOW),
        )
    ids = [int(row[0]) for row in projects]
    for chosen in [[], *([i] for i in ids), ids]:
        yield (
            f"counselling projects={chosen}",
            counselling_report(connection, period, chosen, ORGANISATION, BY, NOW),
        )
        yield (
            f"events projects={chosen}",
            events_report(connection, period, chosen, ORGANISATION, BY, NOW),
        )
    for per_person in (True, False):
        yield (
            f"volunteers per_person={per_person}",
            volunteer_report(connection, period, ORGANISATION, BY, NOW, per_person=per_person),
        )
    yield "recognition", recognition_report(connection, period, ORGANISATION, BY, NOW)


def document_variants(connection: sa.Connection, period: Period) -> Iterator[tuple[str, Any]]:
    """What else ``app/reports`` computes from SQL: the Stundennachweis of every volunteer
    with hours in the period, and the attended course hours of everyone."""
    volunteers = connection.execute(
        sa.text(
            "SELECT DISTINCT volunteer_id FROM volunteer_hours "
            "WHERE date BETWEEN :start AND :end ORDER BY volunteer_id"
        ),
        {"start": period.start, "end": period.end},
    ).scalars()
    letterhead = Letterhead(ORGANISATION, ["Lange Straße 1", "30159 Hannover"])
    for volunteer_id in volunteers:
        yield f"timesheet {volunteer_id}", timesheet(connection, volunteer_id, period, letterhead)
    yield "attended_hours", attended_hours(connection)


def kind_of(name: str) -> str:
    return name.split()[0]


def first_difference(left: Any, right: Any, path: str = "") -> str | None:
    """Where two structures first differ, for a readable failure."""
    if type(left) is not type(right):
        return f"{path}: {left!r} != {right!r}"
    if isinstance(left, dict):
        for key in left.keys() | right.keys():
            if key not in left or key not in right:
                return f"{path}.{key}: only on one side"
            found = first_difference(left[key], right[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(left, list):
        if len(left) != len(right):
            return f"{path}: {len(left)} items != {len(right)} items"
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found = first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if left == right else f"{path}: {left!r} != {right!r}"
