"""Dialogs of the Courses section: a course, a session, and enrolling a case file."""

from datetime import date, time

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.courses import MAX_SESSION_MINUTES
from app.domain.enums import CourseKind
from app.domain.models import Course
from app.services.actor import Actor
from app.services.case_list import CaseQuery, fetch_cases
from app.services.courses import (
    CourseInput,
    SessionInput,
    add_sessions,
    check_course,
    check_session,
    enroll_participant,
    save_course,
)
from app.services.database import Database
from app.services.errors import Problems, ServiceError, ValidationError
from app.services.projects import list_projects
from app.ui.formatting import show_date
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo, please_choose
from app.ui.widgets import TimeEdit


class CourseDialog(QDialog):
    """A new course or changes to one; the kind starts on "— please choose —"."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        course: Course | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.course_id = course.id if course else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit course") if course else self.tr("New course"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. German B1 evening course"))
        self.kind = QComboBox(self)
        fill_combo(self.kind, CourseKind, please_choose())
        self.provider = QLineEdit(self)
        self.provider.setPlaceholderText(self.tr("who runs it, e.g. our club or a language school"))
        self.project = QComboBox(self)
        self.project.addItem(self.tr("— no project —"), None)
        for project in list_projects(database, actor):
            self.project.addItem(f"{project.code} – {project.name}", project.id)
        self.start = DateField(self)
        self.end = DateField(self)
        self.location = QLineEdit(self)
        self.remarks = QLineEdit(self)
        if course is not None:
            self.title.setText(course.title)
            self.kind.setCurrentIndex(self.kind.findData(CourseKind(course.kind)))
            self.provider.setText(course.provider or "")
            self.project.setCurrentIndex(max(self.project.findData(course.project_id), 0))
            self.start.set_value(course.start_date)
            self.end.set_value(course.end_date)
            self.location.setText(course.location or "")
            self.remarks.setText(course.remarks or "")
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("P&rovider:"), self.provider)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&First day:"), self.start)
        form.addRow(self.tr("&Last day:"), self.end)
        form.addRow(self.tr("L&ocation:"), self.location)
        form.addRow(self.tr("R&emarks:"), self.remarks)
        hint = QLabel(
            self.tr(
                "Hours attended in a course of a project count towards the project's minimum "
                "support of the ESF statistics."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "title": self.title,
                "kind": self.kind,
                "provider": self.provider,
                "project_id": self.project,
                "start_date": self.start,
                "end_date": self.end,
                "location": self.location,
                "remarks": self.remarks,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.resize(560, self.sizeHint().height())
        self.title.setFocus()

    def accept(self) -> None:
        problems = Problems()
        start = problems.check(lambda: self.start.value("start_date", self.tr("First day")))
        end = problems.check(lambda: self.end.value("end_date", self.tr("Last day")))
        data = CourseInput(
            title=self.title.text(),
            kind=self.kind.currentData(),
            start_date=start,
            end_date=end,
            provider=self.provider.text(),
            project_id=self.project.currentData(),
            location=self.location.text(),
            remarks=self.remarks.text(),
        )
        problems.check(lambda: check_course(data))
        if problems:
            self.errors.show(problems.error())
            return
        try:
            course = save_course(self.database, self.actor, data, self.course_id)
        except ServiceError as error:
            self.errors.show(error)
            return
        self.saved_id = course.id
        super().accept()


class SessionDialog(QDialog):
    """A new session (Termin) of a course."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        course: Course,
        suggested: tuple[date, time, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.course = course
        self.setWindowTitle(self.tr("New session – {course}").format(course=course.title))
        day, start, minutes = suggested or (course.start_date, time(9), 180)
        self.day = DateField(self, day)
        self.start_time = TimeEdit(QTime(start.hour, start.minute), self)
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        # One more than allowed each way, so the service's message explains the range.
        self.duration.setRange(1, MAX_SESSION_MINUTES + 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(minutes)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("S&tart time:"), self.start_time)
        form.addRow(self.tr("D&uration:"), self.duration)
        self.weekly = QCheckBox(self.tr("Repeat &weekly until the course's last day"), self)
        form.addRow("", self.weekly)
        dates = QLabel(
            self.tr("The course runs from {start} to {end}.").format(
                start=show_date(course.start_date), end=show_date(course.end_date)
            ),
            self,
        )
        dates.setObjectName("hint")
        self.errors = FieldErrors(
            QLabel(self),
            {"date": self.day, "start_time": self.start_time, "duration_minutes": self.duration},
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dates)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        assert self.course.id is not None
        problems = Problems()
        day = problems.check(lambda: self.day.value("date", self.tr("Date")))
        chosen = self.start_time.time()
        data = SessionInput(day, time(chosen.hour(), chosen.minute()), self.duration.value())
        # Every field at once: an unreadable date keeps its own message.
        problems.check(lambda: check_session(self.course, data))
        if problems:
            self.errors.show(problems.error())
            return
        try:
            add_sessions(self.database, self.actor, self.course.id, data, self.weekly.isChecked())
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class EnrolDialog(QDialog):
    """Finds a case file by name or case number and puts it on the course's list."""

    def __init__(
        self, database: Database, actor: Actor, course: Course, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.course = course
        self.enrolled_id: int | None = None
        self.setWindowTitle(self.tr("Enrol participant – {course}").format(course=course.title))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("name or case number"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching case files"))
        self.results.itemActivated.connect(self._chosen)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.find_cases)
        self.search.textEdited.connect(self.timer.start)
        self.search.returnPressed.connect(self.find_cases)
        form = QFormLayout()
        form.addRow(self.tr("&Find case:"), self.search)
        self.errors = FieldErrors(QLabel(self), {"participant_id": self.results})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self, self.tr("&Enrol")))
        self.resize(520, 420)
        self.search.setFocus()

    def find_cases(self) -> None:
        self.results.clear()
        words = self.search.text().strip()
        if not words:
            return
        for row in fetch_cases(self.database, self.actor, CaseQuery(words), 0, 50):
            born = f" · {row.birth_date.year}" if row.birth_date else ""
            item = QListWidgetItem(
                f"{row.last_name}, {row.first_name} ({row.case_number}){born}", self.results
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _chosen(self, _item: QListWidgetItem) -> None:
        self.accept()

    def accept(self) -> None:
        item = self.results.currentItem()
        assert self.course.id is not None
        try:
            if item is None:
                raise ValidationError(
                    "participant_id", self.tr("Participant: find and choose a case file first.")
                )
            participant_id = item.data(Qt.ItemDataRole.UserRole)
            enroll_participant(self.database, self.actor, self.course.id, participant_id)
        except ServiceError as error:
            self.errors.show(error)
            return
        self.enrolled_id = participant_id
        super().accept()
