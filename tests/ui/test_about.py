"""The About dialog: version, Lotse's licence text and the third-party licences."""

import re
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import __version__, licences
from app.ui.about import AboutDialog


def test_about_shows_version_licence_text_and_the_packages_lotse_runs_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = AboutDialog(str(tmp_path / "lotse.sqlite3"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Über Lotse"
    assert f"Lotse {__version__}" in dialog.summary.text()
    assert "GNU General Public License, Version 3 oder später" in dialog.summary.text()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&Lizenz",
        "Lizenzen &Dritter",
    ]
    licence = dialog.licence.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    notices = dialog.notices.toPlainText()
    for package in ("PySide6_Essentials", "SQLAlchemy", "reportlab", "openpyxl", "alembic"):
        assert f"\n{package} " in notices, package
    assert "Licence: MIT" in notices  # SQLAlchemy, with its licence text from the dist-info
    assert "pytest" not in notices.lower()  # test tools are not part of Lotse


def test_a_bundle_shows_its_own_licence_and_generated_notices_files(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / licences.NOTICES_FILE).write_text("Bundled: Qt 6, Python 3\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("GPL as bundled\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    dialog = AboutDialog(str(tmp_path / "lotse.sqlite3"))
    qtbot.addWidget(dialog)
    assert dialog.notices.toPlainText() == "Bundled: Qt 6, Python 3\n"
    assert dialog.licence.toPlainText() == "GPL as bundled\n"


def test_the_runtime_packages_leave_out_extras_and_lotse_itself() -> None:
    names = {
        re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower() for d in licences.runtime_distributions()
    }
    assert {"sqlalchemy", "alembic", "pyside6-essentials", "shiboken6", "platformdirs"} <= names
    assert not names & {"lotse", "pytest", "mypy", "ruff", "pyinstaller", "setuptools"}
