"""Issue #14 in the interface: the first-contact dialog records only answers, the
consents tab withdraws, the settings reach partners and the record of processing."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from app.domain.enums import ConsentForm, ConsentKind, Gender
from app.domain.models import Consent
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consents import add_partner
from app.services.database import Database
from app.ui.dialogs.first_contact import FirstContactDialog
from app.ui.labels import select_data


def consents(database: Database) -> list[Consent]:
    with database.session() as session:
        return list(session.exec(select(Consent).order_by(Consent.id)))


@pytest.fixture
def case(database: Database, admin: Actor) -> tuple[int, str]:
    participant = create_case(
        database, admin, CaseInput("Amal", "Nasser", Gender.FEMALE, languages=("en",))
    )
    assert participant.id is not None
    return participant.id, participant.case_number


def test_nothing_is_chosen_and_nothing_recorded_unless_answered(
    qtbot: QtBot, database: Database, admin: Actor, case: tuple[int, str]
) -> None:
    add_partner(database, admin, "Jobcenter Nord", "Vermittlung in Arbeit")
    dialog = FirstContactDialog(database, admin, *case)
    qtbot.addWidget(dialog)
    assert not dialog.notice_today.isChecked() and not dialog.notice_later.isChecked()
    assert [combo.currentData() for _, _, combo in dialog.answers] == [None] * 5
    assert dialog.answers[-1][0] == ConsentKind.PARTNER_TRANSFER
    dialog.notice_later.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert consents(database) == []  # "later" and nothing answered: nothing recorded


def test_answers_are_recorded_with_how_and_the_template_versions(
    qtbot: QtBot, database: Database, admin: Actor, case: tuple[int, str]
) -> None:
    partner = add_partner(database, admin, "Jobcenter Nord", "Vermittlung in Arbeit")
    dialog = FirstContactDialog(database, admin, *case)
    qtbot.addWidget(dialog)
    dialog.notice_today.setChecked(True)
    rows = {(kind, partner_id): combo for kind, partner_id, combo in dialog.answers}
    select_data(rows[(ConsentKind.PHOTOS, None)], ConsentForm.WRITTEN)
    select_data(rows[(ConsentKind.PARTNER_TRANSFER, partner)], ConsentForm.ORAL)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(c.kind, c.given_as, c.partner_id, c.version, c.given_on) for c in consents(database)] == [
        (ConsentKind.ART13_NOTICE, None, None, "2026-11-de + 2026-11-en", date.today()),
        (ConsentKind.PHOTOS, ConsentForm.WRITTEN, None, "2026-11-de + 2026-11-en", date.today()),
        (ConsentKind.PARTNER_TRANSFER, ConsentForm.ORAL, partner, "2026-11-de + 2026-11-en",
         date.today()),
    ]  # fmt: skip


def test_the_notice_is_printed_off_the_gui_thread(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    case: tuple[int, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QDesktopServices

    target = tmp_path / "information.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF-Dokumente (*.pdf)")
    )
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = FirstContactDialog(database, admin, *case)
    qtbot.addWidget(dialog)
    dialog.notice_button.click()
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
    assert consents(database) == []  # printing records nothing


def test_withdrawing_in_the_case_window(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    case: tuple[int, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services.consents import ConsentAnswer, record_first_contact
    from app.ui.case_window import CaseFileWindow
    from app.ui.case_window.lists_tabs import WithdrawDialog

    record_first_contact(
        database, admin, case[0], True,
        [ConsentAnswer(ConsentKind.PHOTOS, ConsentForm.WRITTEN)], "N", "C",
    )  # fmt: skip
    window = CaseFileWindow(database, admin, case[0])
    qtbot.addWidget(window)
    tab = window.consents
    window.show()
    window.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 2
    assert tab.model.index(1, tab.model.COL_HOW).data() == "schriftlich erteilt"
    tab.view.selectRow(1)
    shown: list[WithdrawDialog] = []

    def answer(dialog: WithdrawDialog) -> int:
        shown.append(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(WithdrawDialog, "exec", answer)
    tab.withdraw()
    assert shown and consents(database)[1].withdrawn_on == date.today()
    assert tab.model.index(1, tab.model.COL_WITHDRAWN).data() == f"{date.today():%d.%m.%Y}"
