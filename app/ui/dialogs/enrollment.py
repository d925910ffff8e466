"""Enrollment in a project with the ESF entry questionnaire; exit and case closing.

Every question starts empty ("— please choose —") and stays missing until it is
answered: the forms never answer for the person. The ESF questions appear only
for ESF projects.
"""

from datetime import date

from PySide6.QtWidgets import (
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
from app.domain.esf import EMPLOYED_AT_ENTRY
from app.domain.models import Enrollment
from app.services.actor import Actor
from app.services.case_file import EnrollmentView
from app.services.consultations import project_choices
from app.services.database import Database
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
from app.services.projects import exit_reasons
from app.ui.conflict import ConflictChoice, save_checked
from app.ui.formatting import show_date
from app.ui.forms import DateField, FieldErrors, UnsavedChangesGuard, save_cancel_buttons
from app.ui.labels import please_choose, question_combo, select_data

NOT_ASKED = -1  # the months spin box's "—"


def _date_edit(parent: QWidget, value: date | None = None) -> DateField:
    """Enrollment dates lie in the past or today (the service says so when not)."""
    return DateField(parent, value or date.today())


class EntryQuestionnaire(QGroupBox):
    """The ESF entry answers; they describe the situation on the entry date."""

    def __init__(self, sensitive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ESF entry questionnaire (situation on the entry date)"))
        self.employment = question_combo(self, EmploymentStatus)
        self.unemployed_months = QSpinBox(self)
        self.unemployed_months.setRange(NOT_ASKED, 600)
        self.unemployed_months.setSpecialValueText("—")
        self.unemployed_months.setValue(NOT_ASKED)
        self.unemployed_months.setSuffix(self.tr(" months"))
        self.education = question_combo(self, EducationLevel)
        self.disability = question_combo(self, SensitiveAnswer)
        self.minority = question_combo(self, SensitiveAnswer)
        self.foreign_origin = question_combo(self, Answer)
        self.homeless = question_combo(self, Answer)
        self.rural = question_combo(self, Answer)
        self.sensitive = sensitive
        form = QFormLayout(self)
        form.addRow(self.tr("&Employment status:"), self.employment)
        form.addRow(self.tr("Unemployed &for:"), self.unemployed_months)
        form.addRow(self.tr("Highest &education:"), self.education)
        if sensitive:
            form.addRow(self.tr("&Disability:"), self.disability)
            form.addRow(self.tr("&Minority:"), self.minority)
        else:
            self.disability.hide()
            self.minority.hide()
        form.addRow(self.tr("Foreign &origin:"), self.foreign_origin)
        form.addRow(self.tr("&Homeless or excluded from housing:"), self.homeless)
        form.addRow(self.tr("&Rural area:"), self.rural)
        self.progress = QLabel(self)
        self.progress.setObjectName("hint")
        self.progress.setWordWrap(True)
        form.addRow(self.progress)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.update_state)
        self.unemployed_months.valueChanged.connect(self.update_state)
        self.update_state()

    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.employment,
            self.education,
            self.disability,
            self.minority,
            self.foreign_origin,
            self.homeless,
            self.rural,
        )

    def widgets(self) -> tuple[QWidget, ...]:
        return (*self.combos(), self.unemployed_months)

    def update_state(self) -> None:
        """Months of unemployment are only asked of the unemployed; show what is still open."""
        unemployed = self.employment.currentData() == EmploymentStatus.UNEMPLOYED
        self.unemployed_months.setEnabled(unemployed)
        if not unemployed:
            self.unemployed_months.setValue(NOT_ASKED)
        missing = len(self.answers().missing())
        self.progress.setText(
            self.tr("All questions answered: the entry data count as recorded.")
            if not missing
            else self.tr(
                "%n question(s) not yet asked. They stay missing and are listed on the "
                "start page and in the ESF report until answered.",
                "",
                missing,
            )
        )

    def fill(self, enrollment: Enrollment) -> None:
        select_data(self.employment, enrollment.employment_status)
        select_data(self.education, enrollment.education_level)
        select_data(self.disability, enrollment.disability)
        select_data(self.minority, enrollment.minority)
        select_data(self.foreign_origin, enrollment.foreign_origin)
        select_data(self.homeless, enrollment.homeless)
        select_data(self.rural, enrollment.rural_area)
        self.unemployed_months.setValue(
            NOT_ASKED if enrollment.unemployed_months is None else enrollment.unemployed_months
        )
        self.update_state()

    def answers(self) -> EntryAnswers:
        months = self.unemployed_months.value()
        return EntryAnswers(
            employment_status=self.employment.currentData(),
            unemployed_months=None if months == NOT_ASKED else months,
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
        self.questionnaire = EntryQuestionnaire(sensitive, self)
        # Only the form's own rows get widgets: nothing may float over the dialog.
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("required after the 4-week deadline"))
        form = QFormLayout()
        fields: dict[str, QWidget] = {"reason": self.reason}
        if existing is None:
            self.setWindowTitle(self.tr("Enroll in a project"))
            self.project = QComboBox(self)
            self.esf_projects: set[int] = set()
            for project in project_choices(database, actor):
                self.project.addItem(f"{project.code} – {project.name}", project.id)
                if project.esf and project.id is not None:
                    self.esf_projects.add(project.id)
            self.entry_date = _date_edit(self)
            form.addRow(self.tr("&Project:"), self.project)
            form.addRow(self.tr("&Entry date:"), self.entry_date)
            self.project.currentIndexChanged.connect(self._project_changed)
            fields.update(project=self.project, entry_date=self.entry_date)
        else:
            self.setWindowTitle(
                self.tr("Entry questionnaire {project}").format(project=existing.project_code)
            )
            self.questionnaire.fill(existing.enrollment)
            due = entry_data_due(existing.enrollment.entry_date)
            info = QLabel(
                self.tr("Entry on {entry} in {project}; entry data due by {due}.").format(
                    entry=show_date(existing.enrollment.entry_date),
                    project=existing.project_name,
                    due=show_date(due),
                ),
                self,
            )
            info.setWordWrap(True)
            form.addRow(info)
            if existing.enrollment.entry_recorded_on is not None and date.today() > due:
                form.addRow(self.tr("&Reason for the change:"), self.reason)
        fields["unemployed_months"] = self.questionnaire.unemployed_months
        fields["employment_status"] = self.questionnaire.employment
        self.errors = FieldErrors(QLabel(self), fields)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.questionnaire)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.guard = UnsavedChangesGuard(self)
        self.guard.watch(self.reason, *self.questionnaire.widgets())
        if existing is None:
            self.guard.watch(self.project, self.entry_date)
            self._project_changed()

    def _project_changed(self) -> None:
        """The ESF questionnaire is asked only in ESF projects (data minimisation)."""
        self.questionnaire.setVisible(self.project.currentData() in self.esf_projects)
        self.adjustSize()

    def accept(self) -> None:
        try:
            if self.existing is None:
                esf = self.project.currentData() in self.esf_projects
                enroll(
                    self.database,
                    self.actor,
                    self.participant_id,
                    self.project.currentData(),
                    self.entry_date.required("entry_date", self.tr("Entry date")),
                    self.questionnaire.answers() if esf else None,
                )
            else:
                enrollment_id = self.existing.enrollment.id
                assert enrollment_id is not None
                answers, reason = self.questionnaire.answers(), self.reason.text()
                choice = save_checked(
                    self,
                    lambda expected: update_entry_answers(
                        self.database,
                        self.actor,
                        enrollment_id,
                        answers,
                        reason,
                        expected_version=expected,
                    ),
                    self.existing.enrollment.row_version,
                )
                if choice is ConflictChoice.BACK:
                    return
        except ServiceError as error:
            self.errors.show(error)
            return
        self.guard.dirty = False
        super().accept()

    def reject(self) -> None:
        if self.guard.may_discard():
            super().reject()


class ExitAnswersBox(QGroupBox):
    """Exit date and reason for every project; the ESF exit questions for ESF projects."""

    def __init__(
        self,
        database: Database,
        title: str,
        view: EnrollmentView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.exit_date = _date_edit(self)
        self.reason = QComboBox(self)
        self.reason.addItem(please_choose(), None)
        for reason in exit_reasons(database, view.enrollment.project_id):
            self.reason.addItem(reason.name, reason.id)
        self.status = question_combo(self, ExitStatus)
        self.qualification = QComboBox(self)
        self.qualification.addItem(please_choose(), None)
        self.qualification.addItem(self.tr("yes"), True)
        self.qualification.addItem(self.tr("no"), False)
        form = QFormLayout(self)
        form.addRow(self.tr("E&xit date:"), self.exit_date)
        form.addRow(self.tr("Exit &reason:"), self.reason)
        self.esf = view.esf
        if view.esf:
            form.addRow(self.tr("S&tatus within 4 weeks after exit:"), self.status)
            form.addRow(self.tr("&Qualification gained:"), self.qualification)
        else:
            self.status.hide()
            self.qualification.hide()

    def answers(self) -> ExitAnswers:
        return ExitAnswers(
            self.exit_date.required("exit_date", self.tr("Exit date")),
            self.status.currentData() if self.esf else None,
            self.qualification.currentData() if self.esf else None,
            self.reason.currentData(),
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
        self.box = ExitAnswersBox(database, view.project_name, view, self)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "exit_date": self.box.exit_date,
                "exit_reason_id": self.box.reason,
                "exit_status": self.box.status,
            },
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        enrollment_id = self.view.enrollment.id
        assert enrollment_id is not None
        try:
            answers = self.box.answers()
            choice = save_checked(
                self,
                lambda expected: record_exit(
                    self.database, self.actor, enrollment_id, answers, expected_version=expected
                ),
                self.view.enrollment.row_version,
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        if choice is ConflictChoice.BACK:
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
        form.addRow(self.tr("Closing &date:"), self.closed_on)
        self.boxes: dict[int, ExitAnswersBox] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for view in open_enrollments:
            assert view.enrollment.id is not None
            box = ExitAnswersBox(
                database,
                self.tr("Exit from {project}").format(project=view.project_code),
                view,
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
                self.closed_on.required("closed_on", self.tr("Closing date")),
                {key: box.answers() for key, box in self.boxes.items()},
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class SixMonthDialog(QDialog):
    """The answers collected six months after exit (EECR05; EECR06 if employed at entry)."""

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
        self.employed = question_combo(self, Answer)
        self.improved = question_combo(self, Answer)
        select_data(self.employed, view.enrollment.employed_after_6_months)
        select_data(self.improved, view.enrollment.improved_after_6_months)
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
        self.asks_improvement = view.enrollment.employment_status in EMPLOYED_AT_ENTRY
        if self.asks_improvement:
            form.addRow(self.tr("Situation on the labour market &improved:"), self.improved)
        else:
            self.improved.hide()
            note = QLabel(
                self.tr(
                    "Whether the situation improved is only asked of people who were employed "
                    "at entry."
                ),
                self,
            )
            note.setObjectName("hint")
            note.setWordWrap(True)
            form.addRow(note)
        self.errors = FieldErrors(QLabel(self), {"employed_after_6_months": self.employed})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        enrollment_id = self.view.enrollment.id
        assert enrollment_id is not None
        employed = self.employed.currentData()
        improved = self.improved.currentData() if self.asks_improvement else None
        try:
            choice = save_checked(
                self,
                lambda expected: record_six_month_answers(
                    self.database,
                    self.actor,
                    enrollment_id,
                    employed,
                    improved,
                    expected_version=expected,
                ),
                self.view.enrollment.row_version,
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        if choice is ConflictChoice.BACK:
            return
        super().accept()
