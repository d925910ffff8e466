"""Where Lotse writes a file the user asked for, it says that the file is not encrypted:
in the save dialog's title and in the message after writing."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.actor import Actor
from app.storage.database import Database
from app.ui.labels import select_data
from app.ui.main_window import MainWindow
from app.ui.pages.reports import ReportsPage

NOT_ENCRYPTED = "nicht verschlüsselt"


@pytest.fixture
def save_dialog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the save dialogs shown; each answers with a file in tmp_path."""
    titles: list[str] = []

    def choose(_parent: object, title: str, directory: str, pattern: str) -> tuple[str, str]:
        titles.append(title)
        return str(tmp_path / Path(directory).name), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    return titles


def test_the_full_export_says_its_file_is_not_encrypted(
    qtbot: QtBot, database: Database, admin: Actor, save_dialog: list[str]
) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.export_everything()
    assert NOT_ENCRYPTED in save_dialog[0]
    qtbot.waitUntil(lambda: NOT_ENCRYPTED in window.statusBar().currentMessage(), timeout=10_000)
    assert window.export_target.exists()


def test_a_saved_report_says_its_file_is_not_encrypted(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    save_dialog: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    page = ReportsPage(database, admin)
    qtbot.addWidget(page)
    select_data(page.kind, "counselling")
    select_data(page.preset, "year")
    page.year.setValue(date.today().year)
    page.preview_button.click()
    page.save_xlsx()
    assert NOT_ENCRYPTED in save_dialog[0]
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert NOT_ENCRYPTED in shown[0]
