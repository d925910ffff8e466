"""Funded projects: adding, editing and closing them, with their reporting settings.

A project carries what its funder's reports need: whether it reports to ESF Plus
and the ESF settings (long-term unemployment rule, minimum support), the value of a
volunteer hour per year, its own list of exit reasons and which outcomes count as
success, and (for projects that support organisations) the register of them.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func
from sqlmodel import Session, select

from app.domain.enums import (
    AuditAction,
    ExitReasonCategory,
    ExitStatus,
    LongTermUnemploymentRule,
    SupportedOrganisationKind,
)
from app.domain.hour_value import hourly_value_cents, value_for_year
from app.domain.models import (
    ExitReason,
    MinimumWage,
    Organisation,
    Project,
    ProjectHourlyRate,
    ProjectSuccessStatus,
    SupportedOrganisation,
)
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, Problems, ValidationError
from app.services.i18n import translate
from app.storage.database import Database

MAX_HOURLY_RATE_CENTS = 100_000
DEFAULT_RETENTION_YEARS = 5
MAX_SUPPORT_HOURS = 1000
DEFAULT_SUCCESS_STATUSES = (
    ExitStatus.EMPLOYED,
    ExitStatus.SELF_EMPLOYED,
    ExitStatus.EDUCATION_TRAINING,
)
# Every new project starts with these exit reasons; the club renames, adds and retires.
DEFAULT_EXIT_REASONS = (
    ("Teilnahme regulär beendet", ExitReasonCategory.FINISHED, False),
    ("Ziel erreicht", ExitReasonCategory.FINISHED, True),
    ("keine weitere Unterstützung nötig", ExitReasonCategory.FINISHED, True),
    ("abgebrochen", ExitReasonCategory.DROPPED_OUT, False),
    ("kein Kontakt mehr", ExitReasonCategory.DROPPED_OUT, False),
    ("verzogen", ExitReasonCategory.OTHER, False),
    ("sonstiger Grund", ExitReasonCategory.OTHER, False),
)


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
    long_term_rule: LongTermUnemploymentRule = LongTermUnemploymentRule.SGB3
    min_support_hours: str | None = None
    supports_organisations: bool = False
    qualification_counts_as_success: bool = True
    success_statuses: tuple[ExitStatus, ...] = DEFAULT_SUCCESS_STATUSES


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
    long_term_rule: LongTermUnemploymentRule
    min_support_hours: int | None
    supports_organisations: bool
    qualification_counts_as_success: bool
    success_statuses: tuple[ExitStatus, ...] = field(default=DEFAULT_SUCCESS_STATUSES)

    def columns(self) -> dict[str, Any]:
        """The values stored on the project row itself."""
        return {k: v for k, v in self.__dict__.items() if k != "success_statuses"}


def _whole_number(field: str, label: str, value: str | None, low: int, high: int) -> int | None:
    text = (value or "").strip()
    if not text:
        return None
    if not text.isdigit() or not low <= int(text) <= high:
        raise ValidationError(
            field,
            translate("Errors", "{label}: a whole number from {low} to {high} is allowed.").format(
                label=label, low=low, high=high
            ),
        )
    return int(text)


def _code(text: str) -> str:
    label = translate("Fields", "Project code")
    code = validation.required_text("code", label, text, 20)
    if not validation.PROJECT_CODE_PATTERN.match(code):
        raise ValidationError(
            "code",
            translate(
                "Errors",
                "{label}: '{value}' is not allowed. Use up to 20 letters, digits, dot, "
                "hyphen or underscore.",
            ).format(label=label, value=code),
        )
    return code.upper()


def _end(data: ProjectInput, start: date | None) -> date | None:
    if not (data.end and data.end.strip()):
        return None
    label = translate("Fields", "End date")
    end = validation.date_text("end", label, data.end)
    if start is not None and end < start:
        raise ValidationError(
            "end",
            translate("Errors", "{label}: must not be before the start date.").format(label=label),
        )
    return end


def _retention(years: int) -> int:
    if not 1 <= years <= 30:
        raise ValidationError(
            "retention_years",
            translate("Errors", "{label}: a whole number from 1 to 30 is allowed.").format(
                label=translate("Fields", "Retention years")
            ),
        )
    return years


def validate_project(data: ProjectInput) -> ValidProject:
    """The checked project; raises one ValidationError naming every field in error."""
    problems = Problems()
    code = problems.check(lambda: _code(data.code))
    name = problems.check(
        lambda: validation.required_text("name", translate("Fields", "Project name"), data.name)
    )
    programme = problems.check(
        lambda: validation.required_text(
            "programme", translate("Fields", "Funding programme"), data.programme
        )
    )
    start = problems.check(
        lambda: validation.date_text("start", translate("Fields", "Start date"), data.start)
    )
    end = problems.check(lambda: _end(data, start))
    rate = None
    rate_text = (data.hourly_rate or "").strip()
    if rate_text:
        rate = problems.check(
            lambda: validation.euro_text(
                "hourly_rate", translate("Fields", "Hourly rate"), rate_text, MAX_HOURLY_RATE_CENTS
            )
        )
    retention = problems.check(lambda: _retention(data.retention_years))
    min_hours = problems.check(
        lambda: _whole_number(
            "min_support_hours",
            translate("Fields", "Minimum support"),
            data.min_support_hours,
            1,
            MAX_SUPPORT_HOURS,
        )
    )
    funder = problems.check(
        lambda: validation.optional_text("funder", translate("Fields", "Funder"), data.funder)
    )
    problems.raise_any()
    assert code is not None and name is not None and programme is not None
    assert start is not None and retention is not None
    return ValidProject(
        code=code,
        name=name,
        programme=programme,
        start_date=start,
        end_date=end,
        esf=data.esf,
        hourly_rate_cents=rate,
        funder=funder,
        retention_years=retention,
        long_term_rule=data.long_term_rule,
        min_support_hours=min_hours if data.esf else None,
        supports_organisations=data.supports_organisations,
        qualification_counts_as_success=data.qualification_counts_as_success,
        success_statuses=tuple(dict.fromkeys(data.success_statuses)),
    )


def _refuse_taken_code(session: Session, code: str, own_id: int | None = None) -> None:
    query = select(func.count()).select_from(Project).where(Project.code == code)
    if own_id is not None:
        query = query.where(Project.id != own_id)
    if session.exec(query).one():
        raise ValidationError(
            "code",
            translate("Errors", "{label}: a project with the code {code} already exists.").format(
                label=translate("Fields", "Project code"), code=code
            ),
        )


def _store_success_statuses(
    session: Session, project_id: int, statuses: Iterable[ExitStatus]
) -> None:
    session.execute(
        sa.delete(table(ProjectSuccessStatus)).where(
            table(ProjectSuccessStatus).c.project_id == project_id
        )
    )
    for status in statuses:
        session.add(ProjectSuccessStatus(project_id=project_id, exit_status=status))


def seed_project_lists(
    session: Session,
    project_id: int,
    statuses: Iterable[ExitStatus] = DEFAULT_SUCCESS_STATUSES,
) -> None:
    """A new project's exit reasons and success statuses, for the club to adapt."""
    _store_success_statuses(session, project_id, statuses)
    for position, (name, category, success) in enumerate(DEFAULT_EXIT_REASONS):
        session.add(
            ExitReason(
                project_id=project_id,
                name=name,
                category=category,
                counts_as_success=success,
                position=position,
            )
        )


def insert_project(
    session: Session, actor: Actor, organisation_id: int, project: ValidProject
) -> Project:
    _refuse_taken_code(session, project.code)
    row = Project(organisation_id=organisation_id, **project.columns())
    session.add(row)
    session.flush()
    assert row.id is not None
    seed_project_lists(session, row.id, project.success_statuses)
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


def _load_project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(translate("Errors", "This project does not exist (any more)."))
    return project


def update_project(
    database: Database, actor: Actor, project_id: int, data: ProjectInput
) -> Project:
    """Change a project's data and settings; the audit names the changed fields."""
    actor.require(Permission.PROJECTS_MANAGE)
    valid = validate_project(data)
    with database.session() as session:
        project = _load_project(session, project_id)
        _refuse_taken_code(session, valid.code, project_id)
        changed = [k for k, v in valid.columns().items() if getattr(project, k) != v]
        for key in changed:
            setattr(project, key, valid.columns()[key])
        old_statuses = set(success_statuses(session, project_id))
        if old_statuses != set(valid.success_statuses):
            _store_success_statuses(session, project_id, valid.success_statuses)
            changed.append("success_statuses")
        session.add(project)
        if changed:
            record(session, actor, AuditAction.UPDATE, "project", project_id, changed)
        session.commit()
        return project


def close_project(database: Database, actor: Actor, project_id: int, closed: bool = True) -> None:
    """A closed project leaves the choice lists; its data and reports stay."""
    actor.require(Permission.PROJECTS_MANAGE)
    with database.session() as session:
        project = _load_project(session, project_id)
        if project.archived != closed:
            project.archived = closed
            session.add(project)
            record(session, actor, AuditAction.UPDATE, "project", project_id, ["archived"])
        session.commit()


def list_projects(
    database: Database, actor: Actor, include_archived: bool = False
) -> list[Project]:
    """Projects are visible to every role: they are no personal data."""
    with database.session() as session:
        query = select(Project).order_by(Project.start_date.desc(), Project.code)  # type: ignore[attr-defined]
        if not include_archived:
            query = query.where(Project.archived == False)  # noqa: E712
        return list(session.exec(query).all())


def success_statuses(session: Session, project_id: int) -> list[ExitStatus]:
    return [
        ExitStatus(status)
        for status in session.exec(
            select(ProjectSuccessStatus.exit_status).where(
                ProjectSuccessStatus.project_id == project_id
            )
        )
    ]


def project_success_statuses(database: Database, project_id: int) -> list[ExitStatus]:
    with database.session() as session:
        return success_statuses(session, project_id)


# -- value of a volunteer hour, per year ---------------------------------------------


def hourly_rates(database: Database, project_id: int) -> dict[int, int]:
    """The project's own rates in cents by year."""
    with database.session() as session:
        return {
            rate.year: rate.rate_cents
            for rate in session.exec(
                select(ProjectHourlyRate).where(ProjectHourlyRate.project_id == project_id)
            )
        }


def minimum_wage_for(database: Database, year: int) -> int | None:
    """The statutory minimum wage in cents per hour in ``year`` (None before the data)."""
    with database.session() as session:
        wages = [(w.year, w.cents) for w in session.exec(select(MinimumWage))]
    return value_for_year(wages, year)


def hourly_value(database: Database, project_id: int, year: int) -> int | None:
    """What one volunteer hour in the project is worth in ``year``."""
    with database.session() as session:
        project = _load_project(session, project_id)
        wages = [(w.year, w.cents) for w in session.exec(select(MinimumWage))]
        own = {
            rate.year: rate.rate_cents
            for rate in session.exec(
                select(ProjectHourlyRate).where(ProjectHourlyRate.project_id == project_id)
            )
        }
    return hourly_value_cents(year, own, project.hourly_rate_cents, wages)


def set_hourly_rate(
    database: Database, actor: Actor, project_id: int, year: int, rate: str | None
) -> None:
    """Set the value of a volunteer hour for one year; an empty rate removes it."""
    actor.require(Permission.PROJECTS_MANAGE)
    if not 2000 <= year <= 2100:
        raise ValidationError(
            "year", translate("Errors", "Year: a year from 2000 to 2100 is allowed.")
        )
    cents = None
    if rate and rate.strip():
        cents = validation.euro_text(
            "hourly_rate", translate("Fields", "Hourly rate"), rate, MAX_HOURLY_RATE_CENTS
        )
    with database.session() as session:
        _load_project(session, project_id)
        row = session.get(ProjectHourlyRate, (project_id, year))
        if cents is None:
            if row is not None:
                session.delete(row)
        else:
            row = row or ProjectHourlyRate(project_id=project_id, year=year, rate_cents=cents)
            row.rate_cents = cents
            session.add(row)
        record(session, actor, AuditAction.UPDATE, "project", project_id, [f"hourly_rate_{year}"])
        session.commit()


# -- exit reasons -------------------------------------------------------------------


@dataclass(frozen=True)
class ExitReasonInput:
    name: str
    category: ExitReasonCategory
    counts_as_success: bool = False


def exit_reasons(
    database: Database, project_id: int, include_retired: bool = False
) -> list[ExitReason]:
    """A project's exit reasons in their order; retired ones only when asked for."""
    with database.session() as session:
        query = (
            select(ExitReason)
            .where(ExitReason.project_id == project_id)
            .order_by(ExitReason.position, ExitReason.id)  # type: ignore[arg-type]
        )
        if not include_retired:
            query = query.where(ExitReason.active == True)  # noqa: E712
        return list(session.exec(query))


def _reason_name(session: Session, project_id: int, name: str, own_id: int | None) -> str:
    label = translate("Fields", "Exit reason")
    text = validation.required_text("name", label, name, 100)
    query = select(ExitReason.id).where(
        ExitReason.project_id == project_id, ExitReason.name == text
    )
    taken = [reason_id for reason_id in session.exec(query) if reason_id != own_id]
    if taken:
        raise ValidationError(
            "name",
            translate("Errors", "{label}: '{value}' already exists in this project.").format(
                label=label, value=text
            ),
        )
    return text


def add_exit_reason(
    database: Database, actor: Actor, project_id: int, data: ExitReasonInput
) -> ExitReason:
    actor.require(Permission.PROJECTS_MANAGE)
    with database.session() as session:
        _load_project(session, project_id)
        name = _reason_name(session, project_id, data.name, None)
        last = session.exec(
            select(func.max(ExitReason.position)).where(ExitReason.project_id == project_id)
        ).one()
        reason = ExitReason(
            project_id=project_id,
            name=name,
            category=data.category,
            counts_as_success=data.counts_as_success,
            position=(last or 0) + 1,
        )
        session.add(reason)
        session.flush()
        record(session, actor, AuditAction.CREATE, "exit_reason", reason.id, ["name", "category"])
        session.commit()
        return reason


def update_exit_reason(
    database: Database, actor: Actor, reason_id: int, data: ExitReasonInput
) -> ExitReason:
    """Rename a reason or change what it counts as; records that use it follow."""
    actor.require(Permission.PROJECTS_MANAGE)
    with database.session() as session:
        reason = session.get(ExitReason, reason_id)
        if reason is None:
            raise NotFound(translate("Errors", "This exit reason does not exist (any more)."))
        name = _reason_name(session, reason.project_id, data.name, reason_id)
        values = {
            "name": name,
            "category": data.category,
            "counts_as_success": data.counts_as_success,
        }
        changed = [k for k, v in values.items() if getattr(reason, k) != v]
        for key in changed:
            setattr(reason, key, values[key])
        session.add(reason)
        if changed:
            record(session, actor, AuditAction.UPDATE, "exit_reason", reason_id, changed)
        session.commit()
        return reason


def retire_exit_reason(
    database: Database, actor: Actor, reason_id: int, retired: bool = True
) -> None:
    """A retired reason stays on the records that have it and leaves the choice lists."""
    actor.require(Permission.PROJECTS_MANAGE)
    with database.session() as session:
        reason = session.get(ExitReason, reason_id)
        if reason is None:
            raise NotFound(translate("Errors", "This exit reason does not exist (any more)."))
        reason.active = not retired
        session.add(reason)
        record(session, actor, AuditAction.UPDATE, "exit_reason", reason_id, ["active"])
        session.commit()


# -- supported organisations (EECO18, EECO19) ----------------------------------------


@dataclass(frozen=True)
class SupportedOrganisationInput:
    name: str
    kind: SupportedOrganisationKind
    supported_on: date
    remarks: str | None = None


def add_supported_organisation(
    database: Database, actor: Actor, project_id: int, data: SupportedOrganisationInput
) -> SupportedOrganisation:
    actor.require(Permission.SUPPORTED_ORGANISATIONS_MANAGE)
    name = validation.required_text("name", translate("Fields", "Organisation"), data.name)
    if data.supported_on > date.today():
        raise ValidationError(
            "supported_on",
            translate("Errors", "{label}: must not lie in the future.").format(
                label=translate("Fields", "Supported on")
            ),
        )
    with database.session() as session:
        project = _load_project(session, project_id)
        if not project.supports_organisations:
            raise ValidationError(
                "name",
                translate(
                    "Errors",
                    "Project {project} does not support organisations; switch the setting on "
                    "in the project first.",
                ).format(project=project.code),
            )
        row = SupportedOrganisation(
            project_id=project_id,
            name=name,
            kind=data.kind,
            supported_on=data.supported_on,
            remarks=validation.optional_text(
                "remarks", translate("Fields", "Remarks"), data.remarks, 500
            ),
        )
        session.add(row)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            "supported_organisation",
            row.id,
            ["name", "kind", "supported_on"],
        )
        session.commit()
        return row


def supported_organisations(database: Database, project_id: int) -> list[SupportedOrganisation]:
    with database.session() as session:
        return list(
            session.exec(
                select(SupportedOrganisation)
                .where(SupportedOrganisation.project_id == project_id)
                .order_by(SupportedOrganisation.supported_on.desc())  # type: ignore[attr-defined]
            )
        )


def remove_supported_organisation(database: Database, actor: Actor, row_id: int) -> None:
    actor.require(Permission.SUPPORTED_ORGANISATIONS_MANAGE)
    with database.session() as session:
        row = session.get(SupportedOrganisation, row_id)
        if row is None:
            raise NotFound(translate("Errors", "This entry does not exist (any more)."))
        session.delete(row)
        record(session, actor, AuditAction.DELETE, "supported_organisation", row_id)
        session.commit()
