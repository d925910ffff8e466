"""The login dialog shown at every start once a database exists.

At the start the password unlocks the database (nothing can be read before, not
even the organisation's name); after a logout the database stays open and the next
user's password is checked against their key slot. "Forgot the password? Use the
recovery key…" opens the recovery dialog.

The dialog is the first window of every start, so it imports the database stack only
when it needs it (``app.ui.launch`` warms that up while the user types).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.formatting import show_database
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.widgets import LanguageChoice

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.auth import Login
    from app.services.data_folder import Location
    from app.services.database import Database


def _server_password_known(location: Location) -> bool:
    """Kept in the credential store, or given by LOTSE_SERVER_PASSWORD."""
    from app.services.team import server_password

    assert location.server is not None
    return server_password(location.server) is not None


class LoginDialog(QDialog):
    # ``exec`` returns this when the user chose another language: the caller shows the
    # dialog again in it (``launch.login``).
    LANGUAGE_CHANGED = 2

    def __init__(
        self,
        location: Location,
        database: Database | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.location = location
        self.database = database
        self.actor: Actor | None = None
        self.login: Login | None = None
        self.chosen_language: str | None = None
        self.setWindowTitle(self.tr("Lotse – log in"))
        self.setWindowIcon(icon("lotse"))
        self.setMinimumWidth(440)

        logo = QLabel(self)
        logo.setPixmap(icon("lotse").pixmap(56, 56))
        heading = QLabel(self.tr("Welcome to Lotse"), self)
        heading.setObjectName("dialogHeading")
        self.team = location.server is not None
        subheading = QLabel(
            self.tr("The club's data is on a server: log in with your Lotse account.")
            if self.team
            else self.tr("The data is encrypted: log in to open it."),
            self,
        )
        subheading.setObjectName("dialogSubheading")

        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        # Team mode: the server account's password, asked only when this computer's
        # credential store does not keep it (database given, the connection is open).
        self.server_password: QLineEdit | None = None
        self.remember_server_password: QCheckBox | None = None
        if self.team and database is None and not _server_password_known(location):
            self.server_password = QLineEdit(self)
            self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
            self.server_password.setAccessibleName(self.tr("Server password"))
            self.server_password.setToolTip(
                self.tr(
                    "The password of the club's database on the server (its service "
                    "account), from the person who set up the server."
                )
            )
            self.remember_server_password = QCheckBox(
                self.tr("Remember it on this computer (in the system's credential store)"), self
            )
            form.addRow(self.tr("&Server password:"), self.server_password)
            form.addRow("", self.remember_server_password)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        where = QLabel(self.tr("Database: {path}").format(path=show_database(location)), self)
        where.setObjectName("hint")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recover_button = QPushButton(self.tr("Forgot the password? Use the &recovery key…"))
        self.recover_button.setFlat(True)
        self.recover_button.setObjectName("linkButton")
        self.recover_button.clicked.connect(self.recover)
        # On a server there is no recovery key: another administrator sets a new password.
        self.recover_button.setVisible(not self.team)
        forgot = QLabel(
            self.tr("Forgot the password? An administrator of your club sets a new one."), self
        )
        forgot.setObjectName("hint")
        forgot.setWordWrap(True)
        forgot.setVisible(self.team)

        # The language of this computer's login (each user's own applies after the login).
        self.language = LanguageChoice(current_language(location), self)
        self.language.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("Lan&guage:"), self)
        language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self.change_language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch()

        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(subheading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(where)
        layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(forgot)
        layout.addLayout(language_row)
        layout.addWidget(buttons)
        self.username.setFocus()

    def change_language(self) -> None:
        from app.services.data_folder import remember_language

        wanted = self.language.language()
        self.chosen_language = wanted
        # Shown in this language now even if the choice cannot be kept for the next start.
        with suppress(OSError):
            remember_language(wanted, self.location.config_file)
        self.done(self.LANGUAGE_CHANGED)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.password.clear()
        self.password.setFocus()

    def recover(self) -> None:
        from app.ui.dialogs.recovery import RecoverPasswordDialog

        dialog = RecoverPasswordDialog(self.location, self)
        dialog.username.setText(self.username.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username_done)
            self.error_label.setText(self.tr("The new password is set. Log in with it now."))
            self.error_label.show()
            self.password.clear()
            self.password.setFocus()

    def _unlock(self) -> Actor:
        from app.services.auth import authenticate, log_in

        if self.database is not None:
            return authenticate(self.database, self.username.text(), self.password.text())
        if self.server_password is None:
            self.login = log_in(self.location, self.username.text(), self.password.text())
        else:
            self.login = log_in(
                self.location,
                self.username.text(),
                self.password.text(),
                server_password=self.server_password.text(),
            )
            self._remember_server_password()
        self.database = self.login.database
        return self.login.actor

    def _remember_server_password(self) -> None:
        from app.services.team import store_password

        assert self.server_password is not None and self.remember_server_password is not None
        assert self.location.server is not None
        if self.remember_server_password.isChecked() and not store_password(
            self.location.server, self.server_password.text()
        ):
            QMessageBox.information(
                self,
                self.tr("Password not kept"),
                self.tr(
                    "This computer has no credential store Lotse can use, so the server "
                    "password will be asked for at every start."
                ),
            )

    def accept(self) -> None:
        from app.services.errors import ServiceError
        from app.ui.dialogs.recovery import RecoveryKeyDialog
        from app.ui.dialogs.users import ChangePasswordDialog

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = self._unlock()
        except ServiceError as error:
            self.show_error(error.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        assert self.database is not None
        if self.login is not None and self.login.recovery_key:
            RecoveryKeyDialog(
                self.database, self.login.recovery_key, self.encryption_notes(), self
            ).exec()
        if actor.must_change_password:
            change = ChangePasswordDialog(self.database, actor, forced=True, parent=self)
            change.current.setText(self.password.text())
            if change.exec() != QDialog.DialogCode.Accepted:
                self.error_label.setText(self.tr("Please choose your own password to log in."))
                self.error_label.show()
                self.password.clear()
                return
            actor = replace(actor, must_change_password=False)
        self.actor = actor
        super().accept()

    def reject(self) -> None:
        if self.login is not None and self.actor is None:
            self.login.database.close()  # unlocked, but the login was not completed
            self.database = None
        super().reject()

    def encryption_notes(self) -> list[str]:
        assert self.login is not None
        notes = [
            self.tr(
                "Lotse has encrypted the database. Every account keeps its password. The "
                "unencrypted file, old backups and drafts were overwritten and removed."
            ),
            self.tr(
                "Copies of the old, unencrypted database elsewhere (USB sticks, network "
                "drives, e-mail, backups of the computer) can still be read: delete them."
            ),
        ]
        return notes
