"""Einstellungen → Benutzer: accounts, roles, passwords."""

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.users import UserRow, list_users, set_active, unlock
from app.ui.dialogs.users import ResetPasswordDialog, UserDialog
from app.ui.models.users import UserTableModel
from app.ui.widgets import read_only_table


class UsersTab(QWidget):
    """Accounts: add, change name and role, reset a password, (de)activate, unlock."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.view = read_only_table(self, single_selection=True)
        self.view.setAccessibleName(self.tr("User accounts"))
        self.view.doubleClicked.connect(self.edit)
        self.buttons: dict[str, QPushButton] = {}
        self.password_dialog: ResetPasswordDialog | None = None
        row = QHBoxLayout()
        for key, text, slot in (
            ("new", self.tr("&New user"), self.new),
            ("edit", self.tr("&Edit user"), self.edit),
            ("password", self.tr("Reset &password"), self.reset_password),
            ("active", self.tr("&Deactivate / reactivate"), self.toggle_active),
            ("unlock", self.tr("&Unlock"), self.unlock),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch()
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.users = list_users(self.database, self.actor)
        self.view.setModel(UserTableModel(self.users, self.view))

    def selected(self) -> UserRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choose a user in the list first."))
            return None
        return self.users[index.row()]

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    def new(self) -> None:
        dialog = UserDialog(self.database, self.actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("The user was added and chooses an own password at first login."))

    def edit(self) -> None:
        user = self.selected()
        if user is not None:
            dialog = UserDialog(self.database, self.actor, user, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._done(self.tr("Saved. Changes apply from the user's next action."))

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._set_password(user, reactivated=False)

    def _set_password(self, user: UserRow, reactivated: bool) -> bool:
        dialog = ResetPasswordDialog(self.database, self.actor, user, self, reactivated)
        self.password_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.password_dialog = None
        if accepted:
            self._done(
                self.tr("{name} must choose a new password at the next login.").format(
                    name=user.display_name
                )
            )
        return accepted

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            set_active(self.database, self.actor, user.id, not user.active)
        except ServiceError as error:
            self.message.setText(error.message)
            return
        if user.active:
            self._done(
                self.tr(
                    "{name} is deactivated and stopped at the next action. Reactivating the "
                    "account needs a new password."
                ).format(name=user.display_name)
            )
            return
        self.refresh()
        again = next((row for row in self.users if row.id == user.id), user)
        if again.has_key:
            self._done(self.tr("{name} can log in again.").format(name=user.display_name))
            return
        # Deactivating removed the account's key: offer the new password right away.
        if not self._set_password(again, reactivated=True):
            self._done(
                self.tr(
                    "{name} is active again but cannot log in until a new password is set: "
                    "choose “Reset password”."
                ).format(name=user.display_name)
            )

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            unlock(self.database, self.actor, user.id)
            self._done(self.tr("{name} can log in again now.").format(name=user.display_name))
