"""Asking the user what to do while another process holds the database's write lock.

Lotse waits the busy timeout (10 s) at the start of every write transaction; when
the lock is still taken, this prompt offers to wait once more. Nothing was written
yet at that point, so retrying is safe. Work in a worker thread cannot show a
dialog: it gives up, and its task reports the plain message.
"""

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.database import set_busy_prompt


def ask_to_wait() -> bool:
    """True when the user chose to wait again for the other process."""
    application = QApplication.instance()
    if application is None or QThread.currentThread() is not application.thread():
        return False
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QApplication.translate("Busy", "Lotse"),
        QApplication.translate(
            "Busy",
            "Another process is writing to the database right now (an import, a backup or "
            "another Lotse). Nothing was changed yet.\n\nWait for it again?",
        ),
        parent=QApplication.activeWindow(),
    )
    box.addButton(QMessageBox.StandardButton.Retry)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box.exec() == QMessageBox.StandardButton.Retry


def install_busy_prompt() -> None:
    set_busy_prompt(ask_to_wait)


def remove_busy_prompt() -> None:
    set_busy_prompt(None)
