"""The audit viewer shows entities and actions in German, with the case, account,
volunteer or project an event concerns."""

import os
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.users import add_user
from app.storage.database import Database
from app.ui.dialogs.audit_viewer import AuditModel, AuditViewer

SHOTS = os.environ.get("LOTSE_SCREENSHOTS")


def test_the_viewer_names_entities_and_actions_in_german(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    case = create_case(
        database, admin, CaseInput("Omar", "Haddad", Gender.MALE), today=date(2026, 11, 20)
    )
    assert case.id is not None
    read_case_file(database, admin, case.id)
    add_user(database, admin, "samir", "advisor", "samirs-passwort-1", "Samir Aziz")
    viewer = AuditViewer(database, admin)
    qtbot.addWidget(viewer)
    viewer.resize(1100, 560)
    viewer.show()
    model = viewer.model
    cells = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    actions = {row[AuditModel.COL_ACTION] for row in cells}
    entities = {row[AuditModel.COL_ENTITY] for row in cells}
    assert {"angesehen", "angelegt", "eingerichtet"} <= actions
    assert "Fallakte: Omar Haddad" in entities
    assert "Benutzerkonto: Samir Aziz (samir)" in entities
    assert any(e.startswith("Projekt: WIR-2026") for e in entities)
    assert not any(e.startswith(("user ", "participant")) for e in entities)
    assert f"{case.case_number} Omar Haddad" in {row[AuditModel.COL_CASE] for row in cells}
    if SHOTS:
        viewer.grab().save(str(Path(SHOTS) / "audit-viewer.png"))
