"""The login dialog shown at every start once a database exists."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from app.services.errors import AuthenticationFailed
from app.storage.database import Database
from app.ui.dialogs.users import ChangePasswordDialog
from app.ui.icons import icon


class LoginDialog(QDialog):
    def __init__(self, database: Database, organisation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Lotse – log in"))
        self.setWindowIcon(icon("lotse"))
        self.setMinimumWidth(420)

        logo = QLabel(self)
        logo.setPixmap(icon("lotse").pixmap(56, 56))
        heading = QLabel(self.tr("Welcome to Lotse"), self)
        heading.setObjectName("dialogHeading")
        organisation_label = QLabel(organisation, self)
        organisation_label.setObjectName("dialogSubheading")

        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        location = QLabel(self.tr("Database: {path}").format(path=database.location.database), self)
        location.setObjectName("hint")
        location.setWordWrap(True)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        layout.addWidget(organisation_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(location)
        layout.addWidget(buttons)
        self.username.setFocus()

    def accept(self) -> None:
        try:
            actor = authenticate(self.database, self.username.text(), self.password.text())
        except AuthenticationFailed as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.password.clear()
            self.password.setFocus()
            return
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
