"""The Events tab: a year's events with attendees and helpers."""

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import VolunteerStatus
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.events import list_events
from app.services.volunteers import list_volunteers
from app.ui.dialogs.event import EventDialog
from app.ui.lazy_tab import LazyTab
from app.ui.models.volunteers import EventsModel
from app.ui.pages.volunteers.choices import volunteer_choices
from app.ui.pages.volunteers.year_spin import year_spin
from app.ui.widgets import read_only_table


class EventsTab(LazyTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.year = year_spin(self, self.tr("Year "))
        self.year.valueChanged.connect(self.mark_stale)
        self.new_button = QPushButton(self.tr("New &event …"), self)
        self.new_button.clicked.connect(self.new_event)
        self.model = EventsModel(self)
        self.view = read_only_table(
            self, empty_text=self.tr("No events yet – record one with \u201cNew event\u201d.")
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Events"))
        row = QHBoxLayout()
        row.addWidget(self.year)
        row.addWidget(self.new_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(list_events(self.database, self.actor, self.year.value()))

    def helper_choices(self) -> list[tuple[int, str]]:
        """The active volunteers who may be named as helpers (none for roles that may not
        read the volunteer list)."""
        if not self.actor.can(Permission.VOLUNTEERS_READ):
            return []
        active = list_volunteers(self.database, self.actor, status=VolunteerStatus.ACTIVE)
        return volunteer_choices(active)

    def new_event(self) -> None:
        dialog = EventDialog(self.database, self.actor, self.helper_choices(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
