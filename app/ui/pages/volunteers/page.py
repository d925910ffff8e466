"""Ehrenamt: the volunteer registry, hours to approve, and "Meine Stunden" for volunteers.

Each tab is its own widget with its own table model and reads its data only when it is
shown (see ``LazyTab``). After a tab saved something, every tab is marked stale: the
visible one reads again at once, the others when they are next shown. The tabs share
volunteers, hours and tandems, so telling which of them an edit touched is not worth it.
"""

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.volunteer_hours import count_submitted_hours, own_volunteer_id
from app.ui.lazy_tab import LazyTab
from app.ui.pages.volunteers.allowances import AllowancesTab
from app.ui.pages.volunteers.approvals import ApprovalsTab
from app.ui.pages.volunteers.events import EventsTab
from app.ui.pages.volunteers.own_hours import OwnHoursTab
from app.ui.pages.volunteers.registry import RegistryTab
from app.ui.pages.volunteers.tandems import TandemsTab

Tab = TypeVar("Tab", bound=LazyTab)


class VolunteersPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        title = QLabel(self.tr("Volunteering"), self)
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        # Only the tabs the role may use; None for the others.
        self.registry: RegistryTab | None = None
        self.tandems: TandemsTab | None = None
        self.approvals: ApprovalsTab | None = None
        self.events: EventsTab | None = None
        self.allowances: AllowancesTab | None = None
        self.own: OwnHoursTab | None = None
        self._shown_tabs: list[LazyTab] = []
        if actor.can(Permission.VOLUNTEERS_READ):
            self.registry = self._add(RegistryTab(database, actor), self.tr("Registry"))
        if actor.can(Permission.MENTORSHIPS_MANAGE):
            self.tandems = self._add(TandemsTab(database, actor), self.tr("Tandems"))
        if actor.can(Permission.HOURS_APPROVE):
            self.approvals = self._add(ApprovalsTab(database, actor), "")
        if actor.can(Permission.EVENTS_WRITE):
            self.events = self._add(EventsTab(database, actor), self.tr("Events"))
        if actor.can(Permission.ALLOWANCES_READ):
            self.allowances = self._add(AllowancesTab(database, actor), self.tr("Allowances"))
        own_id = own_volunteer_id(database, actor)
        if own_id is not None:
            self.own = self._add(OwnHoursTab(database, actor, own_id), self.tr("My hours"))
        self._count_pending_hours()

    def _add(self, tab: Tab, title: str) -> Tab:
        self.tabs.addTab(tab, title)
        tab.changed.connect(self.refresh)
        self._shown_tabs.append(tab)
        return tab

    def refresh(self) -> None:
        """The data may have changed: the visible tab reads again now, the others when
        they are next shown."""
        for tab in self._shown_tabs:
            tab.mark_stale()
        self._count_pending_hours()

    def _count_pending_hours(self) -> None:
        """The approvals tab's title says how many hours wait, even while it is not read."""
        if self.approvals is not None:
            pending = count_submitted_hours(self.database, self.actor)
            self.tabs.setTabText(
                self.tabs.indexOf(self.approvals),
                self.tr("Hours to approve (%n)", "", pending),
            )

    def select_volunteer(self, volunteer_id: int) -> None:
        """Show one volunteer in the registry, whatever the filters were."""
        if self.registry is None:
            return
        self.registry.show_all_and_select(volunteer_id)  # read before it is shown: once
        self.tabs.setCurrentWidget(self.registry)

    # The start page of a volunteer's login enters hours through these.
    def enter_own_hours(self) -> None:
        if self.own is not None:
            self.own.enter_hours()

    def enter_own_week(self) -> None:
        if self.own is not None:
            self.own.enter_week()
