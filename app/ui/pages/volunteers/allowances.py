"""The Allowances tab: a year's payments to volunteers against the tax-free caps."""

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.allowances import list_payments
from app.services.database import Database
from app.services.volunteers import list_volunteers
from app.ui.dialogs.allowance import DeclarationDialog, PaymentDialog
from app.ui.lazy_tab import LazyTab
from app.ui.models.volunteers import AllowancesModel
from app.ui.pages.volunteers.choices import volunteer_choices
from app.ui.pages.volunteers.year_spin import year_spin
from app.ui.widgets import read_only_table


class AllowancesTab(LazyTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        can_write = actor.can(Permission.ALLOWANCES_WRITE)
        self.year = year_spin(self, self.tr("Year "))
        self.year.valueChanged.connect(self.mark_stale)
        self.payment_button = QPushButton(self.tr("Record &payment …"), self)
        self.payment_button.setEnabled(can_write)
        self.payment_button.clicked.connect(self.record_payment)
        self.declaration_button = QPushButton(self.tr("&Declaration of other clubs …"), self)
        self.declaration_button.setEnabled(can_write)
        self.declaration_button.clicked.connect(self.record_declaration)
        self.model = AllowancesModel(self)
        self.view = read_only_table(
            self,
            empty_text=self.tr("No payments yet – record one with \u201cRecord payment\u201d."),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Allowances"))
        row = QHBoxLayout()
        row.addWidget(self.year)
        row.addWidget(self.payment_button)
        row.addWidget(self.declaration_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(list_payments(self.database, self.actor, self.year.value()))

    def _everyone(self) -> list[tuple[int, str]]:
        return volunteer_choices(list_volunteers(self.database, self.actor))

    def record_payment(self) -> None:
        dialog = PaymentDialog(self.database, self.actor, self._everyone(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def record_declaration(self) -> None:
        """What a volunteer received from other clubs: it lowers this club's tax-free cap."""
        dialog = DeclarationDialog(
            self.database, self.actor, self._everyone(), self.year.value(), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
