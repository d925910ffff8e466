"""Recognition procedures (Anerkennungsverfahren) and placements (Arbeitsaufnahmen) of a
case file: checked as whole forms, written with the case file's permission and scope,
every change audited with its field names."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlmodel import Session, select

from app.domain.enums import (
    AdaptationKind,
    Answer,
    AuditAction,
    ContractType,
    EconomicSector,
    ExitStatus,
    RecognitionResult,
)
from app.domain.models import Enrollment, Placement, RecognitionProcedure
from app.domain.occupations import is_kldb_code
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.errors import NotFound, Problems, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.database import Database

# Exit situations a placement explains (the ESF exit form's "employed", "self-employed").
WORK_EXITS = frozenset({ExitStatus.EMPLOYED, ExitStatus.SELF_EMPLOYED})
MIN_WEEKLY_HOURS = Decimal("0.5")
MAX_WEEKLY_HOURS = 80


@dataclass(frozen=True)
class ProcedureInput:
    """A recognition procedure as entered (None: not known / not yet)."""

    occupation: str
    kldb_code: str | None = None
    regulated: Answer | None = None
    qualification_country: str | None = None
    qualification_year: int | None = None
    authority: str | None = None
    applied_on: date | None = None
    decided_on: date | None = None
    result: RecognitionResult | None = None
    adaptation_kind: AdaptationKind | None = None
    adaptation_provider: str | None = None
    adaptation_from: date | None = None
    adaptation_to: date | None = None
    adaptation_completed: bool | None = None


@dataclass(frozen=True)
class PlacementInput:
    """A placement as entered; ``weekly_hours`` is the typed text ("19,5")."""

    employer: str
    start_date: date | None
    contract_type: ContractType | None
    employer_town: str | None = None
    sector: EconomicSector | None = None
    weekly_hours: str | None = None
    occupation: str | None = None
    enrollment_id: int | None = None


def _problem(field: str, label: str, message: str) -> ValidationError:
    """``message`` (translated, with ``{label}``) for ``label`` (translated)."""
    return ValidationError(field, message.format(label=label))


def check_procedure(data: ProcedureInput, today: date | None = None) -> dict[str, object]:
    """Every field of a procedure at once; raises one ValidationError naming each field
    in error. Returns the column values."""
    today = today or date.today()
    problems = Problems()
    values: dict[str, object] = {
        "occupation": problems.check(
            lambda: validation.required_text(
                "occupation", translate("Fields", "Reference occupation"), data.occupation
            )
        ),
        "authority": problems.check(
            lambda: validation.optional_text(
                "authority", translate("Fields", "Competent authority"), data.authority
            )
        ),
        "adaptation_provider": problems.check(
            lambda: validation.optional_text(
                "adaptation_provider", translate("Fields", "Provider"), data.adaptation_provider
            )
        ),
        "qualification_country": problems.check(
            lambda: validation.country(
                "qualification_country",
                translate("Fields", "Country of the qualification"),
                data.qualification_country,
            )
        ),
    }
    code = (data.kldb_code or "").strip() or None
    if code is not None and not is_kldb_code(code):
        problems.add(
            ValidationError(
                "kldb_code",
                translate(
                    "Errors",
                    "{label}: '{value}' is not a KldB 2010 code (5 digits, the last 1-4).",
                ).format(label=translate("Fields", "KldB code"), value=code),
            )
        )
    values["kldb_code"] = code
    if data.qualification_year is not None and not (1900 <= data.qualification_year <= today.year):
        problems.add(
            ValidationError(
                "qualification_year",
                translate("Errors", "{label}: a year from 1900 to {year} is allowed.").format(
                    label=translate("Fields", "Year of the qualification"), year=today.year
                ),
            )
        )
    values["qualification_year"] = data.qualification_year
    for name, label, day in (
        ("applied_on", QT_TRANSLATE_NOOP("Fields", "Application date"), data.applied_on),
        ("decided_on", QT_TRANSLATE_NOOP("Fields", "Decision date"), data.decided_on),
    ):
        if day is not None and day > today:
            problems.add(
                _problem(
                    name,
                    translate("Fields", label),
                    translate("Errors", "{label}: must not lie in the future."),
                )
            )
    if (
        data.decided_on is not None
        and data.applied_on is not None
        and data.decided_on < data.applied_on
    ):
        problems.add(
            _problem(
                "decided_on",
                translate("Fields", "Decision date"),
                translate("Errors", "{label}: must not be before the application date."),
            )
        )
    if data.decided_on is not None and data.result is None:
        problems.add(
            _problem(
                "result",
                translate("Fields", "Result"),
                translate("Errors", "{label}: please choose the decision's result."),
            )
        )
    adaptation = (
        data.adaptation_kind,
        values["adaptation_provider"],
        data.adaptation_from,
        data.adaptation_to,
        data.adaptation_completed,
    )
    if any(v is not None for v in adaptation[1:]) and data.adaptation_kind is None:
        problems.add(
            _problem(
                "adaptation_kind",
                translate("Fields", "Adaptation qualification"),
                translate(
                    "Errors",
                    "{label}: please choose its kind, or leave the adaptation fields empty.",
                ),
            )
        )
    if (
        data.adaptation_from is not None
        and data.adaptation_to is not None
        and data.adaptation_to < data.adaptation_from
    ):
        problems.add(
            _problem(
                "adaptation_to",
                translate("Fields", "Adaptation until"),
                translate("Errors", "{label}: must not be before its start."),
            )
        )
    problems.raise_any()
    values.update(
        regulated=data.regulated,
        applied_on=data.applied_on,
        decided_on=data.decided_on,
        result=data.result,
        adaptation_kind=data.adaptation_kind,
        adaptation_from=data.adaptation_from,
        adaptation_to=data.adaptation_to,
        adaptation_completed=data.adaptation_completed,
    )
    return values


def save_procedure(
    database: Database,
    actor: Actor,
    participant_id: int,
    data: ProcedureInput,
    procedure_id: int | None = None,
    today: date | None = None,
) -> RecognitionProcedure:
    """A new procedure of the case, or changes to ``procedure_id``."""
    actor.require(Permission.CASES_WRITE)
    values = check_procedure(data, today)
    with database.session() as session:
        load_participant(session, actor, participant_id)
        if procedure_id is None:
            procedure = RecognitionProcedure(participant_id=participant_id, **values)  # type: ignore[arg-type]
            changed = [name for name, value in values.items() if value is not None]
            action = AuditAction.CREATE
        else:
            procedure = _procedure(session, participant_id, procedure_id)
            changed = [name for name, value in values.items() if getattr(procedure, name) != value]
            for name, value in values.items():
                setattr(procedure, name, value)
            action = AuditAction.UPDATE
        session.add(procedure)
        session.flush()
        record(session, actor, action, "recognition_procedure", procedure.id, changed)
        session.commit()
        session.refresh(procedure)
        return procedure


def delete_procedure(
    database: Database, actor: Actor, participant_id: int, procedure_id: int
) -> None:
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        load_participant(session, actor, participant_id)
        session.delete(_procedure(session, participant_id, procedure_id))
        record(session, actor, AuditAction.DELETE, "recognition_procedure", procedure_id)
        session.commit()


def _procedure(session: Session, participant_id: int, procedure_id: int) -> RecognitionProcedure:
    procedure = session.get(RecognitionProcedure, procedure_id)
    if procedure is None or procedure.participant_id != participant_id:
        raise NotFound(translate("Errors", "This recognition procedure no longer exists."))
    return procedure


def weekly_minutes(text: str | None) -> int | None:
    """Typed hours per week ("19,5", "40") as minutes; None when empty."""
    label = translate("Fields", "Hours per week")
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        hours = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        hours = Decimal(-1)
    # The message's lower bound is the rule's (it accepted 0,1 while saying 0.5).
    if not (hours.is_finite() and MIN_WEEKLY_HOURS <= hours <= MAX_WEEKLY_HOURS):
        raise ValidationError(
            "weekly_hours",
            translate(
                "Errors", "{label}: '{value}' is not allowed. Use a number from 0.5 to {max}."
            ).format(label=label, value=raw, max=MAX_WEEKLY_HOURS),
        )
    return round(hours * 60)


def check_placement(
    session: Session, participant_id: int, data: PlacementInput
) -> dict[str, object]:
    problems = Problems()
    values: dict[str, object] = {
        "employer": problems.check(
            lambda: validation.required_text(
                "employer", translate("Fields", "Employer"), data.employer
            )
        ),
        "employer_town": problems.check(
            lambda: validation.optional_text(
                "employer_town", translate("Fields", "Town"), data.employer_town
            )
        ),
        "occupation": problems.check(
            lambda: validation.optional_text(
                "occupation", translate("Fields", "Occupation field"), data.occupation
            )
        ),
        "weekly_minutes": problems.check(lambda: weekly_minutes(data.weekly_hours)),
    }
    if data.start_date is None:
        problems.add(
            _problem(
                "start_date",
                translate("Fields", "Start date"),
                translate("Errors", "{label}: this field is required."),
            )
        )
    if data.contract_type is None:
        problems.add(
            _problem(
                "contract_type",
                translate("Fields", "Contract type"),
                translate(
                    "Errors",
                    "{label}: please choose one (employment subject to social insurance, "
                    "marginal, self-employed, apprenticeship or internship).",
                ),
            )
        )
    if data.enrollment_id is not None:
        enrollment = session.get(Enrollment, data.enrollment_id)
        if (
            enrollment is None
            or enrollment.participant_id != participant_id
            or enrollment.exit_status not in WORK_EXITS
        ):
            problems.add(
                _problem(
                    "enrollment_id",
                    translate("Fields", "Linked exit"),
                    translate(
                        "Errors",
                        "{label}: only a participation of this person that ended in "
                        "employment or self-employment can be linked.",
                    ),
                )
            )
    problems.raise_any()
    values.update(
        start_date=data.start_date,
        contract_type=data.contract_type,
        sector=data.sector,
        enrollment_id=data.enrollment_id,
    )
    return values


def save_placement(
    database: Database,
    actor: Actor,
    participant_id: int,
    data: PlacementInput,
    placement_id: int | None = None,
) -> Placement:
    """A new placement of the case, or changes to ``placement_id``."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        load_participant(session, actor, participant_id)
        values = check_placement(session, participant_id, data)
        if placement_id is None:
            placement = Placement(participant_id=participant_id, **values)  # type: ignore[arg-type]
            changed = [name for name, value in values.items() if value is not None]
            action = AuditAction.CREATE
        else:
            found = session.get(Placement, placement_id)
            if found is None or found.participant_id != participant_id:
                raise NotFound(translate("Errors", "This placement no longer exists."))
            placement = found
            changed = [name for name, value in values.items() if getattr(placement, name) != value]
            for name, value in values.items():
                setattr(placement, name, value)
            action = AuditAction.UPDATE
        session.add(placement)
        session.flush()
        record(session, actor, action, "placement", placement.id, changed)
        session.commit()
        session.refresh(placement)
        return placement


def delete_placement(
    database: Database, actor: Actor, participant_id: int, placement_id: int
) -> None:
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        load_participant(session, actor, participant_id)
        placement = session.get(Placement, placement_id)
        if placement is None or placement.participant_id != participant_id:
            raise NotFound(translate("Errors", "This placement no longer exists."))
        session.delete(placement)
        record(session, actor, AuditAction.DELETE, "placement", placement_id)
        session.commit()


def unlink_placements(session: Session, actor: Actor, enrollment_id: int) -> None:
    """Placements linked to ``enrollment_id`` lose the link (audited); they stay facts
    about the person."""
    for placement in session.exec(
        select(Placement).where(Placement.enrollment_id == enrollment_id)
    ):
        placement.enrollment_id = None
        session.add(placement)
        record(session, actor, AuditAction.UPDATE, "placement", placement.id, ["enrollment_id"])
    session.flush()


def procedures_of(session: Session, participant_id: int) -> list[RecognitionProcedure]:
    """A case's procedures, newest application first (for the case file, which audits)."""
    return list(
        session.exec(
            select(RecognitionProcedure)
            .where(RecognitionProcedure.participant_id == participant_id)
            .order_by(
                RecognitionProcedure.applied_on.desc().nulls_first(),  # type: ignore[union-attr]
                RecognitionProcedure.id,  # type: ignore[arg-type]
            )
        )
    )


def placements_of(session: Session, participant_id: int) -> list[Placement]:
    return list(
        session.exec(
            select(Placement)
            .where(Placement.participant_id == participant_id)
            .order_by(Placement.start_date.desc(), Placement.id)  # type: ignore[attr-defined,arg-type]
        )
    )
