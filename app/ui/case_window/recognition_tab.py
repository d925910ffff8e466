"""The Recognition and Placements tabs of the case window: recognition procedures
(Anerkennungsverfahren) and work or training taken up (Arbeitsaufnahmen)."""

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_file import CaseFile
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.recognition import delete_placement, delete_procedure
from app.ui.case_window.case_tab import CaseTab
from app.ui.dialogs.recognition import PlacementDialog, ProcedureDialog
from app.ui.models.case_file import PlacementModel, ProcedureModel
from app.ui.widgets import read_only_table


class RecognitionTab(CaseTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.model = ProcedureModel([], self)
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "No recognition procedure yet – add one with \u201cNew procedure\u201d."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Recognition procedures"))
        writes = actor.can(Permission.CASES_WRITE)
        self.new_button = QPushButton(self.tr("&New procedure …"), self)
        self.edit_button = QPushButton(self.tr("Edit &procedure …"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(writes)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        if writes:
            self.view.doubleClicked.connect(self.edit_row)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_rows(case.procedures)

    def new(self) -> None:
        dialog = ProcedureDialog(self.database, self.actor, self.participant_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def edit_row(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.edit()

    def edit(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        procedure = self.model.row_at(index.row())
        dialog = ProcedureDialog(
            self.database, self.actor, self.participant_id, procedure, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def delete(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        procedure = self.model.row_at(index.row())
        answer = QMessageBox.question(
            self,
            self.tr("Delete recognition procedure"),
            self.tr("Delete the procedure \u201c{occupation}\u201d?").format(
                occupation=procedure.occupation or "—"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or procedure.id is None:
            return
        try:
            delete_procedure(self.database, self.actor, self.participant_id, procedure.id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Recognition"), error.message)
            return
        self.changed.emit()


class PlacementsTab(CaseTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.model = PlacementModel([], self)
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "No work or training taken up yet – record it with \u201cNew placement\u201d."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Placements"))
        writes = actor.can(Permission.CASES_WRITE)
        self.new_button = QPushButton(self.tr("&New placement …"), self)
        self.edit_button = QPushButton(self.tr("Edit &placement …"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(writes)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        if writes:
            self.view.doubleClicked.connect(self.edit_row)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_projects(
            {v.enrollment.id: v.project_code for v in case.enrollments if v.enrollment.id}
        )
        self.model.set_rows(case.placements)

    def new(self, link: int | None = None) -> None:
        enrollments = self.case.enrollments if self.case else []
        dialog = PlacementDialog(
            self.database,
            self.actor,
            self.participant_id,
            enrollments,
            parent=self,
            link=link if isinstance(link, int) else None,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def edit_row(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.edit()

    def edit(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        enrollments = self.case.enrollments if self.case else []
        dialog = PlacementDialog(
            self.database,
            self.actor,
            self.participant_id,
            enrollments,
            self.model.row_at(index.row()),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def delete(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        placement = self.model.row_at(index.row())
        answer = QMessageBox.question(
            self,
            self.tr("Delete placement"),
            self.tr("Delete the placement at \u201c{employer}\u201d?").format(
                employer=placement.employer
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or placement.id is None:
            return
        try:
            delete_placement(self.database, self.actor, self.participant_id, placement.id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Placements"), error.message)
            return
        self.changed.emit()
