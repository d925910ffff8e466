"""Einstellungen: the organisation, the projects, the club's lists, user accounts and
data protection."""

from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.ui.pages.settings.consents_partners import ConsentsPartnersTab
from app.ui.pages.settings.general import GeneralTab
from app.ui.pages.settings.lists import ListsTab
from app.ui.pages.settings.privacy import PrivacyTab
from app.ui.pages.settings.projects import ProjectsTab
from app.ui.pages.settings.users import UsersTab

__all__ = [
    "ConsentsPartnersTab",
    "GeneralTab",
    "ListsTab",
    "PrivacyTab",
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
            # Which consents the club asks at first contact, and its partners.
            self.consents_partners = ConsentsPartnersTab(database, actor, self)
            self.tabs.addTab(self.consents_partners, self.tr("Consents and partners"))
        self.users: UsersTab | None = None
        if actor.can(Permission.USERS_MANAGE):
            self.users = UsersTab(database, actor, self)
            self.tabs.addTab(self.users, self.tr("User accounts"))
        self.privacy: PrivacyTab | None = None
        if actor.can(Permission.PRIVACY_MANAGE):
            self.privacy = PrivacyTab(database, actor, self)
            self.tabs.addTab(self.privacy, self.tr("Data protection"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def show_privacy(self) -> None:
        """The Datenschutz tab with a fresh list of what is due (start page link)."""
        if self.privacy is not None:
            self.privacy.refresh()
            self.tabs.setCurrentWidget(self.privacy)

    @property
    def restrict_advisors(self) -> QCheckBox:
        return self.general.restrict_advisors
