"""The Follow-ups, Consents and Tandem tabs of the case window (and the dialogs they open)."""

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

from app.domain.enums import ConsentForm, ConsentKind
from app.domain.models import Consent
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_file import CaseFile
from app.services.consents import list_partners, record_consent, withdraw_consent
from app.services.consultations import default_follow_up
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.followups import add_follow_up, complete_follow_up
from app.ui.case_window.case_tab import CaseTab
from app.ui.formatting import show_date
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo
from app.ui.models.case_file import ConsentModel, FollowUpModel, MentorshipModel
from app.ui.notice_printing import FormPrinter
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


class WithdrawDialog(QDialog):
    """The day a consent was withdrawn; from then on it covers nothing."""

    def __init__(
        self, database: Database, actor: Actor, consent: Consent, what: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.consent_id = consent.id
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.resize(460, 0)
        text = QLabel(
            self.tr(
                "“{what}”, given on {date}. From the day of the withdrawal on, the "
                "processing it covered stops (a partner's export leaves the person out)."
            ).format(what=what, date=show_date(consent.given_on)),
            self,
        )
        text.setWordWrap(True)
        self.day = DateField(self, date.today())
        form = QFormLayout()
        form.addRow(self.tr("&Withdrawn on:"), self.day)
        self.errors = FieldErrors(QLabel(self), {"withdrawn_on": self.day})
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        assert self.consent_id is not None
        try:
            withdraw_consent(
                self.database,
                self.actor,
                self.consent_id,
                self.day.required("withdrawn_on", self.tr("Withdrawn on")),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class ConsentsTab(CaseTab):
    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.printer: FormPrinter | None = None
        self.model = ConsentModel([], self)
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "No consent and no information notice recorded yet – choose the kind below "
                "and \u201cRecord\u201d."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Consents"))
        writes = actor.can(Permission.CASES_WRITE)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of consent"))
        fill_combo(self.kind, [k for k in ConsentKind if k != ConsentKind.PARTNER_TRANSFER])
        for partner in list_partners(database, active_only=True):
            self.kind.addItem(
                self.tr("pass contact data to {partner}").format(partner=partner.name),
                (ConsentKind.PARTNER_TRANSFER, partner.id),
            )
        self.how = QComboBox(self)
        self.how.setAccessibleName(self.tr("How given"))
        fill_combo(self.how, ConsentForm, self.tr("— how given —"))
        self.day = DateField(self, date.today())
        self.day.setAccessibleName(self.tr("Given on"))
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("&Withdraw …"), self)
        self.withdraw_button.clicked.connect(self.withdraw)
        for button in (self.record_button, self.withdraw_button):
            button.setEnabled(writes)
        self.notice_button = QPushButton(self.tr("Print &notice …"), self)
        self.form_button = QPushButton(self.tr("Print consent &form …"), self)
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.how)
        row.addWidget(self.day)
        row.addWidget(self.record_button)
        actions = QHBoxLayout()
        actions.addWidget(self.withdraw_button)
        actions.addStretch()
        actions.addWidget(self.notice_button)
        actions.addWidget(self.form_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addLayout(actions)

    def show_case(self, case: CaseFile) -> None:
        self.model.set_consents(case.consents, case.partner_names)
        if self.printer is None:
            assert case.participant.id is not None
            self.printer = FormPrinter(
                self.database, self.actor, case.participant.id, case.participant.case_number,
                self,
            )  # fmt: skip
            self.notice_button.clicked.connect(self.printer.print_notice)
            self.form_button.clicked.connect(self.printer.print_consent_form)

    def record(self) -> None:
        choice = self.kind.currentData()
        kind, partner_id = choice if isinstance(choice, tuple) else (choice, None)
        try:
            record_consent(
                self.database,
                self.actor,
                self.participant_id,
                kind,
                self.day.required("given_on", self.tr("Given on")),
                given_as=self.how.currentData(),
                partner_id=partner_id,
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Consents"), error.message)
            return
        self.changed.emit()

    def withdraw(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self, self.tr("Withdraw consent"), self.tr("Choose a consent in the list first.")
            )
            return
        consent = self.model.row_at(index.row())
        what = self.model.display(consent, ConsentModel.COL_KIND)
        if WithdrawDialog(self.database, self.actor, consent, what, self).exec() == (
            QDialog.DialogCode.Accepted
        ):
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
