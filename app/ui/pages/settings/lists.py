"""Einstellungen → Listen: the topics, referral targets and languages the club keeps.

One list at a time (chosen on the left) with one row of buttons, so every button
keeps its own Alt+letter. Exit reasons belong to a project and are kept in the
project's dialog.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.club_lists import (
    ClubList,
    ListEntry,
    add_entry,
    list_entries,
    move_entry,
    rename_entry,
    set_entry_active,
)
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.completers import language_completer
from app.ui.forms import FieldErrors, save_cancel_buttons
from app.ui.models.base import TextRowsModel
from app.ui.widgets import read_only_table


class EntryDialog(QDialog):
    """Asks for a name; ``save`` stores it or raises, and the dialog stays open with the
    message (and the typed text) until it is accepted."""

    def __init__(
        self,
        title: str,
        label: str,
        save: Callable[[str], None],
        text: str = "",
        languages: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.name = QLineEdit(text, self)
        self.name.setMinimumWidth(320)
        if languages:
            self.name.setPlaceholderText(self.tr("e.g. Tigrinya, Dari or ti"))
            language_completer(self.name)
        form = QFormLayout(self)
        form.addRow(label, self.name)
        self.errors = FieldErrors(QLabel(self), {"name": self.name})
        form.addRow(self.errors.label)
        form.addRow(save_cancel_buttons(self))

    def accept(self) -> None:
        try:
            self.save(self.name.text())
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class ListsTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.entries: list[ListEntry] = []
        self.kinds = {
            ClubList.TOPICS: self.tr("Consultation topics"),
            ClubList.REFERRAL_TARGETS: self.tr("Referral targets"),
            ClubList.LANGUAGES: self.tr("Languages the club counsels in"),
        }
        self.chooser = QListWidget(self)
        self.chooser.setAccessibleName(self.tr("Lists"))
        for kind, text in self.kinds.items():
            self.chooser.addItem(text)
            self.chooser.item(self.chooser.count() - 1).setData(Qt.ItemDataRole.UserRole, kind)
        self.chooser.setMaximumWidth(220)
        self.chooser.setSpacing(3)
        self.view = read_only_table(self, single_selection=True)
        self.view.doubleClicked.connect(self.rename)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        manages = actor.can(Permission.SETTINGS_MANAGE)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("&Add…"), self.add),
            ("rename", self.tr("Re&name…"), self.rename),
            ("active", self.tr("&Retire / take back"), self.toggle_active),
            ("up", self.tr("Move &up"), lambda: self.move_by(-1)),
            ("down", self.tr("Move do&wn"), lambda: self.move_by(1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setVisible(manages)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch()
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.hint)
        right.addWidget(self.view, 1)
        right.addLayout(row)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addLayout(right, 1)
        self.chooser.currentRowChanged.connect(self.refresh)
        self.chooser.setCurrentRow(0)

    @property
    def kind(self) -> ClubList:
        item = self.chooser.currentItem()
        return ClubList(item.data(Qt.ItemDataRole.UserRole)) if item else ClubList.TOPICS

    def choose(self, kind: ClubList) -> None:
        self.chooser.setCurrentRow(list(self.kinds).index(kind))

    def refresh(self) -> None:
        kind = self.kind
        self.entries = list_entries(self.database, self.actor, kind)
        languages = kind == ClubList.LANGUAGES
        self.hint.setText(
            self.tr(
                "Offered first wherever a language is chosen. A retired language stays on "
                "old records."
            )
            if languages
            else self.tr(
                "A retired entry stays on the consultations that used it and leaves the "
                "choice lists. A new name shows on every consultation."
            )
        )
        rows: list[tuple[str, ...]] = [
            (
                entry.name,
                str(entry.key) if languages else str(entry.uses),
                self.tr("in use") if entry.active else self.tr("retired"),
            )
            for entry in self.entries
        ]
        headers = (
            self.tr("Name"),
            self.tr("Code") if languages else self.tr("Consultations"),
            self.tr("Status"),
        )
        counts = frozenset() if languages else frozenset({1})
        self.view.setModel(TextRowsModel(rows, headers, self.view, counts))
        self.view.setAccessibleName(self.kinds[kind])
        self.buttons["rename"].setEnabled(not languages)

    def selected(self) -> ListEntry | None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choose an entry in the list first."))
            return None
        return self.entries[index.row()]

    def _select(self, key: int | str) -> None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.view.selectRow(row)

    def add(self) -> None:
        kind = self.kind
        added: list[ListEntry] = []

        def save(text: str) -> None:
            added.append(add_entry(self.database, self.actor, kind, text))

        dialog = EntryDialog(
            self.tr("Add to: {list}").format(list=self.kinds[kind]),
            self.tr("&Language:") if kind == ClubList.LANGUAGES else self.tr("&Name:"),
            save,
            languages=kind == ClubList.LANGUAGES,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.refresh()
            self._select(added[0].key)
            self.message.setText(self.tr("'{name}' was added.").format(name=added[0].name))

    def rename(self) -> None:
        entry = self.selected()
        if entry is None or self.kind == ClubList.LANGUAGES:
            return
        kind = self.kind

        def save(text: str) -> None:
            rename_entry(self.database, self.actor, kind, entry.key, text)

        dialog = EntryDialog(
            self.tr("Rename '{name}'").format(name=entry.name),
            self.tr("New &name:"),
            save,
            entry.name,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self._select(entry.key)
            self.message.setText(self.tr("Renamed; every consultation shows the new name."))

    def toggle_active(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            set_entry_active(self.database, self.actor, self.kind, entry.key, not entry.active)
        except ServiceError as error:
            self.message.setText(error.message)
            return
        self.refresh()
        self._select(entry.key)
        message = (
            self.tr("'{name}' is retired: it stays on old records and leaves the choice lists.")
            if entry.active
            else self.tr("'{name}' is in use again.")
        )
        self.message.setText(message.format(name=entry.name))

    def move_by(self, offset: int) -> None:
        entry = self.selected()
        if entry is None:
            return
        move_entry(self.database, self.actor, self.kind, entry.key, offset)
        self.refresh()
        self._select(entry.key)
