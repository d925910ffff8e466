"""The Follow-ups, Consents and Tandem tabs of the case window."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ConsentKind
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_file import CaseFile
from app.services.consultations import default_follow_up
from app.services.database import Database
from app.services.enrollments import record_consent
from app.services.errors import ServiceError
from app.services.followups import add_follow_up, complete_follow_up
from app.ui.case_window.case_tab import CaseTab
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo
from app.ui.models.case_file import ConsentModel, FollowUpModel, MentorshipModel
from app.ui.widgets import read_only_table


class FollowUpDialog(QDialog):
    """A new follow-up (Wiedervorlage) of the case, for the actor."""

    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.setWindowTitle(self.tr("New follow-up"))
        self.due = DateField(self, default_follow_up(date.today()))
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("what to do, e.g. ask about the decision"))
        form = QFormLayout()
        form.addRow(self.tr("&Due on:"), self.due)
        form.addRow(self.tr("Su&bject:"), self.subject)
        self.errors = FieldErrors(QLabel(self), {"subject": self.subject, "due_date": self.due})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        try:
            add_follow_up(
                self.database,
                self.actor,
                self.participant_id,
                self.due.required("due_date", self.tr("Due on")),
                self.subject.text(),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class FollowUpsTab(CaseTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.model = FollowUpModel([], self)
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr("No follow-ups yet – add one with \u201cNew follow-up\u201d."),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Follow-ups"))
        manages = actor.can(Permission.FOLLOWUPS_MANAGE)
        self.new_button = QPushButton(self.tr("&New follow-up"), self)
        self.done_button = QPushButton(self.tr("Mark as &done"), self)
        for button in (self.new_button, self.done_button):
            button.setEnabled(manages)
        self.new_button.clicked.connect(self.new)
        self.done_button.clicked.connect(self.complete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_rows(case.follow_ups)

    def new(self) -> None:
        dialog = FollowUpDialog(self.database, self.actor, self.participant_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def complete(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        try:
            complete_follow_up(self.database, self.actor, self.model.row_at(index.row()).id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Follow-ups"), error.message)
            return
        self.changed.emit()


class ConsentsTab(CaseTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.model = ConsentModel([], self)
        self.view = read_only_table(
            self,
            empty_text=self.tr(
                "No consent and no information notice recorded yet – choose the kind below "
                "and \u201cRecord\u201d."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Consents"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of consent"))
        fill_combo(self.kind, ConsentKind)
        self.day = DateField(self, date.today())
        self.day.setAccessibleName(self.tr("Given on"))
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setEnabled(actor.can(Permission.CASES_WRITE))
        self.record_button.clicked.connect(self.record)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.day)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_rows(case.consents)

    def record(self) -> None:
        try:
            record_consent(
                self.database,
                self.actor,
                self.participant_id,
                self.kind.currentData(),
                self.day.required("given_on", self.tr("Given on")),
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Consents"), error.message)
            return
        self.changed.emit()


class TandemTab(CaseTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.case_number = ""
        self.model = MentorshipModel([], self)
        matches = actor.can(Permission.MENTORSHIPS_MANAGE)
        self.view = read_only_table(
            self,
            empty_text=self.tr(
                "No mentoring tandem yet – match a mentor with \u201cNew tandem\u201d."
            )
            if matches
            else self.tr(
                "No mentoring tandem. Volunteer coordinators match tandems in the "
                "Volunteering section."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Tandems"))
        self.new_button = QPushButton(self.tr("New &tandem …"), self)
        self.new_button.setVisible(matches)
        self.new_button.clicked.connect(self.new)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def new(self) -> None:
        from app.ui.dialogs.tandem import TandemDialog  # the dialog imports case lookups

        dialog = TandemDialog(self.database, self.actor, self)
        dialog.find_text.setText(self.case_number)
        dialog.find_participants()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def show_case(self, case: CaseFile) -> None:
        self.case_number = case.participant.case_number
        self.model.set_rows(case.mentorships)
