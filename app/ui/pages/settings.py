"""Einstellungen: the organisation and data folder, the projects, and user accounts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Project
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.projects import close_project, list_projects
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, get_setting, set_setting
from app.services.setup import organisation_name
from app.services.users import UserRow, list_users, set_active, unlock
from app.services.volunteers import CLEARANCE_YEARS, clearance_years
from app.storage.database import Database
from app.ui.dialogs.project import ProjectDialog
from app.ui.dialogs.users import ResetPasswordDialog, UserDialog
from app.ui.models.projects import ProjectTableModel
from app.ui.models.users import UserTableModel
from app.ui.widgets import read_only_table


class GeneralTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        form = QFormLayout(self)
        organisation = QLabel(organisation_name(database), self)
        folder = QLabel(str(database.location.data_dir), self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_file = QLabel(str(database.location.log_file), self)
        log_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Organisation:"), organisation)
        form.addRow(self.tr("Data folder:"), folder)
        form.addRow(self.tr("Log file:"), log_file)
        manages = actor.can(Permission.SETTINGS_MANAGE)
        self.restrict_advisors = QCheckBox(
            self.tr("Advisors see only the cases they are responsible for"), self
        )
        self.restrict_advisors.setChecked(
            bool(get_setting(database, RESTRICT_ADVISORS_TO_OWN_CASES))
        )
        self.restrict_advisors.setEnabled(manages)
        self.restrict_advisors.toggled.connect(self._store_restriction)
        form.addRow(self.tr("Case access:"), self.restrict_advisors)
        self.clearance_years = QSpinBox(self)
        self.clearance_years.setRange(1, 10)
        self.clearance_years.setSuffix(self.tr(" years"))
        self.clearance_years.setValue(clearance_years(database))
        self.clearance_years.setEnabled(manages)
        self.clearance_years.valueChanged.connect(self._store_clearance_years)
        form.addRow(self.tr("Police clearance valid for:"), self.clearance_years)

    def _store_clearance_years(self, years: int) -> None:
        set_setting(self.database, self.actor, CLEARANCE_YEARS, years)

    def _store_restriction(self, checked: bool) -> None:
        set_setting(self.database, self.actor, RESTRICT_ADVISORS_TO_OWN_CASES, checked)


class ProjectsTab(QWidget):
    """The club's projects; admins add, edit and close them, others look at the settings."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.view = read_only_table(self, single_selection=True)
        self.view.setAccessibleName(self.tr("Projects"))
        self.view.doubleClicked.connect(self.edit)
        manages = actor.can(Permission.PROJECTS_MANAGE)
        self.new_button = QPushButton(self.tr("&New project"), self)
        self.edit_button = QPushButton(
            self.tr("&Edit project") if manages else self.tr("&Show project"), self
        )
        self.close_button = QPushButton(self.tr("&Close / reopen project"), self)
        self.new_button.setVisible(manages)
        self.close_button.setVisible(manages)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.close_button.clicked.connect(self.toggle_closed)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.projects = list_projects(self.database, self.actor, include_archived=True)
        self.view.setModel(ProjectTableModel(self.projects, self.view))

    def selected(self) -> Project | None:
        index = self.view.currentIndex()
        return self.projects[index.row()] if index.isValid() else None

    def new(self) -> None:
        dialog = ProjectDialog(self.database, self.actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit(self) -> None:
        project = self.selected()
        if project is None:
            self.message.setText(self.tr("Choose a project in the list first."))
            return
        dialog = ProjectDialog(self.database, self.actor, project, self)
        dialog.exec()
        self.refresh()

    def toggle_closed(self) -> None:
        project = self.selected()
        if project is None or project.id is None:
            self.message.setText(self.tr("Choose a project in the list first."))
            return
        try:
            close_project(self.database, self.actor, project.id, closed=not project.archived)
        except ServiceError as error:
            self.message.setText(error.message)
            return
        self.message.setText(
            self.tr("{code} is open again.").format(code=project.code)
            if project.archived
            else self.tr(
                "{code} is closed: it leaves the choice lists; its data and reports stay."
            ).format(code=project.code)
        )
        self.refresh()


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
            dialog = ResetPasswordDialog(self.database, self.actor, user, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._done(
                    self.tr("{name} must choose a new password at the next login.").format(
                        name=user.display_name
                    )
                )

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            set_active(self.database, self.actor, user.id, not user.active)
        except ServiceError as error:
            self.message.setText(error.message)
            return
        self._done(
            self.tr("{name} can log in again.").format(name=user.display_name)
            if not user.active
            else self.tr("{name} is deactivated and stopped at the next action.").format(
                name=user.display_name
            )
        )

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            unlock(self.database, self.actor, user.id)
            self._done(self.tr("{name} can log in again now.").format(name=user.display_name))


class SettingsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget(self)
        self.general = GeneralTab(database, actor, self)
        self.projects = ProjectsTab(database, actor, self)
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.projects, self.tr("Projects"))
        self.users: UsersTab | None = None
        if actor.can(Permission.USERS_MANAGE):
            self.users = UsersTab(database, actor, self)
            self.tabs.addTab(self.users, self.tr("User accounts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    @property
    def restrict_advisors(self) -> QCheckBox:
        return self.general.restrict_advisors
