"""Kurse: the club's courses, and for the chosen one its attendance grid and papers.

The upper list shows every course; below it the chosen course's grid: a row per
enrolled case file (in the user's case scope), a column per session. A cell is
ticked with the space bar (empty → present → excused → absent → empty), the keys 1,
2, 3 and Delete, or its list (F2, double click). The attendance list to sign and the
certificates are written in the background.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDir,
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttendanceState
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.courses import (
    AttendedHours,
    CourseView,
    attendance_list_name,
    certificate_name,
    delete_course,
    list_courses,
    read_course,
    remove_participant,
    remove_session,
    set_attendance,
    write_attendance_list,
    write_certificate,
)
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.dialogs.course import CourseDialog, EnrolDialog, SessionDialog
from app.ui.formatting import show_date
from app.ui.labels import label
from app.ui.models.base import Index
from app.ui.models.courses import CYCLE, AttendanceModel, CoursesModel
from app.ui.problems import show_problem
from app.ui.tasks import Task
from app.ui.widgets import read_only_table

KEYS = {
    Qt.Key.Key_1: AttendanceState.PRESENT,
    Qt.Key.Key_2: AttendanceState.EXCUSED,
    Qt.Key.Key_3: AttendanceState.ABSENT,
}


def _code(state: AttendanceState | None) -> str:
    return AttendanceState(state).value if state else ""


class AttendanceDelegate(QStyledItemDelegate):
    """A session cell's list: not ticked, present, excused, absent."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Attendance"))
        # Item data are the codes as plain text (Qt hands an enum back as a str).
        for state in CYCLE:
            combo.addItem(label(state) if state else self.tr("— not ticked —"), _code(state))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        state = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(editor.findData(_code(state)) if state else 0)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or None, Qt.ItemDataRole.EditRole)


class AttendanceView(QTableView):
    """The grid; keys tick the current cell without opening its list."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        model = self.model()
        index = self.currentIndex()
        if (
            isinstance(model, AttendanceModel)
            and index.isValid()
            and model.session_at(index.column())
        ):
            key = Qt.Key(event.key())
            if key == Qt.Key.Key_Space:
                model.cycle(index)
                return
            if key in KEYS:
                model.setData(index, KEYS[key].value)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.setData(index, None)
                return
        super().keyPressEvent(event)


class CoursesPage(QWidget):
    # A person's name in the grid was double-clicked: open the case file.
    open_case = Signal(int)
    # Something of this case file changed here (attendance, enrolment, certificate).
    case_changed = Signal(int)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.view_data: CourseView | None = None
        self.task: Task | None = None
        self.written: list[Path] = []
        self.certified: list[int] = []  # participants of the certificates being written
        writes = actor.can(Permission.CASES_WRITE)

        title = QLabel(self.tr("Courses"), self)
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Language courses, qualifications and trainings: who takes part, attendance "
                "per session, lists to sign and certificates."
            ),
            self,
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New course …"), self)
        self.edit_button = QPushButton(self.tr("&Edit course …"), self)
        self.delete_button = QPushButton(self.tr("&Delete course"), self)
        self.new_button.clicked.connect(self.new_course)
        self.edit_button.clicked.connect(self.edit_course)
        self.delete_button.clicked.connect(self.delete_course)
        self.courses = CoursesModel(self)
        self.list = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr("No courses yet – add one with \u201cNew course\u201d."),
        )
        self.list.setModel(self.courses)
        self.list.setAccessibleName(self.tr("Courses"))
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.selectionModel().currentRowChanged.connect(self._course_chosen)

        self.course_label = QLabel(self)
        self.course_label.setObjectName("sectionTitle")
        self.course_label.setWordWrap(True)
        self.hidden_label = QLabel(self)
        self.hidden_label.setObjectName("hint")
        self.hidden_label.setWordWrap(True)
        self.attendance = AttendanceModel(self.save_cell, self)
        self.grid = AttendanceView(self)
        self.grid.setModel(self.attendance)
        self.grid.setItemDelegate(AttendanceDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("Attendance"))
        self.grid.setToolTip(
            self.tr(
                "Space: next state · 1 present · 2 excused · 3 absent · Del: clear · "
                "F2: choose from the list"
            )
        )
        self.grid.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.grid.verticalHeader().setToolTip(self.tr("Double-click a name to open the case"))
        self.grid.verticalHeader().sectionDoubleClicked.connect(self._open_row)
        self.grid.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
            if writes
            else QTableView.EditTrigger.NoEditTriggers
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.session_button = QPushButton(self.tr("Add &session …"), self)
        self.remove_session_button = QPushButton(self.tr("&Remove session"), self)
        self.enrol_button = QPushButton(self.tr("Enrol &participant …"), self)
        self.remove_member_button = QPushButton(self.tr("Remove par&ticipant"), self)
        self.list_button = QPushButton(self.tr("&Attendance list (PDF) …"), self)
        self.certificate_button = QPushButton(self.tr("&Certificates (PDF) …"), self)
        self.list_button.setToolTip(
            self.tr("The list to sign for the session of the current column")
        )
        self.certificate_button.setToolTip(self.tr("For the selected participants; issued today"))
        for button, slot in (
            (self.session_button, self.add_session),
            (self.remove_session_button, self.remove_session),
            (self.enrol_button, self.enrol),
            (self.remove_member_button, self.remove_member),
            (self.list_button, self.write_list),
            (self.certificate_button, self.write_certificates),
        ):
            button.clicked.connect(slot)
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.session_button,
            self.remove_session_button,
            self.enrol_button,
            self.remove_member_button,
            self.certificate_button,
        ):
            button.setVisible(writes)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addStretch()
        top.addWidget(self.delete_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (
            self.session_button,
            self.remove_session_button,
            self.enrol_button,
            self.remove_member_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.list_button)
        buttons.addWidget(self.certificate_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.course_label)
        lower_layout.addWidget(self.grid, 1)
        lower_layout.addWidget(self.hidden_label)
        lower_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.splitter, 1)
        self._loaded = False
        self._show_course(None)

    # -- reading ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        """Reads the course list again and chooses ``keep`` (else the chosen course)."""
        self._loaded = True
        current = keep if keep is not None else self.current_course_id()
        self.courses.set_rows(list_courses(self.database, self.actor))
        rows = self.courses.rows()
        row = next((i for i, r in enumerate(rows) if r.id == current), 0 if rows else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.courses.index(row, 0))
        else:
            self._show_course(None)

    def current_course_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.courses.row_at(index.row()).id if index.isValid() else None

    def _course_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.load_course(self.courses.row_at(current.row()).id)
        else:
            self._show_course(None)

    def load_course(self, course_id: int) -> None:
        try:
            view = read_course(self.database, self.actor, course_id)
        except ServiceError as error:
            show_problem(self, self.tr("Courses"), error)
            return
        self._show_course(view)

    def reload_course(self) -> None:
        """The chosen course read again (hours after a tick), the current cell kept."""
        if self.view_data is None or self.view_data.course.id is None:
            return
        index = self.grid.currentIndex()
        self.load_course(self.view_data.course.id)
        if index.isValid():
            self.grid.setCurrentIndex(self.attendance.index(index.row(), index.column()))

    def _show_course(self, view: CourseView | None) -> None:
        self.view_data = view
        has_course = view is not None
        for button in (
            self.edit_button,
            self.delete_button,
            self.session_button,
            self.enrol_button,
            self.remove_session_button,
            self.remove_member_button,
            self.list_button,
            self.certificate_button,
        ):
            button.setEnabled(has_course)
        if view is None:
            self.attendance.set_course([], [])
            self.course_label.setText(self.tr("Choose a course above to see its attendance."))
            self.hidden_label.hide()
            return
        course = view.course
        facts = [
            label(course.kind),
            f"{show_date(course.start_date)} – {show_date(course.end_date)}",
            *([course.provider] if course.provider else []),
            *([view.project] if view.project else []),
        ]
        self.course_label.setText(f"{course.title} · " + " · ".join(facts))
        self.attendance.set_course(view.sessions, view.members)
        # The grid opens at the latest session that has taken place: the one to tick.
        held = [i for i, s in enumerate(view.sessions) if s.date <= date.today()]
        if held and view.members:
            column = AttendanceModel.FIRST_SESSION + held[-1]
            self.grid.scrollTo(self.attendance.index(0, column))
        notes = []
        if not view.sessions:
            notes.append(self.tr("No sessions yet – add them with \u201cAdd session\u201d."))
        if not view.members:
            notes.append(
                self.tr("Nobody enrolled yet – add people with \u201cEnrol participant\u201d.")
            )
        if view.hidden_members:
            notes.append(
                self.tr(
                    "%n participant(s) from other advisors' cases are not shown.",
                    "",
                    view.hidden_members,
                )
            )
        self.hidden_label.setText(" ".join(notes))
        self.hidden_label.setVisible(bool(notes))

    # -- the grid --------------------------------------------------------------------
    def save_cell(
        self, session_id: int, participant_id: int, state: AttendanceState | None
    ) -> AttendedHours | None:
        try:
            attended = set_attendance(self.database, self.actor, session_id, participant_id, state)
        except ServiceError as error:
            show_problem(self, self.tr("Attendance"), error)
            return None
        self.case_changed.emit(participant_id)
        return attended

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.attendance.rowCount():
            self.open_case.emit(self.attendance.row_at(row).participant_id)

    def _session_for_list(self) -> int | None:
        """The session of the current column, else the next one from today, else the last."""
        assert self.view_data is not None
        chosen = self.attendance.session_at(self.grid.currentIndex().column())
        if chosen is not None:
            return chosen.id
        sessions = self.view_data.sessions
        upcoming = [s for s in sessions if s.date >= date.today()]
        if upcoming:
            return upcoming[0].id
        return sessions[-1].id if sessions else None

    # -- actions ---------------------------------------------------------------------
    def new_course(self) -> None:
        dialog = CourseDialog(self.database, self.actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.saved_id)

    def edit_course(self) -> None:
        if self.view_data is None:
            return
        dialog = CourseDialog(self.database, self.actor, self.view_data.course, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.saved_id)

    def delete_course(self) -> None:
        if self.view_data is None or self.view_data.course.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete course"),
            self.tr(
                "Delete the course {title} with its sessions and its list of participants?"
            ).format(title=self.view_data.course.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_course(self.database, self.actor, self.view_data.course.id)
        except ServiceError as error:
            show_problem(self, self.tr("Delete course"), error)
            return
        self.refresh()

    def add_session(self) -> None:
        if self.view_data is None:
            return
        sessions = self.view_data.sessions
        # The next session suggested a week after the last, same time and length.
        suggested = None
        if sessions:
            last = sessions[-1]
            following = date.fromordinal(last.date.toordinal() + 7)
            if following <= self.view_data.course.end_date:
                suggested = (following, last.start_time, last.duration_minutes)
            else:
                suggested = (last.date, last.start_time, last.duration_minutes)
        dialog = SessionDialog(self.database, self.actor, self.view_data.course, suggested, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def remove_session(self) -> None:
        session = self.attendance.session_at(self.grid.currentIndex().column())
        if session is None:
            QMessageBox.information(
                self, self.tr("Remove session"), self.tr("Choose a cell of the session first.")
            )
            return
        try:
            remove_session(self.database, self.actor, session.id)
        except ServiceError as error:
            show_problem(self, self.tr("Remove session"), error)
            return
        self.refresh()

    def enrol(self) -> None:
        if self.view_data is None:
            return
        dialog = EnrolDialog(self.database, self.actor, self.view_data.course, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            if dialog.enrolled_id is not None:
                self.case_changed.emit(dialog.enrolled_id)

    def remove_member(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        member = self.attendance.row_at(index.row())
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            self.tr(
                "Remove {name} from the course? Their ticked attendance is removed too."
            ).format(name=member.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_participant(self.database, self.actor, member.id)
        except ServiceError as error:
            show_problem(self, self.tr("Remove participant"), error)
            return
        self.refresh()
        self.case_changed.emit(member.participant_id)

    def _run(self, text: str, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        self.task = Task(text, work, self)
        self.task.finished.connect(self.done_writing)
        self.task.problem.connect(self.failed)
        self.task.start()

    def write_list(self) -> None:
        if self.view_data is None:
            return
        session_id = self._session_for_list()
        if session_id is None:
            QMessageBox.information(
                self, self.tr("Attendance list"), self.tr("The course has no sessions yet.")
            )
            return
        session = next(s for s in self.view_data.sessions if s.id == session_id)
        name = attendance_list_name(self.view_data.course.title, session.date)
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save attendance list – the file will not be encrypted"),
            str(Path(QDir.homePath()) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not target:
            return
        self.certified = []
        database, actor = self.database, self.actor

        def work(progress: Callable[[int, int], bool]) -> list[Path]:
            progress(0, 1)
            return [write_attendance_list(database, actor, session_id, Path(target))]

        self._run(self.tr("Writing the attendance list …"), work)

    def write_certificates(self) -> None:
        if self.view_data is None:
            return
        rows = sorted({i.row() for i in self.grid.selectionModel().selectedIndexes()})
        members = [self.attendance.row_at(r) for r in rows]
        if not members:
            QMessageBox.information(
                self,
                self.tr("Certificates"),
                self.tr("Select the participants who receive a certificate first."),
            )
            return
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the certificates – the files will not be encrypted"),
            QDir.homePath(),
        )
        if not folder:
            return
        self.certified = [m.participant_id for m in members]
        database, actor, title = self.database, self.actor, self.view_data.course.title
        jobs = [(m.id, Path(folder) / certificate_name(title, m.case_number)) for m in members]

        def work(progress: Callable[[int, int], bool]) -> list[Path]:
            written = []
            for done, (member_id, path) in enumerate(jobs):
                if not progress(done, len(jobs)):
                    break
                written.append(write_certificate(database, actor, member_id, path))
            return written

        self._run(self.tr("Writing certificates …"), work)

    def done_writing(self, written: object) -> None:
        assert isinstance(written, list)
        self.written = written
        self.reload_course()
        for member in self.certified:
            self.case_changed.emit(member)
        if not written:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Courses"),
            self.tr("%n file(s) written (not encrypted).", "", len(written)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        open_button = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(written[0]).parent)))

    def failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Courses"), message)
