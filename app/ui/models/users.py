"""Table model of the user accounts (settings, admins only)."""

from typing import Any

from app.domain.models import User
from app.domain.parsing import format_date
from app.ui.labels import label
from app.ui.models.base import ListTableModel


class UserTableModel(ListTableModel[User]):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_ACTIVE, COL_LAST_LOGIN = range(5)

    def __init__(self, users: list[User], parent: Any = None) -> None:
        headers = (
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Active"),
            self.tr("Last login"),
        )
        super().__init__(users, headers, parent)

    def display(self, user: User, column: int) -> str:
        if column == self.COL_USERNAME:
            return user.username
        if column == self.COL_NAME:
            return user.display_name
        if column == self.COL_ROLE:
            return label(user.role)
        if column == self.COL_ACTIVE:
            return self.tr("yes") if user.active else self.tr("no")
        if user.last_login_at is None:
            return ""
        return format_date(user.last_login_at.astimezone())
