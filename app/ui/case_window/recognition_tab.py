"""The Recognition and Placements tabs of the case window: recognition procedures
(Anerkennungsverfahren) and work or training taken up (Arbeitsaufnahmen)."""

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.domain.models import Placement, RecognitionProcedure
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


class RecordsTab(CaseTab):
    """Records of one kind kept with the case, listed with New, Edit and Delete (a
    double-click edits). Subclasses say which dialog edits a record, how a record is
    removed and how the question before removing names it."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int,
        parent: QWidget,
        model: Any,
        texts: tuple[str, str, str, str],  # empty list, list name, New, Edit
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        empty_text, name, new_text, edit_text = texts
        self.model = model
        self.view = read_only_table(self, single_selection=True, empty_text=empty_text)
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        writes = actor.can(Permission.CASES_WRITE)
        self.new_button = QPushButton(new_text, self)
        self.edit_button = QPushButton(edit_text, self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        buttons = QHBoxLayout()
        for button, slot in (
            (self.new_button, self.new),
            (self.edit_button, self.edit),
            (self.delete_button, self.delete),
        ):
            button.setEnabled(writes)
            button.clicked.connect(lambda _checked=False, run=slot: run())
            buttons.addWidget(button)
        buttons.addStretch()
        if writes:
            self.view.doubleClicked.connect(self.edit_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    # -- what subclasses provide ---------------------------------------------------
    def dialog(self, record: Any | None) -> QDialog:
        raise NotImplementedError

    def remove(self, record: Any) -> None:
        raise NotImplementedError

    def removal_question(self, record: Any) -> tuple[str, str]:
        """The title and the question asked before ``record`` is deleted."""
        raise NotImplementedError

    # -- actions -------------------------------------------------------------------
    def new(self) -> None:
        if self.dialog(None).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def edit_row(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.edit()

    def selected(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def edit(self) -> None:
        record = self.selected()
        if record is not None and self.dialog(record).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def delete(self) -> None:
        record = self.selected()
        if record is None or record.id is None:
            return
        title, question = self.removal_question(record)
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.remove(record)
        except ServiceError as error:
            QMessageBox.warning(self, title, error.message)
            return
        self.changed.emit()


class RecognitionTab(RecordsTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        texts = (
            self.tr("No recognition procedure yet – add one with \u201cNew procedure\u201d."),
            self.tr("Recognition procedures"),
            self.tr("&New procedure …"),
            self.tr("Edit &procedure …"),
        )
        super().__init__(database, actor, participant_id, parent, ProcedureModel([]), texts)
        self.model.setParent(self)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_rows(case.procedures)

    def dialog(self, record: RecognitionProcedure | None) -> QDialog:
        return ProcedureDialog(self.database, self.actor, self.participant_id, record, parent=self)

    def remove(self, record: RecognitionProcedure) -> None:
        assert record.id is not None
        delete_procedure(self.database, self.actor, self.participant_id, record.id)

    def removal_question(self, record: RecognitionProcedure) -> tuple[str, str]:
        return self.tr("Delete recognition procedure"), self.tr(
            "Delete the procedure \u201c{occupation}\u201d?"
        ).format(occupation=record.occupation or "—")


class PlacementsTab(RecordsTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        texts = (
            self.tr("No work or training taken up yet – record it with \u201cNew placement\u201d."),
            self.tr("Placements"),
            self.tr("&New placement …"),
            self.tr("Edit &placement …"),
        )
        super().__init__(database, actor, participant_id, parent, PlacementModel([]), texts)
        self.model.setParent(self)
        self.link: int | None = None  # the exit a new placement is linked to

    def show_case(self, case: CaseFile) -> None:
        self.model.set_projects(
            {v.enrollment.id: v.project_code for v in case.enrollments if v.enrollment.id}
        )
        self.model.set_rows(case.placements)

    def new_linked(self, enrollment_id: int) -> None:
        """A new placement already linked to the exit just recorded."""
        self.link = enrollment_id
        try:
            self.new()
        finally:
            self.link = None

    def dialog(self, record: Placement | None) -> QDialog:
        enrollments = self.case.enrollments if self.case else []
        if record is None:
            return PlacementDialog(
                self.database,
                self.actor,
                self.participant_id,
                enrollments,
                parent=self,
                link=self.link,
            )
        return PlacementDialog(
            self.database, self.actor, self.participant_id, enrollments, record, parent=self
        )

    def remove(self, record: Placement) -> None:
        assert record.id is not None
        delete_placement(self.database, self.actor, self.participant_id, record.id)

    def removal_question(self, record: Placement) -> tuple[str, str]:
        return self.tr("Delete placement"), self.tr(
            "Delete the placement at \u201c{employer}\u201d?"
        ).format(employer=record.employer)
