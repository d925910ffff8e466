"""Table model of the user accounts (settings, admins only)."""

from datetime import UTC, datetime
from typing import Any

from app.services.users import UserRow
from app.ui.formatting import show_date
from app.ui.labels import label
from app.ui.models.base import ListTableModel


class UserTableModel(ListTableModel[UserRow]):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE, COL_VOLUNTEER, COL_LAST_LOGIN = range(6)

    def __init__(self, users: list[UserRow], parent: Any = None) -> None:
        headers = (
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("State"),
            self.tr("Volunteer record"),
            self.tr("Last login"),
        )
        super().__init__(users, headers, parent)

    def state(self, user: UserRow) -> str:
        if not user.active:
            return self.tr("deactivated")
        if not user.has_key:
            # Deactivating removed the account's key: only a new password gives one.
            return self.tr("active, cannot log in until an administrator sets a new password")
        if user.locked_until is not None and user.locked_until > datetime.now(UTC):
            return self.tr("waiting after wrong passwords until {time}").format(
                time=user.locked_until.astimezone().strftime("%H:%M")
            )
        if user.must_change_password:
            return self.tr("active, must change the password")
        return self.tr("active")

    def display(self, user: UserRow, column: int) -> str:
        if column == self.COL_USERNAME:
            return user.username
        if column == self.COL_NAME:
            return user.display_name
        if column == self.COL_ROLE:
            return label(user.role)
        if column == self.COL_STATE:
            return self.state(user)
        if column == self.COL_VOLUNTEER:
            return user.volunteer or ""
        if user.last_login_at is None:
            return ""
        return show_date(user.last_login_at.astimezone())
