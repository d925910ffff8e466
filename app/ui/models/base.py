"""A read-only table model over a list of rows; subclasses say what each cell shows."""

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are held in memory: for short lists such as projects and users."""

    # Columns (by index) with numbers: right-aligned.
    NUMBERS: frozenset[int] = frozenset()

    def __init__(self, rows: list[Row], headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._headers = headers

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def row_at(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_rows(self, rows: list[Row]) -> None:
        """New rows in the same model: the view keeps its model, header and selection
        model (and what is connected to them); only the selection itself is cleared."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.display(self._rows[index.row()], index.column())


class TextRowsModel(ListTableModel[tuple[str, ...]]):
    """Rows already formatted as text (case-file tables, report previews)."""

    def __init__(
        self,
        rows: Sequence[tuple[str, ...]],
        headers: tuple[str, ...],
        parent: Any = None,
        right_aligned: frozenset[int] = frozenset(),
        bold_rows: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(list(rows), headers, parent)
        self.right_aligned = right_aligned
        self.bold_rows = bold_rows

    def display(self, row: tuple[str, ...], column: int) -> str:
        return row[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
