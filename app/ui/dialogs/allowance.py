"""Allowance payments and the declarations about allowances from other clubs.

A payment above the year's tax-free cap is saved like any other; the dialog shows
before saving what the volunteer will have received and which part is taxable.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AllowanceKind
from app.domain.formatting import format_euro
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.allowances import (
    CapStanding,
    DeclarationInput,
    PaymentInput,
    add_payment,
    preview_payment,
    record_declaration,
    volunteer_standings,
)
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo, label


def standing_text(standing: CapStanding) -> str:
    """One sentence on where a volunteer stands against a year's cap."""
    translate = QCoreApplication.translate
    if standing.cap_cents is None:
        return translate("Allowances", "{kind}: {received} received; no tax-free cap.").format(
            kind=label(standing.kind), received=format_euro(standing.received_cents)
        )
    text = translate(
        "Allowances",
        "{kind} {year}: {received} received (of it {other} declared from other clubs), "
        "tax-free cap {cap}.",
    ).format(
        kind=label(standing.kind),
        year=standing.year,
        received=format_euro(standing.received_cents),
        other=format_euro(standing.other_clubs_cents),
        cap=format_euro(standing.cap_cents),
    )
    if standing.taxable_cents:
        text += " " + translate(
            "Allowances", "{taxable} above the cap are taxable income of the volunteer."
        ).format(taxable=format_euro(standing.taxable_cents))
    else:
        text += " " + translate("Allowances", "{room} can still be paid tax-free.").format(
            room=format_euro(standing.room_cents or 0)
        )
    return text


class PaymentDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        volunteers: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.saved = False
        self.setWindowTitle(self.tr("Record allowance payment"))
        self.volunteer = QComboBox(self)
        for volunteer_id, name in volunteers:
            self.volunteer.addItem(name, volunteer_id)
        self.kind = QComboBox(self)
        fill_combo(self.kind, AllowanceKind)
        self.paid_on = DateField(self, date.today())
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 120,00"))
        today = date.today()
        self.covers_from = DateField(self, today.replace(day=1))
        self.covers_to = DateField(self, today)
        self.covers_to.setAccessibleName(self.tr("Work compensated to"))
        covered = QHBoxLayout()
        covered.addWidget(self.covers_from)
        covered.addWidget(QLabel(self.tr("to"), self))
        covered.addWidget(self.covers_to)
        covered.addStretch()
        self.covered_label = QLabel(self.tr("&Work compensated from:"), self)
        self.covered_label.setBuddy(self.covers_from)
        self.note = QLineEdit(self)
        self.preview = QLabel(self)
        self.preview.setObjectName("hint")
        self.preview.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Volunteer:"), self.volunteer)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Paid on:"), self.paid_on)
        form.addRow(self.tr("&Amount (€):"), self.amount)
        form.addRow(self.covered_label, covered)
        form.addRow(self.tr("&Note:"), self.note)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "amount": self.amount,
                "paid_on": self.paid_on,
                "covers_from": self.covers_from,
                "covers_to": self.covers_to,
            },
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        for signal in (
            self.volunteer.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.paid_on.date_changed,
            self.amount.textChanged,
        ):
            signal.connect(self.update_preview)
        self.update_preview()
        self.amount.setFocus()

    def value(self) -> PaymentInput:
        """The payment as entered; raises ValidationError for dates it cannot read."""
        return PaymentInput(
            volunteer_id=self.volunteer.currentData(),
            kind=self.kind.currentData(),
            paid_on=self.paid_on.required("paid_on", self.tr("Paid on")),
            amount=self.amount.text(),
            note=self.note.text(),
            covers_from=self.covers_from.value("covers_from", self.tr("Work compensated from")),
            covers_to=self.covers_to.value("covers_to", self.tr("Work compensated to")),
        )

    def update_preview(self) -> None:
        """Compensated days belong to allowances; show the year's standing with this payment."""
        pays_work = self.kind.currentData() != AllowanceKind.EXPENSE_REFUND
        for widget in (self.covers_from, self.covers_to, self.covered_label):
            widget.setEnabled(pays_work)
        if self.volunteer.currentData() is None or not self.amount.text().strip():
            self.preview.setText(
                self.tr("Hours on the compensated days are paid work, not an in-kind contribution.")
                if pays_work
                else ""
            )
            return
        try:
            standing = preview_payment(self.database, self.actor, self.value())
        except ServiceError:
            self.preview.setText("")
            return
        self.preview.setText(self.tr("With this payment: ") + standing_text(standing))
        self.adjustSize()

    def accept(self) -> None:
        try:
            add_payment(self.database, self.actor, self.value())
        except ServiceError as error:
            self.errors.show(error)
            return
        self.saved = True
        super().accept()


class DeclarationDialog(QDialog):
    """What a volunteer declared to have received from other clubs in a year; opened for
    one volunteer (from their record) or to choose among ``volunteers``."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        volunteers: list[tuple[int, str]],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("Allowances from other clubs"))
        self.volunteer = QComboBox(self)
        for volunteer_id, name in volunteers:
            self.volunteer.addItem(name, volunteer_id)
        self.volunteer.setEnabled(len(volunteers) > 1)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.kind = QComboBox(self)
        fill_combo(self.kind, (k for k in AllowanceKind if k != AllowanceKind.EXPENSE_REFUND))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 300,00; 0 if none"))
        self.declared_on = DateField(self, date.today())
        self.note = QLineEdit(self)
        hint = QLabel(
            self.tr(
                "The tax-free cap counts per person across all clubs: what the volunteer "
                "received elsewhere reduces what this club may pay tax-free."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Vol&unteer:"), self.volunteer)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Received from &other clubs (€):"), self.amount)
        form.addRow(self.tr("&Declared on:"), self.declared_on)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(hint)
        self.errors = FieldErrors(
            QLabel(self),
            {"other_clubs": self.amount, "year": self.year, "declared_on": self.declared_on},
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        try:
            record_declaration(
                self.database,
                self.actor,
                DeclarationInput(
                    self.volunteer.currentData(),
                    self.year.value(),
                    self.kind.currentData(),
                    self.amount.text(),
                    self.declared_on.required("declared_on", self.tr("Declared on")),
                    self.note.text(),
                ),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class AllowanceSummary(QGroupBox):
    """On the volunteer's record: this year's allowances against the caps, taxable parts."""

    def __init__(
        self, database: Database, actor: Actor, volunteer_id: int, name: str, parent: QWidget
    ) -> None:
        super().__init__(self.tr("Allowances {year}").format(year=date.today().year), parent)
        self.database = database
        self.actor = actor
        self.volunteer_id = volunteer_id
        self.name = name
        self.lines = QLabel(self)
        self.lines.setWordWrap(True)
        self.declare_button = QPushButton(self.tr("Record &declaration of other clubs …"), self)
        self.declare_button.setAutoDefault(False)
        self.declare_button.setEnabled(
            actor.can(Permission.VOLUNTEERS_WRITE) or actor.can(Permission.ALLOWANCES_WRITE)
        )
        self.declare_button.clicked.connect(self.declare)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        layout.addWidget(self.declare_button)
        self.refresh()

    def refresh(self) -> None:
        standings = volunteer_standings(
            self.database, self.actor, self.volunteer_id, date.today().year
        )
        self.lines.setText("\n".join(standing_text(s) for s in standings))

    def declare(self) -> None:
        dialog = DeclarationDialog(
            self.database, self.actor, [(self.volunteer_id, self.name)], date.today().year, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
