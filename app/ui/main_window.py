"""The main window: navigation sidebar, one page per section, database in the status bar."""

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.services.actor import Actor
from app.storage.database import Database
from app.ui.about import show_about
from app.ui.empty_state import EmptyState
from app.ui.icons import icon
from app.ui.labels import label
from app.ui.pages.overview import OverviewPage
from app.ui.pages.settings import SettingsPage


@dataclass(frozen=True)
class Section:
    key: str
    icon: str
    title: str


class MainWindow(QMainWindow):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("Lotse"))
        self.setWindowIcon(icon("lotse"))
        self.resize(1200, 760)
        self.setMinimumSize(QSize(900, 600))

        self.sections = (
            Section("overview", "overview", self.tr("Overview")),
            Section("cases", "cases", self.tr("Cases")),
            Section("consultations", "consultations", self.tr("Consultations")),
            Section("volunteers", "volunteers", self.tr("Volunteering")),
            Section("reports", "reports", self.tr("Reports")),
            Section("settings", "settings", self.tr("Settings")),
        )
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(210)
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for section in self.sections:
            item = QListWidgetItem(icon(section.icon), section.title, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            page = self._build_page(section)
            self.pages[section.key] = page
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()

    def _build_page(self, section: Section) -> QWidget:
        if section.key == "overview":
            return OverviewPage(self.database, self.actor, self)
        if section.key == "settings":
            return SettingsPage(self.database, self.actor, self)
        texts = {
            "cases": self.tr(
                "Here you will find the case files of the people your club counsels: instant "
                "search, filters and everything about a person in one place. This section is "
                "being built and comes with the next update."
            ),
            "consultations": self.tr(
                "Here you will see every consultation, filtered by period, advisor, topic and "
                "language. This section is being built and comes with the next update."
            ),
            "volunteers": self.tr(
                "Here you will manage volunteers, their hours, mentoring tandems and "
                "allowances. This section is being built and comes with the next update."
            ),
            "reports": self.tr(
                "Here you will create the ESF Plus, counselling and volunteering statistics as "
                "Excel and PDF. This section is being built and comes with the next update."
            ),
        }
        return EmptyState(section.icon, section.title, texts[section.key], self)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, section in enumerate(self.sections):
            action = QAction(icon(section.icon), section.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.setData(row)
            action.triggered.connect(self._go_to_section)
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Lotse"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _go_to_section(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.sidebar.setCurrentRow(int(action.data()))

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(
            self.tr("Database: {path}").format(path=self.database.location.database), self
        )
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(
            self.tr("Logged in: {name} ({role})").format(
                name=self.actor.display_name, role=label(self.actor.role)
            ),
            self,
        )
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def show_section(self, key: str) -> None:
        keys = [section.key for section in self.sections]
        self.sidebar.setCurrentRow(keys.index(key))

    def show_about(self) -> None:
        show_about(self, str(self.database.location.database))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.database.close()
        super().closeEvent(event)
