"""A partner organisation the club passes contact data to, with the person's consent."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.consents import PartnerRow, add_partner, update_partner
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.forms import FieldErrors, save_cancel_buttons


class PartnerDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        partner: PartnerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.partner = partner
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("New partner"))
        self.resize(520, 0)
        self.name = QLineEdit(partner.name if partner else "", self)
        self.name.setMaxLength(100)
        self.purpose = QLineEdit(partner.purpose or "" if partner else "", self)
        self.purpose.setPlaceholderText(self.tr("e.g. placement into work"))
        self.purpose.setMaxLength(300)
        self.active = QCheckBox(self.tr("&Active: asked at first contact"), self)
        self.active.setChecked(partner.active if partner else True)
        self.active.setVisible(partner is not None)
        hint = QLabel(
            self.tr(
                "The consent form names the partner and the purpose. Only people who "
                "consented, and did not withdraw, are in the partner's export."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow("", self.active)
        self.errors = FieldErrors(QLabel(self), {"name": self.name, "purpose": self.purpose})
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        try:
            if self.partner is None:
                add_partner(self.database, self.actor, self.name.text(), self.purpose.text())
            else:
                update_partner(
                    self.database, self.actor, self.partner.id, self.name.text(),
                    self.purpose.text(), self.active.isChecked(),
                )  # fmt: skip
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()
