"""The case list model: columns of the Fälle view, sorted by the database."""

from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal

from app.services.case_list import CaseRow, CaseSort
from app.ui.formatting import show_age, show_countries, show_date
from app.ui.labels import label
from app.ui.models.paged import PagedTableModel


class CaseTableModel(PagedTableModel[CaseRow]):
    (
        COL_CASE_NUMBER,
        COL_NAME,
        COL_AGE,
        _,  # nationalities
        _,  # projects
        COL_ADVISOR,
        COL_STATUS,
        COL_LAST_CONTACT,
        COL_NEXT_FOLLOW_UP,
    ) = range(9)

    SORT_KEYS: ClassVar[dict[int, CaseSort]] = {
        COL_CASE_NUMBER: CaseSort.CASE_NUMBER,
        COL_NAME: CaseSort.NAME,
        COL_AGE: CaseSort.AGE,
        COL_ADVISOR: CaseSort.ADVISOR,
        COL_STATUS: CaseSort.STATUS,
        COL_LAST_CONTACT: CaseSort.LAST_CONTACT,
        COL_NEXT_FOLLOW_UP: CaseSort.NEXT_FOLLOW_UP,
    }

    sort_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Case no."),
            self.tr("Name"),
            self.tr("Age"),
            self.tr("Nationalities"),
            self.tr("Projects"),
            self.tr("Advisor"),
            self.tr("Status"),
            self.tr("Last contact"),
            self.tr("Next follow-up"),
        )
        super().__init__(headers, parent)
        self.sort_key = CaseSort.CASE_NUMBER
        self.descending = True

    def texts(self, row: CaseRow) -> tuple[str, ...]:
        # In the order of the COL_ numbers above.
        return (
            row.case_number,
            f"{row.last_name}, {row.first_name}",
            show_age(row.birth_date),
            show_countries(row.nationalities),
            row.projects,
            row.advisor or "",
            label(row.status),
            show_date(row.last_contact),
            show_date(row.next_follow_up),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_changed.emit()
