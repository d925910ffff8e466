"""User accounts: adding and changing them (admins), and every user's own password."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError, ValidationError
from app.services.users import (
    UserRow,
    add_user,
    change_own_password,
    link_volunteer,
    reset_password,
    unlinked_volunteers,
    update_user,
)
from app.ui.forms import FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo, please_choose, select_data


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _same(first: QLineEdit, second: QLineEdit, field: str) -> None:
    """Two typed passwords must agree; checked here, as it concerns what was typed."""
    if first.text() != second.text():
        raise ValidationError(
            field,
            QCoreApplication.translate(
                "Users", "Repeat password: the two passwords are not the same."
            ),
        )


class UserDialog(QDialog):
    """A new account, or the name, role and volunteer record of ``user``."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        user: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.user = user
        self.setWindowTitle(
            self.tr("User {name}").format(name=user.username) if user else self.tr("New user")
        )
        self.setMinimumWidth(460)
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        fill_combo(self.role, Role, please_choose())
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        self.volunteer = QComboBox(self)
        self.volunteer.addItem(self.tr("— none —"), None)
        if user is not None and user.volunteer_id is not None:
            self.volunteer.addItem(user.volunteer or "", user.volunteer_id)
        for volunteer_id, name in unlinked_volunteers(database, actor):
            self.volunteer.addItem(name, volunteer_id)
        form = QFormLayout()
        if user is None:
            form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        self.volunteer_label = QLabel(self.tr("&Volunteer record:"), self)
        self.volunteer_label.setBuddy(self.volunteer)
        form.addRow(self.volunteer_label, self.volunteer)
        if user is None:
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("Re&peat password:"), self.repeat)
            hint = QLabel(self.tr("The new user chooses an own password at the first login."), self)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            form.addRow(hint)
        else:
            self.username.hide()
            self.password.hide()
            self.repeat.hide()
            self.display_name.setText(user.display_name)
            select_data(self.role, user.role)
            select_data(self.volunteer, user.volunteer_id)
        self.role.currentIndexChanged.connect(self._follow_role)
        self._follow_role()
        self.errors = FieldErrors(
            QLabel(self),
            {
                "username": self.username,
                "display_name": self.display_name,
                "role": self.role,
                "password": self.password,
                "repeat": self.repeat,
                "volunteer": self.volunteer,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def _follow_role(self) -> None:
        """Only a volunteer's login enters hours for a volunteer record."""
        volunteer = self.role.currentData() == Role.VOLUNTEER
        self.volunteer.setVisible(volunteer)
        self.volunteer_label.setVisible(volunteer)

    def accept(self) -> None:
        role = self.role.currentData()
        try:
            if role is None:
                raise ValidationError(
                    "role", self.tr("Role: please choose what the person does in the club.")
                )
            if self.user is None:
                _same(self.password, self.repeat, "repeat")
                saved = add_user(
                    self.database,
                    self.actor,
                    self.username.text(),
                    role,
                    self.password.text(),
                    self.display_name.text(),
                    must_change_password=True,
                )
                user_id = saved.id or 0
            else:
                update_user(self.database, self.actor, self.user.id, self.display_name.text(), role)
                user_id = self.user.id
            wanted = self.volunteer.currentData() if role == Role.VOLUNTEER else None
            linked = self.user.volunteer_id if self.user is not None else None
            if wanted != linked:
                link_volunteer(self.database, self.actor, user_id, wanted)
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    """An admin sets a temporary password; the user changes it at the next login."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        user: UserRow,
        parent: QWidget | None = None,
        reactivated: bool = False,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.user = user
        self.setWindowTitle(self.tr("Reset the password of {name}").format(name=user.username))
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        # After a reactivation: why a password is needed before the account works again.
        self.reason = QLabel(
            self.tr(
                "{name} is active again. Deactivating removed the account's key to the "
                "database, so {name} can log in only after you set a new password."
            ).format(name=user.display_name),
            self,
        )
        self.reason.setWordWrap(True)
        self.reason.setVisible(reactivated)
        hint = QLabel(
            self.tr(
                "Give the temporary password to {name} in person. At the next login Lotse "
                "asks for a new one."
            ).format(name=user.display_name),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("&Temporary password:"), self.password)
        form.addRow(self.tr("Re&peat password:"), self.repeat)
        form.addRow(hint)
        self.errors = FieldErrors(QLabel(self), {"password": self.password, "repeat": self.repeat})
        layout = QVBoxLayout(self)
        if reactivated:
            layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        try:
            _same(self.password, self.repeat, "repeat")
            reset_password(self.database, self.actor, self.user.id, self.password.text())
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()


class ChangePasswordDialog(QDialog):
    """The user's own password; at a forced change the dialog says why."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        self.current = _password_field(self)
        self.new = _password_field(self)
        self.repeat = _password_field(self)
        form = QFormLayout()
        if forced:
            reason = QLabel(
                self.tr(
                    "An administrator has set a temporary password for you. Please choose "
                    "your own password now."
                ),
                self,
            )
            reason.setWordWrap(True)
            form.addRow(reason)
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("Re&peat new password:"), self.repeat)
        self.errors = FieldErrors(QLabel(self), {"new_password": self.new, "repeat": self.repeat})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        try:
            _same(self.new, self.repeat, "repeat")
            change_own_password(self.database, self.actor, self.current.text(), self.new.text())
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()
