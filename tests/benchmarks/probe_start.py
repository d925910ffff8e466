"""Child process: ``lotse gui`` as a user starts it, watched from inside.

Prints (``bench.name=value``, CLOCK_MONOTONIC seconds, comparable with the parent's):
``login_painted`` when the login window has painted, ``clicked`` when "Anmelden" is
pressed, ``main_painted`` when the main window's lists have painted with their rows and
nothing repainted them for a second. Then it quits.

Name and password are typed key by key as a quick typist would (``KEY_INTERVAL``), with
the event loop running in between: what Lotse does while the user types (importing the
main window, reading the migrations) happens here as it does for a person. A click
the instant the window appears would measure a login nobody can make.

Run as ``python -m tests.benchmarks.probe_start DATA_DIR``. Only the Qt classes the login
needs anyway are imported before the application's own start-up runs.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMainWindow, QWidget

from tests.benchmarks.lotse_process import ADMIN, PASSWORD

SETTLED_AFTER = 1.0  # seconds without a new paint of a filled list
KEY_INTERVAL = 125  # milliseconds between keys: 8 keys a second, about 95 words a minute


def report(name: str, value: float) -> None:
    print(f"bench.{name}={value:.6f}", flush=True)


class Watcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.login: QDialog | None = None
        self.login_painted = False
        self.last_list_paint: float | None = None
        self.settle = QTimer(self)
        self.settle.setInterval(100)
        self.settle.timeout.connect(self.check_settled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if watched is self.login and not self.login_painted:
                self.login_painted = True
                QTimer.singleShot(0, self.log_in)  # runs once this paint is done
            elif self.filled_list_in_main_window(watched):
                QTimer.singleShot(0, self.list_painted)
        return False

    @staticmethod
    def filled_list_in_main_window(widget: QWidget) -> bool:
        view = widget.parent()
        if not isinstance(view, QAbstractItemView) or view.viewport() is not widget:
            return False
        model = view.model()
        return (
            isinstance(widget.window(), QMainWindow) and model is not None and model.rowCount() > 0
        )

    def log_in(self) -> None:
        report("login_painted", time.monotonic())
        login = self.login
        assert login is not None
        keys: list[tuple[QWidget, str | Qt.Key]] = [
            *((login.username, char) for char in ADMIN),  # type: ignore[attr-defined]
            (login.username, Qt.Key.Key_Tab),  # type: ignore[attr-defined]
            *((login.password, char) for char in PASSWORD),  # type: ignore[attr-defined]
        ]
        self.type_next(keys)

    def type_next(self, keys: list[tuple[QWidget, str | Qt.Key]]) -> None:
        """One key now, the next after ``KEY_INTERVAL``; between keys the dialog's own
        event loop runs (a blocking wait here would hold Python's lock, which a person's
        typing does not)."""
        if keys:
            widget, key = keys[0]
            QTest.keyClick(widget, key)  # type: ignore[call-overload]
            QTimer.singleShot(KEY_INTERVAL, lambda: self.type_next(keys[1:]))
            return
        login = self.login
        assert login is not None
        assert login.password.text() == PASSWORD  # type: ignore[attr-defined]
        report("clicked", time.monotonic())
        self.settle.start()
        login.login_button.click()  # type: ignore[attr-defined]

    def list_painted(self) -> None:
        self.last_list_paint = time.monotonic()

    def check_settled(self) -> None:
        last = self.last_list_paint
        if last is not None and time.monotonic() - last > SETTLED_AFTER:
            self.settle.stop()
            report("main_painted", last)
            QApplication.quit()


def main() -> int:
    watcher: Watcher | None = None
    original_exec = QDialog.exec

    def watched_exec(dialog: QDialog) -> int:
        nonlocal watcher
        if type(dialog).__name__ == "LoginDialog" and watcher is None:
            watcher = Watcher()
            watcher.login = dialog
            application = QApplication.instance()
            assert application is not None
            application.installEventFilter(watcher)
        return original_exec(dialog)

    QDialog.exec = watched_exec  # type: ignore[method-assign]
    from app.cli import main as lotse

    return lotse(["--data-dir", sys.argv[1], "gui"])


if __name__ == "__main__":
    sys.exit(main())
