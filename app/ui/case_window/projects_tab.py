"""The Projects tab: enrollments with their ESF questionnaires, exits and 6-month answers."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_file import CaseFile, EnrollmentView
from app.services.case_merge import delete_enrollment
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.recognition import WORK_EXITS
from app.ui.case_window.case_tab import CaseTab
from app.ui.dialogs.enrollment import EnrollmentDialog, ExitDialog, SixMonthDialog
from app.ui.models.case_file import EnrollmentModel
from app.ui.widgets import read_only_table


class ProjectsTab(CaseTab):
    placement_requested = Signal(int)
    """An exit into (self-)employment was saved: the enrollment's id, to record the
    placement linked to it."""

    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.model = EnrollmentModel([], date.today(), self)
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "Not enrolled in a project yet – enroll with \u201cEnroll in project\u201d."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Project enrollments"))
        self.view.selectionModel().currentRowChanged.connect(self._follow_selection)
        self.enroll_button = QPushButton(self.tr("Enroll in &project"), self)
        self.entry_button = QPushButton(self.tr("Entry &questionnaire"), self)
        self.exit_button = QPushButton(self.tr("Record e&xit"), self)
        self.six_month_button = QPushButton(self.tr("&6-month answers"), self)
        self.remove_button = QPushButton(self.tr("Remo&ve enrollment"), self)
        self.enroll_button.clicked.connect(self.enroll)
        self.entry_button.clicked.connect(self.edit_entry)
        self.exit_button.clicked.connect(self.record_exit)
        self.six_month_button.clicked.connect(self.record_six_month)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (
            self.enroll_button,
            self.entry_button,
            self.exit_button,
            self.six_month_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_rows(case.enrollments, date.today())
        self._follow_selection()

    def selected(self) -> EnrollmentView | None:
        """The chosen enrollment; with only one, that one."""
        index = self.view.currentIndex()
        if index.isValid():
            return self.model.row_at(index.row())
        return self.model.row_at(0) if self.model.rowCount() == 1 else None

    def _follow_selection(self) -> None:
        """The ESF questionnaires belong to ESF projects only."""
        view = self.selected()
        can_write = self.actor.can(Permission.CASES_WRITE)
        esf = view is not None and view.esf
        self.enroll_button.setEnabled(can_write)
        self.entry_button.setEnabled(can_write and esf)
        self.exit_button.setEnabled(can_write and view is not None)
        self.six_month_button.setEnabled(
            can_write and esf and view is not None and view.enrollment.exit_date is not None
        )
        admin = self.actor.current_role() == Role.ADMIN
        self.remove_button.setVisible(admin)
        self.remove_button.setEnabled(admin and view is not None)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def enroll(self) -> None:
        if self.case is not None:
            self._run(
                EnrollmentDialog(
                    self.database,
                    self.actor,
                    self.participant_id,
                    sensitive=self.case.can_read_sensitive,
                    parent=self,
                )
            )

    def edit_entry(self) -> None:
        view = self.selected()
        if view is not None and self.case is not None:
            self._run(
                EnrollmentDialog(
                    self.database,
                    self.actor,
                    self.participant_id,
                    view,
                    self.case.can_read_sensitive,
                    self,
                )
            )

    def record_exit(self) -> None:
        view = self.selected()
        if view is None or view.enrollment.id is None:
            return
        dialog = ExitDialog(self.database, self.actor, view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        linked = (
            any(p.enrollment_id == view.enrollment.id for p in self.case.placements)
            if (self.case)
            else False
        )
        self.changed.emit()
        # An exit into work: the placement (employer, sector, contract) belongs with it.
        if dialog.box.status.currentData() in WORK_EXITS and not linked:
            self.placement_requested.emit(view.enrollment.id)

    def record_six_month(self) -> None:
        view = self.selected()
        if view is not None and view.enrollment.exit_date is not None:
            self._run(SixMonthDialog(self.database, self.actor, view, self))

    def remove(self) -> None:
        view = self.selected()
        if view is None or view.enrollment.id is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove enrollment"),
            self.tr(
                "Remove the enrollment in {project}? It is deleted with its questionnaire. Why?"
            ).format(project=view.project_code),
        )
        if not ok:
            return
        try:
            delete_enrollment(self.database, self.actor, view.enrollment.id, reason)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Remove enrollment"), error.message)
            return
        self.changed.emit()
