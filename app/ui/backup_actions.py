"""Datei → "Sicherung erstellen…" and "Sicherung wiederherstellen…" for administrators.

Both run in a worker thread behind a progress dialog (``ui/tasks.py``). A restore
replaces the database: the main window hands the restored one to the launcher, which
asks for a login again (the accounts may differ in the restored database).
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.backups import Restored, create_backup, restore_backup
from app.services.database import Database
from app.ui.formatting import show_path
from app.ui.tasks import Task


class BackupActions(QObject):
    # The database was replaced by a restored one (already open).
    database_replaced = Signal(object)

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.window = parent
        self.task: Task | None = None
        self.target: Path | None = None

    def add_to(self, menu: QMenu) -> None:
        if not self.actor.can(Permission.BACKUP_MANAGE):
            return
        menu.addSeparator()
        create = QAction(self.tr("Create &backup …"), self)
        create.triggered.connect(self.create)
        menu.addAction(create)
        if self.database.location.server is not None:
            return  # a server is restored by its administrator, from its pg_dump backups
        restore = QAction(self.tr("&Restore backup …"), self)
        restore.triggered.connect(self.restore)
        menu.addAction(restore)

    def create(self) -> None:
        suggested = Path(QDir.homePath()) / f"lotse-sicherung-{date.today():%Y-%m-%d}.lotsebackup"
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Create backup"),
            str(suggested),
            self.tr("Lotse backup (*.lotsebackup)"),
        )
        if target:
            self.create_at(Path(target))

    def create_at(self, target: Path) -> None:
        database, actor = self.database, self.actor

        def work(_progress: object) -> Path:
            return create_backup(database, actor, target)

        self.task = Task(self.tr("Creating and verifying the backup …"), work, self.window)
        self.task.finished.connect(self._created)
        self.task.problem.connect(self._failed)
        self.task.start()

    def _created(self, path: object) -> None:
        QMessageBox.information(
            self.window,
            self.tr("Create backup"),
            self.tr(
                "The backup was written and verified:\n{path}\n\nIt is encrypted: a password of "
                "this database or the recovery key opens it. Keep a copy outside this computer "
                "(USB stick, network drive)."
            ).format(path=show_path(path)),
        )

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Backup"), message)

    def restore(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore backup"),
            str(self.database.location.backup_dir),
            self.tr("Lotse backup (*.lotsebackup)"),
        )
        if not source:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore backup"),
            self.tr(
                "Replace the current database with the backup {name}? Everything entered "
                "since the backup was made is replaced; the current database is kept as a "
                "backup in the folder backups."
            ).format(name=Path(source).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        password, accepted = QInputDialog.getText(
            self.window,
            self.tr("Restore backup"),
            self.tr("Your password (it opens backups made under other keys):"),
            QLineEdit.EchoMode.Password,
        )
        if accepted:
            self.restore_from(Path(source), password)

    def restore_from(self, source: Path, password: str) -> None:
        database, actor = self.database, self.actor

        def work(_progress: object) -> Restored:
            return restore_backup(database, actor, source, password)

        self.task = Task(self.tr("Verifying and restoring the backup …"), work, self.window)
        self.task.finished.connect(self._restored)
        self.task.problem.connect(self._failed)
        self.task.start()

    def _restored(self, result: object) -> None:
        assert isinstance(result, Restored)
        QMessageBox.information(
            self.window,
            self.tr("Restore backup"),
            self.tr(
                "The backup was restored. The database as it was before is kept in\n{path}\n\n"
                "Please log in again."
            ).format(path=show_path(result.replaced_copy)),
        )
        self.database_replaced.emit(result.database)
