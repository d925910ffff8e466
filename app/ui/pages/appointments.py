"""Termine: the advisors' appointments and office hours, a week at a time.

The grid has a row per half hour from 8:00 to 18:00 and a column per day; double-click
(or Enter) on an empty cell books an appointment there, on an appointment opens it.
Below it the chosen day's list, with every appointment of the day (also those before
8:00 or after 18:00), from which one is recorded as a consultation in one click.
"""

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.appointments import week_start
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.appointments import AppointmentRow, list_appointments
from app.services.cases import advisors
from app.services.database import Database
from app.services.errors import ServiceError
from app.ui.appointment_actions import LetterWriter, record_consultation
from app.ui.dialogs.appointment import AppointmentDialog
from app.ui.formatting import show_date
from app.ui.models.appointments import DayListModel, WeekModel
from app.ui.problems import show_problem
from app.ui.widgets import read_only_table


class WeekView(QTableView):
    """The week grid; Enter acts like a double click on the current cell."""

    activated_cell = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_cell.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class AppointmentsPage(QWidget):
    open_case = Signal(int)
    # An appointment became a consultation: lists and case windows refresh.
    consultation_recorded = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.monday = week_start(dt.date.today())
        self.chosen_day = dt.date.today()
        self.letters = LetterWriter(self)
        writes = actor.can(Permission.CONSULTATIONS_WRITE)

        title = QLabel(self.tr("Appointments"), self)
        title.setObjectName("pageTitle")
        self.week_label = QLabel(self)
        self.week_label.setObjectName("pageSubtitle")
        self.advisor = QComboBox(self)
        self.advisor.addItem(self.tr("All advisors"), None)
        for user in advisors(database, actor):
            self.advisor.addItem(user.display_name, user.id)
        self.advisor.setAccessibleName(self.tr("Advisor"))
        index = self.advisor.findData(actor.user_id)
        if index > 0:
            self.advisor.setCurrentIndex(index)
        self.advisor.currentIndexChanged.connect(self.refresh)
        advisor_label = QLabel(self.tr("&Advisor:"), self)
        advisor_label.setBuddy(self.advisor)
        self.previous_button = QPushButton(self.tr("&Previous week"), self)
        self.today_button = QPushButton(self.tr("&This week"), self)
        self.next_button = QPushButton(self.tr("Ne&xt week"), self)
        self.new_button = QPushButton(self.tr("&New appointment …"), self)
        self.new_button.setEnabled(writes)
        self.previous_button.clicked.connect(self.previous_week)
        self.today_button.clicked.connect(self.this_week)
        self.next_button.clicked.connect(self.next_week)
        self.new_button.clicked.connect(self.new_appointment)

        self.week = WeekModel(self)
        self.grid = WeekView(self)
        self.grid.setModel(self.week)
        self.grid.setAccessibleName(self.tr("Week"))
        self.grid.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.grid.doubleClicked.connect(self.open_cell)
        self.grid.activated_cell.connect(self.open_cell)
        self.grid.selectionModel().currentChanged.connect(self._cell_chosen)

        self.day_label = QLabel(self)
        self.day_label.setObjectName("sectionTitle")
        self.day = DayListModel(self)
        self.day_list = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "No appointments on this day – double-click a free time in the week to book one."
            ),
        )
        self.day_list.setModel(self.day)
        self.day_list.setAccessibleName(self.tr("Appointments of the day"))
        self.day_list.setColumnHidden(DayListModel.COL_DATE, True)
        self.day_list.horizontalHeader().setStretchLastSection(True)
        self.day_list.doubleClicked.connect(self._open_listed)
        self.consultation_button = QPushButton(self.tr("Record as c&onsultation"), self)
        self.consultation_button.setEnabled(writes)
        self.consultation_button.clicked.connect(self.record_selected)
        self.letter_button = QPushButton(self.tr("&Letter …"), self)
        self.letter_button.clicked.connect(self.letter_for_selected)
        self.case_button = QPushButton(self.tr("Open c&ase"), self)
        self.case_button.clicked.connect(self.open_selected_case)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(self.week_label)
        top.addLayout(titles, 1)
        top.addWidget(advisor_label)
        top.addWidget(self.advisor)
        for button in (
            self.previous_button,
            self.today_button,
            self.next_button,
            self.new_button,
        ):
            top.addWidget(button)
        day_box = QWidget(self)
        day_layout = QVBoxLayout(day_box)
        day_layout.setContentsMargins(0, 4, 0, 0)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label, 1)
        for button in (self.consultation_button, self.letter_button, self.case_button):
            day_row.addWidget(button)
        day_layout.addLayout(day_row)
        day_layout.addWidget(self.day_list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(day_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        self._loaded = True
        sunday = self.monday + dt.timedelta(days=6)
        try:
            rows = list_appointments(
                self.database, self.actor, self.monday, sunday, self.advisor.currentData()
            )
        except ServiceError as error:
            show_problem(self, self.tr("Appointments"), error)
            rows = []
        self.week.set_week(self.monday, rows)
        self.week_label.setText(
            self.tr("Week of {first} to {last}").format(
                first=show_date(self.monday), last=show_date(sunday)
            )
        )
        if not self.monday <= self.chosen_day <= sunday:
            self.chosen_day = self.monday
        self._show_day()
        # The first slot of the chosen day, so the keyboard starts in the week.
        column = (self.chosen_day - self.monday).days
        self.grid.setCurrentIndex(self.week.index(0, column))

    def _show_day(self) -> None:
        self.day_label.setText(
            self.tr("Appointments on {day}").format(day=show_date(self.chosen_day))
        )
        self.day.set_rows([r for r in self.week.rows if r.date == self.chosen_day])

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.week.day(current.column()) != self.chosen_day:
            self.chosen_day = self.week.day(current.column())
            self._show_day()

    # -- moving --------------------------------------------------------------------
    def show_week_of(self, day: dt.date) -> None:
        self.monday = week_start(day)
        self.chosen_day = day
        self.refresh()

    def previous_week(self) -> None:
        self.show_week_of(self.monday - dt.timedelta(days=7))

    def next_week(self) -> None:
        self.show_week_of(self.monday + dt.timedelta(days=7))

    def this_week(self) -> None:
        self.show_week_of(dt.date.today())

    # -- acting ----------------------------------------------------------------------
    def open_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        here = self.week.appointments_at(index.row(), index.column())
        if here:
            self.open_appointment(here[0])
        elif self.actor.can(Permission.CONSULTATIONS_WRITE):
            self.new_appointment((self.week.day(index.column()), self.week.slot(index.row())))

    def new_appointment(self, when: tuple[dt.date, dt.time] | None = None) -> None:
        dialog = AppointmentDialog(
            self.database, self.actor, when=when if isinstance(when, tuple) else None, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def open_appointment(self, row: AppointmentRow) -> None:
        dialog = AppointmentDialog(self.database, self.actor, existing=row, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.consultation_recorded.emit()

    def _open_listed(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_appointment(self.day.row_at(index.row()))

    def selected(self) -> AppointmentRow | None:
        index = self.day_list.currentIndex()
        if index.isValid():
            return self.day.row_at(index.row())
        rows = self.day.rows()
        return rows[0] if len(rows) == 1 else None

    def record_selected(self) -> None:
        row = self.selected()
        if row is None:
            show_problem(
                self,
                self.tr("Record as consultation"),
                ServiceError(self.tr("Choose an appointment in the day's list first.")),
            )
            return
        if record_consultation(self, self.database, self.actor, row.id):
            self.refresh()
            self.consultation_recorded.emit()

    def letter_for_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.letters.write(self.database, self.actor, row)

    def open_selected_case(self) -> None:
        row = self.selected()
        if row is not None and row.participant_id is not None:
            self.open_case.emit(row.participant_id)
