"""Recording an allowance payment; one that would pass the year's tax-free cap is refused."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AllowanceKind
from app.services.actor import Actor
from app.services.allowances import PaymentInput, add_payment
from app.services.errors import ServiceError
from app.storage.database import Database
from app.ui.forms import FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo
from app.ui.widgets import date_field


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
        self.paid_on = date_field(self)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 120,00"))
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Volunteer:"), self.volunteer)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Paid on:"), self.paid_on)
        form.addRow(self.tr("&Amount (€):"), self.amount)
        form.addRow(self.tr("&Note:"), self.note)
        self.errors = FieldErrors(QLabel(self), {"amount": self.amount})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.amount.setFocus()

    def accept(self) -> None:
        try:
            add_payment(
                self.database,
                self.actor,
                PaymentInput(
                    volunteer_id=self.volunteer.currentData(),
                    kind=self.kind.currentData(),
                    paid_on=self.paid_on.date().toPython(),
                    amount=self.amount.text(),
                    note=self.note.text(),
                ),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        self.saved = True
        super().accept()
