"""The Hours to approve tab: submitted hours, approved or rejected several at a time."""

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.actor import Actor
from app.services.database import Database
from app.services.volunteer_hours import decide_hours, submitted_hours, volunteer_labels
from app.ui.lazy_tab import LazyTab
from app.ui.models.volunteers import ApprovalsModel
from app.ui.widgets import read_only_table


class ApprovalsTab(LazyTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.model = ApprovalsModel(self)
        self.view = read_only_table(self, empty_text=self.tr("No hours are waiting for approval."))
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Hours to approve"))
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.approve_button = QPushButton(self.tr("&Approve selected"), self)
        self.reject_button = QPushButton(self.tr("&Reject selected"), self)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject_hours)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        pending = submitted_hours(self.database, self.actor)
        self.model.set_rows(pending, volunteer_labels(self.database, self.actor))

    def _decide(self, approve: bool) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        ids = [self.model.row_at(row).id or 0 for row in rows]
        if ids:
            decide_hours(self.database, self.actor, ids, approve)
            self.changed.emit()

    def approve(self) -> None:
        self._decide(True)

    def reject_hours(self) -> None:
        self._decide(False)
