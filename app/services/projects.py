"""Funded projects: adding and listing them."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from app.domain.enums import AuditAction
from app.domain.models import Organisation, Project
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ValidationError
from app.services.i18n import translate
from app.storage.database import Database

MAX_HOURLY_RATE_CENTS = 100_000
DEFAULT_RETENTION_YEARS = 5


@dataclass(frozen=True)
class ProjectInput:
    """A project as typed by the user (dates and amounts still text)."""

    code: str
    name: str
    programme: str
    start: str
    end: str | None = None
    esf: bool = False
    hourly_rate: str | None = None
    funder: str | None = None
    retention_years: int = DEFAULT_RETENTION_YEARS


@dataclass(frozen=True)
class ValidProject:
    code: str
    name: str
    programme: str
    start_date: date
    end_date: date | None
    esf: bool
    hourly_rate_cents: int | None
    funder: str | None
    retention_years: int


def validate_project(data: ProjectInput) -> ValidProject:
    code_label = translate("Fields", "Project code")
    code = validation.required_text("code", code_label, data.code, 20)
    if not validation.PROJECT_CODE_PATTERN.match(code):
        raise ValidationError(
            "code",
            translate(
                "Errors",
                "{label}: '{value}' is not allowed. Use up to 20 letters, digits, dot, "
                "hyphen or underscore.",
            ).format(label=code_label, value=code),
        )
    start_label = translate("Fields", "Start date")
    start = validation.date_text("start", start_label, data.start)
    end = None
    if data.end and data.end.strip():
        end_label = translate("Fields", "End date")
        end = validation.date_text("end", end_label, data.end)
        if end < start:
            raise ValidationError(
                "end",
                translate("Errors", "{label}: must not be before the start date.").format(
                    label=end_label
                ),
            )
    rate = None
    if data.hourly_rate and data.hourly_rate.strip():
        rate = validation.euro_text(
            "hourly_rate",
            translate("Fields", "Hourly rate"),
            data.hourly_rate,
            MAX_HOURLY_RATE_CENTS,
        )
    if not 1 <= data.retention_years <= 30:
        raise ValidationError(
            "retention_years",
            translate("Errors", "{label}: a whole number from 1 to 30 is allowed.").format(
                label=translate("Fields", "Retention years")
            ),
        )
    return ValidProject(
        code=code.upper(),
        name=validation.required_text("name", translate("Fields", "Project name"), data.name),
        programme=validation.required_text(
            "programme", translate("Fields", "Funding programme"), data.programme
        ),
        start_date=start,
        end_date=end,
        esf=data.esf,
        hourly_rate_cents=rate,
        funder=validation.optional_text("funder", translate("Fields", "Funder"), data.funder),
        retention_years=data.retention_years,
    )


def insert_project(
    session: Session, actor: Actor, organisation_id: int, project: ValidProject
) -> Project:
    taken = session.exec(
        select(func.count()).select_from(Project).where(Project.code == project.code)
    ).one()
    if taken:
        raise ValidationError(
            "code",
            translate("Errors", "{label}: a project with the code {code} already exists.").format(
                label=translate("Fields", "Project code"), code=project.code
            ),
        )
    row = Project(organisation_id=organisation_id, **project.__dict__)
    session.add(row)
    session.flush()
    assert row.id is not None
    record(session, actor, AuditAction.CREATE, "project", row.id, project.__dict__.keys())
    return row


def add_project(database: Database, actor: Actor, data: ProjectInput) -> Project:
    actor.require(Permission.PROJECTS_MANAGE)
    project = validate_project(data)
    with database.session() as session:
        organisation = session.exec(select(Organisation)).one()
        assert organisation.id is not None
        row = insert_project(session, actor, organisation.id, project)
        session.commit()
        return row


def list_projects(
    database: Database, actor: Actor, include_archived: bool = False
) -> list[Project]:
    """Projects are visible to every role: they are no personal data."""
    with database.session() as session:
        query = select(Project).order_by(Project.start_date.desc(), Project.code)  # type: ignore[attr-defined]
        if not include_archived:
            query = query.where(Project.archived == False)  # noqa: E712
        return list(session.exec(query).all())
