"""Berichte: choose a report, projects and period; preview it; save it as Excel or PDF."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import format_cell
from app.services import periods
from app.services import reports as service
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.projects import list_projects
from app.services.report_kinds import (
    REPORT_KINDS,
    ProjectChoice,
    ReportRequest,
    build_report,
    report_kind,
)
from app.services.reports import Period, Report, Table, checked_period
from app.ui.forms import DateField
from app.ui.models.base import TextRowsModel
from app.ui.tasks import Task


class ReportsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.report: Report | None = None
        self.task: Task | None = None
        title = QLabel(self.tr("Reports"), self)
        title.setObjectName("pageTitle")

        self.kind = QComboBox(self)
        for kind in REPORT_KINDS.values():
            self.kind.addItem(kind.shown_title(), kind.code)
        projects = list_projects(database, actor, include_archived=True)
        self.all_projects = projects
        self.project = QComboBox(self)
        self.projects = QListWidget(self)
        self.projects.setMaximumHeight(90)
        for project in projects:
            item = QListWidgetItem(f"{project.code} – {project.name}", self.projects)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, project.code)
        today = date.today()
        self.preset = QComboBox(self)
        for key, text in (
            ("year", self.tr("Calendar year")),
            ("half", self.tr("Half-year")),
            ("quarter", self.tr("Quarter")),
            ("month", self.tr("Month")),
            ("custom", self.tr("Custom period")),
        ):
            self.preset.addItem(text, key)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QSpinBox(self)
        self.part.setRange(1, 12)
        self.start = DateField(self, date(today.year, 1, 1))
        self.start.setAccessibleName(self.tr("Period start"))
        self.end = DateField(self, today)
        self.end.setAccessibleName(self.tr("Period end"))
        self.cumulative = QCheckBox(self.tr("cumulative from the project start"), self)
        self.preview_button = QPushButton(self.tr("&Show preview"), self)
        self.preview_button.setDefault(True)
        self.xlsx_button = QPushButton(self.tr("Save as &Excel …"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF …"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.dash = QLabel("–", self)
        period_row = QHBoxLayout()
        for widget in (self.preset, self.year, self.part, self.start, self.dash, self.end):
            period_row.addWidget(widget)
        period_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind)
        self.project_label = QLabel(self.tr("&Project:"), self)
        self.project_label.setBuddy(self.project)
        form.addRow(self.project_label, self.project)
        self.projects_label = QLabel(self.tr("Projects (none = all):"), self)
        form.addRow(self.projects_label, self.projects)
        period_label = QLabel(self.tr("Per&iod:"), self)
        period_label.setBuddy(self.preset)
        form.addRow(period_label, period_row)
        form.addRow("", self.cumulative)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch()
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.preview_views: list[QTableView] = []
        self.kind.currentIndexChanged.connect(self.update_fields)
        self.preset.currentIndexChanged.connect(self.update_fields)
        for signal in (
            self.kind.currentIndexChanged,
            self.project.currentIndexChanged,
            self.projects.itemChanged,
            self.preset.currentIndexChanged,
            self.year.valueChanged,
            self.part.valueChanged,
            self.start.date_changed,
            self.end.date_changed,
            self.cumulative.toggled,
        ):
            signal.connect(self.clear_preview)
        self.preview_button.clicked.connect(self.show_preview)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.update_fields()

    # -- parameters -----------------------------------------------------------------
    def update_fields(self) -> None:
        kind = report_kind(self.kind.currentData())
        single = kind.projects == ProjectChoice.ONE
        wanted = [p for p in self.all_projects if p.esf or not kind.esf_projects_only]
        if [self.project.itemData(i) for i in range(self.project.count())] != [
            p.code for p in wanted
        ]:
            self.project.clear()
            for project in wanted:
                self.project.addItem(f"{project.code} – {project.name}", project.code)
        several = kind.projects == ProjectChoice.SEVERAL
        self.project_label.setVisible(single)
        self.project.setVisible(single)
        self.projects_label.setVisible(several)
        self.projects.setVisible(several)
        self.cumulative.setVisible(kind.offers_cumulative)
        preset = self.preset.currentData()
        self.part.setVisible(preset in ("half", "quarter", "month"))
        self.part.setMaximum({"half": 2, "quarter": 4}.get(preset, 12))
        custom = preset == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.dash.setVisible(custom)
        self.year.setVisible(not custom)
        self.xlsx_button.setEnabled(self.report is not None)
        self.pdf_button.setEnabled(self.report is not None)

    def period(self) -> Period:
        preset = self.preset.currentData()
        year, part = self.year.value(), self.part.value()
        if preset == "half":
            return periods.half_year(year, part)
        if preset == "quarter":
            return periods.quarter(year, part)
        if preset == "month":
            return periods.month(year, part)
        if preset == "custom":
            return checked_period(
                self.start.required("start", self.tr("Period start")),
                self.end.required("end", self.tr("Period end")),
            )
        return periods.calendar_year(year)

    def build(self) -> Report:
        kind = report_kind(self.kind.currentData())
        codes = tuple(
            self.projects.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.projects.count())
            if self.projects.item(i).checkState() == Qt.CheckState.Checked
        )
        request = ReportRequest(
            self.period(),
            project=self.project.currentData() if kind.projects == ProjectChoice.ONE else None,
            projects=codes if kind.projects == ProjectChoice.SEVERAL else (),
            cumulative=kind.offers_cumulative and self.cumulative.isChecked(),
        )
        return build_report(self.database, self.actor, kind.code, request)

    # -- actions --------------------------------------------------------------------
    def show_preview(self) -> None:
        try:
            self.report = self.build()
        except ServiceError as error:
            self.report = None
            self.message.setText(error.message)
            self.message.setObjectName("errorLabel")
            self.message.style().polish(self.message)
            self.tabs.clear()
            self.update_fields()
            return
        self.message.setObjectName("")
        self.message.style().polish(self.message)
        parameters = " · ".join(f"{label}: {value}" for label, value in self.report.parameters)
        self.message.setText(f"<b>{self.report.title}</b> · {parameters}")
        self.tabs.clear()
        self.preview_views.clear()
        for table in self.report.tables:
            self.tabs.addTab(self._preview(table), table.title)
        self.update_fields()

    def _preview(self, table: Table) -> QWidget:
        """One report table as in the files: what it counts, the rows, its notes."""
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        view = QTableView(page)
        view.setAccessibleName(table.title)
        rows = [tuple(format_cell(v) for v in row) for row in table.rows]
        bold = frozenset({len(rows) - 1}) if table.total_row and rows else frozenset()
        view.setModel(TextRowsModel(rows, tuple(table.columns), view, table.number_columns, bold))
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        if table.base is not None:
            layout.addWidget(QLabel(table.base.text(), page))
        layout.addWidget(view, 1)
        for note in table.notes:
            hint = QLabel(note, page)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.preview_views.append(view)
        return page

    def clear_preview(self) -> None:
        """A changed report, project or period makes the shown preview stale: saving it
        would write figures the choice on screen does not describe."""
        if self.report is None and not self.tabs.count():
            return
        self.report = None
        self.tabs.clear()
        self.preview_views.clear()
        self.message.setText(self.tr("Choose the report and period, then show the preview."))
        self.update_fields()

    def save_xlsx(self) -> None:
        self.save("xlsx", self.tr("Excel workbook (*.xlsx)"))

    def save_pdf(self) -> None:
        self.save("pdf", self.tr("PDF document (*.pdf)"))

    def save(self, output: str, pattern: str) -> None:
        if self.report is None:
            return
        name = self.report.title.replace(" ", "-").replace("/", "-") + f".{output}"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report – the file will not be encrypted"),
            str(Path(QDir.homePath()) / name),
            pattern,
        )
        if target:
            self.write(output, Path(target))

    def write(self, output: str, path: Path) -> None:
        report = self.report
        assert report is not None

        def work(_progress: object) -> Path:
            service.write_report(self.database, self.actor, report, output, path)
            return path

        self.task = Task(self.tr("Writing the report …"), work, self)
        self.task.finished.connect(self.written)
        self.task.problem.connect(self.failed)
        self.task.start()

    def written(self, path: object) -> None:
        assert isinstance(path, Path)
        self.last_written = path
        self.message.setText(self.tr("Saved: {path}").format(path=path))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Report saved"),
            self.tr(
                "The report was saved as\n{path}\n\nThe file is not encrypted: keep it safe "
                "and delete it when it is no longer needed."
            ).format(path=path),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_file = box.addButton(self.tr("Open &file"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open f&older"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Save report"), message)
