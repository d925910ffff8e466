"""Recognition counselling and a placement through the German GUI: a procedure from its
application to the decision appears in the recognition report; an exit into work leads
to the placement, which the outcome report counts by sector."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from app.domain.enums import (
    Answer,
    ContractType,
    EconomicSector,
    EmploymentStatus,
    ExitStatus,
    Gender,
    RecognitionResult,
    Role,
)
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.enrollments import EntryAnswers, enroll
from app.services.projects import list_projects
from app.services.users import add_user
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.dialogs.enrollment import ExitDialog
from app.ui.dialogs.recognition import PlacementDialog, ProcedureDialog
from app.ui.labels import select_data
from app.ui.pages.reports import ReportsPage

YEAR = 2026  # the project WIR-2026 starts on 1 January 2026


@pytest.fixture
def advisor(database: Database, admin: Actor) -> Actor:
    user = add_user(database, admin, "leyla", "advisor", "passwort-1234-lang", "Leyla Demir")
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, Role.ADVISOR)


def table_rows(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def preview(page: ReportsPage, title: str) -> list[list[str]]:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    return table_rows(page.preview_views[titles.index(title)])


def test_recognition_from_application_to_decision_and_a_placement(
    qtbot: QtBot, database: Database, advisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = create_case(database, advisor, CaseInput("Amal", "Nasser", Gender.FEMALE))
    project = next(p for p in list_projects(database, advisor) if p.code == "WIR-2026")
    assert person.id is not None and project.id is not None
    enroll(
        database,
        advisor,
        person.id,
        project.id,
        date(YEAR, 1, 5),
        EntryAnswers(employment_status=EmploymentStatus.UNEMPLOYED),
    )
    window = CaseFileWindow(database, advisor, person.id)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Anerkennung" in titles and "Arbeitsaufnahmen" in titles
    window.tabs.setCurrentWidget(window.recognition)
    tab = window.recognition
    assert tab.model.rowCount() == 0

    # The application: nothing pre-selected, the result stays empty until decided.
    def apply(dialog: ProcedureDialog) -> int:
        assert dialog.windowTitle() == "Neues Anerkennungsverfahren"
        assert dialog.regulated.currentData() is None
        assert dialog.outcome.currentData() is None
        assert dialog.outcome.currentText() == "— noch nicht entschieden —"
        qtbot.keyClicks(dialog.occupation, "Pflegefachfrau")
        qtbot.keyClicks(dialog.kldb_code, "8130")  # one digit short
        select_data(dialog.regulated, Answer.YES)
        dialog.country.setText("Syrien")
        dialog.authority.insert("Landesamt für Soziales")
        qtbot.keyClicks(dialog.applied, f"10.01.{YEAR}")
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "KldB-Code: „8130“ ist kein KldB-2010-Code (5 Ziffern" in dialog.errors.text()
        dialog.kldb_code.setText("81302")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
        return int(dialog.result())

    monkeypatch.setattr(ProcedureDialog, "exec", apply)
    tab.new_button.click()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, tab.model.COL_OCCUPATION).data() == "Pflegefachfrau (81302)"
    assert tab.model.index(0, tab.model.COL_RESULT).data() == "offen"

    # The decision, first dated before the application.
    def decide(dialog: ProcedureDialog) -> int:
        assert dialog.occupation.text() == "Pflegefachfrau"
        dialog.decided.setText(f"01.01.{YEAR}")
        select_data(dialog.outcome, RecognitionResult.FULL_EQUIVALENCE)
        dialog.accept()
        assert dialog.errors.text().startswith(
            "Bescheiddatum: darf nicht vor dem Antragsdatum liegen."
        )
        dialog.decided.setText(f"10.04.{YEAR}")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
        return int(dialog.result())

    monkeypatch.setattr(ProcedureDialog, "exec", decide)
    tab.view.selectRow(0)
    tab.edit_button.click()
    assert tab.model.index(0, tab.model.COL_RESULT).data() == "volle Gleichwertigkeit"

    # The exit into work offers the placement, linked to that exit.
    def leave(dialog: ExitDialog) -> int:
        dialog.box.exit_date.set_value(date(YEAR, 4, 30))
        select_data(dialog.box.status, ExitStatus.EMPLOYED)
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
        return int(dialog.result())

    def place(dialog: PlacementDialog) -> int:
        assert dialog.exit.currentText() == f"WIR-2026, 30.04.{YEAR}"
        assert dialog.contract.currentData() is None and dialog.sector.currentData() is None
        qtbot.keyClicks(dialog.employer, "Klinikum Nord")
        qtbot.keyClicks(dialog.town, "Hannover")
        select_data(dialog.sector, EconomicSector.Q)
        qtbot.keyClicks(dialog.start, f"01.05.{YEAR}")
        qtbot.keyClicks(dialog.hours, "38,5")
        dialog.accept()
        assert "Vertragsart: bitte eine wählen" in dialog.errors.text()
        select_data(dialog.contract, ContractType.SOCIAL_INSURANCE)
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
        return int(dialog.result())

    monkeypatch.setattr(ExitDialog, "exec", leave)
    monkeypatch.setattr(PlacementDialog, "exec", place)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes
    )
    window.tabs.setCurrentWidget(window.projects)
    window.projects.view.selectRow(0)
    window.projects.exit_button.click()
    assert window.tabs.currentWidget() is window.placements
    placements = window.placements.model
    assert placements.rowCount() == 1
    assert [placements.index(0, c).data() for c in range(placements.columnCount())] == [
        f"01.05.{YEAR}",
        "Klinikum Nord, Hannover",
        "Q Gesundheits- und Sozialwesen",
        "sozialversicherungspflichtig",
        "38,50",
        "",
        "WIR-2026",
    ]

    page = ReportsPage(database, advisor)
    qtbot.addWidget(page)
    page.show()
    select_data(page.kind, "recognition")
    select_data(page.preset, "year")
    page.year.setValue(YEAR)
    page.preview_button.click()
    overview = dict((row[0], row[1]) for row in preview(page, "Überblick"))
    assert overview["Verfahren begonnen (Antrag im Zeitraum)"] == "1"
    assert overview["davon volle Gleichwertigkeit"] == "1"
    assert preview(page, "Nach Berufsbereich")[0][:3] == [
        "8 Gesundheit, Soziales, Lehre und Erziehung",
        "1",
        "1",
    ]
    assert preview(page, "Dauer bis zur Entscheidung")[0][:3] == [
        "alle Entscheidungen",
        "1",
        "90,00",
    ]

    select_data(page.kind, "outcomes")
    select_data(page.project, "WIR-2026")
    page.preview_button.click()
    assert preview(page, "Nach Wirtschaftszweig")[0] == [
        "Q Gesundheits- und Sozialwesen",
        "1",
        "1",
        "100,00",
    ]
