"""Beratungen: every consultation, filtered by period, advisor, topic, form and language."""

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ConsultationFormat
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.cases import advisors
from app.services.consultations import (
    ConsultationQuery,
    consultation_languages,
    count_consultations,
    fetch_consultations,
    list_topics,
)
from app.services.database import Database
from app.ui.formatting import show_language
from app.ui.forms import DateField
from app.ui.labels import fill_combo
from app.ui.models.consultations import ConsultationTableModel
from app.ui.widgets import ListTable


class ConsultationsPage(QWidget):
    open_case = Signal(int)
    anonymous_contact_requested = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        title = QLabel(self.tr("Consultations"), self)
        title.setObjectName("pageTitle")
        today = date.today()
        # An empty or half-typed date leaves that end of the period open.
        self.date_from = DateField(self, today - timedelta(days=90))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = DateField(self, today)
        self.date_to.setAccessibleName(self.tr("To date"))
        self.advisor = QComboBox(self)
        self.advisor.addItem(self.tr("All advisors"), None)
        for user in advisors(database, actor):
            self.advisor.addItem(user.display_name, user.id)
        self.topic = QComboBox(self)
        self.topic.addItem(self.tr("All topics"), None)
        for topic in list_topics(database, actor):
            self.topic.addItem(topic.name, topic.id)
        self.format = QComboBox(self)
        fill_combo(self.format, ConsultationFormat, self.tr("All forms"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("All languages"), None)
        for code in consultation_languages(database, actor):
            self.language.addItem(show_language(code), code)
        self.anonymous = QCheckBox(self.tr("Only anonymous"), self)
        self.anonymous_button = QPushButton(self.tr("&Anonymous short contact"), self)
        self.anonymous_button.setEnabled(actor.can(Permission.CONSULTATIONS_WRITE))
        self.anonymous_button.clicked.connect(self.anonymous_contact_requested)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.date_to)
        for widget in (self.advisor, self.topic, self.format, self.language):
            filters.addWidget(widget, 1)
        filters.addWidget(self.anonymous)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.anonymous_button)

        self.model = ConsultationTableModel(self)
        self.view = ListTable(
            self,
            self.tr(
                "No consultations in this period. Open a case and write one with "
                "\u201cNew consultation\u201d."
            ),
        )
        self.view.setAccessibleName(self.tr("Consultations"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((85, 220, 120, 130, 95, 140, 65)):
            self.view.setColumnWidth(column, width)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.activated.connect(self._open_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        for combo in (self.advisor, self.topic, self.format, self.language):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.date_from, self.date_to):
            edit.date_changed.connect(self.refresh)
        self.anonymous.toggled.connect(self.refresh)
        self.loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """The list is read when first shown, so the main window opens without waiting."""
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def query(self) -> ConsultationQuery:
        return ConsultationQuery(
            date_from=self.date_from.parsed(),
            date_to=self.date_to.parsed(),
            advisor_id=self.advisor.currentData(),
            topic_id=self.topic.currentData(),
            format=self.format.currentData(),
            language_code=self.language.currentData(),
            anonymous_only=self.anonymous.isChecked(),
        )

    def refresh(self) -> None:
        self.loaded = True
        query = self.query()
        self.model.load(
            lambda: count_consultations(self.database, self.actor, query),
            lambda offset, limit: fetch_consultations(
                self.database, self.actor, query, offset, limit
            ),
        )
        self.count_label.setText(self.tr("%n consultation(s)", "", self.model.total))

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            participant_id = self.model.row_at(index.row()).participant_id
            if participant_id is not None:
                self.open_case.emit(participant_id)
