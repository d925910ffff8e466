"""Einstellungen: organisation, data folder, projects and (for admins) user accounts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.projects import list_projects
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, get_setting, set_setting
from app.services.setup import organisation_name
from app.services.users import list_users
from app.services.volunteers import CLEARANCE_YEARS, clearance_years
from app.storage.database import Database
from app.ui.models.projects import ProjectTableModel
from app.ui.models.users import UserTableModel
from app.ui.widgets import read_only_table


def _table(parent: QWidget) -> QTableView:
    view = read_only_table(parent)
    return view


class SettingsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        form = QFormLayout()
        organisation = QLabel(organisation_name(database), self)
        folder = QLabel(str(database.location.data_dir), self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_file = QLabel(str(database.location.log_file), self)
        log_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Organisation:"), organisation)
        form.addRow(self.tr("Data folder:"), folder)
        form.addRow(self.tr("Log file:"), log_file)
        self.database = database
        self.actor = actor
        self.restrict_advisors = QCheckBox(
            self.tr("Advisors see only the cases they are responsible for"), self
        )
        self.restrict_advisors.setChecked(
            bool(get_setting(database, RESTRICT_ADVISORS_TO_OWN_CASES))
        )
        self.restrict_advisors.setEnabled(actor.can(Permission.SETTINGS_MANAGE))
        self.restrict_advisors.toggled.connect(self._store_restriction)
        form.addRow(self.tr("Case access:"), self.restrict_advisors)
        self.clearance_years = QSpinBox(self)
        self.clearance_years.setRange(1, 10)
        self.clearance_years.setSuffix(self.tr(" years"))
        self.clearance_years.setValue(clearance_years(database))
        self.clearance_years.setEnabled(actor.can(Permission.SETTINGS_MANAGE))
        self.clearance_years.valueChanged.connect(self._store_clearance_years)
        form.addRow(self.tr("Police clearance valid for:"), self.clearance_years)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addSpacing(12)
        projects_title = QLabel(self.tr("Projects"), self)
        projects_title.setObjectName("sectionTitle")
        self.projects_view = _table(self)
        self.projects_view.setModel(
            ProjectTableModel(list_projects(database, actor, True), self.projects_view)
        )
        layout.addWidget(projects_title)
        layout.addWidget(self.projects_view, 1)
        self.users_view: QTableView | None = None
        if actor.can(Permission.USERS_MANAGE):
            users_title = QLabel(self.tr("User accounts"), self)
            users_title.setObjectName("sectionTitle")
            self.users_view = _table(self)
            self.users_view.setModel(UserTableModel(list_users(database, actor), self.users_view))
            layout.addSpacing(12)
            layout.addWidget(users_title)
            layout.addWidget(self.users_view, 1)

    def _store_clearance_years(self, years: int) -> None:
        set_setting(self.database, self.actor, CLEARANCE_YEARS, years)

    def _store_restriction(self, checked: bool) -> None:
        set_setting(self.database, self.actor, RESTRICT_ADVISORS_TO_OWN_CASES, checked)
