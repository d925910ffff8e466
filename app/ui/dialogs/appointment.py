"""An appointment (Termin): booked for a case file or as an anonymous slot, corrected,
turned into a consultation once it took place, and printed as a letter.

A new appointment is "planned"; the status is set by hand later (held, cancelled, not
attended) or by recording the consultation. Every problem of the form shows at once.
"""

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.appointments import MAX_APPOINTMENT_MINUTES, next_slot
from app.domain.enums import AppointmentStatus
from app.domain.permissions import Permission
from app.services import appointments
from app.services.actor import Actor
from app.services.appointments import (
    AppointmentInput,
    AppointmentRow,
    case_for_number,
    check_appointment,
    create_appointment,
    delete_appointment,
    update_appointment,
)
from app.services.cases import advisors
from app.services.database import Database
from app.services.errors import Problems, ServiceError
from app.ui.appointment_actions import record_consultation, write_letter_file
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo, please_choose, select_data
from app.ui.widgets import TimeEdit

DEFAULT_MINUTES = 30


class AppointmentDialog(QDialog):
    """Books a new appointment (``existing`` None) or opens a booked one."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        existing: AppointmentRow | None = None,
        case: tuple[int, str] | None = None,
        when: tuple[date, time] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.existing = existing
        self.saved_id: int | None = existing.id if existing else None
        if existing is not None and existing.participant_id is not None:
            case = (existing.participant_id, existing.label)
        self.case = case
        self.setWindowTitle(
            self.tr("Appointment – {whom}").format(whom=existing.label)
            if existing
            else self.tr("New appointment")
        )
        self.resize(560, 0)
        self.advisor = QComboBox(self)
        self.advisor.addItem(please_choose(), None)
        for user in advisors(database, actor):
            self.advisor.addItem(user.display_name, user.id)
        # The one booking is usually the advisor: the day's own calendar.
        select_data(self.advisor, existing.advisor_id if existing else actor.user_id)
        day, start = when or next_slot(appointments.now())
        if existing is not None:
            day, start = existing.date, existing.start_time
        self.day = DateField(self, day)
        self.start_time = TimeEdit(QTime(start.hour, start.minute), self)
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        # One more than allowed each way, so the service's message explains the range.
        self.duration.setRange(1, MAX_APPOINTMENT_MINUTES + 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(existing.duration_minutes if existing else DEFAULT_MINUTES)
        self.case_number = QLineEdit(self)
        self.case_number.setPlaceholderText(self.tr("e.g. 2026-0042; empty: no case file"))
        self.case_label = QLabel(case[1] if case else "", self)
        self.name = QLineEdit(existing.person or "" if existing and not case else "", self)
        self.name.setPlaceholderText(self.tr("office hours, or whom it is for"))
        self.place = QLineEdit(existing.place or "" if existing else "", self)
        self.subject = QLineEdit(existing.subject or "" if existing else "", self)
        self.status = QComboBox(self)
        fill_combo(self.status, AppointmentStatus)
        select_data(self.status, existing.status if existing else AppointmentStatus.PLANNED)
        # A new appointment is planned; what became of it is set later.
        self.status.setEnabled(existing is not None)

        form = QFormLayout()
        form.addRow(self.tr("&Advisor:"), self.advisor)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("T&ime:"), self.start_time)
        form.addRow(self.tr("D&uration:"), self.duration)
        if case is not None:
            form.addRow(self.tr("Case file:"), self.case_label)
            self.case_number.hide()  # not in the form: the case is given
            self.name.hide()
        else:
            self.case_label.hide()
            form.addRow(self.tr("&Case number:"), self.case_number)
            form.addRow(self.tr("&Name (no case file):"), self.name)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Su&bject:"), self.subject)
        form.addRow(self.tr("S&tatus:"), self.status)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "advisor": self.advisor,
                "date": self.day,
                "start_time": self.start_time,
                "duration": self.duration,
                "case": self.case_number,
                "name": self.name,
                "place": self.place,
                "subject": self.subject,
                "status": self.status,
            },
        )
        buttons = save_cancel_buttons(self)
        can_write = actor.can(Permission.CONSULTATIONS_WRITE)
        if existing is not None:
            self.consultation_button = QPushButton(self.tr("Record as c&onsultation"), self)
            self.consultation_button.setEnabled(can_write and existing.consultation_id is None)
            self.consultation_button.clicked.connect(self.record_consultation)
            self.letter_button = QPushButton(self.tr("&Letter …"), self)
            self.letter_button.clicked.connect(self.write_letter)
            self.delete_button = QPushButton(self.tr("D&elete"), self)
            self.delete_button.setEnabled(can_write)
            self.delete_button.clicked.connect(self.delete)
            for button in (self.consultation_button, self.letter_button, self.delete_button):
                buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(buttons)

    def appointment_input(self, problems: Problems) -> AppointmentInput:
        """The form's values; what it cannot read itself is noted in ``problems``."""
        day = problems.check(lambda: self.day.required("date", self.tr("Date")))
        participant_id = self.case[0] if self.case else None
        if self.case is None and self.case_number.text().strip():
            found = problems.check(
                lambda: case_for_number(self.database, self.actor, self.case_number.text())
            )
            participant_id = found[0] if found else None
        chosen = self.start_time.time()
        return AppointmentInput(
            advisor_id=self.advisor.currentData(),
            date=day or date.today(),
            start_time=time(chosen.hour(), chosen.minute()),
            duration_minutes=self.duration.value(),
            participant_id=participant_id,
            name=None if self.case else self.name.text(),
            place=self.place.text(),
            subject=self.subject.text(),
            status=self.status.currentData(),
        )

    def accept(self) -> None:
        problems = Problems()
        data = self.appointment_input(problems)
        if problems:  # the service's own checks too, so every problem shows at once
            problems.check(lambda: check_appointment(data, new=self.existing is None))
            self.errors.show(problems.error())
            return
        try:
            if self.existing is None:
                self.saved_id = create_appointment(self.database, self.actor, data)
            else:
                update_appointment(self.database, self.actor, self.existing.id, data)
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()

    def record_consultation(self) -> None:
        assert self.existing is not None
        if record_consultation(self, self.database, self.actor, self.existing.id):
            super().accept()

    def write_letter(self) -> None:
        assert self.existing is not None
        write_letter_file(self, self.database, self.actor, self.existing)

    def delete(self) -> None:
        assert self.existing is not None
        answer = QMessageBox.question(
            self,
            self.tr("Delete appointment"),
            self.tr("Delete the appointment on {date} at {time}?").format(
                date=self.day.text(), time=self.existing.time_range
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_appointment(self.database, self.actor, self.existing.id)
        except ServiceError as error:
            self.errors.show(error)
            return
        self.saved_id = None
        super().accept()
