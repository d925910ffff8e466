"""Table model of the user accounts (settings, admins only)."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.models import User
from app.domain.parsing import format_date
from app.ui.labels import label

Index = QModelIndex | QPersistentModelIndex


class UserTableModel(QAbstractTableModel):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_ACTIVE, COL_LAST_LOGIN = range(5)

    def __init__(self, users: list[User], parent: Any = None) -> None:
        super().__init__(parent)
        self._users = users
        self._headers = (
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Active"),
            self.tr("Last login"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._users)

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
        user = self._users[index.row()]
        column = index.column()
        if column == self.COL_USERNAME:
            return user.username
        if column == self.COL_NAME:
            return user.display_name
        if column == self.COL_ROLE:
            return label(user.role)
        if column == self.COL_ACTIVE:
            return self.tr("yes") if user.active else self.tr("no")
        if column == self.COL_LAST_LOGIN:
            return format_date(user.last_login_at.astimezone()) if user.last_login_at else ""
        return None
