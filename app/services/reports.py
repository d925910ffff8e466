"""Producing funder reports: permission checks, parameters, and the files written."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import Connection
from sqlmodel import Session, select

from app.domain.enums import AuditAction
from app.domain.models import Organisation, Project
from app.domain.permissions import Permission
from app.reports.counselling import counselling_report
from app.reports.esf import EsfParameters, esf_report
from app.reports.events import events_report
from app.reports.model import Period as Period
from app.reports.model import PersonFilter
from app.reports.model import Report as Report
from app.reports.model import Table as Table
from app.reports.outcomes import outcome_report
from app.reports.recognition import recognition_report
from app.reports.volunteering import volunteer_report
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ServiceError, ValidationError
from app.services.i18n import translate
from app.services.scope import CaseScope, case_scope
from app.storage.database import Database

FORMATS = ("xlsx", "pdf")


def checked_period(start: date, end: date) -> Period:
    """The period from ``start`` to ``end``, refused with a message when it runs backwards."""
    if end < start:
        raise ValidationError(
            "to",
            translate("Errors", "{label}: must not be before the start date.").format(
                label=translate("Fields", "End date")
            ),
        )
    return Period(start, end)


def build_esf_report(
    database: Database,
    actor: Actor,
    project_code: str,
    start: date,
    end: date,
    cumulative: bool = False,
) -> Report:
    actor.require(Permission.REPORTS_READ)
    period = checked_period(start, end)
    with database.session() as session:
        project = session.exec(
            select(Project).where(Project.code == project_code.strip().upper())
        ).first()
        if project is None or project.id is None:
            raise ValidationError(
                "project",
                translate("Errors", "Project: there is no project with the code {code}.").format(
                    code=project_code
                ),
            )
        if not project.esf:
            raise ValidationError(
                "project",
                translate("Errors", "Project: {code} does not report to ESF Plus.").format(
                    code=project.code
                ),
            )
        organisation = session.exec(select(Organisation.name)).first() or ""
        # The per-person sheets (special categories per case number) only for roles that
        # may read them, and only the cases in the actor's scope; others get counts.
        listing = None
        if actor.can(Permission.CASES_READ_SENSITIVE):
            listing = person_filter(case_scope(session, actor))
        connection = session.connection()
        report = esf_report(
            connection,
            EsfParameters(project.id, period, cumulative, listing),
            organisation,
            actor.display_name,
        )
        _audit_view(session, actor, "esf", project.code, period, per_person=listing is not None)
    return with_logo(database, report)


def person_filter(scope: CaseScope) -> PersonFilter:
    """The actor's case scope as the SQL filter a report's per-person sheets use."""
    sql, params = scope.sql("p")
    return PersonFilter(sql, params, everyone=scope.everything)


def _audit_view(
    session: Session,
    actor: Actor,
    kind: str,
    subject: str,
    period: Period,
    per_person: bool,
) -> None:
    """A report shown to the actor is a view of the data in it: audited before it leaves."""
    record(
        session,
        actor,
        AuditAction.VIEW,
        "report",
        None,
        ["per_person"] if per_person else [],
        reason=f"{kind} {subject} {period.start.isoformat()}..{period.end.isoformat()}".replace(
            "  ", " "
        ),
    )
    session.commit()


def _project(database: Database, code: str) -> Project:
    with database.session() as session:
        project = session.exec(select(Project).where(Project.code == code.strip().upper())).first()
    if project is None or project.id is None:
        raise ValidationError(
            "project",
            translate("Errors", "Project: there is no project with the code {code}.").format(
                code=code
            ),
        )
    return project


def _organisation(database: Database) -> str:
    with database.session() as session:
        return session.exec(select(Organisation.name)).first() or ""


def _aggregate_report(
    database: Database,
    actor: Actor,
    kind: str,
    compute: Callable[[Connection, Period, list[int], str, str], Report],
    project_codes: list[str],
    start: date,
    end: date,
) -> Report:
    """A report of counts over chosen projects (none: all): no person is named, so every
    role with reports may read it; the viewing is audited like any report's."""
    actor.require(Permission.REPORTS_READ)
    period = checked_period(start, end)
    ids = [_project(database, code).id for code in project_codes]
    with database.read_connection() as connection:
        report = compute(
            connection,
            period,
            [i for i in ids if i is not None],
            _organisation(database),
            actor.display_name,
        )
    with database.session() as session:
        codes = ",".join(code.strip().upper() for code in project_codes)
        _audit_view(session, actor, kind, codes, period, per_person=False)
    return with_logo(database, report)


def build_counselling_report(
    database: Database, actor: Actor, project_codes: list[str], start: date, end: date
) -> Report:
    return _aggregate_report(
        database, actor, "counselling", counselling_report, project_codes, start, end
    )


def build_events_report(
    database: Database, actor: Actor, project_codes: list[str], start: date, end: date
) -> Report:
    """The period's information events, workshops and office hours."""
    return _aggregate_report(database, actor, "events", events_report, project_codes, start, end)


def build_volunteer_report(
    database: Database,
    actor: Actor,
    year: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Report:
    """The volunteer report of a calendar ``year``, or of the days ``start`` to ``end``."""
    actor.require(Permission.REPORTS_READ)
    if start is not None and end is not None:
        period = checked_period(start, end)
    else:
        if year is None or not 2000 <= year <= 2100:
            raise ValidationError(
                "year", translate("Errors", "Year: a year from 2000 to 2100 is allowed.")
            )
        period = Period(date(year, 1, 1), date(year, 12, 31))
    # Names with the hours they were paid for and the allowances only for roles that
    # handle allowances; others get the sums.
    per_person = actor.can(Permission.ALLOWANCES_READ)
    with database.read_connection() as connection:
        report = volunteer_report(
            connection,
            period,
            _organisation(database),
            actor.display_name,
            per_person=per_person,
        )
    with database.session() as session:
        _audit_view(session, actor, "volunteers", "", period, per_person=per_person)
    return with_logo(database, report)


def build_outcome_report(
    database: Database, actor: Actor, project_code: str, start: date, end: date
) -> Report:
    actor.require(Permission.REPORTS_READ)
    period = checked_period(start, end)
    project = _project(database, project_code)
    assert project.id is not None
    with database.read_connection() as connection:
        report = outcome_report(
            connection, project.id, period, _organisation(database), actor.display_name
        )
    with database.session() as session:
        _audit_view(session, actor, "outcomes", project.code, period, per_person=False)
    return with_logo(database, report)


def build_recognition_report(database: Database, actor: Actor, start: date, end: date) -> Report:
    """Recognition procedures of the whole organisation, as aggregates (every role with
    reports; nobody is named)."""
    actor.require(Permission.REPORTS_READ)
    period = checked_period(start, end)
    with database.read_connection() as connection:
        report = recognition_report(connection, period, _organisation(database), actor.display_name)
    with database.session() as session:
        _audit_view(session, actor, "recognition", "", period, per_person=False)
    return with_logo(database, report)


def with_logo(database: Database, report: Report) -> Report:
    """The organisation's logo (if one is stored) goes on the report's first page."""
    with database.session() as session:
        logo = session.exec(select(Organisation.logo_png)).first()
    return replace(report, logo_png=logo) if logo else report


def write_report(
    database: Database, actor: Actor, report: Report, output_format: str, path: Path
) -> None:
    """Write a report the actor built to a file; the export is audited before the file
    is written (no report file without its record)."""
    actor.require(Permission.REPORTS_READ)
    if output_format not in FORMATS:
        raise ValidationError(
            "format",
            translate("Errors", "Format: '{value}' is not available; allowed: {allowed}.").format(
                value=output_format, allowed=", ".join(FORMATS)
            ),
        )
    with database.session() as session:
        record(
            session,
            actor,
            AuditAction.EXPORT,
            "report",
            None,
            reason=f"{path.name}: {report.title}",
        )
        session.commit()
    # A writer (reportlab, rustpy-xlsxwriter) loads only when its kind of file is written.
    try:
        if output_format == "pdf":
            from app.reports.pdf import write_pdf

            write_pdf(report, path)
        else:
            from app.reports.xlsx import write_xlsx

            write_xlsx(report, path)
    except OSError as error:
        raise ServiceError(
            translate("Import", "The file {path} cannot be written: {reason}").format(
                path=path, reason=error.strerror or str(error)
            )
        ) from error
