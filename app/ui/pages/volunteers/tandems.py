"""The Tandems tab: mentors matched with participants, their status and agreement."""

from pathlib import Path

from PySide6.QtCore import QDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.database import Database
from app.services.documents import Owner, OwnerKind
from app.services.errors import ServiceError
from app.services.mentorships import MentorshipRow, list_mentorships, write_agreement
from app.ui.dialogs.tandem import TandemDialog, TandemStatusDialog
from app.ui.documents import DocumentsDialog
from app.ui.lazy_tab import LazyTab
from app.ui.models.volunteers import TandemsModel
from app.ui.problems import show_problem
from app.ui.widgets import read_only_table


class TandemsTab(LazyTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.model = TandemsModel(self)
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr("No tandems yet – match a mentor with \u201cNew tandem\u201d."),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Tandems"))
        # Goals can be long: they take the room that is left instead of pushing
        # status and hours out of sight.
        self.view.horizontalHeader().setSectionResizeMode(
            TandemsModel.COL_GOALS, QHeaderView.ResizeMode.Stretch
        )
        self.new_button = QPushButton(self.tr("New &tandem …"), self)
        self.agreement_button = QPushButton(self.tr("&Agreement as PDF …"), self)
        self.status_button = QPushButton(self.tr("Change &status …"), self)
        self.documents_button = QPushButton(self.tr("Doc&uments …"), self)
        self.documents_button.clicked.connect(self.show_documents)
        self.new_button.clicked.connect(self.new_tandem)
        self.agreement_button.clicked.connect(self.save_agreement)
        self.status_button.clicked.connect(self.change_status)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.agreement_button)
        row.addWidget(self.status_button)
        row.addWidget(self.documents_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(list_mentorships(self.database, self.actor))

    def _selected(self, title: str) -> MentorshipRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, title, self.tr("Choose a tandem in the list first."))
            return None
        return self.model.row_at(index.row())

    def show_documents(self) -> None:
        tandem = self._selected(self.tr("Documents"))
        if tandem is None:
            return
        DocumentsDialog(
            self.database,
            self.actor,
            Owner(OwnerKind.TANDEM, tandem.id),
            self.tr("Documents of the tandem {mentor} – {mentee}").format(
                mentor=tandem.mentor, mentee=tandem.mentee
            ),
            self,
        ).exec()

    def new_tandem(self) -> None:
        if TandemDialog(self.database, self.actor, self).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def change_status(self) -> None:
        title = self.tr("Tandem status")
        tandem = self._selected(title)
        if tandem is None:
            return
        dialog = TandemStatusDialog(self.database, self.actor, tandem, title, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def save_agreement(self) -> None:
        tandem = self._selected(self.tr("Tandem agreement"))
        if tandem is None:
            return
        name = f"Tandemvereinbarung-{tandem.case_number}.pdf"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save tandem agreement – the file will not be encrypted"),
            str(Path(QDir.homePath()) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not target:
            return
        try:
            path = write_agreement(self.database, self.actor, tandem.id, Path(target))
        except (ServiceError, OSError) as error:
            show_problem(self, self.tr("Tandem agreement"), error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
