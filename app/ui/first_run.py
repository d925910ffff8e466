"""The first-run assistant: language, data folder, organisation, first admin and project.

Shown when the data folder holds no database. Each page checks its input
with the same service rules the CLI uses and shows the message next to the
form; nothing is written until the last page is confirmed. The data folder
chosen here is remembered for the next start (``services/data_folder.py``);
a folder that already holds a database is opened instead (moving computers).
In team mode the data is on a PostgreSQL server instead: the server page connects
before anything else is typed, opens a server that already holds a Lotse database,
and sets up an empty one without a recovery key (the server's administrator keeps
its backups).
Changing the language ends the assistant with ``LANGUAGE_CHANGED``; the
launcher installs the translation and shows it again.
"""

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services import validation
from app.services.actor import Actor
from app.services.data_folder import (
    Location,
    Source,
    chosen,
    default_location,
    remember,
    remember_language,
)
from app.services.database import Database, ensure_writable, is_initialised
from app.services.errors import ServiceError, ValidationError
from app.services.passwords import check_strength
from app.services.projects import ProjectInput, validate_project
from app.services.setup import SetupInput, initialise, initialise_server
from app.services.team import (
    ServerAddress,
    address_from_fields,
    is_set_up,
    remember_server,
    store_password,
)
from app.ui.dialogs.recovery import RecoveryKeyPanel
from app.ui.formatting import show_path
from app.ui.forms import DateField
from app.ui.i18n import current_language
from app.ui.icons import icon
from app.ui.widgets import LanguageChoice

log = logging.getLogger(__name__)


PROGRAMMES = (
    "ESF Plus",
    "WIR – Netzwerke integrieren Geflüchtete",
    "Menschen stärken Menschen",
    "Migrationsberatung für erwachsene Zuwanderer (MBE)",
    "IQ – Integration durch Qualifizierung",
)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.hide()
    return label


class _CheckedPage(QWizardPage):
    """A page that validates on Next and shows the message of the first wrong field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_label = _error_label(self)
        self.field_widgets: dict[str, QWidget] = {}

    def show_error(self, error: ServiceError) -> None:
        self.error_label.setText(error.message)
        self.error_label.show()
        if isinstance(error, ValidationError) and error.field in self.field_widgets:
            self.field_widgets[error.field].setFocus()

    def clear_error(self) -> None:
        self.error_label.hide()

    def check(self) -> None:
        """Raise ServiceError when the page's input is not acceptable."""

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        try:
            self.check()
        except ServiceError as error:
            self.show_error(error)
            return False
        self.clear_error()
        return True


class WelcomePage(_CheckedPage):
    """What Lotse is, and the language of the interface."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Lotse"))
        self.setSubTitle(self.tr("A few short steps and your club can start working."))
        text = QLabel(
            self.tr(
                "Lotse keeps your case files, consultation notes, volunteers and funder "
                "statistics in one file on this computer. No internet connection is needed "
                "and no data leaves the computer.\n\n"
                "Next you choose where the data is kept and enter your organisation, the "
                "first administrator account and your first funded project. Everything can "
                "be changed later."
            ),
            self,
        )
        text.setWordWrap(True)
        self.language = LanguageChoice(language, self)
        self.language.setAccessibleName(self.tr("Language"))
        # Both names, so that someone who cannot read the current language finds it.
        language_label = QLabel(self.tr("&Language / Sprache:"), self)
        language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch()


class DataFolderPage(_CheckedPage):
    """Where the database lives: the default folder, or one the user picks (e.g. a USB stick)."""

    def __init__(self, location: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.default = default_location()
        self.existing: Location | None = None
        self.setTitle(self.tr("Where your data lives"))
        self.setSubTitle(
            self.tr(
                "All of Lotse's data is in one folder. Back it up regularly; to move to a "
                "new computer, copy the whole folder."
            )
        )
        self.use_default = QRadioButton(self.tr("On this &computer (recommended)"), self)
        default_path = QLabel(str(self.default.data_dir), self)
        default_path.setObjectName("hint")
        default_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_other = QRadioButton(self.tr("In another &folder or on a USB stick:"), self)
        self.use_server = QRadioButton(self.tr("Database on a &server (team)"), self)
        server_hint = QLabel(
            self.tr(
                "For an office where several people work at the same time: the data is in a "
                "PostgreSQL database that your club or its umbrella organisation runs."
            ),
            self,
        )
        server_hint.setObjectName("hint")
        server_hint.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        self.folder.setAccessibleName(self.tr("Other folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.field_widgets["folder"] = self.folder
        self.where = QLabel(self)
        self.where.setObjectName("hint")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        other_row = QHBoxLayout()
        other_row.setContentsMargins(24, 0, 0, 0)
        other_row.addWidget(self.folder, 1)
        other_row.addWidget(self.choose_button)
        default_row = QHBoxLayout()
        default_row.setContentsMargins(24, 0, 0, 0)
        default_row.addWidget(default_path)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_default)
        layout.addLayout(default_row)
        layout.addSpacing(8)
        layout.addWidget(self.use_other)
        layout.addLayout(other_row)
        layout.addSpacing(8)
        layout.addWidget(self.use_server)
        server_row = QHBoxLayout()
        server_row.setContentsMargins(24, 0, 0, 0)
        server_row.addWidget(server_hint)
        layout.addLayout(server_row)
        layout.addSpacing(16)
        layout.addWidget(self.where)
        layout.addWidget(self.error_label)
        layout.addStretch()

        if location.source is Source.REMEMBERED:
            self.folder.setText(str(location.data_dir))
        (self.use_default if location.source is Source.DEFAULT else self.use_other).setChecked(True)
        if not location.can_choose:
            self.folder.setText(str(location.data_dir))
            # The folder is fixed; a server may still be chosen instead (drafts and logs
            # then stay in that folder), and the fixed folder chosen again.
            for widget in (self.use_default, self.folder, self.choose_button):
                widget.setEnabled(False)
            fixed_by = {
                Source.ARGUMENT: self.tr("The folder is set with --data-dir."),
                Source.ENVIRONMENT: self.tr("The folder is set by LOTSE_DATA_DIR."),
                Source.PORTABLE: self.tr(
                    "This is a portable Lotse: the data stays beside the program."
                ),
            }
            self.setSubTitle(fixed_by[location.source])
        self.use_default.toggled.connect(self.update_where)
        self.use_server.toggled.connect(self.update_where)
        self.folder.textChanged.connect(self.update_where)
        self.update_where()

    def on_server(self) -> bool:
        return self.use_server.isChecked()

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        wizard = self.wizard()
        if not isinstance(wizard, FirstRunWizard):
            return super().nextId()
        # The server page only for a server; a folder goes straight on to the club.
        following = wizard.server_page if self.on_server() else wizard.organisation_page
        return wizard.page_ids[following]

    def candidate(self) -> Location | None:
        """The location the page's choice stands for; None while no folder is given."""
        if not self.location.can_choose:
            return self.location
        if self.use_default.isChecked():
            return self.default
        text = self.folder.text().strip()
        return chosen(text) if text else None

    def update_where(self) -> None:
        self.folder.setEnabled(self.location.can_choose and self.use_other.isChecked())
        self.choose_button.setEnabled(self.location.can_choose and self.use_other.isChecked())
        candidate = self.candidate()
        self.where.setText(
            self.tr("The database will be created here:\n{path}").format(
                path=show_path(candidate.database)
            )
            if candidate is not None and not self.on_server()
            else ""
        )

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for Lotse's data"), self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(str(Path(folder)))

    def check(self) -> None:
        """Find out now, not after three pages of typing, if the folder is unusable."""
        self.existing = None
        if self.on_server():
            return  # the next page asks for the server
        candidate = self.candidate()
        if candidate is None:
            raise ValidationError("folder", self.tr("Choose the folder for Lotse's data."))
        if is_initialised(candidate):
            # A folder copied from the old laptop, or the club's USB stick: use it as it is.
            answer = QMessageBox.question(
                self,
                self.tr("Existing database"),
                self.tr(
                    "This folder already holds a Lotse database:\n{path}\n\n"
                    "Use it instead of creating a new one?"
                ).format(path=show_path(candidate.database)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                raise ValidationError(
                    "folder", self.tr("Choose an empty folder for a new database.")
                )
            self.existing = candidate
            return
        ensure_writable(candidate.data_dir)


class ServerPage(_CheckedPage):
    """Team mode: the PostgreSQL server, checked by connecting before anything is typed
    further. TLS is required unless the user unticks it (a server on this computer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address: ServerAddress | None = None
        self.holds_lotse = False
        self.setTitle(self.tr("The database server"))
        self.setSubTitle(
            self.tr(
                "Enter what the person who set up the server gave you. Lotse connects now "
                "to check it."
            )
        )
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. server.local or 192.168.1.10"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)  # PostgreSQL's own port, not an answer about the club
        self.port.setGroupSeparatorShown(False)
        self.database_name = QLineEdit(self)
        self.database_name.setPlaceholderText(self.tr("e.g. lotse"))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("e.g. lotse"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("Encrypted connection (&TLS) required"), self)
        self.tls.setChecked(True)
        self.tls.setToolTip(
            self.tr(
                "Untick only for a server on this computer: otherwise the data would cross "
                "the network readable."
            )
        )
        self.remember_password = QCheckBox(
            self.tr("Remember the password on this computer (in the system's credential store)"),
            self,
        )
        self.remember_password.setChecked(True)
        self.field_widgets.update(
            host=self.host,
            port=self.port,
            database=self.database_name,
            user=self.user,
            password=self.password,
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Ser&ver:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database_name)
        form.addRow(self.tr("&Account:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.tls)
        form.addRow("", self.remember_password)
        form.addRow(self.error_label)

    def check(self) -> None:
        address = address_from_fields(
            self.host.text(),
            self.port.value(),
            self.database_name.text(),
            self.user.text(),
            self.tls.isChecked(),
        )
        if not self.password.text():
            raise ValidationError("password", self.tr("Password: enter the server password."))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.holds_lotse = is_set_up(address, self.password.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.address = address

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard.page_ids[wizard.organisation_page]


class OrganisationPage(_CheckedPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("The name appears on reports and timesheets."))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Brückenschlag e.V."))
        self.field_widgets["organisation"] = self.name
        form = QFormLayout(self)
        form.addRow(self.tr("Na&me of the organisation:"), self.name)
        form.addRow(self.error_label)

    def check(self) -> None:
        validation.required_text(
            "organisation", self.tr("Name of the organisation"), self.name.text()
        )


class AdminPage(_CheckedPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(
            self.tr(
                "The administrator manages users, projects and settings. Choose a password "
                "of at least eight characters."
            )
        )
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("e.g. Amira Haddad"))
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("e.g. amira"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.field_widgets.update(
            display_name=self.display_name,
            username=self.username,
            password=self.password,
            repeat=self.repeat,
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Repea&t password:"), self.repeat)
        form.addRow(self.error_label)

    def check(self) -> None:
        validation.optional_text("display_name", self.tr("Full name"), self.display_name.text())
        validation.username(self.username.text())
        organisation_page = getattr(self.wizard(), "organisation_page", None)
        organisation = organisation_page.name.text() if organisation_page else ""
        check_strength(
            self.password.text(),
            user_inputs=(self.username.text(), self.display_name.text(), organisation),
        )
        if self.password.text() != self.repeat.text():
            raise ValidationError("repeat", self.tr("Repeat password: the two passwords differ."))


class ProjectPage(_CheckedPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First project"))
        self.setSubTitle(
            self.tr(
                "A funded project groups participants, consultations and volunteer hours "
                "for the funder's statistics."
            )
        )
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. WIR-2026"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Brücken in Arbeit"))
        self.programme = QComboBox(self)
        self.programme.setEditable(True)
        self.programme.addItems(PROGRAMMES)
        self.funder = QLineEdit(self)
        self.funder.setPlaceholderText(self.tr("e.g. BMAS / ESF Plus"))
        year = date.today().year
        self.start = DateField(self, date(year, 1, 1))
        self.has_end = QCheckBox(self.tr("Project has an &end date"), self)
        self.end = DateField(self, date(year, 12, 31))
        self.end.setAccessibleName(self.tr("End date"))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.esf = QCheckBox(self.tr("ESF Plus reporting (participant questionnaires)"), self)
        self.hourly_rate = QDoubleSpinBox(self)
        self.hourly_rate.setRange(0, 1000)
        self.hourly_rate.setDecimals(2)
        self.hourly_rate.setSuffix(" €")
        self.hourly_rate.setValue(15.0)
        self.hourly_rate.setToolTip(
            self.tr("Value of one volunteer hour for the club's own contribution.")
        )
        self.field_widgets.update(
            code=self.code,
            name=self.name,
            programme=self.programme,
            start=self.start,
            end=self.end,
            hourly_rate=self.hourly_rate,
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Project co&de:"), self.code)
        form.addRow(self.tr("Project &name:"), self.name)
        form.addRow(self.tr("Funding &programme:"), self.programme)
        form.addRow(self.tr("&Funder:"), self.funder)
        form.addRow(self.tr("S&tart:"), self.start)
        form.addRow(self.has_end, self.end)
        form.addRow(self.tr("&Hourly rate volunteering:"), self.hourly_rate)
        form.addRow("", self.esf)
        form.addRow(self.error_label)

    def project_input(self) -> ProjectInput:
        return ProjectInput(
            code=self.code.text(),
            name=self.name.text(),
            programme=self.programme.currentText(),
            start=self.start.canonical_text(),
            end=self.end.canonical_text() if self.has_end.isChecked() else None,
            esf=self.esf.isChecked(),
            hourly_rate=f"{self.hourly_rate.value():.2f}",
            funder=self.funder.text(),
        )

    def check(self) -> None:
        validate_project(self.project_input())

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard) and wizard.folder_page.on_server():
            return -1  # a server has no recovery key: its administrator keeps its backups
        return super().nextId()


class RecoveryKeyPage(QWizardPage):
    """After the database was created: the recovery key, shown once, and its PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("The database is created and encrypted."))
        self.panel = RecoveryKeyPanel(self)
        self.panel.confirmed_changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.panel.confirmed.isChecked()


class FirstRunWizard(QWizard):
    """Creates the database; afterwards ``database`` and ``actor`` are set.

    When the user picks a folder that already holds a database, the assistant
    ends accepted with ``database`` None and ``location`` naming that folder.
    """

    LANGUAGE_CHANGED = 2

    def __init__(
        self, location: Location, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.language = language or current_language(location)
        self.database: Database | None = None
        self.actor: Actor | None = None
        self._opening_existing = False
        self.setWindowTitle(self.tr("Lotse – first start"))
        self.setWindowIcon(icon("lotse"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("lotse").pixmap(48, 48))
        self.setMinimumSize(640, 480)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create database"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start Lotse"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.welcome_page = WelcomePage(self.language, self)
        self.folder_page = DataFolderPage(location, self)
        self.server_page = ServerPage(self)
        self.organisation_page = OrganisationPage(self)
        self.admin_page = AdminPage(self)
        self.project_page = ProjectPage(self)
        # Creating the database is the point of no return: no Back from the key page.
        self.project_page.setCommitPage(True)
        self.recovery_page = RecoveryKeyPage(self)
        self.recovery_key: str | None = None
        self.page_ids: dict[QWizardPage, int] = {}
        for page in (
            self.welcome_page,
            self.folder_page,
            self.server_page,
            self.organisation_page,
            self.admin_page,
            self.project_page,
            self.recovery_page,
        ):
            self.page_ids[page] = self.addPage(page)
        self.welcome_page.language.currentIndexChanged.connect(self.change_language)

    def change_language(self) -> None:
        wanted = self.welcome_page.language.currentData()
        if wanted == self.language:
            return
        self.language = wanted
        try:
            remember_language(wanted, self.location.config_file)
        except OSError:
            log.warning("could not remember the language in %s", self.location.config_file)
        self.done(self.LANGUAGE_CHANGED)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt name)
        if self._opening_existing:
            return True  # QWizard.done(Accepted) validates the current page once more
        if not super().validateCurrentPage():
            return False
        page = self.currentPage()
        if page is self.server_page:
            return self._server_chosen()
        if page is self.folder_page:
            if self.folder_page.on_server():
                return True
            candidate = self.folder_page.candidate()
            assert candidate is not None
            self.location = candidate
            if self.folder_page.existing is not None:
                self._remember_folder()
                self._opening_existing = True
                self.done(QDialog.DialogCode.Accepted)
                return False
            return True
        if page is not self.project_page:
            return True
        if self.database is not None:
            return True
        admin = self.admin_page
        setup = SetupInput(
            organisation_name=self.organisation_page.name.text(),
            admin_username=admin.username.text(),
            admin_password=admin.password.text(),
            admin_display_name=admin.display_name.text(),
            first_project=self.project_page.project_input(),
        )
        try:
            if self.folder_page.on_server():
                self.database, self.actor, _none = initialise_server(
                    self.location, self.server_page.password.text(), setup
                )
                self._remember_server()
                return True
            self.database, self.actor, self.recovery_key = initialise(self.location, setup)
        except ServiceError as error:
            self.project_page.show_error(error)
            return False
        if self.recovery_key is not None:  # None: a server (team mode) has none
            self.recovery_page.panel.show_key(self.database, self.recovery_key)
        self._remember_folder()
        return True

    def _server_chosen(self) -> bool:
        """The server answered: a Lotse database there is opened (another workstation
        set it up), an empty one is set up with the next pages."""
        address = self.server_page.address
        assert address is not None
        # The workstation's own files (drafts, logs) stay in the folder this Lotse uses.
        local = self.folder_page.location if not self.folder_page.location.can_choose else None
        self.location = replace(local or self.folder_page.default, server=address)
        if not self.server_page.holds_lotse:
            return True
        self._remember_server()
        self._opening_existing = True
        self.done(QDialog.DialogCode.Accepted)
        return False

    def _remember_server(self) -> None:
        assert self.location.server is not None
        try:
            remember_server(self.location.server)
        except OSError:
            log.warning("could not remember the server in %s", self.location.config_file)
        if self.server_page.remember_password.isChecked() and not store_password(
            self.location.server, self.server_page.password.text()
        ):
            log.info("no credential store: the server password is asked at every start")

    def reject(self) -> None:
        """Once the database exists, the assistant ends only when the key was kept."""
        if self.database is not None and not self.recovery_page.isComplete():
            return
        super().reject()

    def _remember_folder(self) -> None:
        try:
            remember(self.location)
        except OSError:
            # Not fatal: the next start asks again, and the database is where it is.
            log.warning("could not remember the data folder %s", self.location.data_dir)
