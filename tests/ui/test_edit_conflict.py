"""The case form shows a change made meanwhile by someone else and lets the user choose."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case, update_case
from app.storage.database import Database
from app.ui.conflict import ConflictChoice
from app.ui.dialogs.case_form import CaseFormDialog

FORM = CaseInput("Aylin", "Kaya", Gender.FEMALE, phone="0171 1111", city="Hannover")


def open_form(qtbot: QtBot, database: Database, admin: Actor) -> tuple[CaseFormDialog, int]:
    case = create_case(database, admin, FORM)
    assert case.id is not None
    shown = read_case_file(database, admin, case.id)
    form = CaseFormDialog(database, admin, shown.participant, shown.nationalities, shown.languages)
    qtbot.addWidget(form)
    form.show()
    # Meanwhile, in another window: a new phone number.
    update_case(database, admin, case.id, replace(FORM, phone="0171 2222"))
    form.city.setText("Hildesheim")
    return form, case.id


def answer(monkeypatch: pytest.MonkeyPatch, role: QMessageBox.ButtonRole) -> list[str]:
    shown: list[str] = []

    def click(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return shown


def stored(database: Database, admin: Actor, case_id: int) -> tuple[str | None, str | None]:
    participant = read_case_file(database, admin, case_id).participant
    return participant.phone, participant.city


def test_the_conflict_names_both_values_and_going_back_saves_nothing(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    form, case_id = open_form(qtbot, database, admin)
    shown = answer(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    form.save_button.click()
    assert len(shown) == 1
    assert "wurde von jemand anderem geändert" in shown[0]
    assert "Telefon\n    jetzt gespeichert: 0171 2222\n    Ihre Eingabe: 0171 1111" in shown[0]
    assert "Ort\n    jetzt gespeichert: Hannover\n    Ihre Eingabe: Hildesheim" in shown[0]
    assert form.result() != QDialog.DialogCode.Accepted and form.isVisible()
    assert stored(database, admin, case_id) == ("0171 2222", "Hannover")


def test_saving_mine_after_seeing_the_conflict(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    form, case_id = open_form(qtbot, database, admin)
    answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    form.save_button.click()
    assert form.result() == QDialog.DialogCode.Accepted
    assert stored(database, admin, case_id) == ("0171 1111", "Hildesheim")


def test_keeping_the_saved_version_closes_the_form_without_saving(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    form, case_id = open_form(qtbot, database, admin)
    answer(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)
    form.save_button.click()
    assert form.result() == QDialog.DialogCode.Accepted and form.saved_id == case_id
    assert stored(database, admin, case_id) == ("0171 2222", "Hannover")


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_save_checked_retries_over_the_new_version_only_when_asked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: object
) -> None:
    from PySide6.QtWidgets import QWidget

    from app.services.row_versions import EditConflict
    from app.ui import conflict

    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(conflict, "ask", lambda _parent, _conflict: choice)
    versions: list[int | None] = []

    def save(expected: int | None) -> None:
        versions.append(expected)
        if expected == 1:
            raise EditConflict("changed", [], current_version=4)

    result = conflict.save_checked(parent, save, 1)
    if choice is ConflictChoice.SAVE_MINE:
        assert (result, versions) == (None, [1, 4])
    else:
        assert (result, versions) == (choice, [1])
