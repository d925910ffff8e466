"""Einstellungen → Allgemein: the organisation (printed on every PDF and notice), where
the data lives, and club-wide rules: case access, clearance renewal, the idle lock and
the backup reminder (administrators change them; everyone else sees them)."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.organisation import (
    OrganisationInput,
    get_organisation,
    set_logo,
    update_organisation,
)
from app.services.settings import (
    BACKUP_WARNING_DAYS,
    BACKUP_WARNING_RANGE,
    IDLE_LOCK_MINUTES,
    IDLE_LOCK_RANGE,
    RESTRICT_ADVISORS_TO_OWN_CASES,
    TANDEM_TRAINING_REQUIRED,
    get_setting,
    set_backup_warning_days,
    set_idle_lock_minutes,
    set_setting,
)
from app.services.users import set_own_language
from app.services.volunteers import CLEARANCE_YEARS, clearance_years
from app.ui.formatting import show_path
from app.ui.forms import FieldErrors
from app.ui.idle_lock import IdleLock
from app.ui.widgets import LanguageChoice

# A logo is printed about 3 cm wide: this many pixels are sharp at 300 dpi and keep
# the database small.
LOGO_MAX_PIXELS = 600


def logo_png(path: str) -> bytes | None:
    """The picture at ``path`` as PNG bytes, scaled down to print size; None if Qt cannot
    read it."""
    image = QImage(path)
    if image.isNull():
        return None
    if image.width() > LOGO_MAX_PIXELS or image.height() > LOGO_MAX_PIXELS:
        image = image.scaled(
            LOGO_MAX_PIXELS,
            LOGO_MAX_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide wants str
    buffer.close()
    return bytes(data.data())


class OrganisationBox(QGroupBox):
    """Name, address, contact, data-protection contact and logo of the club."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(self.tr("Organisation"), parent)
        self.database = database
        self.actor = actor
        manages = actor.can(Permission.SETTINGS_MANAGE)
        self.name = QLineEdit(self)
        self.street = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaxLength(5)
        self.postcode.setMaximumWidth(80)
        self.city = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.privacy_contact = QPlainTextEdit(self)
        self.privacy_contact.setTabChangesFocus(True)
        self.privacy_contact.setMaximumHeight(70)
        self.privacy_contact.setPlaceholderText(
            self.tr("e.g. Data protection officer, Musterstr. 1, 30159 Hannover, datenschutz@…")
        )
        self.logo = QLabel(self)
        self.logo.setFixedSize(168, 64)
        self.logo.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName(self.tr("Logo"))
        self.choose_logo = QPushButton(self.tr("Choose &logo…"), self)
        self.remove_logo = QPushButton(self.tr("Remove lo&go"), self)
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(self.drop_logo)
        self.save_button = QPushButton(self.tr("Save &organisation"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)

        place_box = QWidget(self)
        place = QHBoxLayout(place_box)
        place.setContentsMargins(0, 0, 0, 0)
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Street:"), self.street)
        place_label = QLabel(self.tr("Post&code / city:"), self)
        place_label.setBuddy(self.postcode)
        form.addRow(place_label, place_box)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Data protection contact:"), self.privacy_contact)
        form.addRow(self.tr("Logo:"), logo_row)
        hint = QLabel(
            self.tr("Printed at the top of reports, agreements, timesheets and notices."), self
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.message, 1)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "name": self.name,
                "street": self.street,
                "postcode": self.postcode,
                "city": self.city,
                "email": self.email,
                "phone": self.phone,
                "privacy_contact": self.privacy_contact,
            },
            anchors={"postcode": place_box, "city": place_box},
        )
        form.addRow(self.errors.label)
        form.addRow(save_row)
        for widget in (self.name, self.street, self.postcode, self.city, self.email, self.phone):
            widget.setReadOnly(not manages)
        self.privacy_contact.setReadOnly(not manages)
        for button in (self.choose_logo, self.remove_logo, self.save_button):
            button.setVisible(manages)
        self.load()

    def load(self) -> None:
        data = get_organisation(self.database)
        self.name.setText(data.name)
        for widget, value in (
            (self.street, data.street),
            (self.postcode, data.postcode),
            (self.city, data.city),
            (self.email, data.email),
            (self.phone, data.phone),
        ):
            widget.setText(value or "")
        self.privacy_contact.setPlainText(data.privacy_contact or "")
        self.show_logo(data.logo_png)

    def show_logo(self, png: bytes | None) -> None:
        if png is None:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo"))
            self.remove_logo.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.logo.setPixmap(
            pixmap.scaled(
                160,
                60,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.remove_logo.setEnabled(True)

    def value(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            privacy_contact=self.privacy_contact.toPlainText(),
        )

    def save(self) -> None:
        self.message.clear()
        try:
            update_organisation(self.database, self.actor, self.value())
        except ServiceError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        self.message.setText(self.tr("Saved."))

    def pick_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)")
        )
        if path:
            self.use_logo_file(path)

    def use_logo_file(self, path: str) -> None:
        png = logo_png(path)
        if png is None:
            self.message.setText(self.tr("This file is not a picture Lotse can read."))
            return
        try:
            set_logo(self.database, self.actor, png)
        except ServiceError as error:
            self.message.setText(error.message)
            return
        self.show_logo(png)
        self.message.setText(self.tr("The logo is saved."))

    def drop_logo(self) -> None:
        set_logo(self.database, self.actor, None)
        self.show_logo(None)
        self.message.setText(self.tr("The logo is removed."))


class LanguageBox(QGroupBox):
    """The language Lotse shows this user, on every computer (stored with the account)."""

    # The actor carrying the new choice: the window is rebuilt in that language.
    language_changed = Signal(object)

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(self.tr("Your language"), parent)
        self.database = database
        self.actor = actor
        self.choice = LanguageChoice(
            actor.language, self, self.tr("As chosen at the login on this computer")
        )
        self.choice.setAccessibleName(self.tr("Your language"))
        self.choice.currentIndexChanged.connect(self._store)
        self.message = QLabel(self)
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        label = QLabel(self.tr("&Language of the program:"), self)
        label.setBuddy(self.choice)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Documents for a person (notices, consent forms, letters) are printed in "
                "German and in the person's languages, whatever you choose here."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.message)

    def _store(self) -> None:
        try:
            actor = set_own_language(self.database, self.actor, self.choice.language())
        except ServiceError as error:
            self.message.setText(error.message)
            self.message.show()
            return
        self.actor = actor
        self.language_changed.emit(actor)


class GeneralTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.language = LanguageBox(database, actor, self)
        self.organisation = OrganisationBox(database, actor, self)
        working = QGroupBox(self.tr("Working with Lotse"), self)
        form = QFormLayout(working)
        folder = QLabel(show_path(database.location.data_dir), self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_file = QLabel(show_path(database.location.log_file), self)
        log_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Data folder:"), folder)
        form.addRow(self.tr("Log file:"), log_file)
        manages = actor.can(Permission.SETTINGS_MANAGE)
        self.restrict_advisors = QCheckBox(
            self.tr("Advisors see only the cases they are &responsible for"), self
        )
        self.restrict_advisors.setChecked(
            bool(get_setting(database, RESTRICT_ADVISORS_TO_OWN_CASES))
        )
        self.restrict_advisors.setEnabled(manages)
        self.restrict_advisors.toggled.connect(self._store_restriction)
        form.addRow(self.tr("Case access:"), self.restrict_advisors)
        self.clearance_years = QSpinBox(self)
        self.clearance_years.setRange(1, 10)
        self.clearance_years.setSuffix(self.tr(" years"))
        self.clearance_years.setValue(clearance_years(database))
        self.clearance_years.setEnabled(manages)
        self.clearance_years.setMaximumWidth(120)
        self.clearance_years.valueChanged.connect(self._store_clearance_years)
        clearance_label = QLabel(self.tr("Police clearance valid for (&years):"), self)
        clearance_label.setBuddy(self.clearance_years)
        form.addRow(clearance_label, self.clearance_years)
        self.tandem_training = QCheckBox(
            self.tr("A mentor needs the club's &training before a tandem"), self
        )
        self.tandem_training.setChecked(bool(get_setting(database, TANDEM_TRAINING_REQUIRED)))
        self.tandem_training.setEnabled(manages)
        self.tandem_training.toggled.connect(self._store_tandem_training)
        form.addRow(self.tr("Tandems:"), self.tandem_training)
        low, high = IDLE_LOCK_RANGE
        self.idle_minutes = self._number(
            low,
            high,
            self.tr(" minutes without input"),
            int(get_setting(database, IDLE_LOCK_MINUTES)),
        )
        self.idle_minutes.setToolTip(
            self.tr(
                "Then Lotse covers its windows and asks for the password again; "
                "nothing typed is lost."
            )
        )
        self.idle_minutes.valueChanged.connect(self._store_idle_minutes)
        idle_label = QLabel(self.tr("Loc&k after:"), self)
        idle_label.setBuddy(self.idle_minutes)
        form.addRow(idle_label, self.idle_minutes)
        low, high = BACKUP_WARNING_RANGE
        self.backup_days = self._number(
            low, high, self.tr(" days"), int(get_setting(database, BACKUP_WARNING_DAYS))
        )
        self.backup_days.setToolTip(
            self.tr(
                "The start page reminds administrators when no backup was saved outside the "
                "data folder (a USB stick, a network drive) for this long."
            )
        )
        self.backup_days.valueChanged.connect(self._store_backup_days)
        backup_label = QLabel(self.tr("&Backup reminder after:"), self)
        backup_label.setBuddy(self.backup_days)
        form.addRow(backup_label, self.backup_days)
        self.working_hint = QLabel(
            self.tr("Only administrators can change these settings.") if not manages else "",
            self,
        )
        self.working_hint.setVisible(not manages)
        self.working_hint.setWordWrap(True)
        form.addRow(self.working_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(self.organisation)
        layout.addWidget(working)
        layout.addStretch()

    def _number(self, low: int, high: int, suffix: str, value: int) -> QSpinBox:
        """A spin box for a club-wide number; read-only for roles that may not change it."""
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setSuffix(suffix)
        box.setValue(min(max(value, low), high))
        box.setKeyboardTracking(False)  # typed "15" is stored once, not as 1 and 15
        box.setMaximumWidth(230)
        manages = self.actor.can(Permission.SETTINGS_MANAGE)
        box.setReadOnly(not manages)
        if not manages:
            box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        return box

    def _store_idle_minutes(self, minutes: int) -> None:
        set_idle_lock_minutes(self.database, self.actor, minutes)
        IdleLock.setting_changed(minutes)

    def _store_backup_days(self, days: int) -> None:
        set_backup_warning_days(self.database, self.actor, days)

    def _store_clearance_years(self, years: int) -> None:
        set_setting(self.database, self.actor, CLEARANCE_YEARS, years)

    def _store_tandem_training(self, checked: bool) -> None:
        set_setting(self.database, self.actor, TANDEM_TRAINING_REQUIRED, checked)

    def _store_restriction(self, checked: bool) -> None:
        set_setting(self.database, self.actor, RESTRICT_ADVISORS_TO_OWN_CASES, checked)
