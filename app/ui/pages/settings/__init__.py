"""Einstellungen: the organisation, the projects, the club's lists and user accounts."""

from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.ui.pages.settings.consents_partners import ConsentsPartnersTab
from app.ui.pages.settings.general import GeneralTab
from app.ui.pages.settings.lists import ListsTab
from app.ui.pages.settings.projects import ProjectsTab
from app.ui.pages.settings.users import UsersTab

__all__ = [
    "ConsentsPartnersTab",
    "GeneralTab",
    "ListsTab",
    "ProjectsTab",
    "SettingsPage",
    "UsersTab",
]


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
        self.lists: ListsTab | None = None
        if actor.can(Permission.SETTINGS_MANAGE):
            self.lists = ListsTab(database, actor, self)
            self.tabs.addTab(self.lists, self.tr("Lists"))
        self.consents_partners: ConsentsPartnersTab | None = None
        if actor.can(Permission.SETTINGS_MANAGE):
            # Data protection (issue #14): consents, partners, records of processing.
            self.consents_partners = ConsentsPartnersTab(database, actor, self)
            self.tabs.addTab(self.consents_partners, self.tr("Data protection"))
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
