"""The first-run assistant creates the database; the main window then shows it."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from app.services.database import is_initialised
from app.storage.location import Location, resolve
from app.ui.first_run import FirstRunWizard
from app.ui.main_window import MainWindow
from app.ui.pages.overview import OverviewPage
from app.ui.pages.settings import SettingsPage


def test_first_run_creates_the_database_and_the_main_window_shows_it(
    qtbot: QtBot, location: Location, request: pytest.FixtureRequest
) -> None:
    wizard = FirstRunWizard(location)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Lotse – Ersteinrichtung"
    assert wizard.welcome_page.language.currentText() == "Deutsch"
    wizard.next()
    assert wizard.currentPage() is wizard.folder_page
    assert str(location.database) in wizard.folder_page.where.text()
    wizard.next()
    assert wizard.currentPage() is wizard.organisation_page

    wizard.next()  # empty name: stays, explains in German next to the field
    assert wizard.currentPage() is wizard.organisation_page
    assert wizard.organisation_page.error_label.isVisible()
    assert "Pflichtfeld" in wizard.organisation_page.error_label.text()
    wizard.organisation_page.name.insert("Brückenschlag e.V.")  # QTest types ASCII only
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page

    admin = wizard.admin_page
    qtbot.keyClicks(admin.display_name, "Amira Haddad")
    qtbot.keyClicks(admin.username, "amira")
    qtbot.keyClicks(admin.password, "sicheres-passwort")
    qtbot.keyClicks(admin.repeat, "anderes-passwort")
    wizard.next()
    assert wizard.currentPage() is admin
    assert "stimmen nicht überein" in admin.error_label.text()
    admin.repeat.clear()
    qtbot.keyClicks(admin.repeat, "sicheres-passwort")
    wizard.next()
    assert wizard.currentPage() is wizard.project_page

    project = wizard.project_page
    qtbot.keyClicks(project.code, "WIR-2026")
    project.name.insert("Brücken in Arbeit")
    project.start.set_value(date(2026, 1, 1))
    project.esf.setChecked(True)
    assert not location.database.exists()  # nothing is written before the last step
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Datenbank &anlegen"
    wizard.button(QWizard.WizardButton.CommitButton).click()
    # The database exists and is encrypted; the recovery key is shown once, and the
    # assistant does not end before the user confirms having kept it.
    assert wizard.currentPage() is wizard.recovery_page
    assert location.database.exists() and location.keys_file.exists()
    assert wizard.recovery_key is not None
    shown = wizard.recovery_page.panel.key_label.text().split()
    assert "-".join(shown) == wizard.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # Cancel is refused until the key was kept
    assert wizard.isVisible()
    pdf = location.data_dir.parent / "notfall.pdf"
    wizard.recovery_page.panel.write_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    wizard.recovery_page.panel.confirmed.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert is_initialised(location)
    assert wizard.database is not None and wizard.actor is not None
    request.addfinalizer(wizard.database.close)  # Python 3.13 warns about unclosed files
    assert wizard.actor.username == "amira"

    window = MainWindow(wizard.database, wizard.actor)
    qtbot.addWidget(window)
    window.show()
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        "Übersicht",
        "Fälle",
        "Beratungen",
        "Termine",
        "Kurse",
        "Ehrenamt",
        "Berichte",
        "Einstellungen",
    ]
    assert window.database_label.text() == f"Datenbank: {location.database}"
    assert window.user_label.text() == "Angemeldet: Amira Haddad (Administration)"
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    assert overview.organisation_label.text() == "Brückenschlag e.V."
    assert overview.heading.text() == "Guten Tag, Amira Haddad"
    assert overview.follow_ups.list.item(0).text() == "Nichts fällig."
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    model = settings.projects.view.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "WIR-2026"
    assert model.index(0, 4).data() == "ja"


def test_a_project_error_keeps_the_assistant_open_and_writes_nothing(
    qtbot: QtBot, location: Location
) -> None:
    wizard = FirstRunWizard(location)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.keyClicks(wizard.organisation_page.name, "Verein")
    wizard.next()
    qtbot.keyClicks(wizard.admin_page.username, "admin")
    qtbot.keyClicks(wizard.admin_page.password, "sicheres-passwort")
    qtbot.keyClicks(wizard.admin_page.repeat, "sicheres-passwort")
    wizard.next()
    qtbot.keyClicks(wizard.project_page.code, "mit leerzeichen")
    qtbot.keyClicks(wizard.project_page.name, "Projekt")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.project_page
    assert "Projektkürzel" in wizard.project_page.error_label.text()
    assert wizard.project_page.code.hasFocus() or not wizard.isActiveWindow()
    assert not location.database.exists()


def test_an_unusable_data_folder_is_reported_on_the_folder_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    wizard = FirstRunWizard(resolve(blocker / "lotse"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.folder_page
    assert "kann nicht geschrieben werden" in wizard.folder_page.error_label.text()
