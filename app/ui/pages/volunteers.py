"""Ehrenamt: the volunteer registry, hours to approve, and "Meine Stunden" for volunteers."""

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogues import language_name
from app.domain.enums import VolunteerStatus
from app.domain.formatting import format_euro, format_number
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.allowances import list_payments
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.events import list_events
from app.services.mentorships import MentorshipRow, list_mentorships, write_agreement
from app.services.volunteer_hours import (
    decide_hours,
    own_hours,
    own_volunteer_id,
    submitted_hours,
    volunteer_labels,
)
from app.services.volunteers import get_volunteer, list_volunteers
from app.ui.dialogs.allowance import DeclarationDialog, PaymentDialog
from app.ui.dialogs.event import EventDialog
from app.ui.dialogs.tandem import TandemDialog, TandemStatusDialog
from app.ui.dialogs.timesheets import TimesheetDialog
from app.ui.dialogs.volunteer import HoursDialog, VolunteerDialog
from app.ui.dialogs.week import WeekDialog
from app.ui.formatting import show_date, show_hours
from app.ui.labels import fill_combo, label
from app.ui.models.base import TextRowsModel
from app.ui.problems import show_problem
from app.ui.widgets import read_only_table


def _table(parent: QWidget, empty_text: str, single_selection: bool = False) -> QTableView:
    return read_only_table(parent, single_selection, empty_text)


def _hours(minutes: int) -> str:
    return show_hours(minutes)


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
        self.registry: QWidget | None = None
        self.approvals: QWidget | None = None
        self.own: QWidget | None = None
        self.tandems: QWidget | None = None
        self.allowances: QWidget | None = None
        self.events: QWidget | None = None
        if actor.can(Permission.VOLUNTEERS_READ):
            self._build_registry()
        if actor.can(Permission.MENTORSHIPS_MANAGE):
            self._build_tandems()
        if actor.can(Permission.HOURS_APPROVE):
            self._build_approvals()
        if actor.can(Permission.EVENTS_WRITE):
            self._build_events()
        if actor.can(Permission.ALLOWANCES_READ):
            self._build_allowances()
        if own_volunteer_id(database, actor) is not None:
            self._build_own()
        self.refresh()

    # -- registry -------------------------------------------------------------------
    def _build_registry(self) -> None:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setAccessibleName(self.tr("Search volunteers"))
        self.search.setPlaceholderText(self.tr("Search name or number"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(page)
        fill_combo(self.status, VolunteerStatus, self.tr("All statuses"))
        self.new_button = QPushButton(self.tr("&New volunteer …"), page)
        self.edit_button = QPushButton(self.tr("&Edit …"), page)
        self.hours_button = QPushButton(self.tr("Enter h&ours …"), page)
        self.week_button = QPushButton(self.tr("&Week …"), page)
        self.week_button.setEnabled(self.actor.can(Permission.HOURS_ENTER_ANY))
        self.week_button.clicked.connect(self.enter_week)
        self.timesheets_button = QPushButton(self.tr("&Timesheets …"), page)
        self.timesheets_button.clicked.connect(self.write_timesheets)
        can_write = self.actor.can(Permission.VOLUNTEERS_WRITE)
        self.new_button.setEnabled(can_write)
        self.edit_button.setEnabled(can_write)
        self.hours_button.setEnabled(self.actor.can(Permission.HOURS_ENTER_ANY))
        self.new_button.clicked.connect(self.new_volunteer)
        self.edit_button.clicked.connect(self.edit_volunteer)
        self.hours_button.clicked.connect(self.enter_hours)
        self.search.textChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addWidget(self.status, 1)
        for button in (
            self.new_button,
            self.edit_button,
            self.hours_button,
            self.week_button,
            self.timesheets_button,
        ):
            row.addWidget(button)
        self.registry_view = _table(
            page,
            self.tr("No volunteers found – register one with \u201cNew volunteer\u201d."),
        )
        self.registry_view.setAccessibleName(self.tr("Volunteers"))
        self.registry_view.doubleClicked.connect(self.edit_volunteer)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.registry_view, 1)
        self.registry = page
        self.tabs.addTab(page, self.tr("Registry"))

    def _build_approvals(self) -> None:
        page = QWidget(self)
        self.approvals_view = _table(page, self.tr("No hours are waiting for approval."))
        self.approvals_view.setAccessibleName(self.tr("Hours to approve"))
        self.approve_button = QPushButton(self.tr("&Approve selected"), page)
        self.reject_button = QPushButton(self.tr("&Reject selected"), page)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject_hours)
        self.approvals_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(self.approvals_view, 1)
        layout.addLayout(row)
        self.approvals = page
        self.tabs.addTab(page, self.tr("Hours to approve"))

    def _build_tandems(self) -> None:
        page = QWidget(self)
        self.tandems_view = _table(
            page,
            self.tr("No tandems yet – match a mentor with \u201cNew tandem\u201d."),
            single_selection=True,
        )
        self.tandems_view.setAccessibleName(self.tr("Tandems"))
        self.new_tandem_button = QPushButton(self.tr("New &tandem …"), page)
        self.agreement_button = QPushButton(self.tr("&Agreement as PDF …"), page)
        self.new_tandem_button.clicked.connect(self.new_tandem)
        self.agreement_button.clicked.connect(self.save_agreement)
        self.tandem_status_button = QPushButton(self.tr("Change &status …"), page)
        self.tandem_status_button.clicked.connect(self.change_tandem_status)
        row = QHBoxLayout()
        row.addWidget(self.new_tandem_button)
        row.addWidget(self.agreement_button)
        row.addWidget(self.tandem_status_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.tandems_view, 1)
        self.tandems = page
        self.tabs.addTab(page, self.tr("Tandems"))

    def _build_events(self) -> None:
        page = QWidget(self)
        self.event_year = QSpinBox(page)
        self.event_year.setRange(2000, 2100)
        self.event_year.setValue(date.today().year)
        self.event_year.setPrefix(self.tr("Year "))
        self.event_year.valueChanged.connect(self.refresh)
        self.event_button = QPushButton(self.tr("New &event …"), page)
        self.event_button.clicked.connect(self.new_event)
        self.events_view = _table(
            page, self.tr("No events yet – record one with \u201cNew event\u201d.")
        )
        self.events_view.setAccessibleName(self.tr("Events"))
        row = QHBoxLayout()
        row.addWidget(self.event_year)
        row.addWidget(self.event_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.events_view, 1)
        self.events = page
        self.tabs.addTab(page, self.tr("Events"))

    def _build_allowances(self) -> None:
        page = QWidget(self)
        self.allowance_year = QSpinBox(page)
        self.allowance_year.setRange(2000, 2100)
        self.allowance_year.setValue(date.today().year)
        self.allowance_year.setPrefix(self.tr("Year "))
        self.allowance_year.valueChanged.connect(self.refresh)
        self.payment_button = QPushButton(self.tr("Record &payment …"), page)
        self.payment_button.setEnabled(self.actor.can(Permission.ALLOWANCES_WRITE))
        self.payment_button.clicked.connect(self.record_payment)
        self.allowances_view = _table(
            page, self.tr("No payments yet – record one with \u201cRecord payment\u201d.")
        )
        self.allowances_view.setAccessibleName(self.tr("Allowances"))
        row = QHBoxLayout()
        row.addWidget(self.allowance_year)
        row.addWidget(self.payment_button)
        self.declaration_button = QPushButton(self.tr("&Declaration of other clubs …"), page)
        self.declaration_button.setEnabled(self.actor.can(Permission.ALLOWANCES_WRITE))
        self.declaration_button.clicked.connect(self.record_declaration)
        row.addWidget(self.declaration_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.allowances_view, 1)
        self.allowances = page
        self.tabs.addTab(page, self.tr("Allowances"))

    def _build_own(self) -> None:
        page = QWidget(self)
        self.own_view = _table(
            page, self.tr("No hours yet – enter them with \u201cEnter my hours\u201d.")
        )
        self.own_view.setAccessibleName(self.tr("My hours"))
        self.own_button = QPushButton(self.tr("&Enter my hours …"), page)
        self.own_button.clicked.connect(self.enter_own_hours)
        self.own_week_button = QPushButton(self.tr("My &week …"), page)
        self.own_week_button.clicked.connect(self.enter_own_week)
        self.own_total = QLabel(page)
        row = QHBoxLayout()
        row.addWidget(self.own_button)
        row.addWidget(self.own_week_button)
        row.addWidget(self.own_total, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.own_view, 1)
        self.own = page
        self.tabs.addTab(page, self.tr("My hours"))

    # -- data -----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.registry is not None:
            self.rows = list_volunteers(
                self.database, self.actor, self.search.text(), self.status.currentData()
            )
            today = date.today()
            clearances = self.actor.can(Permission.CLEARANCES_READ)
            shown = []
            for r in self.rows:
                if not clearances:
                    clearance = ""
                elif r.clearance_due is None:
                    clearance = self.tr("missing")
                elif r.clearance_due <= today:
                    clearance = self.tr("renewal due since {date}").format(
                        date=show_date(r.clearance_due)
                    )
                else:
                    clearance = self.tr("valid until {date}").format(
                        date=show_date(r.clearance_due)
                    )
                shown.append(
                    (
                        r.number,
                        r.name,
                        label(r.status),
                        r.region,
                        ", ".join(language_name(code) for code in r.languages.split(", ") if code),
                        clearance,
                        show_date(r.training_on) or self.tr("missing"),
                        format_number(r.hours_this_year, 2),
                    )
                )
            headers = (
                self.tr("Number"),
                self.tr("Name"),
                self.tr("Status"),
                self.tr("Region"),
                self.tr("Languages"),
                self.tr("Police clearance"),
                self.tr("Training"),
                self.tr("Hours this year"),
            )
            self.registry_view.setModel(
                TextRowsModel(shown, headers, self.registry_view, frozenset({7}))
            )
            # The clearance column only for those who look after volunteers' paperwork.
            self.registry_view.setColumnHidden(5, not clearances)
        if self.approvals is not None:
            self.pending = submitted_hours(self.database, self.actor)
            names = volunteer_labels(self.database, self.actor)
            rows = [
                (
                    names.get(h.volunteer_id, ""),
                    show_date(h.date),
                    _hours(h.minutes),
                    label(h.activity),
                    h.note or "",
                )
                for h in self.pending
            ]
            headers = (
                self.tr("Volunteer"),
                self.tr("Date"),
                self.tr("Hours"),
                self.tr("Activity"),
                self.tr("Note"),
            )
            self.approvals_view.setModel(
                TextRowsModel(rows, headers, self.approvals_view, frozenset({2}))
            )
            self.tabs.setTabText(
                self.tabs.indexOf(self.approvals),
                self.tr("Hours to approve (%n)", "", len(self.pending)),
            )
        if self.tandems is not None:
            self.tandem_rows = list_mentorships(self.database, self.actor)
            rows = [
                (
                    t.mentor,
                    f"{t.mentee} ({t.case_number})",
                    show_date(t.start_date),
                    label(t.rhythm),
                    label(t.status)
                    if t.end_date is None
                    else self.tr("{status} on {date}").format(
                        status=label(t.status), date=show_date(t.end_date)
                    ),
                    _hours(t.minutes_given),
                    ", ".join(
                        [label(g) for g in t.goals] + ([t.goals_text] if t.goals_text else [])
                    ),
                )
                for t in self.tandem_rows
            ]
            headers = (
                self.tr("Mentor"),
                self.tr("Mentee"),
                self.tr("Start"),
                self.tr("Meetings"),
                self.tr("Status"),
                self.tr("Hours given"),
                self.tr("Goals"),
            )
            self.tandems_view.setModel(
                TextRowsModel(rows, headers, self.tandems_view, frozenset({5}))
            )
            # Goals can be long: they take the room that is left instead of pushing
            # status and hours out of sight.
            self.tandems_view.horizontalHeader().setSectionResizeMode(
                6, QHeaderView.ResizeMode.Stretch
            )
        if self.events is not None:
            events = list_events(self.database, self.actor, self.event_year.value())
            rows = [
                (
                    show_date(e.date),
                    label(e.kind),
                    e.title,
                    e.project,
                    str(e.attendees_total),
                    ""
                    if e.attendees_female is None
                    else self.tr("{female} w / {male} m / {diverse} d").format(
                        female=e.attendees_female,
                        male=e.attendees_male or 0,
                        diverse=e.attendees_diverse or 0,
                    ),
                    str(e.helpers),
                    _hours(e.helper_minutes),
                )
                for e in events
            ]
            headers = (
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Project"),
                self.tr("Attendees"),
                self.tr("By gender"),
                self.tr("Helpers"),
                self.tr("Helper hours"),
            )
            self.events_view.setModel(
                TextRowsModel(rows, headers, self.events_view, frozenset({4, 6, 7}))
            )
        if self.allowances is not None:
            payments = list_payments(self.database, self.actor, self.allowance_year.value())
            rows = [
                (
                    show_date(p.paid_on),
                    p.volunteer,
                    label(p.kind),
                    format_euro(p.amount_cents),
                    format_euro(p.year_total_cents),
                    format_euro(p.cap_cents) if p.cap_cents is not None else self.tr("no cap"),
                    format_euro(p.taxable_cents) if p.taxable_cents else "",
                    f"{show_date(p.covers_from)} – {show_date(p.covers_to)}"
                    if p.covers_from
                    else "",
                    p.note,
                )
                for p in payments
            ]
            headers = (
                self.tr("Paid on"),
                self.tr("Volunteer"),
                self.tr("Kind"),
                self.tr("Amount"),
                self.tr("Received this year"),
                self.tr("Tax-free cap"),
                self.tr("Taxable"),
                self.tr("Work compensated"),
                self.tr("Note"),
            )
            self.allowances_view.setModel(
                TextRowsModel(rows, headers, self.allowances_view, frozenset({3, 4, 5, 6}))
            )
        if self.own is not None:
            entries = own_hours(self.database, self.actor)
            rows = [
                (
                    show_date(h.date),
                    _hours(h.minutes),
                    label(h.activity),
                    label(h.status),
                    h.note or "",
                )
                for h in entries
            ]
            headers = (
                self.tr("Date"),
                self.tr("Hours"),
                self.tr("Activity"),
                self.tr("Status"),
                self.tr("Note"),
            )
            self.own_view.setModel(TextRowsModel(rows, headers, self.own_view, frozenset({1})))
            approved = sum(h.minutes for h in entries if h.status == "approved")
            self.own_total.setText(
                self.tr("Approved so far: {hours} hours").format(hours=_hours(approved))
            )

    def select_volunteer(self, volunteer_id: int) -> None:
        """Show one volunteer in the registry, whatever the filters were."""
        if self.registry is None:
            return
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.tabs.setCurrentWidget(self.registry)
        for row, volunteer in enumerate(self.rows):
            if volunteer.id == volunteer_id:
                self.registry_view.selectRow(row)
                self.registry_view.scrollTo(self.registry_view.model().index(row, 0))

    def _selected_volunteer(self) -> int | None:
        index = self.registry_view.currentIndex()
        return self.rows[index.row()].id if index.isValid() else None

    # -- actions --------------------------------------------------------------------
    def new_volunteer(self) -> None:
        if (
            VolunteerDialog(self.database, self.actor, parent=self).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.refresh()

    def edit_volunteer(self, *_args: Any) -> None:
        volunteer_id = self._selected_volunteer()
        if volunteer_id is None or not self.actor.can(Permission.VOLUNTEERS_WRITE):
            return
        volunteer, languages = get_volunteer(self.database, self.actor, volunteer_id)
        dialog = VolunteerDialog(self.database, self.actor, volunteer, languages, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _active_volunteers(self) -> list[tuple[int, str]]:
        return [
            (r.id, f"{r.name} ({r.number})")
            for r in self.rows
            if r.status == VolunteerStatus.ACTIVE
        ]

    def enter_hours(self) -> None:
        selected = self._selected_volunteer()
        dialog = HoursDialog(self.database, self.actor, self._active_volunteers(), self)
        if selected is not None:
            index = dialog.volunteer.findData(selected)
            dialog.volunteer.setCurrentIndex(max(index, 0))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def write_timesheets(self) -> None:
        choices = [(r.number, f"{r.name} ({r.number})") for r in self.rows]
        dialog = TimesheetDialog(self.database, self.actor, choices, self)
        selected = self._selected_volunteer()
        for row in self.rows:
            if row.id == selected:
                dialog.volunteer.setCurrentIndex(max(dialog.volunteer.findData(row.number), 0))
        dialog.exec()

    def new_event(self) -> None:
        helpers = self._active_volunteers() if self.registry is not None else []
        dialog = EventDialog(self.database, self.actor, helpers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def record_payment(self) -> None:
        choices = [
            (r.id, f"{r.name} ({r.number})") for r in list_volunteers(self.database, self.actor)
        ]
        if (
            PaymentDialog(self.database, self.actor, choices, self).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.refresh()

    def record_declaration(self) -> None:
        """What a volunteer received from other clubs: it lowers this club's tax-free cap."""
        choices = [
            (r.id, f"{r.name} ({r.number})") for r in list_volunteers(self.database, self.actor)
        ]
        dialog = DeclarationDialog(
            self.database, self.actor, choices, self.allowance_year.value(), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def new_tandem(self) -> None:
        if TandemDialog(self.database, self.actor, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _selected_tandem(self, title: str) -> MentorshipRow | None:
        index = self.tandems_view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, title, self.tr("Choose a tandem in the list first."))
            return None
        return self.tandem_rows[index.row()]

    def change_tandem_status(self) -> None:
        title = self.tr("Tandem status")
        tandem = self._selected_tandem(title)
        if tandem is None:
            return
        dialog = TandemStatusDialog(self.database, self.actor, tandem, title, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def save_agreement(self) -> None:
        tandem = self._selected_tandem(self.tr("Tandem agreement"))
        if tandem is None:
            return
        name = f"Tandemvereinbarung-{tandem.case_number}.pdf"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save tandem agreement – the file will not be encrypted"),
            str(Path(QDir.homePath()) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not target:
            return
        try:
            path = write_agreement(self.database, self.actor, tandem.id, Path(target))
        except (ServiceError, OSError) as error:
            show_problem(self, self.tr("Tandem agreement"), error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def enter_week(self) -> None:
        dialog = WeekDialog(self.database, self.actor, self._active_volunteers(), self)
        selected = self._selected_volunteer()
        if selected is not None:
            dialog.volunteer.setCurrentIndex(max(dialog.volunteer.findData(selected), 0))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def enter_own_week(self) -> None:
        own_id = own_volunteer_id(self.database, self.actor)
        if own_id is None:
            return
        dialog = WeekDialog(self.database, self.actor, [(own_id, self.actor.display_name)], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def enter_own_hours(self) -> None:
        own_id = own_volunteer_id(self.database, self.actor)
        if own_id is None:
            return
        dialog = HoursDialog(self.database, self.actor, [(own_id, self.actor.display_name)], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _decide(self, approve: bool) -> None:
        rows = {index.row() for index in self.approvals_view.selectionModel().selectedRows()}
        ids = [self.pending[row].id or 0 for row in sorted(rows)]
        if ids:
            decide_hours(self.database, self.actor, ids, approve)
            self.refresh()

    def approve(self) -> None:
        self._decide(True)

    def reject_hours(self) -> None:
        self._decide(False)
