"""Consents and the information notice: what the club asks at first contact, the
partners it may pass contact data to, recording answers and withdrawals.

Nothing is recorded that the person did not say: at first contact only the consents
answered are stored (with the template version they were given on and how), and
"later" stores nothing. A withdrawal keeps the consent with the day it ended; from that
day on the processing it covered stops (``partner_export`` leaves the person out).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from app.domain.enums import AuditAction, ConsentForm, ConsentKind
from app.domain.models import Consent, Partner
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.errors import NotFound, Problems, ValidationError
from app.services.i18n import translate
from app.services.settings import read_setting, write_setting
from app.storage.database import Database

CONSENT_KINDS = "consent_kinds"
# The consents a club asks for (besides one per partner); the notice is no consent.
GENERAL_KINDS = (
    ConsentKind.DATA_PROCESSING,
    ConsentKind.FUNDER_TRANSFER,
    ConsentKind.PHOTOS,
    ConsentKind.CONTACT,
)
MAX_PARTNER_NAME = 100
MAX_PURPOSE = 300


# -- the club's configuration -------------------------------------------------------
def consent_kinds_used(database: Database) -> list[ConsentKind]:
    """The general consents asked at first contact, in a fixed order (every logged-in
    role may read settings)."""
    with database.session() as session:
        stored = read_setting(session, CONSENT_KINDS)
    if stored is None:
        return list(GENERAL_KINDS)
    return [kind for kind in GENERAL_KINDS if kind.value in stored]


def set_consent_kinds_used(database: Database, actor: Actor, kinds: Sequence[ConsentKind]) -> None:
    actor.require(Permission.SETTINGS_MANAGE)
    unknown = [k for k in kinds if k not in GENERAL_KINDS]
    if unknown:
        raise ValidationError(
            "consent_kinds",
            translate(
                "Errors",
                "Consents asked: '{value}' cannot be chosen here (allowed: {allowed}; the "
                "consent for a partner is asked for each active partner).",
            ).format(value=unknown[0].value, allowed=", ".join(k.value for k in GENERAL_KINDS)),
        )
    with database.session() as session:
        write_setting(session, CONSENT_KINDS, [k.value for k in GENERAL_KINDS if k in kinds])
        record(session, actor, AuditAction.UPDATE, "setting", None, [CONSENT_KINDS])
        session.commit()


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    purpose: str | None
    active: bool


def list_partners(database: Database, active_only: bool = False) -> list[PartnerRow]:
    """The partner organisations (no personal data: every logged-in role may read them)."""
    with database.read_session() as session:
        query = select(Partner).order_by(col(Partner.name))
        if active_only:
            query = query.where(col(Partner.active).is_(True))
        return [
            PartnerRow(p.id, p.name, p.purpose, p.active)
            for p in session.exec(query)
            if p.id is not None
        ]


def _check_partner(
    session: Session, name: str, purpose: str | None, partner_id: int | None
) -> tuple[str, str | None]:
    problems = Problems()
    checked_name = problems.check(
        lambda: validation.required_text(
            "name", translate("Fields", "Partner"), name, MAX_PARTNER_NAME
        )
    )
    checked_purpose = problems.check(
        lambda: validation.optional_text(
            "purpose", translate("Fields", "Purpose"), purpose, MAX_PURPOSE
        )
    )
    if checked_name is not None:
        same = session.exec(select(Partner).where(Partner.name == checked_name)).first()
        if same is not None and same.id != partner_id:
            problems.add(
                ValidationError(
                    "name",
                    translate("Errors", "Partner: '{name}' is already in the list.").format(
                        name=checked_name
                    ),
                )
            )
    if problems:
        raise problems.error()
    assert checked_name is not None
    return checked_name, checked_purpose


def add_partner(database: Database, actor: Actor, name: str, purpose: str | None) -> int:
    actor.require(Permission.SETTINGS_MANAGE)
    with database.session() as session:
        checked_name, checked_purpose = _check_partner(session, name, purpose, None)
        partner = Partner(name=checked_name, purpose=checked_purpose)
        session.add(partner)
        session.flush()
        assert partner.id is not None
        record(session, actor, AuditAction.CREATE, "partner", partner.id, ["name", "purpose"])
        session.commit()
        return partner.id


def update_partner(
    database: Database, actor: Actor, partner_id: int, name: str, purpose: str | None, active: bool
) -> None:
    """Rename, describe, retire or take back a partner; consents naming it stay."""
    actor.require(Permission.SETTINGS_MANAGE)
    with database.session() as session:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFound(translate("Errors", "This partner no longer exists."))
        checked_name, checked_purpose = _check_partner(session, name, purpose, partner_id)
        changed = [
            field
            for field, value in (
                ("name", checked_name),
                ("purpose", checked_purpose),
                ("active", active),
            )
            if getattr(partner, field) != value
        ]
        if not changed:
            return
        partner.name, partner.purpose, partner.active = checked_name, checked_purpose, active
        session.add(partner)
        record(session, actor, AuditAction.UPDATE, "partner", partner_id, changed)
        session.commit()


# -- answers --------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsentAnswer:
    """A consent the person gave, and how; ``partner_id`` for a partner transfer."""

    kind: ConsentKind
    given_as: ConsentForm
    partner_id: int | None = None


def _add_consent(
    session: Session,
    actor: Actor,
    participant_id: int,
    kind: ConsentKind,
    given_on: date,
    version: str | None,
    given_as: ConsentForm | None,
    partner_id: int | None,
) -> Consent:
    if (kind == ConsentKind.PARTNER_TRANSFER) != (partner_id is not None):
        raise ValidationError(
            "partner",
            translate(
                "Errors",
                "Partner: a consent to pass data to a partner names one partner; other "
                "consents name none.",
            ),
        )
    if partner_id is not None:
        partner = session.get(Partner, partner_id)
        if partner is None or not partner.active:
            raise ValidationError(
                "partner",
                translate("Errors", "Partner: choose one of the club's active partners."),
            )
    consent = Consent(
        participant_id=participant_id,
        kind=kind,
        given_on=given_on,
        version=(version or "").strip() or None,
        given_as=given_as,
        partner_id=partner_id,
        recorded_by_id=actor.user_id,
    )
    session.add(consent)
    session.flush()
    fields = ["kind", "given_on", "version", "given_as", "partner_id"]
    record(session, actor, AuditAction.CREATE, "consent", consent.id, fields)
    return consent


def record_first_contact(
    database: Database,
    actor: Actor,
    participant_id: int,
    notice_handed_over: bool,
    answers: Sequence[ConsentAnswer],
    notice_version: str | None,
    consent_version: str | None,
    today: date | None = None,
) -> list[Consent]:
    """What the person was given and agreed to at first contact, all dated today.

    ``notice_handed_over`` False ("later") records no notice; a consent not in
    ``answers`` was not answered and is not recorded."""
    actor.require(Permission.CASES_WRITE)
    today = today or date.today()
    kinds = [(a.kind, a.partner_id) for a in answers]
    if len(set(kinds)) != len(kinds):
        raise ValidationError(
            "consents", translate("Errors", "Consents: each consent can be answered once.")
        )
    if any(a.kind == ConsentKind.ART13_NOTICE for a in answers):
        raise ValidationError(
            "consents",
            translate("Errors", "Consents: the information notice is no consent."),
        )
    with database.session() as session:
        load_participant(session, actor, participant_id, for_change=True)
        saved = []
        if notice_handed_over:
            saved.append(
                _add_consent(
                    session,
                    actor,
                    participant_id,
                    ConsentKind.ART13_NOTICE,
                    today,
                    notice_version,
                    None,
                    None,
                )
            )
        for answer in answers:
            saved.append(
                _add_consent(
                    session,
                    actor,
                    participant_id,
                    answer.kind,
                    today,
                    consent_version,
                    answer.given_as,
                    answer.partner_id,
                )
            )
        session.commit()
        return saved


def record_consent(
    database: Database,
    actor: Actor,
    participant_id: int,
    kind: ConsentKind,
    given_on: date,
    version: str | None = None,
    given_as: ConsentForm | None = None,
    partner_id: int | None = None,
    today: date | None = None,
) -> Consent:
    """One consent (or the notice) recorded later, in the case window."""
    actor.require(Permission.CASES_WRITE)
    if given_on > (today or date.today()):
        raise ValidationError(
            "given_on",
            translate("Errors", "{label}: must not lie in the future.").format(
                label=translate("Fields", "Date")
            ),
        )
    with database.session() as session:
        load_participant(session, actor, participant_id, for_change=True)
        consent = _add_consent(
            session, actor, participant_id, kind, given_on, version, given_as, partner_id
        )
        session.commit()
        return consent


def withdraw_consent(
    database: Database, actor: Actor, consent_id: int, withdrawn_on: date, today: date | None = None
) -> None:
    """The person withdrew the consent on ``withdrawn_on`` (today or earlier, not before
    it was given); the notice cannot be withdrawn."""
    actor.require(Permission.CASES_WRITE)
    label = translate("Fields", "Withdrawn on")
    with database.session() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound(translate("Errors", "This consent no longer exists."))
        load_participant(session, actor, consent.participant_id, for_change=True)
        if consent.kind == ConsentKind.ART13_NOTICE:
            raise ValidationError(
                "withdrawn_on",
                translate("Errors", "The information notice was handed over; it is no consent "
                          "and cannot be withdrawn."),
            )  # fmt: skip
        if consent.withdrawn_on is not None:
            raise ValidationError(
                "withdrawn_on",
                translate("Errors", "{label}: this consent was already withdrawn.").format(
                    label=label
                ),
            )
        if withdrawn_on > (today or date.today()):
            raise ValidationError(
                "withdrawn_on",
                translate("Errors", "{label}: must not lie in the future.").format(label=label),
            )
        if withdrawn_on < consent.given_on:
            raise ValidationError(
                "withdrawn_on",
                translate(
                    "Errors", "{label}: the day the consent was given ({given}) or later."
                ).format(label=label, given=f"{consent.given_on:%d.%m.%Y}"),
            )
        consent.withdrawn_on = withdrawn_on
        session.add(consent)
        record(session, actor, AuditAction.UPDATE, "consent", consent_id, ["withdrawn_on"])
        session.commit()


def partner_names(database: Database) -> dict[int, str]:
    """Every partner's name by id (retired ones too, for old consents)."""
    with database.read_session() as session:
        return {p.id: p.name for p in session.exec(select(Partner)) if p.id is not None}
