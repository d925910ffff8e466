"""Table models of the Courses section and the case window's Courses tab.

``AttendanceModel`` is the attendance grid: a row per enrolled person, a column per
session between the name columns and the totals. A session cell is empty until
someone ticks it; editing a cell (``setData`` with an ``AttendanceState`` or None)
asks the owner to save it through the service and shows the stored state after.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import AttendanceState
from app.services.courses import (
    AttendedHours,
    CourseMember,
    CourseParticipation,
    CourseRow,
    SessionView,
)
from app.ui.formatting import show_date, show_hours
from app.ui.labels import label
from app.ui.models.base import Index, ListTableModel

# Cycling a cell with the space bar: empty, then each state, then empty again.
CYCLE: tuple[AttendanceState | None, ...] = (
    None,
    AttendanceState.PRESENT,
    AttendanceState.EXCUSED,
    AttendanceState.ABSENT,
)
COLOURS = {
    AttendanceState.PRESENT: "#dcefdc",
    AttendanceState.EXCUSED: "#fff2cc",
    AttendanceState.ABSENT: "#f6d6d6",
}


class CoursesModel(ListTableModel[CourseRow]):
    (
        COL_TITLE,
        COL_KIND,
        COL_DATES,
        COL_PROVIDER,
        COL_PROJECT,
        COL_SESSIONS,
        COL_PARTICIPANTS,
        COL_NEXT,
    ) = range(8)
    NUMBERS = frozenset({COL_SESSIONS, COL_PARTICIPANTS})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Course"),
            self.tr("Kind"),
            self.tr("Dates"),
            self.tr("Provider"),
            self.tr("Project"),
            self.tr("Sessions"),
            self.tr("Participants"),
            self.tr("Next session"),
        )
        super().__init__([], headers, parent)

    def display(self, row: CourseRow, column: int) -> str:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_KIND:
            return label(row.kind)
        if column == self.COL_DATES:
            return f"{show_date(row.start_date)} – {show_date(row.end_date)}"
        if column == self.COL_PROVIDER:
            return row.provider
        if column == self.COL_PROJECT:
            return row.project
        if column == self.COL_SESSIONS:
            return str(row.sessions)
        if column == self.COL_PARTICIPANTS:
            return str(row.participants)
        return show_date(row.next_session)


class CaseCoursesModel(ListTableModel[CourseParticipation]):
    """The courses of one case file with what the person attended."""

    COL_TITLE, COL_KIND, COL_DATES, COL_SESSIONS, COL_HOURS, COL_CERTIFICATE = range(6)
    NUMBERS = frozenset({COL_SESSIONS, COL_HOURS})

    def __init__(self, parent: Any = None) -> None:
        headers = (
            self.tr("Course"),
            self.tr("Kind"),
            self.tr("Dates"),
            self.tr("Sessions attended"),
            self.tr("Hours attended"),
            self.tr("Certificate issued"),
        )
        super().__init__([], headers, parent)

    def display(self, row: CourseParticipation, column: int) -> str:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_KIND:
            return label(row.kind)
        if column == self.COL_DATES:
            return f"{show_date(row.start_date)} – {show_date(row.end_date)}"
        if column == self.COL_SESSIONS:
            return self.tr("{attended} of {total}").format(
                attended=row.attended_sessions, total=row.sessions
            )
        if column == self.COL_HOURS:
            return show_hours(row.attended_minutes)
        return show_date(row.certificate_issued_on)


# Saves one cell: (session id, participant id, state or None) -> the person's attended
# hours now, None when refused.
SaveCell = Callable[[int, int, AttendanceState | None], AttendedHours | None]


class AttendanceModel(ListTableModel[CourseMember]):
    """Rows: the enrolled people, named in the vertical header (so the names stay in view
    while the sessions scroll); columns: the sessions, then hours and certificate.
    Session cells are editable with the states of ``CYCLE``."""

    FIRST_SESSION = 0

    def __init__(self, save: SaveCell, parent: Any = None) -> None:
        super().__init__([], (), parent)
        self.save = save
        self.sessions: list[SessionView] = []

    def set_course(self, sessions: list[SessionView], members: list[CourseMember]) -> None:
        self.beginResetModel()
        self.sessions = sessions
        self._headers = (
            *(f"{s.date:%d.%m.}\n{s.start_time:%H:%M}" for s in sessions),
            self.tr("Hours attended"),
            self.tr("Certificate"),
        )
        self._rows = members
        self.endResetModel()

    @property
    def hours_column(self) -> int:
        return self.FIRST_SESSION + len(self.sessions)

    def session_at(self, column: int) -> SessionView | None:
        index = column - self.FIRST_SESSION
        return self.sessions[index] if 0 <= index < len(self.sessions) else None

    def state_at(self, index: Index) -> AttendanceState | None:
        session = self.session_at(index.column())
        if session is None:
            return None
        return self._rows[index.row()].attendance.get(session.id)

    def display(self, row: CourseMember, column: int) -> str:
        session = self.session_at(column)
        if session is not None:
            state = row.attendance.get(session.id)
            return label(state) if state is not None else ""
        if column == self.hours_column:
            return show_hours(row.attended_minutes)
        return show_date(row.certificate_issued_on)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                member = self._rows[section]
                return f"{member.name} ({member.case_number})"
            return None
        session = self.session_at(section)
        if session is not None and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{date}, {time}, {hours} h").format(
                date=show_date(session.date),
                time=f"{session.start_time:%H:%M}",
                hours=show_hours(session.duration_minutes),
            )
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.session_at(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.session_at(index.column()) is not None:
            state = self.state_at(index)
            if role == Qt.ItemDataRole.EditRole:
                return state
            if role == Qt.ItemDataRole.BackgroundRole and state is not None:
                return QBrush(QColor(COLOURS[state]))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.display(self._rows[index.row()], index.column()) or self.tr(
                    "not ticked"
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.hours_column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        session = self.session_at(index.column()) if index.isValid() else None
        if session is None or role != Qt.ItemDataRole.EditRole:
            return False
        state = AttendanceState(value) if value else None
        member = self._rows[index.row()]
        if member.attendance.get(session.id) == state:
            return True
        attended = self.save(session.id, member.participant_id, state)
        if attended is None:
            return False
        cells = dict(member.attendance)
        if state is None:
            cells.pop(session.id, None)
        else:
            cells[session.id] = state
        self._rows[index.row()] = replace(
            member,
            attendance=cells,
            attended_sessions=attended.sessions,
            attended_minutes=attended.minutes,
        )
        self.dataChanged.emit(index, self.index(index.row(), self.hours_column))
        return True

    def cycle(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """The next state of the cell (space bar)."""
        current = self.state_at(index)
        following = CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)]
        return self.setData(index, following.value if following else None)
