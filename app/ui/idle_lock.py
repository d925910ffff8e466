"""The idle lock: after some minutes without input Lotse covers its windows and asks
for the password again. Nothing is closed, so unsaved input stays where it was (and
the consultation dialog keeps writing its encrypted draft).
"""

import weakref
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.auth import authenticate
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.settings import IDLE_LOCK_MINUTES, get_setting
from app.ui.icons import icon

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Curtain(QWidget):
    """An opaque cover over one window while Lotse is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: #1d4f73; }")
        label = QLabel(self.tr("Lotse is locked."), self)
        label.setStyleSheet("color: white; font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    """The password of the logged-in user, or log out (unsaved input stays in drafts)."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.logout_chosen = False
        self.setWindowTitle(self.tr("Lotse is locked"))
        self.setWindowIcon(icon("lotse"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("Lotse is locked"), self)
        heading.setObjectName("dialogHeading")
        text = QLabel(
            self.tr(
                "Lotse was not used for a while and locked itself. Your unsaved input is kept. "
                "Enter the password of {name} to continue."
            ).format(name=actor.display_name),
            self,
        )
        text.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.logout_button = buttons.addButton(
            self.tr("Log &out"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.accepted.connect(self.accept)
        self.logout_button.clicked.connect(self.log_out)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.password.setFocus()

    def accept(self) -> None:
        try:
            actor = authenticate(self.database, self.actor.username, self.password.text())
        except ServiceError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.password.clear()
            return
        if actor.user_id != self.actor.user_id:
            return
        super().accept()

    def reject(self) -> None:
        """Escape does not unlock."""

    def log_out(self) -> None:
        self.logout_chosen = True
        super().reject()


class IdleLock(QObject):
    """Watches the application's input; locks after the configured minutes."""

    locked = Signal()
    unlocked = Signal()
    logout_requested = Signal()
    # The locks of this process, so a changed setting takes effect at once.
    _running: ClassVar["weakref.WeakSet[IdleLock]"] = weakref.WeakSet()

    @classmethod
    def setting_changed(cls, minutes: int) -> None:
        for lock in list(cls._running):
            if shiboken6.isValid(lock) and shiboken6.isValid(lock.timer):
                lock.set_timeout_ms(minutes * 60_000)
            else:  # its window is gone
                cls._running.discard(lock)

    def __init__(self, database: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.is_locked = False
        self.dialog: UnlockDialog | None = None
        minutes = get_setting(database, IDLE_LOCK_MINUTES)
        self.set_timeout_ms(int(minutes) * 60_000 if minutes else 0)
        IdleLock._running.add(self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def set_timeout_ms(self, milliseconds: int) -> None:
        self.timeout_ms = milliseconds
        self.timer.stop()
        if milliseconds > 0:
            self.timer.start(milliseconds)

    def stop(self) -> None:
        IdleLock._running.discard(self)
        self.timer.stop()
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not self.is_locked and event.type() in _INPUT and self.timeout_ms > 0:
            self.timer.start(self.timeout_ms)
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        curtains = [
            Curtain(window)
            for window in QApplication.topLevelWidgets()
            if window.isVisible() and not isinstance(window, UnlockDialog)
        ]
        self.locked.emit()
        self.dialog = UnlockDialog(self.database, self.actor)
        result = self.dialog.exec()
        logout = self.dialog.logout_chosen
        self.dialog.deleteLater()
        self.dialog = None
        for curtain in curtains:
            curtain.hide()
            curtain.deleteLater()
        self.is_locked = False
        if result == QDialog.DialogCode.Accepted:
            self.unlocked.emit()
            if self.timeout_ms > 0:
                self.timer.start(self.timeout_ms)
        elif logout:
            self.logout_requested.emit()
