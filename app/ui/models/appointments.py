"""Table models of the Termine section: the week grid and the day list.

``WeekModel`` has a row per half hour from 8:00 to 18:00 and a column per day of the
week; a cell shows the appointment that starts in its slot (time, person) and, shaded,
the slots it continues into. Appointments before 8:00 or after 18:00 are in the day list.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.appointments import SLOT_MINUTES, ends_at, slot_times, starts_at
from app.domain.enums import AppointmentStatus
from app.services.appointments import AppointmentRow
from app.ui.formatting import show_date
from app.ui.labels import label
from app.ui.models.base import Index, ListTableModel

COLOURS = {
    AppointmentStatus.PLANNED: "#d9e8f5",
    AppointmentStatus.HELD: "#dcefdc",
    AppointmentStatus.CANCELLED: "#eeeeee",
    AppointmentStatus.NOT_ATTENDED: "#f6d6d6",
}
DAYS = 7


class WeekModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self.slots = slot_times()
        self.rows: list[AppointmentRow] = []
        self._cells: dict[tuple[int, int], list[AppointmentRow]] = {}

    def set_week(self, monday: dt.date, rows: list[AppointmentRow]) -> None:
        self.beginResetModel()
        self.monday = monday
        self.rows = rows
        self._cells = {}
        for row in rows:
            column = (row.date - monday).days
            if not 0 <= column < DAYS:
                continue
            start = starts_at(row.date, row.start_time)
            end = ends_at(row.date, row.start_time, row.duration_minutes)
            for number, slot in enumerate(self.slots):
                slot_start = starts_at(row.date, slot)
                slot_end = slot_start + dt.timedelta(minutes=SLOT_MINUTES)
                if start < slot_end and slot_start < end:
                    self._cells.setdefault((number, column), []).append(row)
        self.endResetModel()

    def day(self, column: int) -> dt.date:
        return self.monday + dt.timedelta(days=column)

    def slot(self, row: int) -> dt.time:
        return self.slots[row]

    def appointments_at(self, row: int, column: int) -> list[AppointmentRow]:
        return self._cells.get((row, column), [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else DAYS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return f"{self.slots[section]:%H:%M}"
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        return f"{names[section]} {self.day(section):%d.%m.}"

    def _starting(self, row: int, column: int) -> list[AppointmentRow]:
        slot_start = starts_at(self.day(column), self.slots[row])
        slot_end = slot_start + dt.timedelta(minutes=SLOT_MINUTES)
        return [
            a
            for a in self.appointments_at(row, column)
            if slot_start <= starts_at(a.date, a.start_time) < slot_end
            or (row == 0 and starts_at(a.date, a.start_time) < slot_start)
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        here = self.appointments_at(index.row(), index.column())
        if not here:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # The first appointment starting in the slot, and how many more share it
            # (several advisors at once); a slot an appointment continues into: ⋮.
            starting = self._starting(index.row(), index.column())
            if not starting:
                return "⋮"
            first = f"{starting[0].start_time:%H:%M} {starting[0].label}"
            return f"(+{len(here) - 1}) {first}" if len(here) > 1 else first
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                f"{a.time_range} {a.label} – {a.advisor} ({label(a.status)})"
                + (f"\n{a.subject}" if a.subject else "")
                for a in here
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[here[0].status]))
        return None


class DayListModel(ListTableModel[AppointmentRow]):
    COL_DATE, COL_TIME, COL_ADVISOR, COL_FOR, COL_SUBJECT, COL_PLACE, COL_STATUS = range(7)

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Advisor"),
            self.tr("For"),
            self.tr("Subject"),
            self.tr("Place"),
            self.tr("Status"),
        )
        super().__init__([], headers, parent)

    def display(self, row: AppointmentRow, column: int) -> str:
        if column == self.COL_DATE:
            return show_date(row.date)
        if column == self.COL_TIME:
            return row.time_range
        if column == self.COL_ADVISOR:
            return row.advisor
        if column == self.COL_FOR:
            return row.label
        if column == self.COL_SUBJECT:
            return row.subject or ""
        if column == self.COL_PLACE:
            return row.place or ""
        return label(row.status)
