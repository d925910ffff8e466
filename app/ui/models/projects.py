"""Table model of the funded projects (read-only list in the settings)."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.models import Project
from app.domain.parsing import format_date, format_euro

Index = QModelIndex | QPersistentModelIndex


class ProjectTableModel(QAbstractTableModel):
    COL_CODE, COL_NAME, COL_PROGRAMME, COL_PERIOD, COL_ESF, COL_RATE = range(6)

    def __init__(self, projects: list[Project], parent: Any = None) -> None:
        super().__init__(parent)
        self._projects = projects
        self._headers = (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Funding programme"),
            self.tr("Period"),
            self.tr("ESF Plus"),
            self.tr("Hourly rate"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._projects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        project = self._projects[index.row()]
        column = index.column()
        if column == self.COL_CODE:
            return project.code
        if column == self.COL_NAME:
            return project.name
        if column == self.COL_PROGRAMME:
            return project.programme
        if column == self.COL_PERIOD:
            end = format_date(project.end_date) if project.end_date else self.tr("open")
            return f"{format_date(project.start_date)} – {end}"
        if column == self.COL_ESF:
            return self.tr("yes") if project.esf else self.tr("no")
        if column == self.COL_RATE:
            return (
                format_euro(project.hourly_rate_cents)
                if project.hourly_rate_cents is not None
                else ""
            )
        return None
