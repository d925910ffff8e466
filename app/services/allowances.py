"""Allowance payments to volunteers against the yearly tax-free caps, and declarations.

A payment above the cap is allowed: the part above it is taxable income of the
volunteer and is shown on the payment, the report and the volunteer's record.
The cap is per person across all clubs, so the coordinator records what the
volunteer declared to have received from other clubs; it counts against the cap.
An allowance (not an expense refund) names the days of work it compensates: those
hours are paid work and never valued as an unpaid in-kind contribution.
"""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, select

from app.domain.allowances import cap_for_year, taxable_part
from app.domain.enums import AllowanceKind, AuditAction
from app.domain.models import AllowanceCap, AllowanceDeclaration, AllowancePayment, Volunteer
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.i18n import translate
from app.storage.database import Database

MAX_PAYMENT_CENTS = 1_000_000
MAX_DECLARED_CENTS = 10_000_000


@dataclass(frozen=True)
class PaymentInput:
    volunteer_id: int
    kind: AllowanceKind
    paid_on: date
    amount: str  # euro as typed
    project_id: int | None = None
    note: str | None = None
    # The days of work the allowance compensates (not for expense refunds).
    covers_from: date | None = None
    covers_to: date | None = None


@dataclass(frozen=True)
class CapStanding:
    """What a volunteer received of one kind of allowance in a year, against the cap."""

    year: int
    kind: AllowanceKind
    cap_cents: int | None
    paid_here_cents: int
    other_clubs_cents: int

    @property
    def received_cents(self) -> int:
        return self.paid_here_cents + self.other_clubs_cents

    @property
    def taxable_cents(self) -> int:
        return taxable_part(self.cap_cents, 0, self.received_cents)

    @property
    def room_cents(self) -> int | None:
        """How much more can be paid tax-free (None: no cap)."""
        if self.cap_cents is None:
            return None
        return max(0, self.cap_cents - self.received_cents)


def _caps(session: Session) -> list[tuple[AllowanceKind, int, int]]:
    return [
        (AllowanceKind(c.kind), c.valid_from_year, c.cap_cents)
        for c in session.exec(select(AllowanceCap))
    ]


def _standing(session: Session, volunteer_id: int, kind: AllowanceKind, year: int) -> CapStanding:
    a = table(AllowancePayment).c
    query = sa.select(sa.func.coalesce(sa.func.sum(a.amount_cents), 0)).where(
        a.volunteer_id == volunteer_id,
        a.kind == kind,
        a.paid_on.between(date(year, 1, 1), date(year, 12, 31)),
    )
    paid = int(session.execute(query).scalar_one())
    declaration = session.exec(
        select(AllowanceDeclaration).where(
            AllowanceDeclaration.volunteer_id == volunteer_id,
            AllowanceDeclaration.kind == kind,
            AllowanceDeclaration.year == year,
        )
    ).first()
    return CapStanding(
        year,
        kind,
        cap_for_year(_caps(session), kind, year),
        paid,
        declaration.other_clubs_cents if declaration else 0,
    )


def _amount(data_amount: str) -> int:
    cents = validation.euro_text(
        "amount", translate("Fields", "Amount"), data_amount, MAX_PAYMENT_CENTS
    )
    if cents == 0:
        raise ValidationError(
            "amount",
            translate("Errors", "{label}: must be more than 0 euro.").format(
                label=translate("Fields", "Amount")
            ),
        )
    return cents


def _covered_days(data: PaymentInput) -> tuple[date | None, date | None]:
    label = translate("Fields", "Work compensated")
    if data.kind == AllowanceKind.EXPENSE_REFUND:
        return None, None
    if data.covers_from is None or data.covers_to is None:
        raise ValidationError(
            "covers_from",
            translate(
                "Errors",
                "{label}: an allowance pays for work; give the first and last day of the work "
                "it compensates.",
            ).format(label=label),
        )
    if data.covers_to < data.covers_from:
        raise ValidationError(
            "covers_to",
            translate("Errors", "{label}: the last day must not lie before the first.").format(
                label=label
            ),
        )
    return data.covers_from, data.covers_to


def preview_payment(database: Database, actor: Actor, data: PaymentInput) -> CapStanding:
    """The standing of the year if this payment were added (for the dialog, before saving)."""
    actor.require(Permission.ALLOWANCES_READ)
    cents = _amount(data.amount)
    with database.session() as session:
        standing = _standing(
            session, data.volunteer_id, AllowanceKind(data.kind), data.paid_on.year
        )
    return CapStanding(
        standing.year,
        standing.kind,
        standing.cap_cents,
        standing.paid_here_cents + cents,
        standing.other_clubs_cents,
    )


def add_payment(database: Database, actor: Actor, data: PaymentInput) -> AllowancePayment:
    """Record a payment; above the cap it is saved too, and the excess shows as taxable."""
    actor.require(Permission.ALLOWANCES_WRITE)
    cents = _amount(data.amount)
    covers_from, covers_to = _covered_days(data)
    with database.session() as session:
        if session.get(Volunteer, data.volunteer_id) is None:
            raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
        payment = AllowancePayment(
            volunteer_id=data.volunteer_id,
            kind=data.kind,
            paid_on=data.paid_on,
            amount_cents=cents,
            project_id=data.project_id,
            covers_from=covers_from,
            covers_to=covers_to,
            note=(data.note or "").strip() or None,
            created_by_id=actor.user_id,
        )
        session.add(payment)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            "allowance_payment",
            payment.id,
            ["kind", "paid_on", "amount_cents", "project_id", "covers_from", "covers_to"],
        )
        session.commit()
        return payment


@dataclass(frozen=True)
class PaymentRow:
    paid_on: date
    volunteer: str
    kind: AllowanceKind
    amount_cents: int
    # What this volunteer received of this kind in the payment's year up to and with this
    # payment (here and, as declared, elsewhere), against the cap (None: no cap).
    year_total_cents: int
    cap_cents: int | None
    # The part of this payment above the cap: taxable income of the volunteer.
    taxable_cents: int
    covers_from: date | None
    covers_to: date | None
    note: str


def list_payments(database: Database, actor: Actor, year: int) -> list[PaymentRow]:
    """The year's payments, newest first, each with its taxable part."""
    actor.require(Permission.ALLOWANCES_READ)
    with database.session() as session:
        caps = _caps(session)
        declared = {
            (d.volunteer_id, AllowanceKind(d.kind)): d.other_clubs_cents
            for d in session.exec(
                select(AllowanceDeclaration).where(AllowanceDeclaration.year == year)
            )
        }
        rows = session.exec(
            select(AllowancePayment, Volunteer)
            .join(Volunteer, Volunteer.id == AllowancePayment.volunteer_id)  # type: ignore[arg-type]
            .where(AllowancePayment.paid_on >= date(year, 1, 1))
            .where(AllowancePayment.paid_on <= date(year, 12, 31))
            .order_by(AllowancePayment.paid_on, AllowancePayment.id)  # type: ignore[arg-type]
        ).all()
    received = dict(declared)
    result = []
    for payment, volunteer in rows:
        kind = AllowanceKind(payment.kind)
        key = (payment.volunteer_id, kind)
        cap = cap_for_year(caps, kind, year)
        before = received.get(key, 0)
        received[key] = before + payment.amount_cents
        result.append(
            PaymentRow(
                paid_on=payment.paid_on,
                volunteer=f"{volunteer.first_name} {volunteer.last_name} ({volunteer.number})",
                kind=kind,
                amount_cents=payment.amount_cents,
                year_total_cents=received[key],
                cap_cents=cap,
                taxable_cents=taxable_part(cap, before, payment.amount_cents),
                covers_from=payment.covers_from,
                covers_to=payment.covers_to,
                note=payment.note or "",
            )
        )
    result.reverse()
    return result


def volunteer_standings(
    database: Database, actor: Actor, volunteer_id: int, year: int
) -> list[CapStanding]:
    """Each kind of allowance with a cap: what the volunteer received in ``year``."""
    actor.require(Permission.ALLOWANCES_READ)
    with database.session() as session:
        return [
            _standing(session, volunteer_id, kind, year)
            for kind in AllowanceKind
            if kind != AllowanceKind.EXPENSE_REFUND
        ]


@dataclass(frozen=True)
class DeclarationInput:
    volunteer_id: int
    year: int
    kind: AllowanceKind
    other_clubs: str  # euro as typed
    declared_on: date
    note: str | None = None


def record_declaration(
    database: Database, actor: Actor, data: DeclarationInput
) -> AllowanceDeclaration:
    """The volunteer's declaration about allowances from other clubs in a year (replaces an
    earlier one for the same year and kind)."""
    if not (actor.can(Permission.VOLUNTEERS_WRITE) or actor.can(Permission.ALLOWANCES_WRITE)):
        raise PermissionDenied(
            translate("Errors", "User {user} may not record declarations.").format(
                user=actor.username
            )
        )
    if data.kind == AllowanceKind.EXPENSE_REFUND:
        raise ValidationError(
            "kind",
            translate("Errors", "Kind: expense refunds have no cap and need no declaration."),
        )
    if not 2000 <= data.year <= 2100:
        raise ValidationError(
            "year", translate("Errors", "Year: a year from 2000 to 2100 is allowed.")
        )
    cents = validation.euro_text(
        "other_clubs",
        translate("Fields", "Received from other clubs"),
        data.other_clubs,
        MAX_DECLARED_CENTS,
    )
    with database.session() as session:
        if session.get(Volunteer, data.volunteer_id) is None:
            raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
        declaration = session.exec(
            select(AllowanceDeclaration).where(
                AllowanceDeclaration.volunteer_id == data.volunteer_id,
                AllowanceDeclaration.year == data.year,
                AllowanceDeclaration.kind == data.kind,
            )
        ).first() or AllowanceDeclaration(
            volunteer_id=data.volunteer_id,
            year=data.year,
            kind=data.kind,
            other_clubs_cents=cents,
            declared_on=data.declared_on,
        )
        declaration.other_clubs_cents = cents
        declaration.declared_on = data.declared_on
        declaration.note = (data.note or "").strip() or None
        declaration.recorded_by_id = actor.user_id
        session.add(declaration)
        session.flush()
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "allowance_declaration",
            declaration.id,
            ["other_clubs_cents", "declared_on"],
        )
        session.commit()
        return declaration
