"""Einstellungen → Datenschutz: how long the club keeps personal data, and what is due.

The retention of a project's participants is a project setting (Einstellungen →
Projekte); here are the club's own rules for case files without a project and for
former volunteers, and the list of anonymisations that are due, which an administrator
confirms. The anonymisation and the rebuilding of the database file run off the GUI
thread (``ui/tasks.py``).
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.domain.retention import RETENTION_RANGE
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.privacy import (
    AnonymisationResult,
    DueItem,
    DueKind,
    RetentionSettings,
    anonymise,
    due_anonymisations,
    retention_settings,
    set_retention_settings,
)
from app.ui.dialogs.records_of_processing import RecordsOfProcessingDialog
from app.ui.formatting import show_date
from app.ui.forms import FieldErrors
from app.ui.models.base import ListTableModel
from app.ui.tasks import Task


class DueTableModel(ListTableModel[DueItem]):
    """What is due: the number, what happens, until when it had to be kept."""

    COL_NUMBER, COL_ACTION, COL_KEPT_UNTIL = range(3)

    def __init__(self, items: list[DueItem], parent: Any = None) -> None:
        headers = (self.tr("Number"), self.tr("What happens"), self.tr("Kept until"))
        super().__init__(items, headers, parent)

    def action(self, kind: DueKind) -> str:
        if kind is DueKind.CASE:
            return self.tr("Anonymise case file")
        if kind is DueKind.VOLUNTEER:
            return self.tr("Anonymise former volunteer")
        return self.tr("Delete police clearance (§ 72a SGB VIII)")

    def display(self, row: DueItem, column: int) -> str:
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_ACTION:
            return self.action(row.kind)
        if column == self.COL_KEPT_UNTIL:
            return show_date(row.kept_until)
        return ""


class PrivacyTab(QWidget):
    """Retention settings and the due anonymisations (administrators)."""

    # After an anonymisation: the main window refreshes its lists.
    anonymised = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.task: Task | None = None
        self.result: AnonymisationResult | None = None

        rules = QGroupBox(self.tr("How long personal data are kept"), self)
        form = QFormLayout(rules)
        settings = retention_settings(database)
        self.case_years = self._years(settings.case_years)
        self.volunteer_years = self._years(settings.volunteer_years)
        case_label = QLabel(self.tr("Cases &without a project, after the last contact:"), self)
        case_label.setBuddy(self.case_years)
        form.addRow(case_label, self.case_years)
        volunteer_label = QLabel(self.tr("Former &volunteers, after leaving:"), self)
        volunteer_label.setBuddy(self.volunteer_years)
        form.addRow(volunteer_label, self.volunteer_years)
        explanation = QLabel(
            self.tr(
                "Participants of a project are kept for the years set in the project after "
                "31 December of the year it ends (ESF: Art. 82 Regulation (EU) 2021/1060), "
                "see Projects. Police clearances are deleted three months after a volunteer "
                "leaves (§ 72a (5) SGB VIII)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.save_button = QPushButton(self.tr("&Save retention"), self)
        self.save_button.clicked.connect(self.save)
        self.settings_error = QLabel(self)
        self.errors = FieldErrors(
            self.settings_error,
            {
                "case_retention_years": self.case_years,
                "volunteer_retention_years": self.volunteer_years,
            },
        )
        form.addRow(self.settings_error)
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        manages = actor.can(Permission.SETTINGS_MANAGE)
        for widget in (self.case_years, self.volunteer_years, self.save_button):
            widget.setEnabled(manages)

        due_box = QGroupBox(self.tr("Anonymisations due"), self)
        self.model = DueTableModel([], self)
        self.table = QTableView(due_box)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Anonymisations due"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueTableModel.COL_ACTION, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.anonymise_button = QPushButton(self.tr("&Anonymise all that is due …"), self)
        self.anonymise_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.anonymise_button)
        column = QVBoxLayout(due_box)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)

        # What the data-protection officer asks for first (Art. 30 GDPR).
        self.records_button = QPushButton(
            self.tr("Records of processing acti&vities (Art. 30) …"), self
        )
        self.records_button.clicked.connect(self.show_records)
        bottom = QHBoxLayout()
        bottom.addWidget(self.records_button)
        bottom.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(rules)
        layout.addWidget(due_box, 1)
        layout.addLayout(bottom)
        self.refresh()

    def show_records(self) -> None:
        RecordsOfProcessingDialog(self.database, self.actor, self).exec()

    def _years(self, value: int) -> QSpinBox:
        box = QSpinBox(self)
        low, high = RETENTION_RANGE
        box.setRange(low, high)
        box.setSuffix(self.tr(" years"))
        box.setValue(value)
        box.setMaximumWidth(140)
        return box

    def refresh(self) -> None:
        items = (
            due_anonymisations(self.database, self.actor)
            if self.actor.can(Permission.PRIVACY_MANAGE)
            else []
        )
        self.model.set_rows(items)
        self.anonymise_button.setEnabled(bool(items))
        self.summary.setText(
            self.tr("%n record(s) due.", "", len(items))
            if items
            else self.tr("Nothing is due: no retention has ended.")
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            set_retention_settings(
                self.database,
                self.actor,
                RetentionSettings(self.case_years.value(), self.volunteer_years.value()),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        self.refresh()

    def confirm(self) -> None:
        items = self.model.rows()
        if not items:
            return
        question = (
            # On a server the backups are its administrator's, not the data folder's.
            self.tr(
                "Anonymise %n record(s) now? Names, contact data, notes and birth dates are "
                "removed for good; the reports keep their figures. The server's own backups "
                "still hold the old data until they are replaced: tell whoever runs the "
                "server.",
                "",
                len(items),
            )
            if self.database.location.server is not None
            else self.tr(
                "Anonymise %n record(s) now? Names, contact data, notes and birth dates are "
                "removed for good; the reports keep their figures. The backups in the data "
                "folder are replaced by a new one; copies elsewhere (USB sticks) still hold "
                "the old data.",
                "",
                len(items),
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.start(items)

    def start(self, items: list[DueItem]) -> None:
        database, actor = self.database, self.actor

        def work(progress: Callable[[int, int], bool]) -> AnonymisationResult:
            return anonymise(database, actor, items, progress=progress)

        self.anonymise_button.setEnabled(False)
        self.task = Task(self.tr("Anonymising …"), work, self)
        self.task.finished.connect(self.done)
        self.task.problem.connect(self.failed)
        self.task.start()

    def done(self, result: object) -> None:
        assert isinstance(result, AnonymisationResult)
        self.result = result
        self.refresh()
        self.summary.setText(
            self.tr(
                "Anonymised case files: {cases}; anonymised former volunteers: "
                "{volunteers}; police clearances deleted: {clearances}."
            ).format(cases=result.cases, volunteers=result.volunteers, clearances=result.clearances)
        )
        self.anonymised.emit()

    def failed(self, message: str) -> None:
        self.refresh()
        QMessageBox.warning(self, self.tr("Anonymise"), message)
