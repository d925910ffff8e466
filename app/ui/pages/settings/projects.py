"""Einstellungen → Projekte: the club's funded projects."""

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.models import Project
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.projects import close_project, list_projects
from app.ui.dialogs.project import ProjectDialog
from app.ui.models.projects import ProjectTableModel
from app.ui.widgets import read_only_table


class ProjectsTab(QWidget):
    """The club's projects; admins add, edit and close them, others look at the settings."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr("No projects yet – add one with \u201cNew project\u201d."),
        )
        self.view.setAccessibleName(self.tr("Projects"))
        self.view.doubleClicked.connect(self.edit)
        manages = actor.can(Permission.PROJECTS_MANAGE)
        self.new_button = QPushButton(self.tr("&New project"), self)
        self.edit_button = QPushButton(
            self.tr("&Edit project") if manages else self.tr("&Show project"), self
        )
        self.close_button = QPushButton(self.tr("&Close / reopen project"), self)
        self.new_button.setVisible(manages)
        self.close_button.setVisible(manages)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.close_button.clicked.connect(self.toggle_closed)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.projects = list_projects(self.database, self.actor, include_archived=True)
        self.view.setModel(ProjectTableModel(self.projects, self.view))

    def selected(self) -> Project | None:
        index = self.view.currentIndex()
        return self.projects[index.row()] if index.isValid() else None

    def new(self) -> None:
        dialog = ProjectDialog(self.database, self.actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit(self) -> None:
        project = self.selected()
        if project is None:
            self.message.setText(self.tr("Choose a project in the list first."))
            return
        dialog = ProjectDialog(self.database, self.actor, project, self)
        dialog.exec()
        self.refresh()

    def toggle_closed(self) -> None:
        project = self.selected()
        if project is None or project.id is None:
            self.message.setText(self.tr("Choose a project in the list first."))
            return
        try:
            close_project(self.database, self.actor, project.id, closed=not project.archived)
        except ServiceError as error:
            self.message.setText(error.message)
            return
        self.message.setText(
            self.tr("{code} is open again.").format(code=project.code)
            if project.archived
            else self.tr(
                "{code} is closed: it leaves the choice lists; its data and reports stay."
            ).format(code=project.code)
        )
        self.refresh()
