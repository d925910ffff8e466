"""The first-run assistant: organisation, first admin account and first project.

Shown when the data folder holds no database. Each page checks its input
with the same service rules the CLI uses and shows the message next to the
form; nothing is written until the last page is confirmed.
"""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services import validation
from app.services.actor import Actor
from app.services.database import ensure_writable
from app.services.errors import ServiceError, ValidationError
from app.services.passwords import check_strength
from app.services.projects import ProjectInput, validate_project
from app.services.setup import SetupInput, initialise
from app.storage.database import Database
from app.storage.location import Location
from app.ui.icons import icon

DATE_FORMAT = "dd.MM.yyyy"

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
    def __init__(self, location: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.setTitle(self.tr("Welcome to Lotse"))
        self.setSubTitle(self.tr("Three short steps and your club can start working."))
        text = QLabel(
            self.tr(
                "Lotse keeps your case files, consultation notes, volunteers and funder "
                "statistics in one file on this computer. No internet connection is needed "
                "and no data leaves the computer.\n\n"
                "Next you enter your organisation, the first administrator account and your "
                "first funded project. Everything can be changed later."
            ),
            self,
        )
        text.setWordWrap(True)
        where = QLabel(
            self.tr("The database will be created here:\n{path}").format(path=location.database),
            self,
        )
        where.setObjectName("hint")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addWidget(where)
        layout.addWidget(self.error_label)
        layout.addStretch()

    def check(self) -> None:
        """Find out now, not after three pages of typing, if the folder is unusable."""
        ensure_writable(self.location.data_dir)


class OrganisationPage(_CheckedPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("The name appears on reports and timesheets."))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Brückenschlag e.V."))
        self.field_widgets["organisation"] = self.name
        form = QFormLayout(self)
        form.addRow(self.tr("&Name of the organisation:"), self.name)
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
        form.addRow(self.tr("&Repeat password:"), self.repeat)
        form.addRow(self.error_label)

    def check(self) -> None:
        validation.optional_text("display_name", self.tr("Full name"), self.display_name.text())
        validation.username(self.username.text())
        check_strength(self.password.text())
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
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), self)
        self.start.setDisplayFormat(DATE_FORMAT)
        self.start.setCalendarPopup(True)
        self.has_end = QCheckBox(self.tr("Project has an &end date"), self)
        self.end = QDateEdit(QDate(today.year(), 12, 31), self)
        self.end.setDisplayFormat(DATE_FORMAT)
        self.end.setCalendarPopup(True)
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
        form.addRow(self.tr("Project &code:"), self.code)
        form.addRow(self.tr("Project &name:"), self.name)
        form.addRow(self.tr("Funding &programme:"), self.programme)
        form.addRow(self.tr("&Funder:"), self.funder)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.has_end, self.end)
        form.addRow(self.tr("&Hourly rate volunteering:"), self.hourly_rate)
        form.addRow("", self.esf)
        form.addRow(self.error_label)

    def project_input(self) -> ProjectInput:
        return ProjectInput(
            code=self.code.text(),
            name=self.name.text(),
            programme=self.programme.currentText(),
            start=self.start.date().toString("yyyy-MM-dd"),
            end=self.end.date().toString("yyyy-MM-dd") if self.has_end.isChecked() else None,
            esf=self.esf.isChecked(),
            hourly_rate=f"{self.hourly_rate.value():.2f}",
            funder=self.funder.text(),
        )

    def check(self) -> None:
        validate_project(self.project_input())


class FirstRunWizard(QWizard):
    """Creates the database; afterwards ``database`` and ``actor`` are set."""

    def __init__(self, location: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.database: Database | None = None
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Lotse – first start"))
        self.setWindowIcon(icon("lotse"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("lotse").pixmap(48, 48))
        self.setMinimumSize(640, 480)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create database"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.welcome_page = WelcomePage(location, self)
        self.organisation_page = OrganisationPage(self)
        self.admin_page = AdminPage(self)
        self.project_page = ProjectPage(self)
        for page in (self.welcome_page, self.organisation_page, self.admin_page, self.project_page):
            self.addPage(page)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt name)
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is not self.project_page:
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
            self.database, self.actor = initialise(self.location, setup)
        except ServiceError as error:
            self.project_page.show_error(error)
            return False
        return True
