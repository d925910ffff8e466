"""Writing Stundennachweise from the GUI: one volunteer or everyone, a month or a year."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDir, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import periods
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError, ValidationError
from app.services.reports import Period
from app.services.timesheets import write_timesheets
from app.ui.formatting import show_path
from app.ui.forms import FieldErrors, save_cancel_buttons
from app.ui.tasks import Task


class TimesheetDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        volunteers: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``volunteers`` are (number, "Name (number)") pairs to choose from."""
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.written: list[Path] | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Timesheets (Stundennachweise)"))
        self.volunteer = QComboBox(self)
        self.volunteer.addItem(self.tr("All volunteers with approved hours"), None)
        for number, name in volunteers:
            self.volunteer.addItem(name, number)
        last_month = QDate.currentDate().addMonths(-1)
        self.by_month = QRadioButton(self.tr("&Month:"), self)
        self.by_year = QRadioButton(self.tr("&Year:"), self)
        self.by_month.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_month)
        group.addButton(self.by_year)
        self.month = QDateEdit(last_month, self)
        self.month.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "11.2026", not mirrored
        self.month.setDisplayFormat("MM.yyyy")
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(last_month.year())
        period = QGridLayout()
        period.addWidget(self.by_month, 0, 0)
        period.addWidget(self.month, 0, 1)
        period.addWidget(self.by_year, 1, 0)
        period.addWidget(self.year, 1, 1)
        self.folder = QLineEdit(str(Path(QDir.homePath()) / "Stundennachweise"), self)
        browse = QPushButton(self.tr("C&hoose …"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Volunteer:"), self.volunteer)
        form.addRow(self.tr("Period:"), period)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.errors = FieldErrors(QLabel(self), {"folder": self.folder})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the timesheets – the files will not be encrypted"),
            self.folder.text(),
        )
        if chosen:
            self.folder.setText(chosen)

    def period(self) -> Period:
        if self.by_year.isChecked():
            return periods.calendar_year(self.year.value())
        chosen = self.month.date()
        return periods.month(chosen.year(), chosen.month())

    def accept(self) -> None:
        folder_text = self.folder.text().strip()
        if not folder_text:
            message = self.tr("Folder: choose where the timesheets are saved.")
            self.errors.show(ValidationError("folder", message))
            return
        folder = Path(folder_text)
        period = self.period()
        number = self.volunteer.currentData()

        def work(progress: Callable[[int, int], bool]) -> list[Path]:
            return write_timesheets(self.database, self.actor, period, folder, number, progress)

        self.task = Task(self.tr("Writing timesheets …"), work, self)
        self.task.finished.connect(self.done_writing)
        self.task.problem.connect(self.failed)
        self.task.start()

    def done_writing(self, written: object) -> None:
        assert isinstance(written, list)
        self.written = written
        folder = Path(self.folder.text().strip())
        if not written:
            if self.task is not None and self.task.job.cancelled:
                return  # the user stopped the batch before the first file
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("No volunteer has approved hours in this period; nothing was written."),
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr("%n timesheet(s) saved in\n{folder}", "", len(written)).format(
                folder=show_path(folder)
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_folder = box.addButton(self.tr("Open f&older"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        super().accept()

    def failed(self, message: str) -> None:
        self.errors.show(ServiceError(message))
