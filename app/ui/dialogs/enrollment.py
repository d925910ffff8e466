"""Enrollment in a project with the ESF entry questionnaire; exit and case closing."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.deadlines import entry_data_due
from app.domain.enums import (
    Answer,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    SensitiveAnswer,
)
from app.domain.models import Enrollment
from app.services.actor import Actor
from app.services.case_file import EnrollmentView
from app.services.consultations import project_choices
from app.services.enrollments import (
    EntryAnswers,
    ExitAnswers,
    close_case,
    enroll,
    record_exit,
    record_six_month_answers,
    update_entry_answers,
)
from app.services.errors import ServiceError
from app.storage.database import Database
from app.ui.formatting import show_date
from app.ui.forms import FieldErrors, UnsavedChangesGuard, save_cancel_buttons
from app.ui.labels import fill_combo, select_data
from app.ui.widgets import DateEdit, date_field


def _date_edit(parent: QWidget, value: date | None = None) -> DateEdit:
    """Enrollment dates lie in the past or today."""
    edit = date_field(parent, value)
    edit.setMaximumDate(QDate.currentDate())
    return edit


class EntryQuestionnaire(QGroupBox):
    """The ESF entry answers; they describe the situation on the entry date."""

    def __init__(self, sensitive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ESF entry questionnaire (situation on the entry date)"))
        self.employment = QComboBox(self)
        fill_combo(self.employment, EmploymentStatus)
        self.unemployed_months = QSpinBox(self)
        self.unemployed_months.setRange(-1, 600)
        self.unemployed_months.setSpecialValueText("—")
        self.unemployed_months.setValue(-1)
        self.unemployed_months.setSuffix(self.tr(" months"))
        self.education = QComboBox(self)
        fill_combo(self.education, EducationLevel)
        self.disability = QComboBox(self)
        fill_combo(self.disability, SensitiveAnswer)
        self.minority = QComboBox(self)
        fill_combo(self.minority, SensitiveAnswer)
        self.foreign_origin = QComboBox(self)
        fill_combo(self.foreign_origin, Answer)
        self.homeless = QComboBox(self)
        fill_combo(self.homeless, Answer)
        self.rural = QComboBox(self)
        fill_combo(self.rural, Answer)
        self.sensitive = sensitive
        form = QFormLayout(self)
        form.addRow(self.tr("&Employment status:"), self.employment)
        form.addRow(self.tr("Unemployed &for:"), self.unemployed_months)
        form.addRow(self.tr("Highest &education:"), self.education)
        if sensitive:
            form.addRow(self.tr("&Disability:"), self.disability)
            form.addRow(self.tr("&Minority:"), self.minority)
        form.addRow(self.tr("Foreign &origin:"), self.foreign_origin)
        form.addRow(self.tr("&Homeless or excluded from housing:"), self.homeless)
        form.addRow(self.tr("&Rural area:"), self.rural)

    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.employment,
            self.unemployed_months,
            self.education,
            self.disability,
            self.minority,
            self.foreign_origin,
            self.homeless,
            self.rural,
        )

    def fill(self, enrollment: Enrollment) -> None:
        select_data(self.employment, enrollment.employment_status)
        self.unemployed_months.setValue(
            -1 if enrollment.unemployed_months is None else enrollment.unemployed_months
        )
        select_data(self.education, enrollment.education_level)
        select_data(self.disability, enrollment.disability)
        select_data(self.minority, enrollment.minority)
        select_data(self.foreign_origin, enrollment.foreign_origin)
        select_data(self.homeless, enrollment.homeless)
        select_data(self.rural, enrollment.rural_area)

    def answers(self) -> EntryAnswers:
        months = self.unemployed_months.value()
        return EntryAnswers(
            employment_status=self.employment.currentData(),
            unemployed_months=None if months < 0 else months,
            education_level=self.education.currentData(),
            disability=self.disability.currentData(),
            minority=self.minority.currentData(),
            foreign_origin=self.foreign_origin.currentData(),
            homeless=self.homeless.currentData(),
            rural_area=self.rural.currentData(),
        )


class EnrollmentDialog(QDialog):
    """Enroll a case in a project, or edit the entry answers of ``existing``."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int,
        existing: EnrollmentView | None = None,
        sensitive: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.existing = existing
        self.setWindowTitle(
            self.tr("Entry questionnaire {project}").format(project=existing.project_code)
            if existing
            else self.tr("Enroll in a project")
        )
        self.project = QComboBox(self)
        for project in project_choices(database, actor):
            self.project.addItem(f"{project.code} – {project.name}", project.id)
        self.entry_date = _date_edit(self, existing.enrollment.entry_date if existing else None)
        self.questionnaire = EntryQuestionnaire(sensitive, self)
        self.with_answers = QCheckBox(self.tr("Record the entry questionnaire now"), self)
        self.with_answers.setChecked(True)
        self.with_answers.toggled.connect(self.questionnaire.setEnabled)
        # No parent until the form takes it: the field only appears when a change
        # after the deadline needs a reason, and must not float over the dialog.
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("required after the 4-week deadline"))
        form = QFormLayout()
        if existing is None:
            form.addRow(self.tr("&Project:"), self.project)
            form.addRow(self.tr("&Entry date:"), self.entry_date)
            form.addRow("", self.with_answers)
        else:
            self.questionnaire.fill(existing.enrollment)
            due = entry_data_due(existing.enrollment.entry_date)
            info = QLabel(
                self.tr("Entry on {entry}; entry data due by {due}.").format(
                    entry=show_date(existing.enrollment.entry_date), due=show_date(due)
                ),
                self,
            )
            form.addRow(info)
            if existing.enrollment.entry_recorded_on is not None and date.today() > due:
                form.addRow(self.tr("&Reason for the change:"), self.reason)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "project": self.project,
                "entry_date": self.entry_date,
                "reason": self.reason,
                "unemployed_months": self.questionnaire.unemployed_months,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.questionnaire)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.guard = UnsavedChangesGuard(self)
        self.guard.watch(self.project, self.entry_date, self.reason, *self.questionnaire.widgets())

    def accept(self) -> None:
        try:
            if self.existing is None:
                enroll(
                    self.database,
                    self.actor,
                    self.participant_id,
                    self.project.currentData(),
                    self.entry_date.date().toPython(),
                    self.questionnaire.answers() if self.with_answers.isChecked() else None,
                )
            else:
                assert self.existing.enrollment.id is not None
                update_entry_answers(
                    self.database,
                    self.actor,
                    self.existing.enrollment.id,
                    self.questionnaire.answers(),
                    self.reason.text(),
                )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()

    def reject(self) -> None:
        if self.guard.may_discard():
            super().reject()


class ExitAnswersBox(QGroupBox):
    def __init__(self, title: str, entry_date: date, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.exit_date = _date_edit(self)
        self.exit_date.setMinimumDate(QDate(entry_date.year, entry_date.month, entry_date.day))
        self.status = QComboBox(self)
        fill_combo(self.status, ExitStatus)
        select_data(self.status, ExitStatus.UNKNOWN)
        self.qualification = QComboBox(self)
        self.qualification.addItem("—", None)
        self.qualification.addItem(self.tr("yes"), True)
        self.qualification.addItem(self.tr("no"), False)
        form = QFormLayout(self)
        form.addRow(self.tr("E&xit date:"), self.exit_date)
        form.addRow(self.tr("&Status within 4 weeks after exit:"), self.status)
        form.addRow(self.tr("&Qualification gained:"), self.qualification)

    def answers(self) -> ExitAnswers:
        return ExitAnswers(
            self.exit_date.date().toPython(),
            self.status.currentData(),
            self.qualification.currentData(),
        )


class ExitDialog(QDialog):
    def __init__(
        self, database: Database, actor: Actor, view: EnrollmentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.view = view
        self.setWindowTitle(self.tr("Exit from {project}").format(project=view.project_code))
        self.box = ExitAnswersBox(view.project_name, view.enrollment.entry_date, self)
        self.errors = FieldErrors(QLabel(self), {"exit_date": self.box.exit_date})
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        assert self.view.enrollment.id is not None
        try:
            record_exit(self.database, self.actor, self.view.enrollment.id, self.box.answers())
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class CloseCaseDialog(QDialog):
    """Closing date, and the exit answers of every project the case is still enrolled in."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int,
        open_enrollments: list[EnrollmentView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.setWindowTitle(self.tr("Close case"))
        self.closed_on = _date_edit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Closing date:"), self.closed_on)
        self.boxes: dict[int, ExitAnswersBox] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for view in open_enrollments:
            assert view.enrollment.id is not None
            box = ExitAnswersBox(
                self.tr("Exit from {project}").format(project=view.project_code),
                view.enrollment.entry_date,
                self,
            )
            self.boxes[view.enrollment.id] = box
            layout.addWidget(box)
        self.errors = FieldErrors(QLabel(self), {"closed_on": self.closed_on})
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self, self.tr("Close &case")))

    def accept(self) -> None:
        try:
            close_case(
                self.database,
                self.actor,
                self.participant_id,
                self.closed_on.date().toPython(),
                {key: box.answers() for key, box in self.boxes.items()},
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class SixMonthDialog(QDialog):
    """The answers collected six months after exit (EECR05, EECR06)."""

    def __init__(
        self, database: Database, actor: Actor, view: EnrollmentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.view = view
        self.setWindowTitle(
            self.tr("Six months after exit – {project}").format(project=view.project_code)
        )
        self.employed = QComboBox(self)
        fill_combo(self.employed, Answer)
        self.improved = QComboBox(self)
        fill_combo(self.improved, Answer)
        select_data(self.employed, view.enrollment.employed_after_6_months or Answer.UNKNOWN)
        select_data(self.improved, view.enrollment.improved_after_6_months or Answer.UNKNOWN)
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("Exit on {date}; follow-up due on {due}.").format(
                    date=show_date(view.enrollment.exit_date), due=show_date(view.six_month_due)
                ),
                self,
            )
        )
        form.addRow(self.tr("&Employed or self-employed:"), self.employed)
        form.addRow(self.tr("&Situation on the labour market improved:"), self.improved)
        self.errors = FieldErrors(QLabel(self), {"employed_after_6_months": self.employed})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        assert self.view.enrollment.id is not None
        try:
            record_six_month_answers(
                self.database,
                self.actor,
                self.view.enrollment.id,
                self.employed.currentData(),
                self.improved.currentData(),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()
