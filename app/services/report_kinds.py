"""The report registry: each kind of report with its parameters, builder and title.

The CLI (``lotse report KIND``), the reports page and the services all read this one
table, so a new report is added here once and appears everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from app.services.i18n import QT_TRANSLATE_NOOP, translate

# The registry itself is light (the CLI builds its parser from it at every start); the
# builders and what they need load when a report is built.
if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.database import Database
    from app.services.reports import Period, Report


class ProjectChoice(StrEnum):
    """Which projects a report asks for."""

    NONE = "none"  # the whole organisation
    ONE = "one"  # exactly one project
    SEVERAL = "several"  # any number; none chosen means all


@dataclass(frozen=True)
class ReportRequest:
    """What the user chose: the period and, as the kind asks, projects and options."""

    period: Period
    project: str | None = None
    projects: tuple[str, ...] = ()
    cumulative: bool = False


@dataclass(frozen=True)
class ReportKind:
    code: str  # "esf": the CLI's word and the setting's value
    title: str  # English source text; shown through translate("ReportKinds", title)
    help: str  # one line for ``lotse report --help``
    projects: ProjectChoice
    build: Callable[[Database, Actor, ReportRequest], Report] = field(repr=False)
    esf_projects_only: bool = False
    # "from the project start on" (ESF reports are cumulative as well as per period).
    offers_cumulative: bool = False
    # Also asked for by calendar year alone (``--year``), as treasurers think in years.
    by_year: bool = False

    def shown_title(self) -> str:
        return translate("ReportKinds", self.title)


def _esf(database: Database, actor: Actor, request: ReportRequest) -> Report:
    from app.services.reports import build_esf_report

    return build_esf_report(
        database,
        actor,
        request.project or "",
        request.period.start,
        request.period.end,
        request.cumulative,
    )


def _counselling(database: Database, actor: Actor, request: ReportRequest) -> Report:
    from app.services.reports import build_counselling_report

    return build_counselling_report(
        database, actor, list(request.projects), request.period.start, request.period.end
    )


def _volunteers(database: Database, actor: Actor, request: ReportRequest) -> Report:
    from app.services.reports import build_volunteer_report

    return build_volunteer_report(
        database, actor, start=request.period.start, end=request.period.end
    )


def _events(database: Database, actor: Actor, request: ReportRequest) -> Report:
    from app.services.reports import build_events_report

    return build_events_report(
        database, actor, list(request.projects), request.period.start, request.period.end
    )


def _outcomes(database: Database, actor: Actor, request: ReportRequest) -> Report:
    from app.services.reports import build_outcome_report

    return build_outcome_report(
        database, actor, request.project or "", request.period.start, request.period.end
    )


def _recognition(database: Database, actor: Actor, request: ReportRequest) -> Report:
    from app.services.reports import build_recognition_report

    return build_recognition_report(database, actor, request.period.start, request.period.end)


REPORT_KINDS: dict[str, ReportKind] = {
    kind.code: kind
    for kind in (
        ReportKind(
            "esf",
            QT_TRANSLATE_NOOP("ReportKinds", "ESF Plus participant data"),
            "ESF Plus participant indicators of a project",
            ProjectChoice.ONE,
            _esf,
            esf_projects_only=True,
            offers_cumulative=True,
        ),
        ReportKind(
            "counselling",
            QT_TRANSLATE_NOOP("ReportKinds", "Counselling statistics"),
            "counselling statistics",
            ProjectChoice.SEVERAL,
            _counselling,
        ),
        ReportKind(
            "volunteers",
            QT_TRANSLATE_NOOP("ReportKinds", "Volunteering (hours, value, allowances)"),
            "volunteer hours and allowances",
            ProjectChoice.NONE,
            _volunteers,
            by_year=True,
        ),
        ReportKind(
            "outcomes",
            QT_TRANSLATE_NOOP("ReportKinds", "Outcomes after exit"),
            "exits and outcomes of a project",
            ProjectChoice.ONE,
            _outcomes,
        ),
        ReportKind(
            "events",
            QT_TRANSLATE_NOOP("ReportKinds", "Events (attendees, languages, partners)"),
            "information events, workshops and office hours",
            ProjectChoice.SEVERAL,
            _events,
            by_year=True,
        ),
        ReportKind(
            "recognition",
            QT_TRANSLATE_NOOP("ReportKinds", "Recognition counselling"),
            "recognition procedures: started, decided, results, durations",
            ProjectChoice.NONE,
            _recognition,
        ),
    )
}


def report_kind(code: str) -> ReportKind:
    from app.services.errors import ValidationError

    kind = REPORT_KINDS.get(code)
    if kind is None:
        raise ValidationError(
            "report",
            translate("Errors", "Report: '{value}' is not available; allowed: {allowed}.").format(
                value=code, allowed=", ".join(REPORT_KINDS)
            ),
        )
    return kind


def build_report(database: Database, actor: Actor, code: str, request: ReportRequest) -> Report:
    """Build the report of kind ``code`` (the builder checks permissions and audits)."""
    from app.services.errors import ValidationError

    kind = report_kind(code)
    if kind.projects == ProjectChoice.ONE and not (request.project or "").strip():
        raise ValidationError(
            "project", translate("Errors", "Project: this report is made for one project.")
        )
    return kind.build(database, actor, request)
