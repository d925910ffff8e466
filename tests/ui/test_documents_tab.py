"""The Dokumente tab of the case window, in German: a signed questionnaire is added,
opened in the computer's viewer through a copy, and gone after the erasure."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import DocumentKind, ErasureGround, Gender
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.privacy import erase_case
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.documents import AddDocumentDialog
from app.ui.labels import select_data


def test_a_document_is_added_opened_and_gone_after_the_erasure(
    qtbot: QtBot, database: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = create_case(database, admin, CaseInput("Mariam", "Rahimi", Gender.FEMALE))
    assert person.id is not None
    scan = tmp_path / "Eintrittsfragebogen.pdf"
    scan.write_bytes(b"%PDF-1.4 unterschrieben")
    window = CaseFileWindow(database, admin, person.id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.documents)
    panel = window.documents.panel
    assert panel.model.rowCount() == 0

    dialog = AddDocumentDialog(database, admin, panel.owner, window)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() is None and dialog.day.text() == ""
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Art: Wählen Sie, was für ein Dokument es ist." in dialog.errors.text()
    assert "Datei:" in dialog.errors.text()
    dialog.file.setText(str(scan))
    dialog.title.setText("ESF-Eintritt, unterschrieben")
    select_data(dialog.kind, DocumentKind.SIGNED_QUESTIONNAIRE)
    dialog.day.set_value(date.today())
    dialog.accept()
    assert dialog.saved, dialog.errors.text()
    panel.refresh()
    assert [panel.model.index(0, c).data() for c in (1, 2, 3)] == [
        "ESF-Eintritt, unterschrieben",
        "unterschriebener Fragebogen",
        "Eintrittsfragebogen.pdf",
    ]

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or True
    )
    panel.view.selectRow(0)
    assert "unverschlüsselte Kopie" in panel.open_button.toolTip()  # says what opening does
    panel.open_selected()
    assert Path(opened[0]).read_bytes() == scan.read_bytes()

    erase_case(database, admin, person.id, ErasureGround.CONSENT_WITHDRAWN)
    with database.engine.connect() as connection:
        left = connection.exec_driver_sql("SELECT count(*) FROM document_content").scalar()
    assert left == 0
