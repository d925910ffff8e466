"""Fälle: the case list with instant search, filters and sorting."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_list import CaseQuery, count_cases, fetch_cases
from app.services.cases import advisors
from app.services.database import Database
from app.services.projects import list_projects
from app.ui.labels import label
from app.ui.models.cases import CaseTableModel
from app.ui.widgets import ListTable

SEARCH_DELAY_MS = 120


class CasesPage(QWidget):
    open_case = Signal(int)
    new_case_requested = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        title = QLabel(self.tr("Cases"), self)
        title.setObjectName("pageTitle")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, case number or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for status in (CaseStatus.OPEN, CaseStatus.CLOSED):
            self.status.addItem(label(status), status)
        self.project = QComboBox(self)
        self.project.addItem(self.tr("All projects"), None)
        for project in list_projects(database, actor):
            self.project.addItem(project.code, project.id)
        self.advisor = QComboBox(self)
        self.advisor.addItem(self.tr("All advisors"), None)
        for user in advisors(database, actor):
            self.advisor.addItem(user.display_name, user.id)
        self.esf_incomplete = QCheckBox(self.tr("ESF data incomplete"), self)
        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setEnabled(actor.can(Permission.CASES_WRITE))
        self.new_button.clicked.connect(self.new_case_requested)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.project, 1)
        filters.addWidget(self.advisor, 1)
        filters.addWidget(self.esf_incomplete)
        filters.addWidget(self.new_button)

        self.model = CaseTableModel(self)
        self.view = ListTable(self)
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(
            CaseTableModel.COL_CASE_NUMBER, Qt.SortOrder.DescendingOrder
        )
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 95), (2, 45), (3, 120), (5, 120), (6, 95), (7, 100), (8, 95)):
            self.view.setColumnWidth(column, width)
        # Name and projects share what is left and elide (…) on a small screen, so the
        # list never needs a horizontal scroll bar.
        for column in (1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.activated.connect(self._open_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self._open_from_search)
        self.search.installEventFilter(self)
        for combo in (self.status, self.project, self.advisor):
            combo.currentIndexChanged.connect(self.refresh)
        self.esf_incomplete.toggled.connect(self.refresh)
        self.model.sort_changed.connect(self.sort_changed)
        self.loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """The list is read when first shown, so the main window opens without waiting."""
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def query(self) -> CaseQuery:
        return CaseQuery(
            text=self.search.text(),
            status=self.status.currentData(),
            project_id=self.project.currentData(),
            advisor_id=self.advisor.currentData(),
            esf_incomplete=self.esf_incomplete.isChecked(),
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def sort_changed(self) -> None:
        """Only the order changed: the same cases, so the count is not read again (unless
        a search is still waiting for its typing delay)."""
        if not self.loaded or self.search_timer.isActive():
            self.refresh()
            return
        query = self.query()
        self.model.reorder(
            lambda offset, limit: fetch_cases(self.database, self.actor, query, offset, limit)
        )

    def refresh(self) -> None:
        self.loaded = True
        self.search_timer.stop()
        query = self.query()
        self.model.load(
            lambda: count_cases(self.database, self.actor, query),
            lambda offset, limit: fetch_cases(self.database, self.actor, query, offset, limit),
        )
        self.count_label.setText(self.tr("%n case(s)", "", self.model.total))
        filtered = (
            bool(query.text.strip())
            or any(value for value in (query.status, query.project_id, query.advisor_id))
            or query.esf_incomplete
        )
        self.view.empty_text = (
            self.tr("No case matches the search and filters.")
            if filtered
            else self.tr(
                "No cases yet – add one with \u201cNew case\u201d or import a sheet "
                "(File → Import spreadsheet)."
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_case.emit(self.model.row_at(index.row()).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Up and Down in the search box move the highlight in the list, so the person
        never has to leave the box: type, arrow to the right name, Enter."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None:
                if self.search_timer.isActive():
                    self.refresh()  # the list must match what is typed before moving
                current = (
                    self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
                )
                row = max(0, min(self.model.rowCount() - 1, current + step))
                if self.model.rowCount():
                    self.view.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    def _open_from_search(self) -> None:
        """Enter in the search box opens the highlighted case; with none highlighted, the
        only match, or else it highlights the first."""
        if self.search_timer.isActive():
            self.refresh()
        selected = self.view.selectionModel().selectedRows()
        if selected:
            self.open_case.emit(self.model.row_at(selected[0].row()).id)
        elif self.model.total == 1:
            self.open_case.emit(self.model.row_at(0).id)
        elif self.model.total:
            self.view.setFocus()
            self.view.selectRow(0)
