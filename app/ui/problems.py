"""The one way the interface treats a failure: a problem the user can act on is shown
as a message, anything else is a bug and goes to the crash handler with its traceback.

Known problems are the services' ``ServiceError`` (their message is already written
for the user) and ``OSError`` from files the user chose (a full disk, a folder without
write permission, a file open in Excel). Background tasks (``ui/tasks.py``) and
direct calls alike end here.
"""

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import ServiceError, environment_message
from app.ui.formatting import show_path

log = logging.getLogger(__name__)


def problem_message(error: BaseException) -> str | None:
    """The message for a problem the user can act on; None for a bug."""
    if isinstance(error, ServiceError):
        return error.message
    # A full disk, a write-protected stick, a missing permission: said the same way
    # wherever it happens (also as the cause of a database error).
    if (known := environment_message(error)) is not None:
        return known
    if isinstance(error, OSError):
        reason = error.strerror or type(error).__name__
        if error.filename:
            return QCoreApplication.translate(
                "Problems", "The file {path} could not be written or read: {reason}."
            ).format(path=show_path(error.filename), reason=reason)
        return QCoreApplication.translate(
            "Problems", "A file could not be written or read: {reason}."
        ).format(reason=reason)
    return None


def report_bug(error: BaseException) -> None:
    """Hand an unexpected error to the crash handler (it logs the traceback)."""
    sys.excepthook(type(error), error, error.__traceback__)


def show_problem(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A message box for a known problem; the crash handler for anything else."""
    message = problem_message(error)
    if message is None:
        report_bug(error)
        return
    # The kind of problem only: messages may name people or files.
    log.info("problem shown to the user: %s", type(error).__name__)
    QMessageBox.warning(parent, title, message)
