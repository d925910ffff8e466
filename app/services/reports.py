"""Producing funder reports: permission checks, parameters, and the files written."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import select

from app.domain.models import Organisation, Project
from app.domain.permissions import Permission
from app.reports.counselling import counselling_report
from app.reports.esf import EsfParameters, esf_report
from app.reports.model import Period, Report
from app.reports.outcomes import outcome_report
from app.reports.pdf import write_pdf
from app.reports.volunteering import volunteer_report
from app.reports.xlsx import write_xlsx
from app.services.actor import Actor
from app.services.errors import ServiceError, ValidationError
from app.services.i18n import translate
from app.storage.database import Database

FORMATS = ("xlsx", "pdf")


def _period(start: date, end: date) -> Period:
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
    period = _period(start, end)
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
        connection = session.connection()
        report = esf_report(
            connection,
            EsfParameters(project.id, period, cumulative),
            organisation,
            actor.display_name,
        )
    return with_logo(database, report)


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


def build_counselling_report(
    database: Database, actor: Actor, project_codes: list[str], start: date, end: date
) -> Report:
    actor.require(Permission.REPORTS_READ)
    period = _period(start, end)
    ids = [_project(database, code).id for code in project_codes]
    with database.engine.connect() as connection:
        report = counselling_report(
            connection,
            period,
            [i for i in ids if i is not None],
            _organisation(database),
            actor.display_name,
        )
    return with_logo(database, report)


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
        period = _period(start, end)
    else:
        if year is None or not 2000 <= year <= 2100:
            raise ValidationError(
                "year", translate("Errors", "Year: a year from 2000 to 2100 is allowed.")
            )
        period = Period(date(year, 1, 1), date(year, 12, 31))
    with database.engine.connect() as connection:
        report = volunteer_report(connection, period, _organisation(database), actor.display_name)
    return with_logo(database, report)


def build_outcome_report(
    database: Database, actor: Actor, project_code: str, start: date, end: date
) -> Report:
    actor.require(Permission.REPORTS_READ)
    period = _period(start, end)
    project = _project(database, project_code)
    assert project.id is not None
    with database.engine.connect() as connection:
        report = outcome_report(
            connection, project.id, period, _organisation(database), actor.display_name
        )
    return with_logo(database, report)


def with_logo(database: Database, report: Report) -> Report:
    """The organisation's logo (if one is stored) goes on the report's first page."""
    with database.session() as session:
        logo = session.exec(select(Organisation.logo_png)).first()
    return replace(report, logo_png=logo) if logo else report


def write_report(report: Report, output_format: str, path: Path) -> None:
    if output_format not in FORMATS:
        raise ValidationError(
            "format",
            translate("Errors", "Format: '{value}' is not available; allowed: {allowed}.").format(
                value=output_format, allowed=", ".join(FORMATS)
            ),
        )
    try:
        if output_format == "pdf":
            write_pdf(report, path)
        else:
            write_xlsx(report, path)
    except OSError as error:
        raise ServiceError(
            translate("Import", "The file {path} cannot be written: {reason}").format(
                path=path, reason=error.strerror or str(error)
            )
        ) from error
