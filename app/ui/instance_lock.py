"""One Lotse window per data folder.

Two GUIs on the same data would take turns at every save and each show the other's
changes only after a refresh; the second one is refused with a message instead. The
lock is a ``QLockFile`` in the data folder, so it also holds between two computers
sharing the folder, and Qt takes over a lock whose process no longer runs (after a
crash). Command-line runs (`lotse import`, backups from a scheduler) do not take it:
they may run beside the GUI, and the busy timeout orders their writes.
"""

from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.formatting import show_path

LOCK_NAME = "lotse-gui.lock"


class InstanceLock:
    """The claim of this process on one data folder; released by ``release``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # Never stale by age: a long session is still alive. A dead owner is detected
        # by Qt from the process id and host name in the file.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        if not self.data_dir.is_dir():
            return True  # nothing to share yet; the first-run assistant creates it
        return self._lock.tryLock(0)

    def holds(self, data_dir: Path) -> bool:
        """True when this lock is taken and is the one of ``data_dir``."""
        return self._lock.isLocked() and self.data_dir == data_dir

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def claim(data_dir: Path) -> InstanceLock | None:
    """The lock on ``data_dir``, or None after telling the user another Lotse has it."""
    lock = InstanceLock(data_dir)
    if lock.acquire():
        return lock
    QMessageBox.warning(
        None,
        QApplication.translate("InstanceLock", "Lotse is already open"),
        QApplication.translate(
            "InstanceLock",
            "Lotse is already open with the data folder\n{path}\n(in another window, "
            "perhaps by another user of this computer). Please use that window: two Lotse "
            "windows on the same data would overwrite each other's work.",
        ).format(path=show_path(data_dir)),
    )
    return None
