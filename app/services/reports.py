"""Producing funder reports: permission checks, parameters, and the files written."""

from datetime import date
from pathlib import Path

from sqlmodel import select

from app.domain.models import Organisation, Project
from app.domain.permissions import Permission
from app.reports.esf import EsfParameters, esf_report
from app.reports.model import Period, Report
from app.reports.xlsx import write_xlsx
from app.services.actor import Actor
from app.services.errors import ServiceError, ValidationError
from app.services.i18n import translate
from app.storage.database import Database

FORMATS = ("xlsx",)


def _period(start: date, end: date) -> Period:
    if end < start:
        raise ValidationError(
            "to",
            translate("Errors", "{label}: must not be before the start date.").format(
                label=translate("Fields", "End date")
            ),
        )
    return Period(start, end)


def build_esf_report(database: Database, actor: Actor, project_code: str, start: date, end: date,
                     cumulative: bool = False) -> Report:  # fmt: skip
    actor.require(Permission.REPORTS_READ)
    period = _period(start, end)
    with database.session() as session:
        project = session.exec(
            select(Project).where(Project.code == project_code.strip().upper())
        ).first()
        if project is None or project.id is None:
            raise ValidationError("project", translate(
                "Errors", "Project: there is no project with the code {code}.").format(
                    code=project_code))  # fmt: skip
        if not project.esf:
            raise ValidationError(
                "project",
                translate("Errors", "Project: {code} does not report to ESF Plus.").format(
                    code=project.code
                ),
            )
        organisation = session.exec(select(Organisation.name)).first() or ""
        connection = session.connection()
        return esf_report(connection, EsfParameters(project.id, period, cumulative),
                          organisation, actor.display_name)  # fmt: skip


def write_report(report: Report, output_format: str, path: Path) -> None:
    if output_format not in FORMATS:
        raise ValidationError("format", translate(
            "Errors", "Format: '{value}' is not available; allowed: {allowed}.").format(
                value=output_format, allowed=", ".join(FORMATS)))  # fmt: skip
    try:
        write_xlsx(report, path)
    except OSError as error:
        raise ServiceError(
            translate("Import", "The file {path} cannot be written: {reason}").format(
                path=path, reason=error.strerror or str(error)
            )
        ) from error
