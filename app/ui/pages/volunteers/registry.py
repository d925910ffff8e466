"""The Registry tab: every volunteer, searched and filtered, with the day's entries."""

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import VolunteerStatus
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.documents import Owner, OwnerKind
from app.services.volunteers import VolunteerRow, get_volunteer, list_volunteers
from app.ui.dialogs.timesheets import TimesheetDialog
from app.ui.dialogs.volunteer import HoursDialog, VolunteerDialog
from app.ui.dialogs.week import WeekDialog
from app.ui.documents import DocumentsDialog
from app.ui.labels import fill_combo
from app.ui.lazy_tab import LazyTab
from app.ui.models.volunteers import RegistryModel
from app.ui.pages.volunteers.choices import volunteer_choices
from app.ui.widgets import read_only_table

# The list is read once typing pauses, not for every letter of a name.
SEARCH_DELAY_MS = 250


class RegistryTab(LazyTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search volunteers"))
        self.search.setPlaceholderText(self.tr("Search name or number"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        fill_combo(self.status, VolunteerStatus, self.tr("All statuses"))
        self.model = RegistryModel(actor.can(Permission.CLEARANCES_READ), self)
        self.view = read_only_table(
            self,
            empty_text=self.tr(
                "No volunteers found – register one with \u201cNew volunteer\u201d."
            ),
        )
        self.view.setModel(self.model)
        self.view.setColumnHidden(RegistryModel.COL_CLEARANCE, not self.model.clearances)
        self.view.setAccessibleName(self.tr("Volunteers"))
        self.view.doubleClicked.connect(self.edit_volunteer)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.mark_stale)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.status.currentIndexChanged.connect(self.mark_stale)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_actions())
        layout.addWidget(self.view, 1)

    def _build_actions(self) -> QHBoxLayout:
        """The filters, then a button for each thing done from the registry."""
        can_write = self.actor.can(Permission.VOLUNTEERS_WRITE)
        enters_hours = self.actor.can(Permission.HOURS_ENTER_ANY)
        self.new_button = QPushButton(self.tr("&New volunteer …"), self)
        self.edit_button = QPushButton(self.tr("&Edit …"), self)
        self.hours_button = QPushButton(self.tr("Enter h&ours …"), self)
        self.week_button = QPushButton(self.tr("&Week …"), self)
        self.timesheets_button = QPushButton(self.tr("&Timesheets …"), self)
        self.documents_button = QPushButton(self.tr("Doc&uments …"), self)
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addWidget(self.status, 1)
        for button, enabled, slot in (
            (self.new_button, can_write, self.new_volunteer),
            (self.edit_button, can_write, self.edit_volunteer),
            (self.hours_button, enters_hours, self.enter_hours),
            (self.week_button, enters_hours, self.enter_week),
            (self.timesheets_button, True, self.write_timesheets),
            (self.documents_button, can_write, self.show_documents),
        ):
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    # -- data -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.search_timer.stop()
        rows = list_volunteers(
            self.database, self.actor, self.search.text(), self.status.currentData()
        )
        self.model.set_rows(rows)

    def _search_now(self) -> None:
        """Enter does not wait for the pause in typing."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.mark_stale()

    def show_all_and_select(self, volunteer_id: int) -> None:
        """Clears the filters, reads the list at once and selects the volunteer."""
        self.search.blockSignals(True)  # no search to wait for: the list is read below
        self.search.clear()
        self.search.blockSignals(False)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        self.stale = True
        self.ensure_loaded()
        for row, volunteer in enumerate(self.model.rows()):
            if volunteer.id == volunteer_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))

    def selected_volunteer(self) -> VolunteerRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def active_choices(self) -> list[tuple[int, str]]:
        """The active volunteers of the list as shown, for entering hours."""
        active = [r for r in self.model.rows() if r.status == VolunteerStatus.ACTIVE]
        return volunteer_choices(active)

    # -- actions --------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def new_volunteer(self) -> None:
        self._run(VolunteerDialog(self.database, self.actor, parent=self))

    def edit_volunteer(self, *_args: Any) -> None:
        selected = self.selected_volunteer()
        if selected is None or not self.actor.can(Permission.VOLUNTEERS_WRITE):
            return
        volunteer, languages = get_volunteer(self.database, self.actor, selected.id)
        self._run(VolunteerDialog(self.database, self.actor, volunteer, languages, self))

    def enter_hours(self) -> None:
        selected = self.selected_volunteer()
        dialog = HoursDialog(self.database, self.actor, self.active_choices(), self)
        if selected is not None:
            dialog.volunteer.setCurrentIndex(max(dialog.volunteer.findData(selected.id), 0))
        self._run(dialog)

    def enter_week(self) -> None:
        selected = self.selected_volunteer()
        dialog = WeekDialog(self.database, self.actor, self.active_choices(), self)
        if selected is not None:
            dialog.volunteer.setCurrentIndex(max(dialog.volunteer.findData(selected.id), 0))
        self._run(dialog)

    def show_documents(self) -> None:
        selected = self.selected_volunteer()
        if selected is None:
            QMessageBox.information(
                self, self.tr("Documents"), self.tr("Choose a volunteer in the list first.")
            )
            return
        DocumentsDialog(
            self.database,
            self.actor,
            Owner(OwnerKind.VOLUNTEER, selected.id),
            self.tr("Documents of {name}").format(name=selected.name),
            self,
        ).exec()

    def write_timesheets(self) -> None:
        choices = [(r.number, f"{r.name} ({r.number})") for r in self.model.rows()]
        dialog = TimesheetDialog(self.database, self.actor, choices, self)
        selected = self.selected_volunteer()
        if selected is not None:
            dialog.volunteer.setCurrentIndex(max(dialog.volunteer.findData(selected.number), 0))
        dialog.exec()
