"""The week grid: a volunteer's hours for Monday to Sunday in one go."""

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Activity
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.projects import list_projects
from app.services.volunteer_hours import HoursInput, add_week, day_minutes
from app.ui.formatting import show_date, show_day, show_hours
from app.ui.forms import FieldErrors, save_cancel_buttons
from app.ui.labels import fill_combo


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _hours_text(minutes: int) -> str:
    return show_hours(minutes)


class WeekDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        volunteers: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.saved = 0
        self.monday = _monday(date.today())
        self.setWindowTitle(self.tr("Hours for a week"))
        self.volunteer = QComboBox(self)
        for volunteer_id, name in volunteers:
            self.volunteer.addItem(name, volunteer_id)
        self.volunteer.currentIndexChanged.connect(self.show_week)
        self.previous = QPushButton("◀", self)
        self.previous.setToolTip(self.tr("Previous week"))
        self.next = QPushButton("▶", self)
        self.next.setToolTip(self.tr("Next week"))
        for button in (self.previous, self.next):
            button.setAutoDefault(False)
            button.setFixedWidth(36)
        self.previous.clicked.connect(lambda: self.move_week(-7))
        self.next.clicked.connect(lambda: self.move_week(7))
        self.week_label = QLabel(self)
        week_row = QHBoxLayout()
        week_row.addWidget(self.previous)
        week_row.addWidget(self.week_label, 1)
        week_row.addWidget(self.next)
        self.activity = QComboBox(self)
        fill_combo(self.activity, Activity)
        self.project = QComboBox(self)
        self.project.addItem("—", None)
        for project in list_projects(database, actor):
            self.project.addItem(f"{project.code} – {project.name}", project.id)
        self.grid_box = QWidget(self)
        grid = QGridLayout(self.grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.day_labels: list[QLabel] = []
        self.cells: list[QLineEdit] = []
        self.recorded: list[QLabel] = []
        for column in range(7):
            heading = QLabel(self)
            cell = QLineEdit(self)
            cell.setPlaceholderText("0")
            cell.setMaximumWidth(80)
            already = QLabel(self)
            already.setObjectName("hint")
            grid.addWidget(heading, 0, column)
            grid.addWidget(cell, 1, column)
            grid.addWidget(already, 2, column)
            self.day_labels.append(heading)
            self.cells.append(cell)
            self.recorded.append(already)
        form = QFormLayout()
        form.addRow(self.tr("&Volunteer:"), self.volunteer)
        form.addRow(self.tr("Week:"), week_row)
        form.addRow(self.tr("&Activity:"), self.activity)
        form.addRow(self.tr("&Project:"), self.project)
        self.errors = FieldErrors(QLabel(self), {})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self.show_week()

    def days(self) -> list[date]:
        return [self.monday + timedelta(days=offset) for offset in range(7)]

    def move_week(self, offset: int) -> None:
        self.monday += timedelta(days=offset)
        self.show_week()

    def show_week(self) -> None:
        days = self.days()
        self.week_label.setText(
            self.tr("Week {number}: {first} – {last}").format(
                number=days[0].isocalendar().week,
                first=show_date(days[0]),
                last=show_date(days[-1]),
            )
        )
        volunteer_id = self.volunteer.currentData()
        recorded = (
            day_minutes(self.database, self.actor, volunteer_id, days[0], days[-1])
            if volunteer_id is not None
            else {}
        )
        today = date.today()
        self.next.setEnabled(days[-1] < today)
        # Errors from add_week name the day by its ISO date: mark that cell.
        # The cells are narrow: their messages read under the whole week.
        self.errors.anchors = {day.isoformat(): self.grid_box for day in days}
        self.errors.set_fields(
            {day.isoformat(): cell for day, cell in zip(days, self.cells, strict=True)}
        )
        for day, heading, cell, already in zip(
            days, self.day_labels, self.cells, self.recorded, strict=True
        ):
            heading.setText(show_day(day))
            cell.setAccessibleName(self.tr("Hours on {day}").format(day=heading.text()))
            cell.clear()
            cell.setEnabled(day <= today)  # hours are never entered for days to come
            minutes = recorded.get(day, 0)
            already.setText(
                self.tr("{hours} h recorded").format(hours=_hours_text(minutes)) if minutes else ""
            )

    def accept(self) -> None:
        volunteer_id = self.volunteer.currentData()
        entries = [
            HoursInput(
                volunteer_id=volunteer_id,
                date=day,
                hours=cell.text(),
                activity=self.activity.currentData(),
                project_id=self.project.currentData(),
            )
            for day, cell in zip(self.days(), self.cells, strict=True)
            if cell.text().strip()
        ]
        if not entries:
            self.reject()
            return
        try:
            self.saved = add_week(self.database, self.actor, entries)
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()
