"""Allowance payments to volunteers, checked against the yearly tax-free caps."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import select

from app.domain.allowances import cap_for_year
from app.domain.enums import AllowanceKind, AuditAction
from app.domain.models import AllowanceCap, AllowancePayment, Volunteer
from app.domain.models.tables import table
from app.domain.parsing import format_euro
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, ValidationError
from app.services.i18n import translate
from app.storage.database import Database

MAX_PAYMENT_CENTS = 1_000_000


@dataclass(frozen=True)
class PaymentInput:
    volunteer_id: int
    kind: AllowanceKind
    paid_on: date
    amount: str  # euro as typed
    project_id: int | None = None
    note: str | None = None


def add_payment(database: Database, actor: Actor, data: PaymentInput) -> AllowancePayment:
    """Record a payment; one that would pass the year's cap is refused with the figures."""
    actor.require(Permission.ALLOWANCES_WRITE)
    cents = validation.euro_text(
        "amount", translate("Fields", "Amount"), data.amount, MAX_PAYMENT_CENTS
    )
    if cents == 0:
        raise ValidationError(
            "amount",
            translate("Errors", "{label}: must be more than 0 euro.").format(
                label=translate("Fields", "Amount")
            ),
        )
    a = table(AllowancePayment).c
    with database.session() as session:
        if session.get(Volunteer, data.volunteer_id) is None:
            raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
        caps = [
            (c.kind, c.valid_from_year, c.cap_cents) for c in session.exec(select(AllowanceCap))
        ]
        cap = cap_for_year(caps, data.kind, data.paid_on.year)
        if cap is not None:
            paid = int(
                session.execute(
                    sa.select(sa.func.coalesce(sa.func.sum(a.amount_cents), 0)).where(
                        a.volunteer_id == data.volunteer_id,
                        a.kind == data.kind,
                        a.paid_on.between(
                            date(data.paid_on.year, 1, 1), date(data.paid_on.year, 12, 31)
                        ),
                    )
                ).scalar_one()
            )
            if paid + cents > cap:
                raise ValidationError(
                    "amount",
                    translate(
                        "Errors",
                        "{label}: with this payment the volunteer would receive {total} in "
                        "{year}; the tax-free cap is {cap} (already paid: {paid}).",
                    ).format(
                        label=translate("Fields", "Amount"),
                        total=format_euro(paid + cents),
                        year=data.paid_on.year,
                        cap=format_euro(cap),
                        paid=format_euro(paid),
                    ),
                )
        payment = AllowancePayment(
            volunteer_id=data.volunteer_id,
            kind=data.kind,
            paid_on=data.paid_on,
            amount_cents=cents,
            project_id=data.project_id,
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
            ["kind", "paid_on", "amount_cents", "project_id"],
        )
        session.commit()
        return payment


@dataclass(frozen=True)
class PaymentRow:
    paid_on: date
    volunteer: str
    kind: AllowanceKind
    amount_cents: int
    # What this volunteer received of this kind in the payment's year, against the cap
    # (None: no cap), so the treasurer sees how much room is left.
    year_total_cents: int
    cap_cents: int | None
    note: str


def list_payments(database: Database, actor: Actor, year: int) -> list[PaymentRow]:
    """The year's payments, newest first."""
    actor.require(Permission.ALLOWANCES_READ)
    with database.session() as session:
        caps = [
            (c.kind, c.valid_from_year, c.cap_cents) for c in session.exec(select(AllowanceCap))
        ]
        rows = session.exec(
            select(AllowancePayment, Volunteer)
            .join(Volunteer, Volunteer.id == AllowancePayment.volunteer_id)  # type: ignore[arg-type]
            .where(AllowancePayment.paid_on >= date(year, 1, 1))
            .where(AllowancePayment.paid_on <= date(year, 12, 31))
            .order_by(AllowancePayment.paid_on.desc(), AllowancePayment.id.desc())  # type: ignore[attr-defined, union-attr]
        ).all()
    totals: dict[tuple[int, AllowanceKind], int] = {}
    for payment, _ in rows:
        key = (payment.volunteer_id, AllowanceKind(payment.kind))
        totals[key] = totals.get(key, 0) + payment.amount_cents
    return [
        PaymentRow(
            paid_on=payment.paid_on,
            volunteer=f"{volunteer.first_name} {volunteer.last_name} ({volunteer.number})",
            kind=AllowanceKind(payment.kind),
            amount_cents=payment.amount_cents,
            year_total_cents=totals[(payment.volunteer_id, AllowanceKind(payment.kind))],
            cap_cents=cap_for_year(caps, AllowanceKind(payment.kind), year),
            note=payment.note or "",
        )
        for payment, volunteer in rows
    ]
