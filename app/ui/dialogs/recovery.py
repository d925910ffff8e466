"""The recovery key: shown once with its printable Notfallschlüssel, and used to set a
new administrator password from the login dialog."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.data_folder import Location
from app.services.database import Database
from app.services.errors import ServiceError, ValidationError
from app.services.recovery import recover_admin_password
from app.services.recovery_sheet import write_recovery_sheet
from app.ui.formatting import show_path
from app.ui.forms import FieldErrors
from app.ui.problems import show_problem


class RecoveryKeyPanel(QWidget):
    """The key in large letters, the PDF button and the confirmation check box."""

    confirmed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.recovery_key = ""
        explanation = QLabel(
            self.tr(
                "Lotse encrypts all data. Without a password or this recovery key nobody can "
                "read it – not even whoever finds the laptop or a backup. If no administrator "
                "knows their password any more, the recovery key sets a new one. It is shown "
                "only now: print it as the Notfallschlüssel or write it down, and keep it "
                "locked away, apart from the laptop."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setMinimumWidth(560)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) + 5)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("Save as &PDF to print (Notfallschlüssel)…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("hint")
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        self.confirmed = QCheckBox(
            self.tr("I have printed or written down the recovery key."), self
        )
        self.confirmed.toggled.connect(self.confirmed_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addSpacing(6)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)

    def show_key(self, database: Database, recovery_key: str) -> None:
        self.database = database
        self.recovery_key = recovery_key
        groups = recovery_key.split("-")
        half = len(groups) // 2
        self.key_label.setText("  ".join(groups[:half]) + "\n" + "  ".join(groups[half:]))

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return str(Path(folder) / self.tr("Lotse-Notfallschluessel.pdf"))

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Notfallschlüssel"), self.suggested_path(), "PDF (*.pdf)"
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        assert self.database is not None
        try:
            written = write_recovery_sheet(self.database, self.recovery_key, path)
        except (ServiceError, OSError) as error:
            show_problem(self, self.tr("Notfallschlüssel"), error)
            return
        self.saved_label.setText(
            self.tr(
                "Saved to {path}. Print it, then delete the file: whoever has it can read the data."
            ).format(path=show_path(written))
        )
        self.saved_label.show()


class RecoveryKeyDialog(QDialog):
    """The recovery key after the database was encrypted (an upgrade) or a new key made."""

    def __init__(
        self,
        database: Database,
        recovery_key: str,
        notes: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lotse – recovery key"))
        self.setMinimumSize(680, 500)
        heading = QLabel(self.tr("Your recovery key"), self)
        heading.setObjectName("dialogHeading")
        self.panel = RecoveryKeyPanel(self)
        self.panel.show_key(database, recovery_key)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for note in notes or []:
            label = QLabel(note, self)
            label.setWordWrap(True)
            label.setObjectName("hint")
            layout.addWidget(label)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Continue"))
        self.ok_button.setEnabled(False)
        self.panel.confirmed_changed.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reject(self) -> None:
        """Closing is only possible once the key was kept (Escape does nothing before)."""
        if self.panel.confirmed.isChecked():
            super().reject()


class RecoverPasswordDialog(QDialog):
    """Login dialog → "Forgot the password? Use the recovery key…"."""

    def __init__(self, location: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.username_done = ""
        self.setWindowTitle(self.tr("Lotse – new administrator password"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "With the recovery key (the printed Notfallschlüssel) an administrator account "
                "gets a new password. Other accounts get theirs from an administrator."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setPlaceholderText("ABCD-EFGH-…")
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Recovery key:"), self.recovery_key)
        form.addRow(self.tr("Administrator's &user name:"), self.username)
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("Repea&t password:"), self.repeat)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "recovery_key": self.recovery_key,
                "username": self.username,
                "new_password": self.password,
                "repeat": self.repeat,
            },
        )
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError(
                    "repeat", self.tr("Repeat password: the two passwords are not the same.")
                )
            recover_admin_password(
                self.location,
                self.recovery_key.text(),
                self.username.text(),
                self.password.text(),
            )
        except ServiceError as error:
            self.errors.show(error)
            return
        self.username_done = self.username.text().strip().lower()
        super().accept()
