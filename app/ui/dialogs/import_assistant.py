"""The import assistant: choose a sheet, check it, see every problem, then import.

Steps: kind and file → preview with a mapping for unknown headers
(remembered for next time) → a dry run showing what would change or a
table of problems by row and column (copy or save it) → the import itself.
Both runs work in the background with a cancellable progress dialog.
"""

import csv
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import PermissionDenied, ServiceError
from app.services.spreadsheets.importer import (
    ImportResult,
    Preview,
    import_permission,
    preview,
    remember_header_mappings,
    run_import,
)
from app.services.spreadsheets.templates import write_template
from app.ui.icons import icon
from app.ui.models.base import TextRowsModel
from app.ui.tasks import Task
from app.ui.widgets import read_only_table

KINDS = ("participants", "consultations", "volunteers", "hours")


def _table(parent: QWidget) -> QTableView:
    view = read_only_table(parent)
    view.setWordWrap(False)
    return view


class SourcePage(QWizardPage):
    def __init__(self, wizard: "ImportAssistant") -> None:
        super().__init__(wizard)
        self.assistant = wizard
        self.setTitle(self.tr("What do you want to import?"))
        self.setSubTitle(
            self.tr(
                "Lotse reads Excel (.xlsx, .xls), LibreOffice (.ods) and text files (.csv, "
                "Excel's Unicode text) separated by semicolons, commas or tabs."
            )
        )
        titles = {
            "participants": self.tr("Participants (Teilnehmende)"),
            "consultations": self.tr("Consultations (Beratungen)"),
            "volunteers": self.tr("Volunteers (Ehrenamtliche)"),
            "hours": self.tr("Volunteer hours (Ehrenamtsstunden)"),
        }
        self.kind = QComboBox(self)
        for kind in KINDS:
            if wizard.actor.can(import_permission(kind)):
                self.kind.addItem(titles[kind], kind)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Choose a file …"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("B&rowse …"), self)
        browse.clicked.connect(self.browse)
        self.template_button = QPushButton(self.tr("Save an empty &template …"), self)
        self.template_button.clicked.connect(self.save_template)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow("", self.template_button)
        form.addRow(self.error_label)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a sheet"),
            QDir.homePath(),
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)"),
        )
        if chosen:
            self.path.setText(chosen)

    def save_template(self) -> None:
        kind = self.kind.currentData()
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save template"),
            str(Path(QDir.homePath()) / f"lotse-{kind}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not target:
            return
        try:
            write_template(self.assistant.database, self.assistant.actor, kind, Path(target))
        except ServiceError as error:
            self.show_error(error.message)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip()) and self.kind.count() > 0

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.assistant.load_preview(self.kind.currentData(), Path(self.path.text().strip()))
        except ServiceError as error:
            self.show_error(error.message)
            return False
        self.error_label.hide()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportAssistant") -> None:
        super().__init__(wizard)
        self.assistant = wizard
        self.setTitle(self.tr("Preview"))
        self.preview_view = _table(self)
        self.preview_view.setAccessibleName(self.tr("Preview of the sheet"))
        self.mapping_box = QWidget(self)
        self.mapping_form = QFormLayout(self.mapping_box)
        self.remember = QCheckBox(self.tr("&Remember these assignments for the next import"), self)
        self.remember.setChecked(True)
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.remember)

    def initializePage(self) -> None:  # noqa: N802
        shown = self.assistant.current_preview
        assert shown is not None
        width = len(shown.headers)
        rows = [tuple((cells + [""] * width)[:width]) for cells in shown.rows]
        self.preview_view.setModel(TextRowsModel(rows, tuple(shown.headers), self.preview_view))
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = {}
        if shown.unknown:
            self.setSubTitle(
                self.tr(
                    "The first rows as Lotse reads them. Some column headers are not known: assign "
                    "them to a template column or leave them ignored."
                )
            )
            for header in shown.unknown:
                combo = QComboBox(self.mapping_box)
                combo.addItem(self.tr("— ignore —"), None)
                for known in shown.known_headers:
                    combo.addItem(known, known)
                self.combos[header] = combo
                self.mapping_form.addRow(f"„{header}“:", combo)
        else:
            self.setSubTitle(
                self.tr("The first rows as Lotse reads them. All column headers are known.")
            )
        self.remember.setVisible(bool(shown.unknown))

    def mapping(self) -> dict[str, str]:
        return {
            header: combo.currentData()
            for header, combo in self.combos.items()
            if combo.currentData()
        }

    def validatePage(self) -> bool:  # noqa: N802
        mapping = self.mapping()
        if mapping and self.remember.isChecked():
            remember_header_mappings(
                self.assistant.database, self.assistant.actor, self.assistant.kind, mapping
            )
        self.assistant.mapping = mapping
        return True


class CheckPage(QWizardPage):
    """Runs the dry run and shows what would change, or every problem."""

    def __init__(self, wizard: "ImportAssistant") -> None:
        super().__init__(wizard)
        self.assistant = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Lotse reads the whole file and changes nothing yet."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.errors_view = _table(self)
        self.copy_button = QPushButton(self.tr("&Copy list"), self)
        self.copy_button.clicked.connect(self.copy_errors)
        self.save_button = QPushButton(self.tr("&Save list …"), self)
        self.save_button.clicked.connect(self.save_errors)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_view, 1)
        layout.addLayout(buttons)
        self.result: ImportResult | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.result = None
        self.summary.setText(self.tr("Checking the file …"))
        self.show_errors([])
        self.completeChanged.emit()
        self.assistant.run(True, self.show_result)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        lines: list[str] = []
        if result.cancelled:
            lines.append(self.tr("The check was cancelled. Nothing was changed."))
        elif result.errors:
            lines.append(
                self.tr(
                    "The file has %n problem(s). Nothing was imported. Correct the file and "
                    "start again.",
                    "",
                    len(result.errors),
                )
            )
        else:
            lines.append(
                self.tr(
                    "Everything is in order. The import will create {created}, update {updated} "
                    "and leave {unchanged} unchanged."
                ).format(created=result.created, updated=result.updated, unchanged=result.unchanged)
            )
            if result.ignored_columns:
                lines.append(
                    self.tr("Ignored columns: {columns}").format(
                        columns=", ".join(result.ignored_columns)
                    )
                )
            if result.incomplete_questionnaires:
                lines.append(
                    self.tr(
                        "%n row(s) of ESF projects have entry questions left empty. They are "
                        "imported as not yet asked and listed as missing until answered.",
                        "",
                        result.incomplete_questionnaires,
                    )
                )
            if result.corrections:
                lines.append(
                    self.tr(
                        "Lotse corrected %n cell(s) in an obvious way; the list below shows how.",
                        "",
                        len(result.corrections),
                    )
                )
        lines += result.notes
        self.summary.setText("\n".join(lines))
        shown = result.errors or result.corrections
        self.show_errors(
            [(str(e.row), e.column, e.message) for e in shown],
            corrections=not result.errors,
        )
        self.completeChanged.emit()

    def show_errors(self, rows: list[tuple[str, str, str]], corrections: bool = False) -> None:
        headers = (
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Corrected") if corrections else self.tr("Problem"),
        )
        self.errors_view.setModel(TextRowsModel(rows, headers, self.errors_view))
        self.errors_view.setVisible(bool(rows))
        for widget in (self.copy_button, self.save_button):
            widget.setVisible(bool(rows) and not corrections)

    def error_rows(self) -> list[tuple[str, str, str]]:
        assert self.result is not None
        return [(str(e.row), e.column, e.message) for e in self.result.errors]

    def copy_errors(self) -> None:
        lines = ["\t".join(row) for row in self.error_rows()]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def save_errors(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save list"),
            str(Path(QDir.homePath()) / "import-fehler.csv"),
            self.tr("CSV file (*.csv)"),
        )
        if target:
            self.write_errors(Path(target))

    def write_errors(self, path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
            writer.writerows(self.error_rows())

    def isComplete(self) -> bool:  # noqa: N802
        return self.result is not None and self.result.ok


class ResultPage(QWizardPage):
    def __init__(self, wizard: "ImportAssistant") -> None:
        super().__init__(wizard)
        self.assistant = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("All rows are imported together, or none."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch()
        self.result: ImportResult | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.result = None
        self.summary.setText(self.tr("Importing …"))
        self.completeChanged.emit()
        self.assistant.run(False, self.show_result)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        if result.cancelled:
            self.summary.setText(self.tr("The import was cancelled. Nothing was changed."))
        elif result.errors:
            self.summary.setText(self.tr("The import found problems and changed nothing."))
        else:
            self.summary.setText(
                self.tr(
                    "Imported: {created} created, {updated} updated, {unchanged} unchanged."
                ).format(created=result.created, updated=result.updated, unchanged=result.unchanged)
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.result is not None


class ImportAssistant(QWizard):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.kind = KINDS[0]
        self.path = Path()
        self.mapping: dict[str, str] = {}
        self.current_preview: Preview | None = None
        self.task: Task | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWindowIcon(icon("lotse"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("lotse").pixmap(48, 48))
        self.setMinimumSize(760, 560)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.result_page = ResultPage(self)
        for page in (self.source_page, self.mapping_page, self.check_page, self.result_page):
            self.addPage(page)
        if not any(actor.can(import_permission(kind)) for kind in KINDS):
            raise PermissionDenied(self.tr("Your role may not import spreadsheets."))

    def load_preview(self, kind: str, path: Path) -> None:
        self.kind = kind
        self.path = path
        self.current_preview = preview(self.database, self.actor, kind, path)

    def run(self, dry_run: bool, done: Callable[[ImportResult], None]) -> None:
        """Run the (dry) import in the background; ``done`` receives the result."""
        label = self.tr("Checking …") if dry_run else self.tr("Importing …")
        kind, path, mapping = self.kind, self.path, dict(self.mapping)

        def work(progress: Callable[[int, int], bool]) -> ImportResult:
            return run_import(
                self.database,
                self.actor,
                kind,
                path,
                dry_run=dry_run,
                mapping=mapping,
                progress=progress,
            )

        self.task = Task(label, work, self)
        self.task.finished.connect(done)
        self.task.problem.connect(self._failed)
        if not dry_run:
            self.task.finished.connect(self._mark_imported)
        self.task.start()

    def _mark_imported(self, result: ImportResult) -> None:
        self.imported = result.ok

    def _failed(self, message: str) -> None:
        page = self.currentPage()
        if isinstance(page, CheckPage | ResultPage):
            page.summary.setText(message)
