"""Team mode from the GUI: the first-run assistant sets up an empty server database, a
second workstation's assistant finds it and opens the login, which asks for the server
password this computer does not keep; the windows name the server, not a file."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.database import Database
from app.services.drafts import consultation_drafts
from app.services.enrollments import close_case
from app.services.setup import SetupInput, initialise
from app.storage.location import resolve
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.dialogs.erasure import ErasureDialog
from app.ui.first_run import FirstRunWizard
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.pages.settings import SettingsPage
from tests.conftest import SERVER_PASSWORD, first_project, postgres_admin, server_address
from tests.postgres import scratch_database

PASSWORD = "teamarbeit-im-buero-7"


@pytest.fixture
def empty_server_database() -> Iterator[str]:
    with scratch_database("lotse_gui") as url:
        assert url.database is not None
        yield url.database


def fill_server_page(wizard: FirstRunWizard, database: str) -> None:
    address = server_address(database)
    page = wizard.server_page
    page.host.setText(address.host)
    page.port.setValue(address.port)
    page.database_name.setText(database)
    page.user.setText(address.user)
    page.password.setText(SERVER_PASSWORD)
    assert page.tls.isChecked()  # TLS is required unless the user unticks it
    page.tls.setChecked(False)  # a socket on this computer
    page.remember_password.setChecked(False)


def test_the_assistant_sets_up_a_server_and_another_workstation_logs_in(
    qtbot: QtBot, tmp_path: Path, empty_server_database: str
) -> None:
    wizard = FirstRunWizard(resolve(tmp_path / "first"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.folder_page.use_server.setChecked(True)
    assert wizard.folder_page.where.text() == ""  # no file will be created
    wizard.next()
    assert wizard.currentPage() is wizard.server_page

    wizard.server_page.host.clear()
    wizard.next()  # no server named: stays and says which field
    assert wizard.currentPage() is wizard.server_page
    assert wizard.server_page.error_label.isVisible()
    fill_server_page(wizard, empty_server_database)
    wizard.next()  # connects: the database is empty, so the club is set up next
    assert wizard.currentPage() is wizard.organisation_page

    wizard.organisation_page.name.insert("Brückenschlag e.V.")
    wizard.next()
    admin = wizard.admin_page
    admin.display_name.insert("Amira Haddad")
    admin.username.insert("amira")
    admin.password.insert(PASSWORD)
    admin.repeat.insert(PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.project_page
    wizard.project_page.code.insert("WIR-2026")
    wizard.project_page.name.insert("Brücken in Arbeit")
    wizard.project_page.start.set_value(date(2026, 1, 1))
    # A server has no recovery key: the project page is the last one.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.database is not None and wizard.actor is not None
    assert wizard.database.location.server == replace(
        server_address(empty_server_database), tls=False
    )
    assert not (tmp_path / "first" / "lotse.sqlite3").exists()

    window = MainWindow(wizard.database, wizard.actor)
    qtbot.addWidget(window)
    assert empty_server_database in window.database_label.text()
    assert "sqlite3" not in window.database_label.text()
    file_menu = window.menuBar().actions()[0].menu()
    entries = [action.text() for action in file_menu.actions()]  # type: ignore[union-attr]
    assert "Sicherung &erstellen …" in entries  # a backup the laptop mode restores
    assert not any("wiederherstellen" in entry for entry in entries)  # pg_dump's job
    window.close_for_logout()
    # The start page counts in a worker thread: let it give its connection back first.
    QThreadPool.globalInstance().waitForDone()
    wizard.database.close()

    # Another workstation: its assistant finds the club's database and opens it.
    second = FirstRunWizard(resolve(tmp_path / "second"))
    qtbot.addWidget(second)
    second.show()
    second.next()
    second.folder_page.use_server.setChecked(True)
    second.next()
    fill_server_page(second, empty_server_database)
    second.next()
    assert second.result() == QDialog.DialogCode.Accepted
    assert second.database is None and second.location.server is not None

    login = LoginDialog(second.location)
    qtbot.addWidget(login)
    assert login.server_password is not None  # this computer keeps no server password
    assert not login.recover_button.isVisibleTo(login)  # no recovery key on a server
    login.username.setText("amira")
    login.password.setText(PASSWORD)
    login.server_password.setText(SERVER_PASSWORD)
    login.accept()
    assert login.actor is not None and login.actor.username == "amira"
    assert login.database is not None
    login.database.close()


@pytest.fixture
def club_on_server(tmp_path: Path, empty_server_database: str) -> Iterator[tuple[Database, Actor]]:
    location = replace(
        resolve(tmp_path / "workstation"), server=server_address(empty_server_database)
    )
    setup = SetupInput("Brückenschlag e.V.", "amira", PASSWORD, "Amira Haddad", first_project())
    database, admin, _none = initialise(location, setup, SERVER_PASSWORD)
    yield database, admin
    database.close()


def test_a_lost_server_keeps_what_was_typed(
    qtbot: QtBot, club_on_server: tuple[Database, Actor], empty_server_database: str
) -> None:
    database, admin = club_on_server
    case = create_case(database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE))
    dialog = ConsultationDialog(database, admin, case.id, "Beratung")
    qtbot.addWidget(dialog)
    dialog.topics.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.note.insertPlainText("Anerkennung des Abschlusses besprochen")
    dialog.save_draft()  # the timer does this a second after typing

    # The network goes: the server ends every connection and takes no new ones.
    with postgres_admin() as server:
        server.execute(
            text(f'ALTER DATABASE "{empty_server_database}" WITH ALLOW_CONNECTIONS false')
        )
        server.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": empty_server_database},
        )
    dialog.save_button.click()

    assert dialog.result() != QDialog.DialogCode.Accepted  # still open, nothing saved
    assert "ist nicht erreichbar. Es wurde nichts gespeichert" in dialog.errors.text()
    assert dialog.note.toPlainText() == "Anerkennung des Abschlusses besprochen"
    drafts = consultation_drafts(database, admin)
    assert [draft["note"] for draft in drafts.values()] == [
        "Anerkennung des Abschlusses besprochen"
    ]

    # Back on the network, the same dialog saves what was typed.
    with postgres_admin() as server:
        server.execute(
            text(f'ALTER DATABASE "{empty_server_database}" WITH ALLOW_CONNECTIONS true')
        )
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()


def test_erasing_on_a_server_points_to_the_servers_backups(
    qtbot: QtBot, club_on_server: tuple[Database, Actor]
) -> None:
    database, admin = club_on_server
    case = create_case(database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE))
    assert case.id is not None
    dialog = ErasureDialog(database, admin, case.id, case.case_number)
    qtbot.addWidget(dialog)
    text = dialog.explanation.text()
    assert "eigenen Sicherungen des Servers enthalten die Daten" in text
    assert "Datenordner" not in text  # a workstation's folder holds none of the club's data


def test_anonymising_on_a_server_points_to_the_servers_backups(
    qtbot: QtBot, club_on_server: tuple[Database, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    database, admin = club_on_server
    case = create_case(database, admin, CaseInput("Lale", "Zerrinqua", Gender.FEMALE))
    assert case.id is not None
    add_consultation(database, admin, ConsultationInput(case.id, date(2021, 3, 5), 30, note="x"))
    close_case(database, admin, case.id, date(2021, 3, 5), {})  # retention ended in 2024
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    page.show_privacy()
    tab = page.privacy
    assert tab is not None and tab.model.rowCount() == 1
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.anonymise_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=20_000)

    assert "1 Datensatz jetzt anonymisieren?" in asked[0]
    assert "eigenen Sicherungen des Servers enthalten die alten Daten" in asked[0]
    assert "Datenordner" not in asked[0]
    assert tab.result is not None and tab.result.cases == 1  # anonymised on the server
