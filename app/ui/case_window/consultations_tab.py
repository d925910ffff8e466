"""The Consultations tab: the case's consultations as a timeline, newest first.

The author of a consultation, or an administrator, corrects or deletes it from here;
a deletion needs a reason, which the audit trail keeps (the note itself is not kept).
"""

import html

from PySide6.QtCore import QModelIndex, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.appointments import AppointmentRow, case_appointments
from app.services.case_file import CaseFile
from app.services.consultations import delete_consultation
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.appointment_actions import record_consultation
from app.ui.case_window.case_tab import CaseTab
from app.ui.dialogs.appointment import AppointmentDialog
from app.ui.formatting import show_date, show_language
from app.ui.labels import label
from app.ui.models.appointments import DayListModel
from app.ui.widgets import read_only_table

EDIT, DELETE = "edit", "delete"


class ConsultationsTab(CaseTab):
    new_requested = Signal()
    edit_requested = Signal(int)
    appointment_requested = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.timeline = QTextBrowser(self)
        self.timeline.setOpenLinks(False)
        self.timeline.setAccessibleName(self.tr("Consultations"))
        self.timeline.anchorClicked.connect(self._link)
        # The window's own "New consultation" button carries the Alt+letter.
        self.new_button = QPushButton(self.tr("New consultation …"), self)
        self.new_button.setEnabled(actor.can(Permission.CONSULTATIONS_WRITE))
        self.new_button.clicked.connect(self.new_requested)
        # The person's coming appointments, above the consultations they become.
        self.appointments_label = QLabel(self.tr("Coming appointments"), self)
        self.appointments_label.setObjectName("sectionTitle")
        self.appointments = DayListModel(self)
        self.appointment_list = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "No appointments planned – book one with \u201cMake appointment\u201d."
            ),
        )
        self.appointment_list.setModel(self.appointments)
        self.appointment_list.setAccessibleName(self.tr("Coming appointments"))
        self.appointment_list.horizontalHeader().setStretchLastSection(True)
        rows = self.appointment_list.fontMetrics().height() + 8
        self.appointment_list.setMaximumHeight(4 * rows + 8)
        self.appointment_list.doubleClicked.connect(self._open_appointment)
        self.appointment_button = QPushButton(self.tr("Make appointment …"), self)
        self.appointment_button.setEnabled(actor.can(Permission.CONSULTATIONS_WRITE))
        self.appointment_button.clicked.connect(self.appointment_requested)
        self.record_button = QPushButton(self.tr("Record appointment as consultation"), self)
        self.record_button.setEnabled(actor.can(Permission.CONSULTATIONS_WRITE))
        self.record_button.clicked.connect(self.record_appointment)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch()
        row.addWidget(self.appointment_button)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.appointments_label)
        layout.addWidget(self.appointment_list)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(row)

    def show_case(self, case: CaseFile) -> None:
        self.show_appointments(case)
        if not case.consultations:
            empty = html.escape(
                self.tr("No consultations yet – write the first with \u201cNew consultation\u201d.")
            )
            self.timeline.setHtml(f"<p><i>{empty}</i></p>")
            return
        parts = []
        for c in case.consultations:
            when = show_date(c.date) + (f" {c.start_time:%H:%M}" if c.start_time else "")
            facts = [
                label(c.kind),
                label(c.format),
                self.tr("{n} min").format(n=c.duration_minutes),
            ]
            if c.language_code:
                language = show_language(c.language_code)
                facts.append(
                    self.tr("{language}, with interpreter").format(language=language)
                    if c.interpreter
                    else language
                )
            if c.advisor:
                facts.append(c.advisor)
            if c.project_code:
                facts.append(c.project_code)
            block = [
                f"<h4 style='margin-bottom:2px'>{html.escape(when)}</h4>",
                f"<div style='color:#555'>{html.escape(' · '.join(facts))}</div>",
            ]
            if c.topics:
                caption = html.escape(self.tr("Topics:"))
                block.append(f"<div><b>{caption}</b> {html.escape(', '.join(c.topics))}</div>")
            if c.note:
                note = html.escape(c.note).replace("\n", "<br/>")
                block.append(f"<p style='margin-top:4px'>{note}</p>")
            if c.editable:
                edit = html.escape(self.tr("Edit"))
                delete = html.escape(self.tr("Delete …"))
                block.append(
                    f"<div><a href='{EDIT}:{c.id}'>{edit}</a> · "
                    f"<a href='{DELETE}:{c.id}'>{delete}</a></div>"
                )
            parts.append("".join(block))
        self.timeline.setHtml("<hr/>".join(parts))

    def show_appointments(self, case: CaseFile) -> None:
        assert case.participant.id is not None
        try:
            rows = case_appointments(self.database, self.actor, case.participant.id)
        except ServiceError:
            rows = []  # the case file itself was read; its appointments follow its scope
        self.appointments.set_rows(rows)
        self.record_button.setVisible(bool(rows))

    def _chosen_appointment(self) -> AppointmentRow | None:
        index = self.appointment_list.currentIndex()
        if index.isValid():
            return self.appointments.row_at(index.row())
        rows = self.appointments.rows()
        return rows[0] if rows else None

    def _open_appointment(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.appointments.row_at(index.row())
        dialog = AppointmentDialog(self.database, self.actor, existing=row, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def record_appointment(self) -> None:
        """The chosen (else the next) appointment took place: its consultation form."""
        row = self._chosen_appointment()
        if row is not None and record_consultation(self, self.database, self.actor, row.id):
            self.changed.emit()

    def _link(self, url: QUrl) -> None:
        action, _, number = url.toString().partition(":")
        if not number.isdigit():
            return
        if action == EDIT:
            self.edit_requested.emit(int(number))
        elif action == DELETE:
            self.delete(int(number))

    def delete(self, consultation_id: int) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Delete consultation"),
            self.tr(
                "The consultation and its note are deleted for good. Why is it deleted "
                "(e.g. entered in the wrong case)?"
            ),
        )
        if not ok:
            return
        try:
            delete_consultation(self.database, self.actor, consultation_id, reason)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Delete consultation"), error.message)
            return
        self.changed.emit()
