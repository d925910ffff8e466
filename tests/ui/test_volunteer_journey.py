"""The whole Ehrenamt chain in one go, as the issue describes it: register a volunteer
with clearance and training → the volunteer logs hours as themselves → the coordinator
approves → a tandem with a participant → its agreement PDF → the monthly timesheet
whose text shows the right totals."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.enums import Gender, MeetingRhythm, MentorshipGoal, Role
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.storage.database import Database
from app.ui.dialogs.tandem import TandemDialog
from app.ui.dialogs.timesheets import TimesheetDialog
from app.ui.dialogs.volunteer import HoursDialog, VolunteerDialog
from app.ui.labels import select_data
from app.ui.pages.volunteers import tandems as tandems_tab
from tests.ui.test_volunteers_page import actor, open_tab, shown_page


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_volunteer_journey(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    monkeypatch.setattr(tandems_tab.QDesktopServices, "openUrl", staticmethod(lambda url: 1))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE project SET hourly_rate_cents = 1500"))
    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    first_of_month = date.today().replace(day=1)
    last_month = first_of_month - timedelta(days=1)

    register = VolunteerDialog(database, coordinator)
    qtbot.addWidget(register)
    qtbot.keyClicks(register.first_name, "Hatice")
    qtbot.keyClicks(register.last_name, "Aslan")
    register.languages.insert("Türkisch; Deutsch")
    qtbot.keyClicks(register.clearance, "02.01.2026")
    qtbot.keyClicks(register.training, "15.01.2026")
    register.accept()
    assert register.result() == QDialog.DialogCode.Accepted, register.errors.text()

    hatice = actor(database, admin, "hatice", Role.VOLUNTEER)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE volunteer SET user_id = :u"), {"u": hatice.user_id})
    own = HoursDialog(database, hatice, [(1, "Hatice Aslan")])
    qtbot.addWidget(own)
    own.day.set_value(date(last_month.year, last_month.month, 3))
    for bad, message in (("11", "Viertelstunden"), ("0,1", "Viertelstunden")):
        own.hours.setText(bad)
        own.accept()
        assert not own.saved and message in own.errors.text()
    own.hours.setText("2,25")
    own.project.setCurrentIndex(1)  # the funded project, valued at 15 € an hour
    own.accept()
    assert own.saved

    page = shown_page(qtbot, database, coordinator)
    approvals = open_tab(page, page.approvals)
    approvals.view.selectRow(0)
    approvals.approve_button.click()
    assert approvals.view.model().rowCount() == 0

    participant = create_case(
        database, admin, CaseInput("Emre", "Yıldız", Gender.MALE, languages=("tr",))
    )
    tandem = TandemDialog(database, coordinator, page)
    qtbot.keyClicks(tandem.find_text, "yildiz")
    tandem.find_participants()
    assert tandem.mentor.itemText(0) == "Hatice Aslan – spricht Türkisch"
    tandem.goal_boxes[MentorshipGoal.APPLICATIONS].setChecked(True)
    select_data(tandem.rhythm, MeetingRhythm.WEEKLY)
    tandem.start.set_value(date(last_month.year, last_month.month, 1))
    tandem.accept()
    assert tandem.result() == QDialog.DialogCode.Accepted, tandem.errors.text()

    mentoring = HoursDialog(database, coordinator, [(1, "Hatice Aslan (E-0001)")], page)
    mentoring.participant.setCurrentIndex(1)  # Emre Yıldız
    mentoring.day.set_value(date(last_month.year, last_month.month, 10))
    mentoring.hours.setText("1,5")
    mentoring.project.setCurrentIndex(1)
    mentoring.accept()
    assert mentoring.saved

    page.refresh()
    agreement = tmp_path / "tandem.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(agreement), ""))
    )
    tandems = open_tab(page, page.tandems)
    tandems.view.selectRow(0)
    tandems.agreement_button.click()
    agreement_text = _pdf_text(agreement)
    assert "Hatice Aslan (Mentor*in) und Emre Yıldız (Mentee)" in agreement_text
    assert "Bewerbungen" in agreement_text
    assert participant.id is not None

    sheets = TimesheetDialog(database, coordinator, [("E-0001", "Hatice Aslan (E-0001)")], page)
    sheets.volunteer.setCurrentIndex(1)
    sheets.month.setDate(QDate(last_month.year, last_month.month, 1))
    sheets.folder.setText(str(tmp_path / "nachweise"))
    sheets.accept()
    qtbot.waitUntil(lambda: sheets.written is not None)
    [sheet] = sheets.written or []
    content = _pdf_text(sheet)
    assert "Hatice Aslan (E-0001)" in content
    assert "3,75" in content and "56,25 €" in content  # 2,25 h + 1,5 h at 15 €/h
