"""The contact data passed to one partner organisation: only people whose consent for
that partner is recorded and not withdrawn (a withdrawal stops the passing at once).

The workbook names people: the export is audited (with how many) before it is written.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlmodel import col, select

from app.domain.enums import AuditAction, CaseStatus, ConsentKind
from app.domain.models import Consent, Participant, Partner
from app.domain.permissions import Permission
from app.reports.model import CellFormat, Report, Table
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound
from app.services.i18n import translate
from app.services.scope import case_scope
from app.services.setup import organisation_name
from app.storage.database import Database

COLUMNS = [
    "Fallnummer",
    "Vorname",
    "Nachname",
    "Straße",
    "PLZ",
    "Ort",
    "Telefon",
    "E-Mail",
    "Einwilligung vom",
]


@dataclass(frozen=True)
class PartnerContact:
    case_number: str
    first_name: str
    last_name: str
    street: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    consent_given_on: date


def consenting_contacts(
    database: Database, actor: Actor, partner_id: int, today: date | None = None
) -> list[PartnerContact]:
    """Who may be passed to the partner today: a consent for this partner, given on or
    before today and not withdrawn; anonymised cases never."""
    actor.require(Permission.EXPORT_ALL)
    today = today or date.today()
    with database.read_session() as session:
        if session.get(Partner, partner_id) is None:
            raise NotFound(translate("Errors", "This partner no longer exists."))
        scope = case_scope(session, actor)
        rows = session.exec(
            select(Participant, col(Consent.given_on))
            .join(Consent, col(Consent.participant_id) == col(Participant.id))
            .where(Consent.kind == ConsentKind.PARTNER_TRANSFER)
            .where(Consent.partner_id == partner_id)
            .where(col(Consent.given_on) <= today)
            .where(col(Consent.withdrawn_on).is_(None))
            .where(Participant.status != CaseStatus.ANONYMISED)
            .order_by(col(Participant.case_number), col(Consent.given_on))
        )
        found: dict[str, PartnerContact] = {}
        for p, given_on in rows:
            if p.case_number in found or not scope.allows(p.advisor_id):
                continue
            found[p.case_number] = PartnerContact(
                p.case_number, p.first_name, p.last_name, p.street, p.postcode, p.city,
                p.phone, p.email, given_on,
            )  # fmt: skip
        return list(found.values())


def export_for_partner(
    database: Database, actor: Actor, partner_id: int, path: Path, today: date | None = None
) -> Path:
    """Writes the partner's workbook (``.xlsx`` added when missing) and returns its path."""
    contacts = consenting_contacts(database, actor, partner_id, today)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    with database.session() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        partner_name = partner.name
        # The list names people: in the audit trail before the file is written.
        record(
            session, actor, AuditAction.EXPORT, "partner", partner_id,
            ["contacts"], reason=f"{len(contacts)} · {path.name}",
        )  # fmt: skip
        session.commit()
    table = Table(
        title="Kontaktdaten",
        columns=COLUMNS,
        rows=[
            [
                c.case_number,
                c.first_name,
                c.last_name,
                c.street,
                c.postcode,
                c.city,
                c.phone,
                c.email,
                c.consent_given_on,
            ]
            for c in contacts
        ],
        formats={0: CellFormat.TEXT, 4: CellFormat.TEXT, 6: CellFormat.TEXT},
        notes=[
            f"Nur Personen, die in die Weitergabe an {partner_name} eingewilligt und die "
            "Einwilligung nicht widerrufen haben."
        ],
    )
    report = Report(
        title=f"Weitergabe an {partner_name}",
        organisation=organisation_name(database),
        parameters=[("Partner", partner_name)],
        tables=[table],
        generated_at=datetime.now(),
        generated_by=actor.display_name,
    )
    from app.reports.xlsx import write_xlsx  # the writer loads when a file is written

    write_xlsx(report, path)
    return path
