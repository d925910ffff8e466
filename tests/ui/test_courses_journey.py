"""A course from planning to certificate, in German, through the real page and dialogs:
a course with two sessions, one person enrolled and ticked present with the keyboard,
the attendance list to sign and the certificate as PDFs, the hours in the case window,
and the ESF report counting the person only once the course hours are attended."""

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import EmploymentStatus, Gender
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.enrollments import EntryAnswers, enroll
from app.services.projects import ProjectInput, add_project
from app.services.reports import build_esf_report
from app.storage.database import Database
from app.ui.dialogs.course import CourseDialog, EnrolDialog, SessionDialog
from app.ui.main_window import MainWindow
from app.ui.models.courses import AttendanceModel
from app.ui.pages.courses import CoursesPage

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _eeco01(database: Database, admin: Actor) -> object:
    report = build_esf_report(database, admin, "ESF-K", *YEAR)
    return next(r for r in report.table("ESF-Indikatoren").rows if r[0] == "EECO01")[2]


def test_course_journey(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    project = add_project(
        database,
        admin,
        ProjectInput(
            "ESF-K", "Sprache und Arbeit", "ESF Plus", "01.01.2026", esf=True, min_support_hours="8"
        ),
    )
    assert project.id is not None
    omar = create_case(
        database,
        admin,
        CaseInput("Omar", "Haddad", Gender.MALE, birth_date=date(1990, 5, 1)),
        today=date(2026, 2, 1),
    )
    assert omar.id is not None
    enroll(
        database,
        admin,
        omar.id,
        project.id,
        date(2026, 2, 2),
        EntryAnswers(EmploymentStatus.UNEMPLOYED),
        today=date(2026, 2, 2),
    )
    add_consultation(
        database,
        admin,
        ConsultationInput(omar.id, date(2026, 2, 2), 120, project_id=project.id),
        today=date(2026, 2, 2),
    )
    assert _eeco01(database, admin) == 0  # two hours of counselling: below the minimum

    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    window.show_section("courses")
    page = window.stack.currentWidget()
    assert isinstance(page, CoursesPage)
    assert window.sidebar.currentItem().text() == "Kurse"

    course = CourseDialog(database, admin, parent=page)
    qtbot.keyClicks(course.title, "Deutsch B1 am Vormittag")
    qtbot.keyClicks(course.start, "02.03.2026")
    qtbot.keyClicks(course.end, "30.04.2026")
    course.accept()  # the kind is not chosen: nothing is pre-selected
    assert course.result() != QDialog.DialogCode.Accepted
    assert "Art: Bitte wählen Sie die Kursart aus der Liste." in course.errors.text()
    course.kind.setCurrentIndex(1)  # Sprachkurs
    qtbot.keyClicks(course.provider, "Sprachschule Linden")
    course.project.setCurrentIndex(course.project.findData(project.id))
    course.accept()
    assert course.result() == QDialog.DialogCode.Accepted, course.errors.text()
    page.refresh(course.saved_id)
    assert page.view_data is not None
    saved = page.view_data.course

    first = SessionDialog(database, admin, saved, parent=page)
    first.day.setText("31.02.2026")
    first.duration.setValue(5)
    first.accept()  # an impossible date and a too short session, both at once
    assert "Datum: „31.02.2026“ ist kein Datum" in first.errors.text()
    assert "Dauer: 5 Minuten sind nicht erlaubt" in first.errors.text()
    first.day.set_value(date(2026, 5, 4))
    first.duration.setValue(660)  # the spin box goes past the limit
    first.accept()
    assert first.result() != QDialog.DialogCode.Accepted
    assert "Datum: 04.05.2026 liegt außerhalb des Kurses" in first.errors.text()
    assert "Dauer: 660 Minuten sind nicht erlaubt" in first.errors.text()
    first.day.set_value(date(2026, 3, 2))
    first.duration.setValue(180)
    first.accept()
    assert first.result() == QDialog.DialogCode.Accepted, first.errors.text()
    second = SessionDialog(database, admin, saved, (date(2026, 3, 9), time(9), 180), page)
    assert not second.weekly.isChecked()  # one session unless a weekly series is asked for
    second.accept()
    assert second.result() == QDialog.DialogCode.Accepted, second.errors.text()

    for attempt in range(2):
        enrol = EnrolDialog(database, admin, saved, page)
        qtbot.keyClicks(enrol.search, "haddad")
        enrol.find_cases()
        assert enrol.results.count() == 1
        enrol.accept()
        if attempt == 0:
            assert enrol.result() == QDialog.DialogCode.Accepted, enrol.errors.text()
        else:
            assert "ist schon im Kurs Deutsch B1 am Vormittag" in enrol.errors.text()
    page.refresh()

    grid, model = page.grid, page.attendance
    assert model.rowCount() == 1 and len(model.sessions) == 2
    first_cell = model.index(0, AttendanceModel.FIRST_SESSION)
    second_cell = model.index(0, AttendanceModel.FIRST_SESSION + 1)
    assert first_cell.data() == "" and second_cell.data() == ""  # never pre-filled
    # A double click on the name opens the case file, which follows the ticks below.
    grid.verticalHeader().sectionDoubleClicked.emit(0)
    case_window = window.case_windows[omar.id]
    case_window.tabs.setCurrentWidget(case_window.courses)
    courses = case_window.courses.model
    assert courses.index(0, courses.COL_SESSIONS).data() == "0 von 2"
    grid.setFocus()
    grid.setCurrentIndex(first_cell)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: model.index(0, model.hours_column).data() == "3,00")
    grid.setCurrentIndex(model.index(0, AttendanceModel.FIRST_SESSION + 1))
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: model.index(0, model.hours_column).data() == "6,00")
    assert model.index(0, AttendanceModel.FIRST_SESSION).data() == "anwesend"
    assert model.index(0, AttendanceModel.FIRST_SESSION + 1).data() == "anwesend"

    listing = tmp_path / "liste.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(listing), ""))
    )
    grid.setCurrentIndex(model.index(0, AttendanceModel.FIRST_SESSION))
    page.written = []
    page.list_button.click()
    qtbot.waitUntil(lambda: page.written == [listing])
    words = _pdf_text(listing)
    assert "Unterschriftenliste" in words and "Deutsch B1 am Vormittag" in words
    assert "Termin: Montag, 02.03.2026, 09:00–12:00 Uhr (3,00 Stunden)" in words
    assert "Haddad, Omar" in words and "Träger: Sprachschule Linden" in words

    folder = tmp_path / "bescheinigungen"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(folder)))
    grid.selectRow(0)
    page.written = []
    page.certificate_button.click()
    qtbot.waitUntil(lambda: len(page.written) == 1)
    words = _pdf_text(page.written[0])
    assert "Teilnahmebescheinigung" in words and "Omar Haddad, geboren am 01.05.1990" in words
    assert "Besuchte Termine: 2" in words
    assert "Teilnahmestunden: 6,00 Stunden" in words
    qtbot.waitUntil(lambda: model.index(0, model.hours_column + 1).data() != "")

    assert courses.rowCount() == 1
    assert courses.index(0, courses.COL_TITLE).data() == "Deutsch B1 am Vormittag"
    assert courses.index(0, courses.COL_SESSIONS).data() == "2 von 2"
    assert courses.index(0, courses.COL_HOURS).data() == "6,00"
    assert courses.index(0, courses.COL_CERTIFICATE).data() != ""
    assert case_window.courses.total.text() == "Besuchte Stunden in allen Kursen: 6,00"

    # 2 h counselling + 6 h attended reach the project's 8 hours: now an ESF participant.
    assert _eeco01(database, admin) == 1
