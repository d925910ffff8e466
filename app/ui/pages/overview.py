"""Übersicht: greeting, this month's figures and the club's projects."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.overview import overview_figures
from app.services.projects import list_projects
from app.storage.database import Database
from app.ui.models.projects import ProjectTableModel


class FigureCard(QFrame):
    def __init__(self, value: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value_label = QLabel(value, self)
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName("figureCaption")
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)


class OverviewPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.organisation_label = QLabel(self)
        self.organisation_label.setObjectName("pageSubtitle")
        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        projects_heading = QLabel(self.tr("Projects"), self)
        projects_heading.setObjectName("sectionTitle")
        self.projects_view = QTableView(self)
        self.projects_view.verticalHeader().hide()
        self.projects_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.projects_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.projects_view.setAlternatingRowColors(True)
        self.projects_view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.organisation_label)
        layout.addSpacing(12)
        layout.addLayout(self.cards)
        layout.addSpacing(16)
        layout.addWidget(projects_heading)
        layout.addWidget(self.projects_view)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        figures = overview_figures(self.database, self.actor)
        self.heading.setText(self.tr("Hello, {name}").format(name=self.actor.display_name))
        self.organisation_label.setText(figures.organisation)
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        locale = QLocale()
        entries: list[tuple[str, str]] = []
        if figures.open_cases is not None and figures.cases_total is not None:
            entries.append(
                (
                    locale.toString(figures.open_cases),
                    self.tr("open cases of {total} in total").format(
                        total=locale.toString(figures.cases_total)
                    ),
                )
            )
        if figures.consultations_this_month is not None:
            entries.append(
                (
                    locale.toString(figures.consultations_this_month),
                    self.tr("consultations this month"),
                )
            )
        if figures.active_volunteers is not None:
            entries.append(
                (locale.toString(figures.active_volunteers), self.tr("active volunteers"))
            )
        if figures.approved_minutes_this_month is not None:
            hours = locale.toString(figures.approved_minutes_this_month / 60, "f", 1)
            entries.append((hours, self.tr("volunteer hours approved this month")))
        for column, (value, caption) in enumerate(entries):
            self.cards.addWidget(FigureCard(value, caption, self), 0, column)
        model = ProjectTableModel(list_projects(self.database, self.actor), self.projects_view)
        self.projects_view.setModel(model)
        header = self.projects_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProjectTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.projects_view.resizeRowsToContents()
        rows_height = sum(self.projects_view.rowHeight(row) for row in range(model.rowCount()))
        frame = 2 * self.projects_view.frameWidth()
        self.projects_view.setFixedHeight(header.sizeHint().height() + rows_height + frame + 2)
