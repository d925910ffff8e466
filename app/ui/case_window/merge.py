"""Merging a second case file of the same person into this one."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.case_file import CaseFile
from app.services.case_list import CaseQuery, fetch_cases
from app.services.case_merge import merge_cases
from app.services.cases import find_duplicates
from app.services.database import Database
from app.services.errors import ServiceError, ValidationError
from app.ui.formatting import show_date
from app.ui.forms import FieldErrors, save_cancel_buttons

MATCHES = 30


class MergeDialog(QDialog):
    """Find the other case file (likely duplicates first), give a reason, merge."""

    def __init__(
        self, database: Database, actor: Actor, case: CaseFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.case = case
        p = case.participant
        assert p.id is not None
        self.keep_id = p.id
        self.setWindowTitle(self.tr("Merge case files"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Everything of the other case file – consultations, enrollments, follow-ups, "
                "consents and tandems – moves into {case} ({name}); the other case file is "
                "then removed. This cannot be undone."
            ).format(case=p.case_number, name=f"{p.first_name} {p.last_name}"),
            self,
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("name or case number"))
        self.search.setAccessibleName(self.tr("Find the other case file"))
        self.search.textChanged.connect(self.find_cases)
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("Case files to merge"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. entered twice at the first contact"))
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("&Find:"), self.search)
        form.addRow(self.tr("&Other case file:"), self.matches)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.errors = FieldErrors(QLabel(self), {"other": self.matches, "reason": self.reason})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self, self.tr("&Merge")))
        self.show_duplicates()

    def _add(self, participant_id: int, text: str) -> None:
        if participant_id == self.keep_id:
            return
        item = QListWidgetItem(text, self.matches)
        item.setData(Qt.ItemDataRole.UserRole, participant_id)

    def show_duplicates(self) -> None:
        p = self.case.participant
        self.matches.clear()
        for hint in find_duplicates(
            self.database, self.actor, p.first_name, p.last_name, p.birth_date, p.postcode,
            self.keep_id,
        ):  # fmt: skip
            self._add(
                hint.participant_id,
                self.tr("{case} · {name} · born {birth} · likely the same person").format(
                    case=hint.case_number, name=hint.name, birth=show_date(hint.birth_date)
                ),
            )
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def find_cases(self, text: str) -> None:
        if not text.strip():
            self.show_duplicates()
            return
        self.matches.clear()
        for row in fetch_cases(self.database, self.actor, CaseQuery(text=text), 0, MATCHES):
            self._add(
                row.id,
                f"{row.case_number} · {row.first_name} {row.last_name} · "
                + (show_date(row.birth_date) if row.birth_date else "—"),
            )

    def accept(self) -> None:
        item = self.matches.currentItem()
        try:
            if item is None:
                raise ValidationError("other", self.tr("Other case file: please choose one."))
            merge_cases(
                self.database,
                self.actor,
                self.keep_id,
                int(item.data(Qt.ItemDataRole.UserRole)),
                self.reason.text(),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()
