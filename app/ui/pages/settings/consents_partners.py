"""Einstellungen → Datenschutz (first part): the consents asked at first contact, the
partner organisations with their export, and the record of processing activities."""

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ConsentKind
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.consents import (
    GENERAL_KINDS,
    PartnerRow,
    consent_kinds_used,
    list_partners,
    set_consent_kinds_used,
)
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.partner_export import export_for_partner
from app.ui.dialogs.partner import PartnerDialog
from app.ui.formatting import show_path
from app.ui.labels import label
from app.ui.models.base import ListTableModel
from app.ui.tasks import Task
from app.ui.widgets import read_only_table


class PartnerModel(ListTableModel[PartnerRow]):
    COL_NAME, COL_PURPOSE, COL_STATE = range(3)

    def __init__(self, parent: Any = None) -> None:
        headers = (self.tr("Partner"), self.tr("Purpose"), self.tr("Status"))
        super().__init__([], headers, parent)

    def display(self, row: PartnerRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_PURPOSE:
            return row.purpose or ""
        return self.tr("active") if row.active else self.tr("retired")


class ConsentsPartnersTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.task: Task | None = None

        asked = QGroupBox(self.tr("Consents asked at first contact"), self)
        asked_layout = QVBoxLayout(asked)
        used = consent_kinds_used(database)
        self.kind_boxes: dict[ConsentKind, QCheckBox] = {}
        for kind in GENERAL_KINDS:
            box = QCheckBox(label(kind), asked)
            box.setChecked(kind in used)
            box.toggled.connect(self.save_kinds)
            asked_layout.addWidget(box)
            self.kind_boxes[kind] = box
        note = QLabel(
            self.tr(
                "A consent to pass contact data is asked for each active partner below. The "
                "texts of the forms are in the notice templates (see the manual)."
            ),
            asked,
        )
        note.setWordWrap(True)
        asked_layout.addWidget(note)

        partners = QGroupBox(self.tr("Partner organisations"), self)
        self.model = PartnerModel(self)
        self.view = read_only_table(
            partners,
            single_selection=True,
            empty_text=self.tr("No partners yet – add one with \u201cNew partner\u201d."),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Partner organisations"))
        self.new_button = QPushButton(self.tr("New &partner …"), partners)
        self.edit_button = QPushButton(self.tr("Edit p&artner …"), partners)
        self.export_button = QPushButton(self.tr("E&xport contact data …"), partners)
        self.export_button.setToolTip(
            self.tr("The people who consented to passing their contact data to this partner")
        )
        self.export_button.setVisible(actor.can(Permission.EXPORT_ALL))
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button.clicked.connect(self.edit_partner)
        self.export_button.clicked.connect(self.export_contacts)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.export_button):
            row.addWidget(button)
        row.addStretch()
        partner_layout = QVBoxLayout(partners)
        partner_layout.addWidget(self.view)
        partner_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addWidget(partners, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_partners(self.database))

    def save_kinds(self) -> None:
        chosen = [kind for kind, box in self.kind_boxes.items() if box.isChecked()]
        try:
            set_consent_kinds_used(self.database, self.actor, chosen)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Data protection"), error.message)

    def selected(self) -> PartnerRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self, self.tr("Partner organisations"), self.tr("Choose a partner in the list.")
            )
            return None
        return self.model.row_at(index.row())

    def new_partner(self) -> None:
        if PartnerDialog(self.database, self.actor, None, self).exec() == (
            QDialog.DialogCode.Accepted
        ):
            self.refresh()

    def edit_partner(self) -> None:
        partner = self.selected()
        if partner is None:
            return
        if PartnerDialog(self.database, self.actor, partner, self).exec() == (
            QDialog.DialogCode.Accepted
        ):
            self.refresh()

    def export_contacts(self) -> None:
        partner = self.selected()
        if partner is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Contact data for {partner} – not encrypted").format(partner=partner.name),
            str(Path(QDir.homePath()) / f"weitergabe-{date.today():%Y-%m-%d}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not target:
            return
        database, actor, path, partner_id = self.database, self.actor, Path(target), partner.id

        def work(_progress: object) -> Path:
            return export_for_partner(database, actor, partner_id, path)

        self.task = Task(self.tr("Exporting …"), work, self)
        self.task.finished.connect(self._exported)
        self.task.problem.connect(self._export_failed)
        self.task.start()

    def _exported(self, path: object) -> None:
        assert isinstance(path, Path)
        QMessageBox.information(
            self,
            self.tr("Partner organisations"),
            self.tr(
                "Written to {path}. Only people whose consent for this partner is recorded and "
                "not withdrawn are in it. The file is not encrypted: send it safely and delete "
                "it afterwards."
            ).format(path=show_path(path)),
        )

    def _export_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Partner organisations"), message)
