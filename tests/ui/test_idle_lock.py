"""The idle lock: after the configured idle time Lotse covers its windows and asks for
the password; unsaved input in an open consultation dialog survives, and the draft on
disk stays encrypted meanwhile."""

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.auth import authenticate
from app.services.cases import CaseInput, create_case
from app.services.settings import IDLE_LOCK_MINUTES, get_setting
from app.storage.database import Database
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.idle_lock import Curtain, IdleLock, UnlockDialog
from app.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD

NOTE = "Qxvbrunkel: Termin bei der Ausländerbehörde vorbereiten"
SHOTS = os.environ.get("LOTSE_SCREENSHOTS")


def test_the_app_locks_when_idle_and_unlocks_with_the_password_keeping_input(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    assert get_setting(database, IDLE_LOCK_MINUTES) == 10  # the default
    actor = authenticate(database, "admin", ADMIN_PASSWORD)
    case = create_case(database, actor, CaseInput("Lale", "Zerrinqua", Gender.FEMALE),
                       today=date(2026, 11, 20))  # fmt: skip
    assert case.id is not None
    window = MainWindow(database, actor)
    qtbot.addWidget(window)
    window.show()
    dialog = ConsultationDialog(database, actor, case.id, "Beratung", parent=window)
    dialog.show()
    qtbot.keyClicks(dialog.note, "Qxvbrunkel")
    dialog.note.insertPlainText(NOTE[len("Qxvbrunkel") :])
    dialog.save_draft()

    lock = IdleLock(database, actor, window)
    seen: dict[str, object] = {}

    def while_locked() -> None:
        unlock = lock.dialog
        assert isinstance(unlock, UnlockDialog)
        curtains = [c for c in dialog.findChildren(Curtain) if c.isVisible()]
        seen["curtain_over_dialog"] = bool(curtains)
        seen["main_curtain"] = bool([c for c in window.findChildren(Curtain) if c.isVisible()])
        seen["dialog_still_open"] = dialog.isVisible()
        drafts = list(database.location.drafts_dir.iterdir())
        seen["draft_encrypted"] = bool(drafts) and all(
            b"Qxvbrunkel" not in path.read_bytes() for path in drafts
        )
        if SHOTS:
            unlock.grab().save(str(Path(SHOTS) / "idle-unlock.png"))
            window.grab().save(str(Path(SHOTS) / "idle-curtain.png"))
        unlock.password.setText("falsch-falsch")
        unlock.accept()
        seen["wrong_refused"] = unlock.isVisible() and unlock.error_label.isVisible()
        seen["wrong_message"] = unlock.error_label.text()
        unlock.password.setText(ADMIN_PASSWORD)
        unlock.unlock_button.click()

    lock.locked.connect(lambda: QTimer.singleShot(50, while_locked))
    lock.set_timeout_ms(200)
    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        pass  # no input: the lock comes by itself
    message = str(seen.pop("wrong_message"))
    assert seen == {
        "curtain_over_dialog": True,
        "main_curtain": True,
        "dialog_still_open": True,
        "draft_encrypted": True,
        "wrong_refused": True,
    }
    assert "falsch" in message  # German: "… ist falsch …"
    assert dialog.isVisible()
    assert dialog.note.toPlainText() == NOTE
    assert not [c for c in window.findChildren(Curtain) if c.isVisible()]
    lock.stop()
    dialog.done(QDialog.DialogCode.Rejected)


def test_input_postpones_the_lock(qtbot: QtBot, database: Database, admin: Actor) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(database, admin, window)
    lock.set_timeout_ms(400)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(window, "a")
    assert not lock.is_locked and lock.timer.isActive()
    lock.stop()
