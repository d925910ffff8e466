"""The import assistant: preview, header mapping, the list of problems, then the import."""

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.services.actor import Actor
from app.services.spreadsheets.importer import header_mappings
from app.storage.database import Database
from app.ui.dialogs.import_assistant import CheckPage, ImportAssistant, ResultPage


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def start(qtbot: QtBot, database: Database, admin: Actor, path: Path) -> ImportAssistant:
    assistant = ImportAssistant(database, admin)
    qtbot.addWidget(assistant)
    assistant.show()
    page = assistant.source_page
    page.kind.setCurrentIndex(page.kind.findData("volunteers"))
    page.path.setText(str(path))
    assistant.next()
    assert assistant.currentPage() is assistant.mapping_page
    return assistant


def wait_for_result(qtbot: QtBot, page: CheckPage | ResultPage) -> None:
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)


def test_errors_are_listed_by_row_and_column_and_can_be_copied(
    qtbot: QtBot, database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "ehrenamt.csv",
        "Vorname;Nachname;Eintritt\nKarl;Meier;01.03.2025\n;Becker;31.02.2025\n",
    )
    assistant = start(qtbot, database, admin, path)
    assert assistant.mapping_page.preview_view.model().index(0, 0).data() == "Karl"
    assistant.next()
    check = assistant.check_page
    wait_for_result(qtbot, check)
    assert "2 Probleme" in check.summary.text()
    model = check.errors_view.model()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Vorname", "Eintritt"]
    assert model.index(1, 0).data() == "3"
    assert "kein Datum" in model.index(1, 2).data()
    assert not check.isComplete()  # no way on to the import
    check.copy_button.click()
    assert "Eintritt" in QGuiApplication.clipboard().text()
    saved = tmp_path / "fehler.csv"
    check.write_errors(saved)
    assert "Zeile;Spalte;Problem" in saved.read_text(encoding="utf-8-sig")


def test_unknown_headers_are_mapped_remembered_and_imported(
    qtbot: QtBot, database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = write(tmp_path / "ehrenamt.csv", "Vorname;Familienname;Hobby\nKarl;Meier;Schach\n")
    assistant = start(qtbot, database, admin, path)
    mapping = assistant.mapping_page
    assert set(mapping.combos) == {"Familienname", "Hobby"}
    combo = mapping.combos["Familienname"]
    combo.setCurrentIndex(combo.findData("Nachname"))
    assistant.next()
    wait_for_result(qtbot, assistant.check_page)
    assert assistant.check_page.isComplete(), assistant.check_page.summary.text()
    assert "Hobby" in assistant.check_page.summary.text()
    assert header_mappings(database)["volunteers"] == {"familienname": "Nachname"}
    assistant.next()
    wait_for_result(qtbot, assistant.result_page)
    assert assistant.result_page.summary.text() == (
        "Importiert: 1 neu angelegt, 0 aktualisiert, 0 unverändert."
    )
    assert assistant.imported
