"""Login, main window sections, settings per role, About and the exception hook."""

import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import Role
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.users import add_user
from app.storage.database import Database
from app.ui import crash
from app.ui.about import AboutDialog
from app.ui.crash import CrashDialog, ExceptionHook, crash_report
from app.ui.empty_state import EmptyState
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.pages.settings import SettingsPage
from tests.conftest import ADMIN_PASSWORD


def test_login_refuses_a_wrong_password_in_german(qtbot: QtBot, database: Database) -> None:
    dialog = LoginDialog(database.location, database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "falsch")
    dialog.login_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert."
    )
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    dialog.login_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_every_section_has_its_page(qtbot: QtBot, database: Database, admin: Actor) -> None:
    from app.ui.pages.cases import CasesPage
    from app.ui.pages.consultations import ConsultationsPage
    from app.ui.pages.reports import ReportsPage
    from app.ui.pages.volunteers import VolunteersPage

    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    expected = {
        "cases": CasesPage,
        "consultations": ConsultationsPage,
        "volunteers": VolunteersPage,
        "reports": ReportsPage,
        "settings": SettingsPage,
    }
    for key, page_type in expected.items():
        window.show_section(key)
        assert isinstance(window.stack.currentWidget(), page_type), key


def test_roles_without_case_access_see_a_friendly_empty_state(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    user = add_user(database, admin, "kasse", "treasurer", "passwort-123-lang")
    assert user.id is not None
    treasurer = Actor(user.id, user.username, user.display_name, Role.TREASURER)
    window = MainWindow(database, treasurer)
    qtbot.addWidget(window)
    window.show_section("cases")
    page = window.stack.currentWidget()
    assert isinstance(page, EmptyState) and "Rolle" in page.text_label.text()


def test_settings_show_user_accounts_to_admins_only(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    assert page.users is not None
    assert page.users.view.model().index(0, 2).data() == "Administration"
    user = add_user(database, admin, "leyla", "advisor", "passwort-123-lang")
    assert user.id is not None
    advisor = Actor(user.id, user.username, user.display_name, Role.ADVISOR)
    advisor_page = SettingsPage(database, advisor)
    qtbot.addWidget(advisor_page)
    assert advisor_page.users is None


def test_about_names_version_and_database(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        AboutDialog,
        "exec",
        lambda dialog: shown.append((dialog.windowTitle(), dialog.summary.text())) or 0,
    )
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show_about()
    assert shown[0][0] == "Über Lotse"
    assert str(database.location.database) in shown[0][1]
    assert "Lizenz" in shown[0][1]


def test_crash_report_is_copyable(qtbot: QtBot) -> None:
    try:
        raise RuntimeError("kaputt")
    except RuntimeError:
        kind, value, tb = sys.exc_info()
    assert kind is not None and value is not None
    report = crash_report(kind, value, tb)
    assert "RuntimeError: kaputt" in report and "Lotse" in report
    dialog = CrashDialog(report, "/tmp/lotse.log")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lotse – unerwarteter Fehler"
    dialog.copy_button.click()
    assert "RuntimeError: kaputt" in QGuiApplication.clipboard().text()


def test_exception_hook_separates_known_problems_from_bugs(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    crashes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(
        CrashDialog, "exec", lambda self: crashes.append(self.report_view.toPlainText())
    )
    hook = ExceptionHook("/tmp/lotse.log")
    hook.install()
    try:
        assert sys.excepthook is hook
        hook(ValidationError, ValidationError("code", "Projektkürzel: fehlt."), None)
        hook(ZeroDivisionError, ZeroDivisionError("division by zero"), None)
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook
    assert warnings == ["Projektkürzel: fehlt."]
    assert len(crashes) == 1 and "ZeroDivisionError" in crashes[0]
    assert crash.log.name == "app.ui.crash"
