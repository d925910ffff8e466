"""The My hours tab: a volunteer's own hours, entered by the day or by the week."""

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.actor import Actor
from app.services.database import Database
from app.services.volunteer_hours import own_hours
from app.ui.dialogs.volunteer import HoursDialog
from app.ui.dialogs.week import WeekDialog
from app.ui.formatting import show_hours
from app.ui.lazy_tab import LazyTab
from app.ui.models.volunteers import OwnHoursModel
from app.ui.widgets import read_only_table


class OwnHoursTab(LazyTab):
    """Only for a login linked to a volunteer, whose id is ``volunteer_id``."""

    def __init__(
        self, database: Database, actor: Actor, volunteer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.volunteer_id = volunteer_id
        self.model = OwnHoursModel(self)
        self.view = read_only_table(
            self, empty_text=self.tr("No hours yet – enter them with \u201cEnter my hours\u201d.")
        )
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("My hours"))
        self.enter_button = QPushButton(self.tr("&Enter my hours …"), self)
        self.enter_button.clicked.connect(self.enter_hours)
        self.week_button = QPushButton(self.tr("My &week …"), self)
        self.week_button.clicked.connect(self.enter_week)
        self.total = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.enter_button)
        row.addWidget(self.week_button)
        row.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(own_hours(self.database, self.actor))
        self.total.setText(
            self.tr("Approved so far: {hours} hours").format(
                hours=show_hours(self.model.approved_minutes())
            )
        )

    def _myself(self) -> list[tuple[int, str]]:
        return [(self.volunteer_id, self.actor.display_name)]

    def enter_hours(self) -> None:
        dialog = HoursDialog(self.database, self.actor, self._myself(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def enter_week(self) -> None:
        dialog = WeekDialog(self.database, self.actor, self._myself(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
