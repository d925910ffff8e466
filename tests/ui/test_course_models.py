"""The Courses section's table models pass Qt's model checks with rows from the
services (also while a course is replaced), and the attendance grid's cells are
empty until ticked, editable only in session columns, and cycle through the states."""

from datetime import date, time

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.enums import AttendanceState, CourseKind, Gender
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.courses import (
    AttendedHours,
    CourseInput,
    SessionInput,
    add_session,
    enroll_participant,
    list_courses,
    read_course,
    save_course,
    set_attendance,
)
from app.storage.database import Database
from app.ui.models.courses import AttendanceModel, CaseCoursesModel, CoursesModel


def test_course_models(qtmodeltester: ModelTester, database: Database, admin: Actor) -> None:
    course = save_course(
        database,
        admin,
        CourseInput("Deutsch B1", CourseKind.LANGUAGE_COURSE, date(2026, 3, 2), date(2026, 4, 30)),
    )
    assert course.id is not None
    sessions = [
        add_session(database, admin, course.id, SessionInput(day, time(9), 90))
        for day in (date(2026, 3, 2), date(2026, 3, 9))
    ]
    people = []
    for first, last in (("Omar", "Haddad"), ("Lina", "Koval")):
        case = create_case(database, admin, CaseInput(first, last, Gender.FEMALE))
        assert case.id is not None
        enroll_participant(database, admin, course.id, case.id)
        people.append(case.id)
    set_attendance(database, admin, sessions[0], people[0], AttendanceState.EXCUSED)

    courses = CoursesModel()
    qtmodeltester.check(courses)
    courses.set_rows(list_courses(database, admin))
    assert courses.index(0, CoursesModel.COL_SESSIONS).data() == "2"
    assert courses.index(0, CoursesModel.COL_PARTICIPANTS).data() == "2"

    saved: list[tuple[int, int, AttendanceState | None]] = []

    def save(session_id: int, participant_id: int, state: AttendanceState | None) -> AttendedHours:
        saved.append((session_id, participant_id, state))
        return set_attendance(database, admin, session_id, participant_id, state)

    grid = AttendanceModel(save)
    qtmodeltester.check(grid)
    view = read_course(database, admin, course.id)
    grid.set_course(view.sessions, view.members)
    assert grid.columnCount() == 2 + 2  # the sessions, hours and certificate
    assert grid.headerData(0, Qt.Orientation.Vertical) == "Haddad, Omar (2026-0001)"
    haddad = grid.index(0, AttendanceModel.FIRST_SESSION)
    koval = grid.index(1, AttendanceModel.FIRST_SESSION)
    assert haddad.data() == "entschuldigt"  # GUI tests run in German
    assert koval.data() == "" and koval.data(Qt.ItemDataRole.EditRole) is None
    assert grid.flags(koval) & Qt.ItemFlag.ItemIsEditable
    assert not grid.flags(grid.index(1, grid.hours_column)) & Qt.ItemFlag.ItemIsEditable
    assert not grid.setData(grid.index(1, grid.hours_column), "present")
    hours = grid.index(1, grid.hours_column)
    for expected, shown_hours in zip(
        (*AttendanceState, None), ("1,50", "0,00", "0,00", "0,00"), strict=True
    ):
        assert grid.cycle(koval)
        assert grid.data(koval, Qt.ItemDataRole.EditRole) == expected
        assert hours.data() == shown_hours  # from the service, without reading the course
    assert [state for *_, state in saved] == [
        AttendanceState.PRESENT,
        AttendanceState.EXCUSED,
        AttendanceState.ABSENT,
        None,
    ]
    view = read_course(database, admin, course.id)
    grid.set_course(view.sessions, view.members)  # replaced while the tester watches
    assert grid.index(1, AttendanceModel.FIRST_SESSION).data() == ""

    case_courses = CaseCoursesModel()
    qtmodeltester.check(case_courses)
    case_courses.set_rows(read_case_file(database, admin, people[0]).courses)
    assert case_courses.index(0, CaseCoursesModel.COL_SESSIONS).data() == "0 von 2"


def test_f2_opens_the_cells_list_and_its_choice_is_saved(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from PySide6.QtWidgets import QComboBox

    from app.ui.pages.courses import CoursesPage

    course = save_course(
        database,
        admin,
        CourseInput("Deutsch A2", CourseKind.LANGUAGE_COURSE, date(2026, 3, 2), date(2026, 4, 30)),
    )
    assert course.id is not None
    add_session(database, admin, course.id, SessionInput(date(2026, 3, 2), time(9), 120))
    case = create_case(database, admin, CaseInput("Omar", "Haddad", Gender.MALE))
    assert case.id is not None
    enroll_participant(database, admin, course.id, case.id)
    page = CoursesPage(database, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.attendance.rowCount() == 1)
    cell = page.attendance.index(0, AttendanceModel.FIRST_SESSION)
    page.grid.setFocus()
    page.grid.setCurrentIndex(cell)
    qtbot.keyClick(page.grid, Qt.Key.Key_F2)
    editor = page.grid.viewport().findChild(QComboBox)
    assert editor is not None
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "— nicht eingetragen —",
        "anwesend",
        "entschuldigt",
        "unentschuldigt",
    ]
    assert editor.currentIndex() == 0  # an unticked cell offers no answer
    editor.setCurrentIndex(3)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell.data() == "unentschuldigt")
    assert read_course(database, admin, course.id).members[0].attendance == {
        page.attendance.sessions[0].id: AttendanceState.ABSENT
    }
    qtbot.waitUntil(lambda: not page.grid.viewport().findChildren(QComboBox))
    qtbot.keyClick(page.grid, Qt.Key.Key_F2)  # the list opens on the stored answer
    (again,) = page.grid.viewport().findChildren(QComboBox)
    assert again is not editor and again.currentText() == "unentschuldigt"
