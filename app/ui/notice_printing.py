"""Saving a person's information notice or consent form as PDF, in the background,
then opening it for printing (first-contact dialog and the case window's consents)."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.actor import Actor
from app.services.database import Database
from app.services.notices import NoticeKind, write_notice_form
from app.ui.tasks import Task


class FormPrinter(QObject):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int,
        case_number: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.case_number = case_number
        self.window = parent
        self.task: Task | None = None

    def print_notice(self) -> None:
        self.print_form(NoticeKind.NOTICE)

    def print_consent_form(self) -> None:
        self.print_form(NoticeKind.CONSENT)

    def print_form(self, kind: NoticeKind) -> None:
        if kind == NoticeKind.NOTICE:
            title = self.tr("Save the information notice – not encrypted")
            name = f"datenschutzinformation-{self.case_number}.pdf"
        else:
            title = self.tr("Save the consent form – not encrypted")
            name = f"einwilligung-{self.case_number}.pdf"
        target, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path(QDir.homePath()) / name), self.tr("PDF documents (*.pdf)")
        )
        if not target:
            return
        path = Path(target)
        database, actor, participant_id = self.database, self.actor, self.participant_id
        today = date.today()

        def work(_progress: object) -> Path:
            return write_notice_form(database, actor, participant_id, kind, path, today)

        self.task = Task(self.tr("Writing the PDF …"), work, self.window)
        self.task.finished.connect(self._written)
        self.task.problem.connect(self._failed)
        self.task.start()

    def _written(self, path: object) -> None:
        assert isinstance(path, Path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Print"), message)
