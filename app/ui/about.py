"""The About dialog: version, data location, Lotse's licence and the third-party licences."""

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__, licences
from app.ui.icons import icon


class AboutDialog(QDialog):
    def __init__(self, database_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Lotse"))
        self.setWindowIcon(icon("lotse"))
        self.resize(640, 560)
        logo = QLabel(self)
        logo.setPixmap(icon("lotse").pixmap(64, 64))
        self.summary = QLabel(
            self.tr(
                "<h3>Lotse {version}</h3>"
                "<p>Case files, consultations, volunteers and funder statistics for small "
                "migrant organisations and volunteer clubs – offline, in one file.</p>"
                "<p>Database: <br/><code>{path}</code></p>"
                "<p>Qt {qt}, PySide6 {pyside}, Python {python}</p>"
                "<p>Lotse is free software under the GNU General Public License, version 3 "
                "or later. It comes with ABSOLUTELY NO WARRANTY. It uses the packages "
                "listed under “Third-party licences”, each under its own licence.</p>"
            ).format(
                version=__version__,
                path=database_path,
                qt=qVersion(),
                pyside=pyside_version,
                python=platform.python_version(),
            ),
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.summary, 1)

        own = licences.own_licence_text() or self.tr(
            "The licence text is missing from this installation: "
            "GNU General Public License, version 3 or later."
        )
        self.licence = self._text_view(own)
        self.notices = self._text_view(licences.third_party_notices())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.licence, self.tr("&Licence"))
        self.tabs.addTab(self.notices, self.tr("&Third-party licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text_view(self, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setPlainText(text)
        return view


def show_about(parent: QWidget | None, database_path: str) -> None:
    AboutDialog(database_path, parent).exec()
