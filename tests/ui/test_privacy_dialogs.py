"""Einstellungen → Datenschutz (retention and the due anonymisations), the start page's
notice, and "Löschen" in the case window (Art. 17 GDPR), in German."""

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import CaseStatus, ErasureGround, Gender, Role
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.enrollments import close_case, enroll
from app.services.privacy import retention_settings
from app.services.projects import list_projects
from app.services.users import add_user
from app.storage.database import Database
from app.ui.case_window.window import CaseFileWindow
from app.ui.dialogs.erasure import ErasureDialog
from app.ui.pages.overview import OverviewPage
from app.ui.pages.settings import SettingsPage

SHOTS = os.environ.get("LOTSE_SCREENSHOTS")


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _status(database: Database, participant_id: int) -> str | None:
    with database.read_session() as session:
        row = (
            session.connection()
            .exec_driver_sql("SELECT status FROM participant WHERE id = ?", (participant_id,))
            .first()
        )
    return None if row is None else str(row[0])


@pytest.fixture
def old_case(database: Database, admin: Actor) -> int:
    """Closed, last contact in 2021: three years later its retention ended."""
    case = create_case(database, admin, CaseInput("Lale", "Zerrinqua", Gender.FEMALE))
    assert case.id is not None
    add_consultation(database, admin, ConsultationInput(case.id, date(2021, 3, 5), 30, note="x"))
    close_case(database, admin, case.id, date(2021, 3, 5), {})
    return case.id


def test_the_due_list_is_confirmed_and_anonymised_off_the_gui_thread(
    qtbot: QtBot, database: Database, admin: Actor, old_case: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    page.show()
    page.show_privacy()
    tab = page.privacy
    assert tab is not None and page.tabs.currentWidget() is tab
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Datenschutz"
    assert tab.model.rowCount() == 1
    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["Nummer", "Was geschieht", "Aufzubewahren bis"]
    row = tab.model.row_at(0)
    assert row.record_id == old_case
    assert tab.model.display(row, tab.model.COL_ACTION) == "Fallakte anonymisieren"
    assert tab.model.display(row, tab.model.COL_KEPT_UNTIL) == "05.03.2024"
    assert tab.summary.text() == "1 Datensatz fällig."
    _shot(page, "privacy-tab")

    asked: list[str] = []

    def cancel(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    tab.anonymise_button.click()
    assert "1 Datensatz jetzt anonymisieren?" in asked[0]
    assert _status(database, old_case) == CaseStatus.CLOSED.value  # nothing without a yes

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.anonymise_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=20_000)
    assert tab.result is not None and tab.result.cases == 1
    assert _status(database, old_case) == CaseStatus.ANONYMISED.value
    assert tab.model.rowCount() == 0 and not tab.anonymise_button.isEnabled()
    assert tab.summary.text().startswith("Anonymisierte Fallakten: 1;")
    window = CaseFileWindow(database, admin, old_case)  # kept for the statistics only
    qtbot.addWidget(window)
    window.show()
    assert "anonymisiert" in window.facts_label.text()
    assert window.edit_button.isHidden() and window.consultation_button.isHidden()
    assert "Zerrinqua" not in window.windowTitle()


def test_retention_settings_are_saved_and_bad_values_named(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    tab = page.privacy
    assert tab is not None
    assert (tab.case_years.value(), tab.volunteer_years.value()) == (3, 3)  # the defaults
    tab.case_years.setValue(4)
    tab.volunteer_years.setValue(2)
    tab.save_button.click()
    assert retention_settings(database).case_years == 4
    assert retention_settings(database).volunteer_years == 2


def test_only_administrators_get_the_tab_the_notice_and_the_delete_button(
    qtbot: QtBot, database: Database, admin: Actor, old_case: int
) -> None:
    user = add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    assert user.id is not None
    advisor = Actor(user.id, user.username, user.display_name, Role.ADVISOR)
    settings = SettingsPage(database, advisor)
    qtbot.addWidget(settings)
    assert settings.privacy is None
    overview = OverviewPage(database, advisor)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.wait(50)  # the count would have come by now
    assert overview.privacy_notice.isHidden()
    window = CaseFileWindow(database, advisor, old_case)
    qtbot.addWidget(window)
    assert not window.erase_action.isVisible()

    start = OverviewPage(database, admin)
    qtbot.addWidget(start)
    start.show()
    # Counted once the page has painted (it reads the closed cases).
    qtbot.waitUntil(start.privacy_notice.isVisible)
    assert "Fällige Anonymisierungen:" in start.privacy_notice.text()
    with qtbot.waitSignal(start.open_privacy):
        start.privacy_notice.linkActivated.emit("privacy")
    admin_window = CaseFileWindow(database, admin, old_case)
    qtbot.addWidget(admin_window)
    admin_window.show()
    assert admin_window.erase_action.isVisible()
    assert admin_window.erase_action.text() == "&Löschen …"


def test_delete_asks_for_the_ground_and_erases_the_person(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    case = create_case(database, admin, CaseInput("Omar", "Qomvarth", Gender.MALE))
    assert case.id is not None
    dialog = ErasureDialog(database, admin, case.id, case.case_number)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == f"Fallakte {case.case_number} löschen"
    assert dialog.ground.currentData() is None  # no ground is pre-selected
    assert not dialog.action_button.isEnabled()
    dialog.confirm_box.setChecked(True)
    assert dialog.action_button.isEnabled()
    _shot(dialog, "erasure-dialog")
    dialog.action_button.click()  # without a ground
    assert dialog.error_label.isVisible()
    assert "Grund der Löschung: bitte einen der Gründe" in dialog.errors.marked["ground"][1]
    assert _status(database, case.id) == CaseStatus.OPEN.value
    dialog.ground.setCurrentIndex(dialog.ground.findData(ErasureGround.CONSENT_WITHDRAWN))
    dialog.action_button.click()
    qtbot.waitUntil(lambda: dialog.erased is not None, timeout=20_000)
    assert dialog.erased == case.case_number
    assert _status(database, case.id) is None


def test_delete_under_esf_retention_explains_and_removes_only_what_is_not_needed(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    wir = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert wir.id is not None
    case = create_case(
        database, admin, CaseInput("Omar", "Qomvarth", Gender.MALE, phone="0176 1234567")
    )
    assert case.id is not None
    enroll(database, admin, case.id, wir.id, date(2026, 2, 2))
    dialog = ErasureDialog(database, admin, case.id, case.case_number)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.explanation.text()
    assert "Art. 82 Verordnung (EU) 2021/1060" in text
    assert "WIR-2026: aufzubewahren bis 31.12.2032." in text
    assert dialog.action_button.text() == "Nicht Benötigtes &entfernen"
    _shot(dialog, "erasure-refused")
    dialog.ground.setCurrentIndex(dialog.ground.findData(ErasureGround.OBJECTION))
    dialog.confirm_box.setChecked(True)
    dialog.action_button.click()
    qtbot.waitUntil(lambda: dialog.restricted, timeout=20_000)
    with database.read_session() as session:
        row = (
            session.connection()
            .exec_driver_sql("SELECT last_name, phone FROM participant WHERE id = ?", (case.id,))
            .one()
        )
    assert row == ("Qomvarth", None)  # the name stays for the ESF documents
