"""Small widget variants that make keyboard entry faster."""

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTimeEdit,
    QWidget,
)

from app.domain.interface_languages import INTERFACE_LANGUAGES, own_name


class TimeEdit(QTimeEdit):
    """A time field; Tab leaves it instead of stepping from hours to minutes."""

    def __init__(self, time: QTime, parent: QWidget | None = None) -> None:
        super().__init__(time, parent)
        # "09:30" reads left to right in every language: right to left Qt would show
        # the sections mirrored ("30:09").
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, next)


COLUMN_FIT_ROWS = 100


class ListTable(QTableView):
    """A read-only list that says what to do while it is empty, instead of a blank grid."""

    def __init__(self, parent: QWidget | None = None, empty_text: str = "") -> None:
        super().__init__(parent)
        self.empty_text = empty_text

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                | int(Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )


def read_only_table(
    parent: QWidget, single_selection: bool = False, empty_text: str = ""
) -> QTableView:
    """A table view for lists that are read, not edited: whole rows, zebra stripes; while
    empty it shows ``empty_text`` (say how to add the first entry)."""
    view = ListTable(parent, empty_text)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    if single_selection:
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Fitting columns to their contents reads every cell of up to 1,000 rows by
    # default; with a club's 1,000+ volunteers that alone cost a second at start-up.
    # The first 100 rows give the same widths for lists like these.
    view.horizontalHeader().setResizeContentsPrecision(COLUMN_FIT_ROWS)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CheckList(QListWidget):
    """A list of catalogue entries to tick (topics, referrals); item data is the id."""

    def __init__(self, entries: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for entry_id, name in entries:
            item = QListWidgetItem(name, self)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)

    def checked_ids(self) -> list[int]:
        return [
            int(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, wanted: set[int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class LanguageChoice(QComboBox):
    """The interface languages, each named in itself ("العربية", "Українська"), so that
    someone who cannot read the current language finds their own.

    ``default_text`` adds a first entry for "no choice of my own" (data None).
    """

    def __init__(self, current: str | None, parent: QWidget, default_text: str = "") -> None:
        super().__init__(parent)
        if default_text:
            self.addItem(default_text, None)
        for code in INTERFACE_LANGUAGES:
            self.addItem(own_name(code), code)
        self.setCurrentIndex(max(0, self.findData(current)))

    def language(self) -> str | None:
        code = self.currentData()
        return code if isinstance(code, str) else None
