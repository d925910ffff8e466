"""A table model that loads its rows page by page from a service.

Only the count and the first page are read when the query changes; Qt's
views call ``fetchMore`` as the user scrolls, so a list of 50,000 cases
opens as fast as a list of 50.
"""

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

# The first page fills two screens of a tall window; each keystroke of a search reads
# only that much. Scrolling reads the rest in larger pages.
FIRST_PAGE = 60
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Row] = []
        # Each row's texts, computed once when the view first asks (a view asks for
        # every cell many times per paint: for each role, on every repaint).
        self._texts: dict[int, tuple[str, ...]] = {}
        self._total = 0
        self._count: Callable[[], int] = lambda: 0
        self._fetch: Callable[[int, int], list[Row]] = lambda _offset, _limit: []

    # -- what subclasses provide -------------------------------------------
    def texts(self, row: Row) -> tuple[str, ...]:
        """The shown text of every column of ``row``, in column order."""
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    # -- loading -------------------------------------------------------------
    def load(self, count: Callable[[], int], fetch: Callable[[int, int], list[Row]]) -> None:
        """Run a new query: count all matches, then read the first page."""
        self.beginResetModel()
        self._texts.clear()
        self._count, self._fetch = count, fetch
        self._total = count()
        self._rows = fetch(0, FIRST_PAGE) if self._total else []
        self.endResetModel()

    def reorder(self, fetch: Callable[[int, int], list[Row]]) -> None:
        """The same rows in another order (a click on a column header): the count stays,
        only the first page is read again."""
        self.beginResetModel()
        self._texts.clear()
        self._fetch = fetch
        self._rows = fetch(0, FIRST_PAGE) if self._total else []
        self.endResetModel()

    def reload(self) -> None:
        self.load(self._count, self._fetch)

    @property
    def total(self) -> int:
        return self._total

    def row_texts(self, row: int) -> tuple[str, ...]:
        """The shown text of every column of ``row`` (computed once per loaded row)."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self.texts(self._rows[row])
            self._texts[row] = texts
        return texts

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self._fetch(len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- Qt model API ----------------------------------------------------------
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
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(index.row())[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None
