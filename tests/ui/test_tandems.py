"""A coordinator agrees a tandem: finds the participant, gets a mentor who speaks her
language, must name goals, sees the hours given, and saves the agreement PDF."""

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import Activity, Gender, MeetingRhythm, MentorshipGoal, MentorshipStatus, Role
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.dialogs.tandem import TandemDialog, TandemStatusDialog
from app.ui.dialogs.volunteer import HoursDialog
from app.ui.labels import select_data
from app.ui.pages.volunteers import tandems as tandems_tab
from tests.ui.test_volunteers_page import actor, open_tab, shown_page


def test_match_agree_and_print_a_tandem(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    recent = date.today().replace(day=1)
    for first, languages in (("Anna", ("de",)), ("Bohdan", ("uk", "de"))):
        save_volunteer(
            database,
            coordinator,
            VolunteerInput(
                first, "Muster", languages=languages, clearance_seen_on=recent, training_on=recent
            ),
        )
    save_volunteer(database, coordinator, VolunteerInput("Carl", "Ohne", languages=("uk",)))
    # Cleared but not yet trained: the club requires the training before a tandem.
    save_volunteer(
        database,
        coordinator,
        VolunteerInput("Dana", "Neu", languages=("uk",), clearance_seen_on=recent),
    )
    participant = create_case(
        database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE, languages=("uk",))
    )

    dialog = TandemDialog(database, coordinator)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Suchen und wählen Sie einen Fall" in dialog.errors.text()
    qtbot.keyClicks(dialog.find_text, "kovalenko")
    dialog.find_participants()
    assert dialog.participant.count() == 1
    offered = [dialog.mentor.itemText(i) for i in range(dialog.mentor.count())]
    # Carl has no clearance, Dana no training yet.
    assert offered == ["Bohdan Muster – spricht Ukrainisch", "Anna Muster"]
    assert dialog.rhythm.currentData() is None  # nothing agreed until chosen
    dialog.accept()
    assert "mindestens ein Ziel" in dialog.errors.text()
    assert "Treffen: Wählen Sie, wie oft sich das Tandem trifft." in dialog.errors.text()
    dialog.goal_boxes[MentorshipGoal.GERMAN_LANGUAGE].setChecked(True)
    select_data(dialog.rhythm, MeetingRhythm.BIWEEKLY)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()

    hours = HoursDialog(database, coordinator, [(2, "Bohdan Muster (E-0002)")])
    qtbot.addWidget(hours)
    assert hours.participant.itemText(1) == "Olena Kovalenko"  # his mentee is offered
    assert hours.activity.currentData() == Activity.MENTORING
    hours.participant.setCurrentIndex(1)
    hours.day.set_value(recent)
    hours.hours.setText("2,5")
    hours.accept()
    assert hours.saved, hours.errors.text()
    page = shown_page(qtbot, database, coordinator)
    tandems = open_tab(page, page.tandems)
    model = tandems.view.model()
    assert model.index(0, 0).data() == "Bohdan Muster"
    assert model.index(0, 1).data() == f"Olena Kovalenko ({participant.case_number})"
    assert model.index(0, 5).data() == "2,50"
    assert model.index(0, 6).data() == "Deutsch lernen und üben"
    case_file = CaseFileWindow(database, admin, participant.id or 0)
    qtbot.addWidget(case_file)
    case_file.show()
    case_file.tabs.setCurrentWidget(case_file.tandems)  # a tab fills itself when shown
    mentee_side = case_file.tandems.view.model()
    assert mentee_side.index(0, 0).data() == "Bohdan Muster"
    assert mentee_side.index(0, 4).data() == "2,50"  # the same hours on the mentee's side

    target = tmp_path / "vereinbarung.pdf"
    opened: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    monkeypatch.setattr(
        tandems_tab.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    tandems.view.selectRow(0)
    tandems.agreement_button.click()
    text = PdfReader(target).pages[0].extract_text()
    assert "Bohdan Muster" in text and "Olena Kovalenko" in text and opened

    status = TandemStatusDialog(database, coordinator, tandems.model.row_at(0), "Status", page)
    assert not status.reason.isEnabled()
    select_data(status.status, MentorshipStatus.ENDED)
    assert status.end.isEnabled() and status.reason.isEnabled()
    status.end.set_value(date.today())
    # Goals start unanswered; the coordinator records what was reached.
    assert all(combo.currentData() is None for combo in status.goals.values())
    first_goal = next(iter(status.goals.values()))
    first_goal.setCurrentIndex(1)
    status.accept()
    assert status.result() == QDialog.DialogCode.Accepted, status.errors.text()
    page.refresh()
    ended_on = QDate.currentDate().toString("dd.MM.yyyy")
    assert tandems.view.model().index(0, 4).data() == f"beendet am {ended_on}"


def test_the_start_page_names_tandems_that_have_not_met(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    """A weekly tandem started five weeks ago without a logged meeting is listed for the
    coordinator; a click opens the mentor."""
    from datetime import timedelta

    from app.services.mentorships import MentorshipInput, create_mentorship
    from app.ui.pages.overview import OverviewPage

    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    today = date.today()
    mentor = save_volunteer(
        database,
        coordinator,
        VolunteerInput(
            "Bohdan",
            "Muster",
            clearance_seen_on=today - timedelta(days=90),
            training_on=today - timedelta(days=90),
        ),
    )
    mentee = create_case(database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE))
    assert mentor.id is not None and mentee.id is not None
    create_mentorship(
        database,
        coordinator,
        MentorshipInput(
            mentor.id,
            mentee.id,
            today - timedelta(days=35),
            MeetingRhythm.WEEKLY,
            (MentorshipGoal.GERMAN_LANGUAGE,),
        ),
    )
    page = OverviewPage(database, coordinator)
    qtbot.addWidget(page)
    assert page.tandems is not None
    assert page.tandems.title() == "Tandems ohne Treffen (1)"
    entry = page.tandems.list.item(0)
    assert entry.text() == (
        "Bohdan Muster – Olena Kovalenko · wöchentlich · noch kein Treffen eingetragen"
    )
    with qtbot.waitSignal(page.open_volunteer) as opened:
        page.tandems.list.itemActivated.emit(entry)
    assert opened.args == [mentor.id]


def test_an_ended_tandem_carries_its_reason(qtbot: QtBot, database: Database, admin: Actor) -> None:
    """Ending a tandem of a project asks for one of the project's end reasons; the list
    shows it with the day it ended."""
    from app.services.mentorships import MentorshipInput, create_mentorship
    from app.services.projects import ProjectInput, add_project

    coordinator = actor(database, admin, "jana", Role.COORDINATOR)
    project = add_project(database, admin, ProjectInput("KAUSA", "Tandem", "KAUSA", "01.01.2026"))
    seen = date.today().replace(day=1)
    mentor = save_volunteer(
        database,
        coordinator,
        VolunteerInput("Bohdan", "Muster", clearance_seen_on=seen, training_on=seen),
    )
    mentee = create_case(database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE))
    assert mentor.id is not None and mentee.id is not None and project.id is not None
    create_mentorship(
        database,
        coordinator,
        MentorshipInput(
            mentor.id,
            mentee.id,
            seen,
            MeetingRhythm.WEEKLY,
            (MentorshipGoal.APPLICATIONS,),
            project_id=project.id,
        ),
    )
    page = shown_page(qtbot, database, coordinator)
    tandems = open_tab(page, page.tandems)
    status = TandemStatusDialog(database, coordinator, tandems.model.row_at(0), "Status", page)
    qtbot.addWidget(status)
    select_data(status.status, MentorshipStatus.ENDED)
    status.end.set_value(date.today())
    reasons = [status.reason.itemText(i) for i in range(status.reason.count())]
    assert reasons[0] == "— bitte wählen —" and "Ziel erreicht" in reasons
    status.reason.setCurrentIndex(reasons.index("Ziel erreicht"))
    status.accept()
    assert status.result() == QDialog.DialogCode.Accepted, status.errors.text()
    page.refresh()
    ended_on = QDate.currentDate().toString("dd.MM.yyyy")
    assert tandems.view.model().index(0, 4).data() == f"beendet am {ended_on} – Ziel erreicht"
