"""The club's record of processing activities (Art. 30 GDPR), generated from the
settings, shown for reading and saved as PDF for the data-protection officer.

The document itself is German (like the reports): it is written for the club's
data-protection officer and the supervisory authority.
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import QDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.database import Database
from app.services.records_of_processing import (
    RecordsOfProcessing,
    activity_rows,
    records_of_processing,
    write_records_of_processing,
)
from app.ui.tasks import Task


def records_html(records: RecordsOfProcessing) -> str:
    parts = ["<h2>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</h2><table>"]
    parts += [
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in records.controller
    ]
    parts.append("</table>")
    for number, activity in enumerate(records.activities, 1):
        parts.append(f"<h3>{number}. {escape(activity.name)}</h3><table>")
        for label, text in activity_rows(activity):
            value = escape(text)
            parts.append(f"<tr><td width='28%'><b>{escape(label)}</b></td><td>{value}</td></tr>")
        parts.append("</table>")
    parts.append("<h3>Technische und organisatorische Maßnahmen (Art. 32 DSGVO)</h3><ul>")
    parts += [f"<li>{escape(m)}</li>" for m in records.measures]
    parts.append("</ul>")
    return "".join(parts)


class RecordsOfProcessingDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Records of processing activities (Art. 30 GDPR)"))
        self.resize(900, 640)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Records of processing activities"))
        self.view.setHtml(records_html(records_of_processing(database, actor)))
        buttons = QDialogButtonBox(self)
        self.pdf_button = buttons.addButton(
            self.tr("Save as &PDF …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def save_pdf(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the records of processing"),
            str(Path(QDir.homePath()) / "verzeichnis-verarbeitungstaetigkeiten.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not target:
            return
        database, actor, path = self.database, self.actor, Path(target)

        def work(_progress: object) -> Path:
            return write_records_of_processing(database, actor, path)

        self.task = Task(self.tr("Writing the PDF …"), work, self)
        self.task.finished.connect(self._written)
        self.task.problem.connect(self._failed)
        self.task.start()

    def _written(self, path: object) -> None:
        assert isinstance(path, Path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)
