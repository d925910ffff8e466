"""Registering a volunteer and entering volunteer hours."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Activity, VolunteerStatus
from app.domain.models import Volunteer
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import Problems, ServiceError
from app.services.mentorships import mentees_of
from app.services.projects import list_projects
from app.services.row_versions import EditConflict
from app.services.volunteer_hours import HoursInput, add_hours
from app.services.volunteers import VolunteerInput, check_volunteer, save_volunteer
from app.ui import conflict as conflict_dialog
from app.ui.completers import language_completer
from app.ui.conflict import ConflictChoice
from app.ui.dialogs.allowance import AllowanceSummary
from app.ui.formatting import show_language
from app.ui.forms import DateField, FieldErrors, UnsavedChangesGuard, save_cancel_buttons
from app.ui.labels import fill_combo, please_choose, select_data


class VolunteerDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        volunteer: Volunteer | None = None,
        languages: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.volunteer = volunteer
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit volunteer {number}").format(number=volunteer.number)
            if volunteer
            else self.tr("New volunteer")
        )
        self.setMinimumWidth(520)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.city = QLineEdit(self)
        self.region = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. Deutsch; Arabisch"))
        language_completer(self.languages, multiple=True)
        self.skills = QLineEdit(self)
        self.availability = QLineEdit(self)
        self.joined_on = DateField(self)
        self.status = QComboBox(self)
        fill_combo(self.status, VolunteerStatus)
        self.left_on = DateField(self)
        self.clearance = DateField(self)
        # § 72a (5) SGB VIII: only the issue date and whether a relevant entry exists.
        self.clearance_issued = DateField(self)
        self.relevant_entry = QComboBox(self)
        self.relevant_entry.addItem(please_choose(), None)
        self.relevant_entry.addItem(self.tr("no relevant entry"), False)
        self.relevant_entry.addItem(self.tr("relevant entry"), True)
        self.training = DateField(self)
        self.agreement = DateField(self)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&First name *:"), self.first_name),
            (self.tr("&Last name *:"), self.last_name),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("C&ity:"), self.city),
            (self.tr("&Region:"), self.region),
            (self.tr("Lang&uages:"), self.languages),
            (self.tr("S&kills and profession:"), self.skills),
            (self.tr("&Availability:"), self.availability),
            (self.tr("&Joined on:"), self.joined_on),
            (self.tr("Status:"), self.status),
            (self.tr("Left o&n:"), self.left_on),
            (self.tr("Police &clearance seen on:"), self.clearance),
            (self.tr("Issue date of t&he certificate:"), self.clearance_issued),
            (self.tr("Rele&vant entry (§ 72a SGB VIII):"), self.relevant_entry),
            (self.tr("&Training on:"), self.training),
            (self.tr("Agreement si&gned on:"), self.agreement),
        ):
            form.addRow(text, widget)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "first_name": self.first_name,
                "last_name": self.last_name,
                "email": self.email,
                "languages": self.languages,
                "clearance_seen_on": self.clearance,
                "clearance_issued_on": self.clearance_issued,
                "clearance_relevant_entry": self.relevant_entry,
                "left_on": self.left_on,
                "training_on": self.training,
                "joined_on": self.joined_on,
                "agreement_signed_on": self.agreement,
                "phone": self.phone,
                "city": self.city,
                "region": self.region,
                "skills": self.skills,
                "availability": self.availability,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.allowances: AllowanceSummary | None = None
        if (
            volunteer is not None
            and volunteer.id is not None
            and actor.can(Permission.ALLOWANCES_READ)
        ):
            self.allowances = AllowanceSummary(
                database,
                actor,
                volunteer.id,
                f"{volunteer.first_name} {volunteer.last_name}",
                self,
            )
            layout.addWidget(self.allowances)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        if volunteer is not None:
            for widget, value in (
                (self.first_name, volunteer.first_name),
                (self.last_name, volunteer.last_name),
                (self.email, volunteer.email),
                (self.phone, volunteer.phone),
                (self.city, volunteer.city),
                (self.region, volunteer.region),
                (self.skills, volunteer.skills),
                (self.availability, volunteer.availability),
            ):
                widget.setText(value or "")
            self.languages.setText("; ".join(show_language(c) for c in languages or []))
            self.joined_on.set_value(volunteer.joined_on)
            select_data(self.status, volunteer.status)
            self.left_on.set_value(volunteer.left_on)
            self.clearance.set_value(volunteer.clearance_seen_on)
            self.clearance_issued.set_value(volunteer.clearance_issued_on)
            select_data(self.relevant_entry, volunteer.clearance_relevant_entry)
            self.training.set_value(volunteer.training_on)
            self.agreement.set_value(volunteer.agreement_signed_on)
        self.guard = UnsavedChangesGuard(self)
        self.guard.watch(
            self.first_name,
            self.last_name,
            self.email,
            self.phone,
            self.city,
            self.region,
            self.languages,
            self.skills,
            self.availability,
            self.joined_on,
            self.status,
            self.left_on,
            self.clearance,
            self.clearance_issued,
            self.relevant_entry,
            self.training,
            self.agreement,
        )

    def volunteer_input(self, problems: Problems) -> VolunteerInput:
        """The form's values; dates it cannot read are noted in ``problems``."""

        def day(field: DateField, name: str, label: str) -> date | None:
            return problems.check(lambda: field.value(name, label))

        return VolunteerInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            city=self.city.text(),
            region=self.region.text(),
            languages=tuple(p.strip() for p in self.languages.text().split(";") if p.strip()),
            skills=self.skills.text(),
            availability=self.availability.text(),
            joined_on=day(self.joined_on, "joined_on", self.tr("Joined on")),
            status=self.status.currentData(),
            clearance_seen_on=day(
                self.clearance, "clearance_seen_on", self.tr("Police clearance seen on")
            ),
            clearance_issued_on=day(
                self.clearance_issued, "clearance_issued_on", self.tr("Certificate issued on")
            ),
            clearance_relevant_entry=self.relevant_entry.currentData(),
            left_on=day(self.left_on, "left_on", self.tr("Left on")),
            training_on=day(self.training, "training_on", self.tr("Training on")),
            agreement_signed_on=day(
                self.agreement, "agreement_signed_on", self.tr("Agreement signed on")
            ),
        )

    def accept(self) -> None:
        problems = Problems()
        data = self.volunteer_input(problems)
        if problems:  # the service's own checks too, so every problem shows at once
            problems.check(lambda: check_volunteer(data))
            self.errors.show(problems.error())
            return
        expected = self.volunteer.row_version if self.volunteer else None
        while True:
            try:
                saved = save_volunteer(
                    self.database,
                    self.actor,
                    data,
                    self.volunteer.id if self.volunteer else None,
                    expected_version=expected,
                )
                break
            except EditConflict as conflict:
                choice = conflict_dialog.ask(self, conflict)
                if choice is ConflictChoice.SAVE_MINE:
                    expected = conflict.current_version
                    continue
                if choice is ConflictChoice.KEEP_SAVED and self.volunteer is not None:
                    # Close as if saved, so the list shows what is stored.
                    self.saved_id = self.volunteer.id
                    self.guard.dirty = False
                    super().accept()
                return
            except ServiceError as error:
                self.errors.show(error)
                return
        self.saved_id = saved.id
        self.guard.dirty = False
        super().accept()

    def reject(self) -> None:
        if self.guard.may_discard():
            super().reject()


class HoursDialog(QDialog):
    """One entry of hours; volunteers entering their own hours see only themselves."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        volunteers: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.saved = False
        self.setWindowTitle(self.tr("Enter volunteer hours"))
        self.volunteer = QComboBox(self)
        for volunteer_id, name in volunteers:
            self.volunteer.addItem(name, volunteer_id)
        self.day = DateField(self, date.today())
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText(self.tr("e.g. 1,5"))
        self.activity = QComboBox(self)
        fill_combo(self.activity, Activity)
        self.project = QComboBox(self)
        self.project.addItem("—", None)
        for project in list_projects(database, actor):
            self.project.addItem(f"{project.code} – {project.name}", project.id)
        # Mentoring hours can be booked to a mentee of the volunteer's tandems; they
        # then show as hours given on both sides of the tandem.
        self.participant = QComboBox(self)
        self.volunteer.currentIndexChanged.connect(self._offer_mentees)
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Volunteer:"), self.volunteer)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.tr("&Activity:"), self.activity)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&Mentee:"), self.participant)
        form.addRow(self.tr("&Note:"), self.note)
        self._offer_mentees()
        self.errors = FieldErrors(QLabel(self), {"hours": self.hours, "date": self.day})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.hours.setFocus()

    def _offer_mentees(self) -> None:
        self.participant.clear()
        self.participant.addItem(self.tr("— none —"), None)
        volunteer_id = self.volunteer.currentData()
        if volunteer_id is None:
            return
        for participant_id, name in mentees_of(self.database, self.actor, volunteer_id):
            self.participant.addItem(name, participant_id)
        if self.participant.count() > 1:
            select_data(self.activity, Activity.MENTORING)

    def accept(self) -> None:
        try:
            add_hours(
                self.database,
                self.actor,
                HoursInput(
                    volunteer_id=self.volunteer.currentData(),
                    date=self.day.required("date", self.tr("Date")),
                    hours=self.hours.text(),
                    activity=self.activity.currentData(),
                    project_id=self.project.currentData(),
                    participant_id=self.participant.currentData(),
                    note=self.note.text(),
                ),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        self.saved = True
        super().accept()
