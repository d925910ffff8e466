"""Documents of a case file, a volunteer or a tandem: the list, adding a file, opening a
copy in the program the computer uses for it, saving a copy, deleting with a reason."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DocumentKind
from app.services.actor import Actor
from app.services.database import Database
from app.services.documents import (
    DOCUMENT_MAX_BYTES,
    DocumentRow,
    Owner,
    add_document,
    delete_document,
    list_documents,
    open_copy,
    save_copy,
)
from app.services.errors import ServiceError
from app.ui.formatting import show_date, show_path
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import label, question_combo
from app.ui.models.base import ListTableModel
from app.ui.problems import show_problem
from app.ui.widgets import read_only_table


class DocumentModel(ListTableModel[DocumentRow]):
    COL_DATE, COL_TITLE, COL_KIND, COL_FILE, COL_SIZE = range(5)
    NUMBERS = frozenset({COL_SIZE})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("File"),
            self.tr("Size"),
        )
        super().__init__([], headers, parent)

    def display(self, row: DocumentRow, column: int) -> str:
        if column == self.COL_DATE:
            return show_date(row.document_date)
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_KIND:
            return label(row.kind)
        if column == self.COL_FILE:
            return row.file_name
        return QLocale().formattedDataSize(row.size)


class AddDocumentDialog(QDialog):
    """A file to keep: which file, what it is, its date, a title."""

    def __init__(
        self, database: Database, actor: Actor, owner: Owner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.owner = owner
        self.saved = False
        self.setWindowTitle(self.tr("Add document"))
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("the scanned or saved file"))
        choose = QPushButton(self.tr("C&hoose …"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. ESF entry questionnaire, signed"))
        self.kind = question_combo(self, DocumentKind)
        self.day = DateField(self, None)
        hint = QLabel(
            self.tr(
                "Up to {size} MB. The file is kept encrypted in the database; the original "
                "stays where it is (delete it there if it should not remain on this computer). "
                "Do not keep copies of police clearance certificates: only their facts may be "
                "recorded (§ 72a SGB VIII)."
            ).format(size=DOCUMENT_MAX_BYTES // 1024 // 1024),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file)
        form = QFormLayout()
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date of the document:"), self.day)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "file": self.file,
                "title": self.title,
                "kind": self.kind,
                "document_date": self.day,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.resize(560, self.sizeHint().height())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the document"),
            "",
            self.tr(
                "Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)"
            ),
        )
        if path:
            self.file.setText(path)
            if not self.title.text().strip():
                self.title.setText(Path(path).stem)

    def accept(self) -> None:
        try:
            day = self.day.value("document_date", self.tr("Date of the document"))
            add_document(
                self.database,
                self.actor,
                self.owner,
                Path(self.file.text().strip()),
                self.title.text(),
                self.kind.currentData(),
                day,
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        self.saved = True
        super().accept()


class DocumentsPanel(QWidget):
    """The owner's documents with what can be done to them."""

    def __init__(
        self, database: Database, actor: Actor, owner: Owner, writes: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.owner = owner
        self.model = DocumentModel(self)
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "No document kept yet – signed questionnaires and consents, decisions and "
                "certificates can be added with \u201cAdd document\u201d."
            ),
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Documents"))
        self.view.activated.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(self.tr("Add &document …"), self)
        self.add_button.clicked.connect(self.add)
        self.open_button = QPushButton(self.tr("O&pen"), self)
        self.open_button.setToolTip(
            self.tr(
                "Shows the document in the program this computer uses for it. For that, "
                "Lotse writes an unencrypted copy into the data folder and deletes it when "
                "Lotse is closed."
            )
        )
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Sa&ve a copy …"), self)
        self.save_button.clicked.connect(self.save_selected)
        self.delete_button = QPushButton(self.tr("Dele&te …"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.delete_button):
            button.setEnabled(writes)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        self.model.set_rows(list_documents(self.database, self.actor, self.owner))

    def selected(self) -> DocumentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        dialog = AddDocumentDialog(self.database, self.actor, self.owner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _choose_first(self) -> DocumentRow | None:
        document = self.selected()
        if document is None:
            QMessageBox.information(
                self, self.tr("Documents"), self.tr("Please choose a document in the list.")
            )
        return document

    def open_selected(self) -> None:
        document = self._choose_first()
        if document is None:
            return
        try:
            path = open_copy(self.database, self.actor, document.id)
        except (ServiceError, OSError) as error:
            show_problem(self, self.tr("Documents"), error)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Documents"),
                self.tr(
                    "No program on this computer opens this kind of file. Save a copy and "
                    "open it with a program of your choice."
                ),
            )

    def save_selected(self) -> None:
        document = self._choose_first()
        if document is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), document.file_name
        )
        if not target:
            return
        try:
            save_copy(self.database, self.actor, document.id, Path(target))
        except (ServiceError, OSError) as error:
            show_problem(self, self.tr("Documents"), error)
            return
        QMessageBox.information(
            self,
            self.tr("Documents"),
            self.tr(
                "Saved to {path}. This copy is not encrypted: delete it when it is no longer "
                "needed."
            ).format(path=show_path(target)),
        )

    def delete_selected(self) -> None:
        document = self._choose_first()
        if document is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Delete document"),
            self.tr("Why is \u201c{title}\u201d deleted? (kept in the audit trail)").format(
                title=document.title
            ),
        )
        if not ok:
            return
        try:
            delete_document(self.database, self.actor, document.id, reason)
        except ServiceError as error:
            show_problem(self, self.tr("Delete document"), error)
            return
        self.refresh()


class DocumentsDialog(QDialog):
    """The documents of a volunteer or a tandem, in a window of their own."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        owner: Owner,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.panel = DocumentsPanel(database, actor, owner, True, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.resize(760, 420)
        self.panel.refresh()
