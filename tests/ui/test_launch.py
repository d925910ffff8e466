"""Start-up: assistant on an empty folder, login otherwise, plain messages for bad files."""

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.services.actor import Actor
from app.storage.database import Database
from app.storage.location import Location
from app.ui import launch
from app.ui.first_run import FirstRunWizard
from app.ui.login import LoginDialog
from tests.conftest import ADMIN_PASSWORD, raw_connection


def test_an_empty_folder_starts_the_assistant(
    location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fake_exec(self: FirstRunWizard) -> int:
        shown.append(type(self).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    assert launch.start_session(location) is None
    assert shown == ["FirstRunWizard"]
    assert not location.database.exists()


def test_an_existing_database_asks_for_login(
    initialised: tuple[Database, Actor], location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(self: LoginDialog) -> int:
        self.username.setText("admin")
        self.password.setText(ADMIN_PASSWORD)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    session = launch.start_session(location)
    assert session is not None
    database, actor = session
    try:
        assert actor.username == "admin"
    finally:
        database.close()


def test_a_newer_database_is_explained_not_opened(
    initialised: tuple[Database, Actor], location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    initialised[0].close()
    connection = raw_connection(location)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    messages: list[str] = []

    def fake_exec(self: LoginDialog) -> int:
        self.username.setText("admin")
        self.password.setText(ADMIN_PASSWORD)
        self.accept()  # the password is right, the file is not for this version
        messages.append(self.error_label.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert launch.start_session(location) is None
    assert len(messages) == 1
    assert "neueren Lotse-Version" in messages[0] and "nicht verändert" in messages[0]


def test_once_the_window_is_up_its_objects_skip_full_collections(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Full garbage collections walked every object of Qt, SQLAlchemy and the models and
    stalled scrolling the case list; after start-up those objects are exempt."""
    import gc

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    monkeypatch.setattr(launch, "SETTLE_AFTER_MS", 10)
    gc.unfreeze()
    sessions = launch.Sessions(application)
    window = sessions.open(database, admin)
    qtbot.addWidget(window)
    assert gc.get_freeze_count() == 0  # not before the window has painted
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    assert gc.get_freeze_count() > 10_000  # the modules' and the window's objects
