"""The About dialog: version, licence, data location."""

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__


def show_about(parent: QWidget | None, database_path: str) -> None:
    title = QCoreApplication.translate("About", "About Lotse")
    text = QCoreApplication.translate(
        "About",
        "<h3>Lotse {version}</h3>"
        "<p>Case files, consultations, volunteers and funder statistics for small "
        "migrant organisations and volunteer clubs – offline, in one file.</p>"
        "<p>Database: <br/><code>{path}</code></p>"
        "<p>Qt {qt}, PySide6 {pyside}<br/>Licence: GNU GPL version 3 or later.</p>",
    ).format(version=__version__, path=database_path, qt=qVersion(), pyside=pyside_version)
    QMessageBox.about(parent, title, text)
