"""What the week view, the start page, the case window and the appointment dialog do
with one appointment: record it as a consultation in one click, and save its letter."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.services.actor import Actor
from app.services.appointments import AppointmentRow, consultation_prefill, write_letter
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.problems import show_problem
from app.ui.tasks import Task


def record_consultation(
    parent: QWidget, database: Database, actor: Actor, appointment_id: int
) -> bool:
    """Opens the consultation form filled from the appointment (case, day, time,
    length); saving it marks the appointment held and links it. True when saved."""
    title = QCoreApplication.translate("Appointments", "Record as consultation")
    try:
        prefill = consultation_prefill(database, actor, appointment_id)
    except ServiceError as error:
        show_problem(parent, title, error)
        return False
    dialog = ConsultationDialog(
        database,
        actor,
        prefill.participant_id,
        prefill.title,
        languages=prefill.languages,
        project_ids=prefill.project_ids,
        parent=parent,
        appointment=prefill,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


class LetterWriter(QObject):
    """Asks where to save an appointment's letter, writes it in the background and
    opens it for printing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.task: Task | None = None

    def write(self, database: Database, actor: Actor, row: AppointmentRow) -> None:
        name = f"termin-{row.date:%Y-%m-%d}-{row.case_number or row.id}.pdf"
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the appointment letter – not encrypted"),
            str(Path(QDir.homePath()) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not target:
            return
        path = Path(target)

        def work(_progress: object) -> Path:
            return write_letter(database, actor, row.id, path)

        self.task = Task(self.tr("Writing the PDF …"), work, self.window)
        self.task.finished.connect(self._written)
        self.task.problem.connect(self._failed)
        self.task.start()

    def _written(self, path: object) -> None:
        assert isinstance(path, Path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Appointment letter"), message)


def write_letter_file(
    parent: QWidget, database: Database, actor: Actor, row: AppointmentRow
) -> LetterWriter:
    writer = LetterWriter(parent)
    writer.write(database, actor, row)
    return writer
