"""Case files (Fallakten): creating, editing, finding and reading them."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.domain.enums import (
    Answer,
    AuditAction,
    CaseStatus,
    Gender,
    GermanLevel,
    RecognitionStatus,
    ReferralSource,
    ResidenceStatus,
    Role,
    SchoolQualification,
    VocationalQualification,
    has_qualification,
)
from app.domain.models import (
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
    User,
)
from app.domain.models._columns import utcnow
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.domain.search_text import name_key, participant_search_key
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, Problems, ServiceError, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.numbering import next_case_number
from app.services.row_versions import require_unchanged
from app.services.scope import case_conditions, case_scope
from app.storage.database import Database

GERMANY = "DE"

# Fields only roles with CASES_READ_SENSITIVE may read.
SENSITIVE_FIELDS = ("residence_status", "remarks")

# The case form's fields by their labels, for an edit conflict (``row_versions``).
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street"),
    "postcode": QT_TRANSLATE_NOOP("Fields", "Postcode"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "residence_country": QT_TRANSLATE_NOOP("Fields", "Country of residence"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "nationalities": QT_TRANSLATE_NOOP("Fields", "Nationalities"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "birth_country": QT_TRANSLATE_NOOP("Fields", "Country of birth"),
    "residence_status": QT_TRANSLATE_NOOP("Fields", "Residence status"),
    "arrival_year": QT_TRANSLATE_NOOP("Fields", "Year of arrival"),
    "school_qualification": QT_TRANSLATE_NOOP("Fields", "School qualification"),
    "school_qualification_country": QT_TRANSLATE_NOOP("Fields", "Country of school qualification"),
    "vocational_qualification": QT_TRANSLATE_NOOP("Fields", "Vocational qualification"),
    "vocational_qualification_country": QT_TRANSLATE_NOOP(
        "Fields", "Country of vocational qualification"
    ),
    "reference_occupation": QT_TRANSLATE_NOOP("Fields", "Reference occupation"),
    "regulated_profession": QT_TRANSLATE_NOOP("Fields", "Regulated profession"),
    "recognition_status": QT_TRANSLATE_NOOP("Fields", "Recognition status"),
    "german_level": QT_TRANSLATE_NOOP("Fields", "German level"),
    "referral_source": QT_TRANSLATE_NOOP("Fields", "Referred by"),
    "advisor_id": QT_TRANSLATE_NOOP("Fields", "Advisor"),
    "remarks": QT_TRANSLATE_NOOP("Fields", "Remarks"),
}


@dataclass(frozen=True)
class CaseInput:
    """A case file as entered in the form (typed values, still to be checked)."""

    first_name: str
    last_name: str
    gender: Gender | None  # None: not chosen yet, refused with a message
    birth_date: date | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    nationalities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    birth_country: str | None = None
    residence_status: ResidenceStatus | None = None
    arrival_year: int | None = None
    school_qualification: SchoolQualification | None = None
    school_qualification_country: str | None = None
    vocational_qualification: VocationalQualification | None = None
    vocational_qualification_country: str | None = None
    reference_occupation: str | None = None
    regulated_profession: Answer | None = None
    recognition_status: RecognitionStatus | None = None
    german_level: GermanLevel | None = None
    referral_source: ReferralSource | None = None
    advisor_id: int | None = None
    remarks: str | None = None
    # A country other than Germany for a person advised while living abroad.
    residence_country: str | None = None


@dataclass(frozen=True)
class DuplicateHint:
    participant_id: int
    case_number: str
    name: str
    birth_date: date | None
    postcode: str | None


def _label(text: object) -> str:
    return translate("Fields", str(text))


def _country(field_name: str, label: str, value: str | None) -> str | None:
    return validation.country(field_name, label, value)


def _gender(value: Gender | None) -> Gender:
    if value is None:
        raise ValidationError(
            "gender",
            translate(
                "Errors", "{label}: please choose one; 'not specified' is possible too."
            ).format(label=translate("Fields", "Gender")),
        )
    return Gender(value)


@dataclass(frozen=True)
class CheckedCase:
    """A case's input after every check: column values and the country and language codes."""

    values: dict[str, object]
    nationalities: list[str]
    languages: list[str]


def check_case(data: CaseInput, today: date | None = None) -> CheckedCase:
    """Checks every field of a case; raises one ValidationError naming each field in
    error, so a form can mark them all at once."""
    today = today or date.today()
    problems = Problems()
    values: dict[str, object] = {
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
        "gender": problems.check(lambda: _gender(data.gender)),
    }
    if data.birth_date is not None and not date(1900, 1, 1) <= data.birth_date <= today:
        problems.add(
            ValidationError(
                "birth_date",
                translate("Errors", "{label}: must lie between 1900 and today.").format(
                    label=translate("Fields", "Date of birth")
                ),
            )
        )
    values["birth_date"] = data.birth_date
    postcode = (data.postcode or "").strip() or None
    if postcode is not None and not (len(postcode) == 5 and postcode.isdigit()):
        problems.add(
            ValidationError(
                "postcode",
                translate("Errors", "{label}: '{value}' is not allowed. Use five digits.").format(
                    label=translate("Fields", "Postcode"), value=postcode
                ),
            )
        )
    residence = problems.check(
        lambda: _country(
            "residence_country", translate("Fields", "Country of residence"), data.residence_country
        )
    )
    # Living in Germany is the ordinary case: no country of residence is stored for it.
    values["residence_country"] = None if residence == GERMANY else residence
    if values["residence_country"] is not None and postcode is not None:
        problems.add(
            ValidationError(
                "postcode",
                translate(
                    "Errors",
                    "{label}: only for an address in Germany. For a person living abroad, "
                    "leave it empty and write the foreign postcode with the town.",
                ).format(label=translate("Fields", "Postcode")),
            )
        )
    values["postcode"] = postcode
    values["email"] = problems.check(lambda: validation.email("email", data.email))
    optional_texts = (
        ("street", QT_TRANSLATE_NOOP("Fields", "Street")),
        ("city", QT_TRANSLATE_NOOP("Fields", "City")),
        ("phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        ("reference_occupation", QT_TRANSLATE_NOOP("Fields", "Reference occupation")),
    )
    for name, label in optional_texts:
        values[name] = problems.check(
            lambda name=name, label=label: validation.optional_text(  # type: ignore[misc]
                name, _label(label), getattr(data, name)
            )
        )
    values["remarks"] = problems.check(
        lambda: validation.optional_text(
            "remarks", translate("Fields", "Remarks"), data.remarks, 4000
        )
    )
    if data.arrival_year is not None and not 1900 <= data.arrival_year <= today.year:
        problems.add(
            ValidationError(
                "arrival_year",
                translate("Errors", "{label}: a year from 1900 to {year} is allowed.").format(
                    label=translate("Fields", "Year of arrival"), year=today.year
                ),
            )
        )
    values["arrival_year"] = data.arrival_year
    countries = (
        ("birth_country", QT_TRANSLATE_NOOP("Fields", "Country of birth")),
        (
            "school_qualification_country",
            QT_TRANSLATE_NOOP("Fields", "Country of school qualification"),
        ),
        (
            "vocational_qualification_country",
            QT_TRANSLATE_NOOP("Fields", "Country of vocational qualification"),
        ),
    )
    for name, label in countries:
        values[name] = problems.check(
            lambda name=name, label=label: _country(  # type: ignore[misc]
                name, _label(label), getattr(data, name)
            )
        )
    for name, qualification in (
        ("school_qualification_country", data.school_qualification),
        ("vocational_qualification_country", data.vocational_qualification),
    ):
        if values[name] is not None and not has_qualification(qualification):
            label = dict(countries)[name]
            problems.add(
                ValidationError(
                    name,
                    translate(
                        "Errors",
                        "{label}: only for a qualification that was obtained; leave it empty "
                        "for none or unknown.",
                    ).format(label=_label(label)),
                )
            )
    for name in (
        "residence_status",
        "school_qualification",
        "vocational_qualification",
        "regulated_profession",
        "recognition_status",
        "german_level",
        "referral_source",
        "advisor_id",
    ):
        values[name] = getattr(data, name)
    nationalities = problems.check(lambda: _nationality_codes(data))
    languages = problems.check(
        lambda: validation.language_codes(
            "languages", translate("Fields", "Languages"), data.languages
        )
    )
    problems.raise_any()
    return CheckedCase(values, nationalities or [], languages or [])


def _nationality_codes(data: CaseInput) -> list[str]:
    nationalities: list[str] = []
    for text in data.nationalities:
        code = _country("nationalities", translate("Fields", "Nationalities"), text)
        if code and code not in nationalities:
            nationalities.append(code)
    return nationalities


def _store_codes(
    session: Session, participant_id: int, nationalities: list[str], languages: list[str]
) -> None:
    nationality, language = table(ParticipantNationality).c, table(ParticipantLanguage).c
    session.execute(
        sa.delete(table(ParticipantNationality)).where(nationality.participant_id == participant_id)
    )
    session.execute(
        sa.delete(table(ParticipantLanguage)).where(language.participant_id == participant_id)
    )
    for position, code in enumerate(nationalities):
        session.add(
            ParticipantNationality(
                participant_id=participant_id, country_code=code, position=position
            )
        )
    for code in languages:
        session.add(ParticipantLanguage(participant_id=participant_id, language_code=code))


def require_case_access(session: Session, actor: Actor, participant: Participant) -> None:
    """The participant's case file lies in the actor's scope (``services/scope.py``)."""
    case_scope(session, actor).require(participant)


def load_participant(
    session: Session, actor: Actor, participant_id: int, for_change: bool = False
) -> Participant:
    """The case, if the actor reaches it; ``for_change``: refused when it is anonymised
    (nothing may bring personal data back into it). A row read for a change is locked
    until the transaction ends (PostgreSQL; SQLite's write lock already serialises
    writers): two workstations saving the same case then meet in the version check,
    one of them as an edit conflict, instead of the second update finding no row."""
    participant = (
        session.get(Participant, participant_id, with_for_update=True, populate_existing=True)
        if for_change
        else session.get(Participant, participant_id)
    )
    if participant is None:
        raise NotFound(
            translate("Errors", "Case {id} does not exist (any more).").format(id=participant_id)
        )
    require_case_access(session, actor, participant)
    if for_change and participant.status == CaseStatus.ANONYMISED:
        raise ServiceError(
            translate("Errors", "Case {case} is anonymised: it can no longer be changed.").format(
                case=participant.case_number
            )
        )
    return participant


def create_case(
    database: Database, actor: Actor, data: CaseInput, today: date | None = None
) -> Participant:
    actor.require(Permission.CASES_WRITE)
    today = today or date.today()
    checked = check_case(data, today)
    values, nationalities, languages = checked.values, checked.nationalities, checked.languages
    with database.session() as session:
        if values["advisor_id"] is None and actor.current_role() == Role.ADVISOR:
            values["advisor_id"] = actor.user_id
        case_number = next_case_number(session, today.year)
        participant = Participant(case_number=case_number, **values)  # type: ignore[arg-type]
        participant.search_text = participant_search_key(
            participant.first_name, participant.last_name, case_number, participant.phone
        )
        session.add(participant)
        session.flush()
        assert participant.id is not None
        _store_codes(session, participant.id, nationalities, languages)
        changed = [name for name, value in values.items() if value not in (None, "")]
        record(
            session,
            actor,
            AuditAction.CREATE,
            "participant",
            participant.id,
            changed
            + (["nationalities"] if nationalities else [])
            + (["languages"] if languages else []),
        )
        session.commit()
        return participant


def update_case(
    database: Database,
    actor: Actor,
    participant_id: int,
    data: CaseInput,
    today: date | None = None,
    expected_version: int | None = None,
) -> Participant:
    """Save the case form; ``expected_version`` is the ``row_version`` the form showed
    (a newer stored one raises ``EditConflict`` and saves nothing)."""
    actor.require(Permission.CASES_WRITE)
    today = today or date.today()
    checked = check_case(data, today)
    values, nationalities, languages = checked.values, checked.nationalities, checked.languages
    with database.session() as session:
        participant = load_participant(session, actor, participant_id, for_change=True)
        if not actor.can(Permission.CASES_READ_SENSITIVE):
            for name in SENSITIVE_FIELDS:
                values.pop(name, None)
        saved = {name: getattr(participant, name) for name in values}
        old_nationalities = [
            n.country_code
            for n in session.exec(
                select(ParticipantNationality)
                .where(ParticipantNationality.participant_id == participant_id)
                .order_by(ParticipantNationality.position)  # type: ignore[arg-type]
            )
        ]
        old_languages = sorted(
            row.language_code
            for row in session.exec(
                select(ParticipantLanguage).where(
                    ParticipantLanguage.participant_id == participant_id
                )
            )
        )
        require_unchanged(
            translate("Errors", "The case file {case}").format(case=participant.case_number),
            participant.row_version,
            expected_version,
            {
                **saved,
                "nationalities": old_nationalities,
                "languages": old_languages,
            },
            {**values, "nationalities": nationalities, "languages": sorted(languages)},
            {name: _label(label) for name, label in FIELD_LABELS.items()},
        )
        changed = [name for name, value in values.items() if saved[name] != value]
        for name, value in values.items():
            setattr(participant, name, value)
        if old_nationalities != nationalities:
            changed.append("nationalities")
        if old_languages != sorted(languages):
            changed.append("languages")
        participant.search_text = participant_search_key(
            participant.first_name,
            participant.last_name,
            participant.case_number,
            participant.phone,
        )
        participant.updated_at = utcnow()
        _store_codes(session, participant_id, nationalities, languages)
        session.add(participant)
        if changed:
            record(session, actor, AuditAction.UPDATE, "participant", participant_id, changed)
        session.commit()
        return participant


def find_duplicates(
    database: Database,
    actor: Actor,
    first_name: str,
    last_name: str,
    birth_date: date | None,
    postcode: str | None,
    exclude_id: int | None = None,
) -> list[DuplicateHint]:
    """Cases with the same first and last name and the same birth date or postcode.

    Names are compared folded, so "Müller" and "Muller" count as the same.
    """
    actor.require(Permission.CASES_READ)
    if not first_name.strip() or not last_name.strip() or (birth_date is None and not postcode):
        return []
    key = name_key(first_name, last_name)
    with database.session() as session:
        same_place = []
        if birth_date is not None:
            same_place.append(col(Participant.birth_date) == birth_date)
        if postcode:
            same_place.append(col(Participant.postcode) == postcode.strip())
        query = select(Participant).where(
            col(Participant.search_text).startswith(key + " "),
            sa.or_(*same_place),
        )
        if exclude_id is not None:
            query = query.where(Participant.id != exclude_id)
        # Only cases the actor may open: a hint must not reveal anyone else's case.
        query = query.where(*case_conditions(session, actor))
        return [
            DuplicateHint(
                p.id or 0, p.case_number, f"{p.first_name} {p.last_name}", p.birth_date, p.postcode
            )
            for p in session.exec(query.limit(10))
        ]


def advisors(database: Database, actor: Actor) -> list[User]:
    """Users who counsel (advisors and admins), for pickers and filters."""
    actor.require(Permission.CASES_READ)
    with database.session() as session:
        return list(
            session.exec(
                select(User)
                .where(User.active == True, User.role.in_([Role.ADVISOR, Role.ADMIN]))  # type: ignore[attr-defined]  # noqa: E712
                .order_by(User.display_name)
            )
        )
