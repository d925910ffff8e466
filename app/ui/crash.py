"""The global exception hook: known problems get a plain message, bugs a copyable report."""

import logging
import platform
import sys
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.error_text import safe_traceback
from app.ui.problems import problem_message

log = logging.getLogger(__name__)


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    lines = [
        f"Lotse {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        "",
        *safe_traceback(kind, value, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Shows the report read-only, with a button to copy it for an e-mail to support."""

    def __init__(self, report: str, log_file: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lotse – unexpected error"))
        self.resize(680, 440)
        intro = QLabel(
            self.tr(
                "Something went wrong that Lotse did not expect. Your saved data is safe. "
                "Please copy this report and send it to whoever looks after Lotse for your "
                "club. The report is also in the log file:\n{log_file}"
            ).format(log_file=log_file),
            self,
        )
        intro.setWordWrap(True)
        self.report_view = QPlainTextEdit(report, self)
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_view)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())


class ExceptionHook:
    """Replaces ``sys.excepthook`` while the GUI runs."""

    def __init__(self, log_file: str) -> None:
        self.log_file = log_file
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self.previous

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if QApplication.instance() is None:
            self.previous(kind, value, tb)
            return
        parent = QApplication.activeWindow()
        # The one decision what a user can act on (ui/problems.py); only the kind is
        # logged, as messages may name people or files.
        if (message := problem_message(value)) is not None:
            log.info("problem shown to the user: %s", type(value).__name__)
            QMessageBox.warning(parent, QApplication.translate("CrashDialog", "Lotse"), message)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        CrashDialog(crash_report(kind, value, tb), self.log_file, parent).exec()
