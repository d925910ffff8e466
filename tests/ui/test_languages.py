"""The interface speaks each user's language: chosen at the login, stored with the
account in the settings, right to left for Arabic and Farsi."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.services.actor import Actor
from app.services.users import set_own_language
from app.storage.database import Database
from app.storage.location import Location
from app.storage.user_config import read
from app.ui import launch
from app.ui.formatting import show_country, show_date, show_hours, show_language, show_path
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.pages.settings import SettingsPage
from tests.conftest import ADMIN_PASSWORD


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.fixture(autouse=True)
def german_afterwards() -> Iterator[None]:
    """Every other test expects the German interface of the shared application."""
    yield
    launch.prepare_application(application(), "de")


def test_the_login_is_shown_again_in_the_chosen_language_keeping_the_user_name(
    initialised: tuple[Database, Actor], location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str]] = []

    def fake_exec(dialog: LoginDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.username.text()))
        if len(seen) == 1:
            dialog.username.setText("admin")
            dialog.language.setCurrentIndex(dialog.language.findData("uk"))
            return dialog.result()
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    dialog = launch.login(location, initialised[0])
    assert dialog is not None and dialog.actor is not None
    assert seen[0] == ("Lotse – Anmeldung", "")
    assert seen[1][1] == "admin"
    assert seen[1][0] != seen[0][0]  # no longer German
    assert read(location.config_file).language == "uk"
    # The admin chose nothing of their own: the computer's choice stays.
    assert application().property("lotse_language") == "uk"


def test_a_user_who_chose_arabic_gets_it_right_to_left_after_the_login(
    initialised: tuple[Database, Actor], location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, admin = initialised
    stored = set_own_language(database, admin, "ar")
    assert stored.language == "ar"

    def fake_exec(dialog: LoginDialog) -> int:
        dialog.username.setText("admin")
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    dialog = launch.login(location, database)
    assert dialog is not None and dialog.actor is not None
    assert dialog.actor.language == "ar"
    assert application().property("lotse_language") == "ar"
    assert application().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Tables speak it too: CLDR's Arabic names and date order.
    assert show_country("SY") == "سوريا"
    assert show_language("uk") == "الأوكرانية"
    assert show_date(date(2026, 3, 5)) == "05\u200f/03\u200f/2026"
    assert show_hours(90) == "1.50"
    # A path keeps its direction inside an Arabic sentence; in German it stays bare.
    assert show_path("/tmp/lotse") == "\u2066/tmp/lotse\u2069"


def test_german_tables_read_as_before() -> None:
    assert application().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert show_date(date(2026, 3, 5)) == "05.03.2026"
    assert show_hours(123_456) == "2.057,60"
    assert show_country("UA") == "Ukraine"
    assert show_path("/tmp/lotse") == "/tmp/lotse"  # copied from a message, pastes as is


def test_choosing_a_language_in_the_settings_rebuilds_the_window_in_it(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    sessions = launch.Sessions(application())
    window = sessions.open(database, admin, first=False)
    qtbot.addWidget(window)
    window.show_section("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    assert page.general.language.title() == "Ihre Sprache"
    page.general.language.choice.setCurrentIndex(page.general.language.choice.findData("en"))
    new = sessions.window
    assert isinstance(new, MainWindow) and new is not window
    qtbot.addWidget(new)
    assert new.actor.language == "en"
    assert application().property("lotse_language") == "en"
    settings = new.pages["settings"]
    assert isinstance(settings, SettingsPage)
    assert new.stack.currentWidget() is settings  # where the user was
    assert settings.general.language.title() == "Your language"
    assert settings.general.language.choice.currentData() == "en"
    # Stored with the account, in the audit trail.
    again = set_own_language(database, admin, None)
    assert again.language is None
    new.close_for_logout()


def test_an_unknown_language_is_refused_naming_the_field(database: Database, admin: Actor) -> None:
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError) as raised:
        set_own_language(database, admin, "xx")
    assert raised.value.field == "language"
    assert "Українська" in raised.value.message


def test_right_to_left_labels_start_at_the_right_and_times_read_left_to_right(
    qtbot: QtBot,
) -> None:
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

    from app.ui.widgets import TimeEdit

    launch.prepare_application(application(), "fa")
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    name = QLabel("Lindener Marktplatz 3", form)  # Latin text would align to the far left
    centred = QLabel("—", form)
    centred.setAlignment(Qt.AlignmentFlag.AlignCenter)
    time = TimeEdit(QTime(9, 30), form)
    layout.addRow("نشانی:", name)
    layout.addRow("—", centred)
    layout.addRow("ساعت:", time)
    form.show()
    absolute_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    assert name.alignment() & absolute_right == absolute_right
    assert centred.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert time.layoutDirection() == Qt.LayoutDirection.LeftToRight  # "09:30", not "30:09"
    launch.prepare_application(application(), "de")
    later = QLabel("Lindener Marktplatz 3")
    qtbot.addWidget(later)
    later.show()
    assert not later.alignment() & Qt.AlignmentFlag.AlignAbsolute  # German: as Qt lays out
