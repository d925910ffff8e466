"""The volunteer registry: listing, registering and editing volunteers, clearance deadlines."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import select

from app.domain.case_numbers import VOLUNTEER_SEQUENCE, format_volunteer_number
from app.domain.enums import AuditAction, HoursStatus, VolunteerStatus
from app.domain.models import Volunteer, VolunteerHours, VolunteerLanguage
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.domain.search_text import volunteer_search_key
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, Problems, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.numbering import reserve
from app.services.row_versions import require_unchanged
from app.services.search import key_matches
from app.services.settings import read_setting
from app.storage.database import Database

CLEARANCE_YEARS = "clearance_renewal_years"
DEFAULT_CLEARANCE_YEARS = 5


@dataclass(frozen=True)
class VolunteerInput:
    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    region: str | None = None
    languages: tuple[str, ...] = ()
    skills: str | None = None
    availability: str | None = None
    joined_on: date | None = None
    status: VolunteerStatus = VolunteerStatus.ACTIVE
    clearance_seen_on: date | None = None
    training_on: date | None = None
    agreement_signed_on: date | None = None
    # § 72a (5) SGB VIII: besides the day it was seen, only the certificate's issue date
    # and whether it shows a relevant entry (None: not recorded).
    clearance_issued_on: date | None = None
    clearance_relevant_entry: bool | None = None
    # When the volunteer stopped (status "left"): the clearance goes three months later.
    left_on: date | None = None


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    number: str
    name: str
    status: VolunteerStatus
    region: str
    languages: str
    clearance_due: date | None  # None: no clearance seen yet, or not for this role to see
    training_on: date | None
    hours_this_year: float


def clearance_years(database: Database) -> int:
    with database.session() as session:
        value = read_setting(session, CLEARANCE_YEARS)
    return int(value) if isinstance(value, int) and value > 0 else DEFAULT_CLEARANCE_YEARS


def clearance_due(seen: date | None, years: int) -> date | None:
    if seen is None:
        return None
    try:
        return seen.replace(year=seen.year + years)
    except ValueError:  # 29 February
        return seen.replace(year=seen.year + years, day=28)


def _validate(data: VolunteerInput) -> tuple[dict[str, Any], list[str]]:
    """Column values and language codes; raises one ValidationError naming every field
    in error."""
    problems = Problems()

    def text(field: str, label: object, value: str | None, max_length: int = 200) -> str | None:
        return problems.check(
            lambda: validation.optional_text(
                field, translate("Fields", str(label)), value, max_length
            )
        )

    values: dict[str, Any] = {
        "first_name": problems.check(
            lambda: validation.required_text(
                "first_name", translate("Fields", "First name"), data.first_name, 100
            )
        ),
        "last_name": problems.check(
            lambda: validation.required_text(
                "last_name", translate("Fields", "Last name"), data.last_name, 100
            )
        ),
        "email": problems.check(lambda: validation.email("email", data.email)),
        "phone": text("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), data.phone),
        "city": text("city", QT_TRANSLATE_NOOP("Fields", "City"), data.city),
        "region": text("region", QT_TRANSLATE_NOOP("Fields", "Region"), data.region),
        "skills": text("skills", QT_TRANSLATE_NOOP("Fields", "Skills"), data.skills, 1000),
        "availability": text(
            "availability", QT_TRANSLATE_NOOP("Fields", "Availability"), data.availability
        ),
        "joined_on": data.joined_on,
        "status": data.status,
        "clearance_seen_on": data.clearance_seen_on,
        "clearance_issued_on": data.clearance_issued_on,
        "clearance_relevant_entry": data.clearance_relevant_entry,
        "training_on": data.training_on,
        "agreement_signed_on": data.agreement_signed_on,
        "left_on": data.left_on,
    }
    codes = problems.check(
        lambda: validation.language_codes(
            "languages", translate("Fields", "Languages"), data.languages
        )
    )
    today = date.today()
    _check_clearance_and_leaving(data, problems)
    for key, label in (
        ("clearance_seen_on", translate("Fields", "Police clearance seen on")),
        ("clearance_issued_on", translate("Fields", "Certificate issued on")),
        ("training_on", translate("Fields", "Training on")),
        ("left_on", translate("Fields", "Left on")),
    ):
        value = values[key]
        if isinstance(value, date) and value > today:
            problems.add(
                ValidationError(
                    key,
                    translate("Errors", "{label}: must not lie in the future.").format(label=label),
                )
            )
    problems.raise_any()
    return values, codes or []


def _check_clearance_and_leaving(data: VolunteerInput, problems: Problems) -> None:
    seen, issued = data.clearance_seen_on, data.clearance_issued_on
    if issued is not None and seen is not None and issued > seen:
        problems.add(
            ValidationError(
                "clearance_issued_on",
                translate(
                    "Errors", "{label}: must not lie after the day the certificate was seen."
                ).format(label=translate("Fields", "Certificate issued on")),
            )
        )
    if seen is None and (issued is not None or data.clearance_relevant_entry is not None):
        problems.add(
            ValidationError(
                "clearance_seen_on",
                translate(
                    "Errors", "{label}: needed when the certificate's details are recorded."
                ).format(label=translate("Fields", "Police clearance seen on")),
            )
        )
    left = translate("Fields", "Left on")
    if data.status == VolunteerStatus.LEFT and data.left_on is None:
        problems.add(
            ValidationError(
                "left_on",
                translate(
                    "Errors",
                    "{label}: needed when the status is 'left' (the police "
                    "clearance is deleted three months after that day).",
                ).format(label=left),
            )
        )
    elif data.status != VolunteerStatus.LEFT and data.left_on is not None:
        problems.add(
            ValidationError(
                "left_on",
                translate("Errors", "{label}: only for a volunteer whose status is 'left'.").format(
                    label=left
                ),
            )
        )
    if data.left_on is not None and data.joined_on is not None and data.left_on < data.joined_on:
        problems.add(
            ValidationError(
                "left_on",
                translate("Errors", "{label}: must not lie before the day they joined.").format(
                    label=left
                ),
            )
        )


# The volunteer form's fields by their labels, for an edit conflict.
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "skills": QT_TRANSLATE_NOOP("Fields", "Skills"),
    "availability": QT_TRANSLATE_NOOP("Fields", "Availability"),
    "joined_on": QT_TRANSLATE_NOOP("Fields", "Joined on"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "clearance_seen_on": QT_TRANSLATE_NOOP("Fields", "Police clearance seen on"),
    "clearance_issued_on": QT_TRANSLATE_NOOP("Fields", "Certificate issued on"),
    "clearance_relevant_entry": QT_TRANSLATE_NOOP("Fields", "Relevant entry"),
    "training_on": QT_TRANSLATE_NOOP("Fields", "Training on"),
    "agreement_signed_on": QT_TRANSLATE_NOOP("Fields", "Agreement signed on"),
    "left_on": QT_TRANSLATE_NOOP("Fields", "Left on"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
}


def check_volunteer(data: VolunteerInput) -> None:
    """Checks a volunteer's fields without saving; raises one ValidationError naming
    every field in error."""
    _validate(data)


def save_volunteer(
    database: Database,
    actor: Actor,
    data: VolunteerInput,
    volunteer_id: int | None = None,
    expected_version: int | None = None,
) -> Volunteer:
    """Create, or update ``volunteer_id``; ``expected_version`` is the ``row_version`` the
    form showed (see ``row_versions``)."""
    actor.require(Permission.VOLUNTEERS_WRITE)
    values, codes = _validate(data)
    with database.session() as session:
        if volunteer_id is None:
            volunteer = Volunteer(
                number=format_volunteer_number(reserve(session, VOLUNTEER_SEQUENCE)), **values
            )
            changed = [k for k, v in values.items() if v not in (None, "")]
            action = AuditAction.CREATE
        else:
            # Locked for the change like a case file (cases.load_participant).
            found = session.get(
                Volunteer, volunteer_id, with_for_update=True, populate_existing=True
            )
            if found is None:
                raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
            volunteer = found
            spoken = sorted(
                session.exec(
                    select(VolunteerLanguage.language_code).where(
                        VolunteerLanguage.volunteer_id == volunteer_id
                    )
                )
            )
            require_unchanged(
                translate("Errors", "The volunteer {number}").format(number=volunteer.number),
                volunteer.row_version,
                expected_version,
                {**{k: getattr(volunteer, k) for k in values}, "languages": spoken},
                {**values, "languages": sorted(codes)},
                {name: translate("Fields", str(label)) for name, label in FIELD_LABELS.items()},
            )
            changed = [k for k, v in values.items() if getattr(volunteer, k) != v]
            for key, value in values.items():
                setattr(volunteer, key, value)
            if spoken != sorted(codes):
                # Languages live in their own table: the row itself must still count as
                # changed, so its version moves on and open forms notice.
                flag_modified(volunteer, "first_name")
            action = AuditAction.UPDATE
        volunteer.search_text = volunteer_search_key(
            volunteer.first_name, volunteer.last_name, volunteer.number
        )
        session.add(volunteer)
        session.flush()
        assert volunteer.id is not None
        old = sorted(
            session.exec(
                select(VolunteerLanguage.language_code).where(
                    VolunteerLanguage.volunteer_id == volunteer.id
                )
            )
        )
        if old != sorted(codes):
            session.execute(
                sa.delete(table(VolunteerLanguage)).where(
                    table(VolunteerLanguage).c.volunteer_id == volunteer.id
                )
            )
            for code in codes:
                session.add(VolunteerLanguage(volunteer_id=volunteer.id, language_code=code))
            changed.append("languages")
        if changed:
            record(session, actor, action, "volunteer", volunteer.id, changed)
        session.commit()
        return volunteer


def list_volunteers(
    database: Database,
    actor: Actor,
    search: str = "",
    status: VolunteerStatus | None = None,
    today: date | None = None,
) -> list[VolunteerRow]:
    actor.require(Permission.VOLUNTEERS_READ)
    clearances = actor.can(Permission.CLEARANCES_READ)
    today = today or date.today()
    years = clearance_years(database)
    v, h, lang = table(Volunteer).c, table(VolunteerHours).c, table(VolunteerLanguage).c
    hours = (
        sa.select(sa.func.coalesce(sa.func.sum(h.minutes), 0))
        .where(
            h.volunteer_id == v.id,
            h.status == HoursStatus.APPROVED,
            h.date >= date(today.year, 1, 1),
        )
        .scalar_subquery()
    )
    languages = (
        sa.select(sa.func.aggregate_strings(lang.language_code, ", "))
        .where(lang.volunteer_id == v.id)
        .scalar_subquery()
    )
    statement = sa.select(
        v.id,
        v.number,
        v.first_name,
        v.last_name,
        v.status,
        v.region,
        languages,
        v.clearance_seen_on if clearances else sa.null(),
        v.training_on,
        hours,
    )
    statement = statement.where(*key_matches(v.search_text, search))
    if status is not None:
        statement = statement.where(v.status == status)
    statement = statement.order_by(v.last_name, v.first_name)
    with database.read_connection() as connection:
        return [
            VolunteerRow(
                r[0],
                r[1],
                f"{r[2]} {r[3]}",
                VolunteerStatus(r[4]),
                r[5] or "",
                r[6] or "",
                clearance_due(r[7], years),
                r[8],
                round(r[9] / 60, 2),
            )
            for r in connection.execute(statement)
        ]


def get_volunteer(
    database: Database, actor: Actor, volunteer_id: int
) -> tuple[Volunteer, list[str]]:
    """A volunteer's record; the police clearance only for roles that may see it."""
    actor.require(Permission.VOLUNTEERS_READ)
    with database.session() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
        if not actor.can(Permission.CLEARANCES_READ):
            volunteer = volunteer.model_copy(update={"clearance_seen_on": None})
        codes = sorted(
            session.exec(
                select(VolunteerLanguage.language_code).where(
                    VolunteerLanguage.volunteer_id == volunteer_id
                )
            )
        )
        return volunteer, codes


# Clearances are listed this long before their renewal falls due, so there is time to
# ask the volunteer to apply for a new one (it takes a few weeks to arrive).
CLEARANCE_WARNING = timedelta(weeks=8)


class PaperworkKind(StrEnum):
    CLEARANCE_MISSING = "clearance_missing"
    CLEARANCE_DUE = "clearance_due"
    TRAINING_MISSING = "training_missing"


@dataclass(frozen=True)
class PaperworkDue:
    """An active volunteer whose police clearance or training needs attention."""

    volunteer_id: int
    number: str
    name: str
    kind: PaperworkKind
    due: date | None  # the renewal date for CLEARANCE_DUE


def paperwork_due(
    database: Database, actor: Actor, today: date | None = None
) -> list[PaperworkDue]:
    """Missing clearances and trainings, and renewals due within eight weeks or overdue;
    renewals first by date, then what is missing."""
    actor.require(Permission.CLEARANCES_READ)
    today = today or date.today()
    years = clearance_years(database)
    v = table(Volunteer).c
    # Only what the check needs: the start page runs it at every login.
    statement = sa.select(
        v.id, v.number, v.first_name, v.last_name, v.clearance_seen_on, v.training_on
    ).where(v.status == VolunteerStatus.ACTIVE)
    items: list[PaperworkDue] = []
    with database.read_connection() as connection:
        rows = connection.execute(statement).all()
    for volunteer_id, number, first_name, last_name, seen_on, training_on in rows:
        name = f"{first_name} {last_name}"
        due = clearance_due(seen_on, years)
        if due is None:
            items.append(
                PaperworkDue(volunteer_id, number, name, PaperworkKind.CLEARANCE_MISSING, None)
            )
        elif due <= today + CLEARANCE_WARNING:
            items.append(PaperworkDue(volunteer_id, number, name, PaperworkKind.CLEARANCE_DUE, due))
        if training_on is None:
            items.append(
                PaperworkDue(volunteer_id, number, name, PaperworkKind.TRAINING_MISSING, None)
            )
    items.sort(key=lambda item: (item.due is None, item.due or date.max, item.name))
    return items
