"""One Lotse window per data folder; a save waiting for another writer asks, never crashes."""

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services.actor import Actor
from app.storage.database import Database
from app.storage.location import Location
from app.ui import busy, launch
from app.ui.instance_lock import LOCK_NAME
from app.ui.login import LoginDialog

HOLD_LOCK = (
    "import sys\n"
    "from PySide6.QtCore import QLockFile\n"
    "lock = QLockFile(sys.argv[1])\n"
    "lock.setStaleLockTime(0)\n"
    "assert lock.tryLock(0)\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
    "lock.unlock()\n"
)


@pytest.fixture
def other_gui(location: Location, initialised: tuple[Database, Actor]) -> Iterator[None]:
    """A first Lotse (another process) holding the data folder."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(location.data_dir / LOCK_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    assert process.stdout.readline().strip() == "locked"
    yield
    process.stdin.write("\n")
    process.stdin.close()
    process.stdout.close()
    assert process.wait(timeout=30) == 0


def test_a_second_gui_on_the_same_folder_is_refused(
    other_gui: None, location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    logins: list[str] = []
    monkeypatch.setattr(
        LoginDialog, "exec", lambda _dialog: logins.append("login") or QDialog.DialogCode.Rejected
    )
    assert launch.run_gui(location) == 1
    assert logins == []
    assert len(warnings) == 1
    assert "Lotse ist mit dem Datenordner" in warnings[0]
    assert str(location.data_dir) in warnings[0]


def test_the_folder_is_free_again_after_the_first_gui_quits(
    location: Location, initialised: tuple[Database, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    logins: list[str] = []
    monkeypatch.setattr(
        LoginDialog, "exec", lambda _dialog: logins.append("login") or QDialog.DialogCode.Rejected
    )
    assert launch.run_gui(location) == 0
    assert launch.run_gui(location) == 0
    assert logins == ["login", "login"]
    assert not (location.data_dir / LOCK_NAME).exists()


def test_the_busy_prompt_offers_to_wait_again(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def click_retry(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "exec", click_retry)
    assert busy.ask_to_wait() is True
    assert shown and shown[0].startswith("Ein anderer Vorgang schreibt gerade")


def test_the_busy_prompt_gives_up_outside_the_gui_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    monkeypatch.setattr(QMessageBox, "exec", lambda _box: pytest.fail("a dialog in a worker"))
    answers: list[bool] = []
    worker = threading.Thread(target=lambda: answers.append(busy.ask_to_wait()))
    worker.start()
    worker.join()
    assert answers == [False]
