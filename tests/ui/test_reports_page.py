"""The Berichte view: preview a report in the app and save it as xlsx and PDF."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import EmploymentStatus, Gender
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.enrollments import EntryAnswers, enroll
from app.services.projects import list_projects
from app.storage.database import Database
from app.ui.labels import select_data
from app.ui.pages.reports import ReportsPage


def test_preview_and_save(
    qtbot: QtBot, database: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = create_case(
        database,
        admin,
        CaseInput(
            "Omar", "Haddad", Gender.MALE, birth_date=date(1990, 1, 1), nationalities=("SY",)
        ),
        today=date(2026, 11, 20),
    )
    project_id = list_projects(database, admin)[0].id
    assert person.id is not None and project_id is not None
    enroll(
        database,
        admin,
        person.id,
        project_id,
        date(2026, 3, 1),
        EntryAnswers(employment_status=EmploymentStatus.UNEMPLOYED),
        today=date(2026, 11, 20),
    )
    page = ReportsPage(database, admin)
    qtbot.addWidget(page)
    page.show()
    assert not page.xlsx_button.isEnabled()
    select_data(page.preset, "year")
    page.year.setValue(2026)
    page.preview_button.click()
    assert page.tabs.count() == 4
    assert page.tabs.tabText(0) == "ESF-Indikatoren"
    model = page.preview_views[0].model()
    assert (model.index(0, 0).data(), model.index(0, 2).data(), model.index(0, 4).data()) == (
        "EECO01",
        "1",
        "1",
    )
    assert page.xlsx_button.isEnabled() and page.pdf_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    for output in ("xlsx", "pdf"):
        path = tmp_path / f"esf.{output}"
        page.write(output, path)
        qtbot.waitUntil(path.exists, timeout=10_000)
        qtbot.waitUntil(lambda p=path: getattr(page, "last_written", None) == p, timeout=10_000)
    assert load_workbook(tmp_path / "esf.xlsx")["ESF-Indikatoren"]["C2"].value == 1
    assert (tmp_path / "esf.pdf").read_bytes().startswith(b"%PDF")

    # A different period makes the preview stale: it is cleared and cannot be saved.
    page.year.setValue(2025)
    assert page.tabs.count() == 0 and not page.xlsx_button.isEnabled()
    assert not page.pdf_button.isEnabled()
    page.year.setValue(2026)
    page.preview_button.click()
    assert page.xlsx_button.isEnabled()
    select_data(page.kind, "counselling")
    assert page.tabs.count() == 0 and not page.xlsx_button.isEnabled()
    assert page.projects.isVisible() and not page.project.isVisible()
    page.preview_button.click()
    assert page.tabs.tabText(0) == "Überblick"
    assert "Basis" in page.tabs.widget(1).findChild(QLabel).text()
    select_data(page.kind, "volunteers")
    assert page.preset.isVisible()  # a year, or any period (hours valued by their year)
    page.preview_button.click()
    assert page.tabs.tabText(0) == "Überblick"
