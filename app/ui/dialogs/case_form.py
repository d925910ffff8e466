"""New case / edit case: personal data, background and qualifications in one form."""

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import (
    Answer,
    Gender,
    GermanLevel,
    RecognitionStatus,
    ReferralSource,
    ResidenceStatus,
    SchoolQualification,
    VocationalQualification,
)
from app.domain.models import Participant
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.cases import (
    CaseInput,
    advisors,
    check_case,
    create_case,
    find_duplicates,
    update_case,
)
from app.services.database import Database
from app.services.errors import Problems, ServiceError
from app.services.row_versions import EditConflict
from app.ui import conflict as conflict_dialog
from app.ui.completers import country_completer, language_completer
from app.ui.conflict import ConflictChoice
from app.ui.formatting import show_country, show_date, show_language
from app.ui.forms import DateField, FieldErrors, UnsavedChangesGuard
from app.ui.labels import fill_combo, question_combo, select_data

DUPLICATE_CHECK_DELAY_MS = 400


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(",", ";").split(";") if part.strip())


class CaseFormDialog(QDialog):
    """Creates a case, or edits ``participant`` when given; ``saved_id`` is set on success."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant: Participant | None = None,
        nationalities: list[str] | None = None,
        languages: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant = participant
        self.saved_id: int | None = None
        self.saved_case_number: str | None = None
        self.sensitive = actor.can(Permission.CASES_READ_SENSITIVE)
        self.setWindowTitle(
            self.tr("Edit case {case}").format(case=participant.case_number)
            if participant
            else self.tr("New case")
        )
        self.resize(820, 680)
        self._create_person_fields()
        self._create_background_fields()
        person, place_box = self._person_group()
        background = self._background_group()
        self.duplicate_label = self._duplicate_banner()
        self.errors = self._field_errors(place_box)
        buttons = self._save_cancel_buttons()
        self._lay_out(person, background, buttons)
        if participant is not None:
            self._fill(participant, nationalities or [], languages or [])
        elif actor.user_id is not None:
            select_data(self.advisor, actor.user_id)
        self._guard_unsaved_changes()
        self._check_duplicates_while_typing()
        self.first_name.setFocus()

    # -- building the form (in this order, which is also the order of the Tab key) ---
    def _create_person_fields(self) -> None:
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        # Nothing is pre-selected: "keine Angabe" is an answer, an untouched field is not.
        self.gender = question_combo(self, Gender)
        self.birth_date = DateField(self, past=True)
        self.street = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaxLength(5)
        self.postcode.setMaximumWidth(80)
        self.city = QLineEdit(self)
        # A person advised while still abroad: the country instead of a German postcode.
        self.residence_country = QLineEdit(self)
        self.residence_country.setPlaceholderText(self.tr("empty when living in Germany"))
        country_completer(self.residence_country)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)

    def _create_background_fields(self) -> None:
        self.nationalities = QLineEdit(self)
        self.nationalities.setPlaceholderText(self.tr("e.g. Syrien; Deutschland or SY; DE"))
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. Arabisch; Kurdisch or ar; ku"))
        self.birth_country = QLineEdit(self)
        self.residence_status = QComboBox(self)
        fill_combo(self.residence_status, ResidenceStatus, "—")
        self.arrival_year = QSpinBox(self)
        self.arrival_year.setRange(1899, date.today().year)
        self.arrival_year.setSpecialValueText("—")
        self.arrival_year.setValue(1899)
        self.school = QComboBox(self)
        fill_combo(self.school, SchoolQualification, "—")
        self.school_country = QLineEdit(self)
        self.school_country.setAccessibleName(self.tr("Country of school qualification"))
        self.vocational = QComboBox(self)
        fill_combo(self.vocational, VocationalQualification, "—")
        self.vocational_country = QLineEdit(self)
        self.vocational_country.setAccessibleName(self.tr("Country of vocational qualification"))
        self.reference_occupation = QLineEdit(self)
        self.regulated = QComboBox(self)
        fill_combo(self.regulated, Answer, "—")
        self.german_level = QComboBox(self)
        fill_combo(self.german_level, GermanLevel, "—")
        self.recognition = QComboBox(self)
        fill_combo(self.recognition, RecognitionStatus, "—")
        self.referral = QComboBox(self)
        fill_combo(self.referral, ReferralSource, "—")
        self.advisor = QComboBox(self)
        self.advisor.addItem("—", None)
        for user in advisors(self.database, self.actor):
            self.advisor.addItem(user.display_name, user.id)
        self.remarks = QPlainTextEdit(self)
        self.remarks.setMaximumHeight(80)
        country_completer(self.nationalities, multiple=True)
        language_completer(self.languages, multiple=True)
        for field in (self.birth_country, self.school_country, self.vocational_country):
            country_completer(field)

    def _person_group(self) -> tuple[QGroupBox, QWidget]:
        """Name, gender, birth date and contact, two to a row; also returns the box that
        holds postcode and city side by side."""
        person = QGroupBox(self.tr("Person"), self)
        grid = QGridLayout(person)
        rows = (
            (self.tr("&First name *"), self.first_name, self.tr("&Last name *"), self.last_name),
            (self.tr("&Gender *"), self.gender, self.tr("Date of &birth"), self.birth_date),
            (self.tr("Stree&t"), self.street, self.tr("Post&code / city"), None),
            (self.tr("&Phone"), self.phone, self.tr("&E-mail"), self.email),
        )
        abroad = QLabel(self.tr("Living abroa&d in"), person)
        abroad.setBuddy(self.residence_country)
        place_box = QWidget(person)
        place = QHBoxLayout(place_box)
        place.setContentsMargins(0, 0, 0, 0)
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        for row, (label_a, widget_a, label_b, widget_b) in enumerate(rows):
            first = QLabel(label_a, person)
            first.setBuddy(widget_a)
            grid.addWidget(first, row, 0)
            grid.addWidget(widget_a, row, 1)
            second = QLabel(label_b, person)
            grid.addWidget(second, row, 2)
            if widget_b is None:
                second.setBuddy(self.postcode)
                grid.addWidget(place_box, row, 3)
            else:
                second.setBuddy(widget_b)
                grid.addWidget(widget_b, row, 3)
        grid.addWidget(abroad, len(rows), 0)
        grid.addWidget(self.residence_country, len(rows), 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return person, place_box

    def _background_group(self) -> QGroupBox:
        """Origin, qualifications and the advisor; residence status and remarks only for
        roles that may read sensitive data."""
        background = QGroupBox(self.tr("Background and qualifications"), self)
        form = QFormLayout(background)
        form.addRow(self.tr("&Nationalities:"), self.nationalities)
        form.addRow(self.tr("Lang&uages:"), self.languages)
        form.addRow(self.tr("Country of b&irth:"), self.birth_country)
        if self.sensitive:
            form.addRow(self.tr("&Residence status:"), self.residence_status)
        form.addRow(self.tr("&Year of arrival:"), self.arrival_year)
        form.addRow(
            self.tr("Sc&hool qualification:"), self._with_country(self.school, self.school_country)
        )
        form.addRow(
            self.tr("&Vocational qualification:"),
            self._with_country(self.vocational, self.vocational_country),
        )
        form.addRow(self.tr("Reference &occupation:"), self.reference_occupation)
        form.addRow(self.tr("Regulated profession:"), self.regulated)
        form.addRow(self.tr("Recognition status:"), self.recognition)
        form.addRow(self.tr("&Knowledge of German:"), self.german_level)
        form.addRow(self.tr("Found us via:"), self.referral)
        form.addRow(self.tr("&Advisor:"), self.advisor)
        if self.sensitive:
            form.addRow(self.tr("Re&marks:"), self.remarks)
        return background

    def _duplicate_banner(self) -> QLabel:
        """Hidden until the name, birth date or postcode match a recorded case."""
        banner = QLabel(self)
        banner.setObjectName("warningBanner")
        banner.setWordWrap(True)
        banner.hide()
        return banner

    def _field_errors(self, place_box: QWidget) -> FieldErrors:
        """Which field each of the services' field names marks when it is wrong."""
        return FieldErrors(
            QLabel(self),
            {
                "gender": self.gender,
                "first_name": self.first_name,
                "last_name": self.last_name,
                "birth_date": self.birth_date,
                "postcode": self.postcode,
                "residence_country": self.residence_country,
                "email": self.email,
                "nationalities": self.nationalities,
                "languages": self.languages,
                "birth_country": self.birth_country,
                "arrival_year": self.arrival_year,
                "school_qualification_country": self.school_country,
                "vocational_qualification_country": self.vocational_country,
                "street": self.street,
                "city": self.city,
                "phone": self.phone,
                "remarks": self.remarks,
                "reference_occupation": self.reference_occupation,
            },
            # The postcode is narrow: its message reads under the postcode and city together.
            anchors={"postcode": place_box, "city": place_box},
        )

    def _save_cancel_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _lay_out(self, person: QGroupBox, background: QGroupBox, buttons: QWidget) -> None:
        """The two groups scroll on a small screen; warnings and buttons stay in sight."""
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(person)
        column.addWidget(background)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.errors.label)
        layout.addWidget(buttons)

    def _guard_unsaved_changes(self) -> None:
        """Cancel asks before dropping edits; watched after filling, so the values a
        case already had do not count as changes."""
        self.guard = UnsavedChangesGuard(self)
        self.guard.watch(
            self.first_name,
            self.last_name,
            self.gender,
            self.birth_date,
            self.street,
            self.postcode,
            self.city,
            self.residence_country,
            self.phone,
            self.email,
            self.nationalities,
            self.languages,
            self.birth_country,
            self.residence_status,
            self.arrival_year,
            self.school,
            self.school_country,
            self.vocational,
            self.vocational_country,
            self.reference_occupation,
            self.regulated,
            self.recognition,
            self.german_level,
            self.referral,
            self.advisor,
            self.remarks,
        )

    def _check_duplicates_while_typing(self) -> None:
        # Checked shortly after typing stops (not on focus loss, which also fires while
        # the dialog is being destroyed).
        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self.duplicate_timer.timeout.connect(self.check_duplicates)
        for widget in (self.first_name, self.last_name, self.birth_date, self.postcode):
            widget.textEdited.connect(self.duplicate_timer.start)

    def _with_country(self, combo: QComboBox, country: QLineEdit) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(combo, 2)
        country.setPlaceholderText(self.tr("country obtained"))
        row.addWidget(country, 1)
        return box

    def _fill(self, p: Participant, nationalities: list[str], languages: list[str]) -> None:
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        select_data(self.gender, p.gender)
        self.birth_date.set_value(p.birth_date)
        for widget, value in (
            (self.street, p.street),
            (self.postcode, p.postcode),
            (self.city, p.city),
            (self.phone, p.phone),
            (self.email, p.email),
            (self.reference_occupation, p.reference_occupation),
        ):
            widget.setText(value or "")
        self.nationalities.setText("; ".join(show_country(c) for c in nationalities))
        self.languages.setText("; ".join(show_language(c) for c in languages))
        for widget, code in (
            (self.birth_country, p.birth_country),
            (self.residence_country, p.residence_country),
            (self.school_country, p.school_qualification_country),
            (self.vocational_country, p.vocational_qualification_country),
        ):
            widget.setText(show_country(code) if code else "")
        choices: tuple[tuple[QComboBox, object], ...] = (
            (self.residence_status, p.residence_status),
            (self.school, p.school_qualification),
            (self.vocational, p.vocational_qualification),
            (self.regulated, p.regulated_profession),
            (self.recognition, p.recognition_status),
            (self.german_level, p.german_level),
            (self.referral, p.referral_source),
            (self.advisor, p.advisor_id),
        )
        for combo, choice in choices:
            select_data(combo, choice)
        self.arrival_year.setValue(p.arrival_year or self.arrival_year.minimum())
        self.remarks.setPlainText(p.remarks or "")

    def case_input(self, problems: Problems) -> CaseInput:
        """The form's values; a birth date it cannot read is noted in ``problems``."""
        year = self.arrival_year.value()
        return CaseInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            gender=self.gender.currentData(),
            birth_date=problems.check(
                lambda: self.birth_date.value("birth_date", self.tr("Date of birth"))
            ),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            residence_country=self.residence_country.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            nationalities=_split(self.nationalities.text()),
            languages=_split(self.languages.text()),
            birth_country=self.birth_country.text(),
            residence_status=self.residence_status.currentData(),
            arrival_year=None if year == self.arrival_year.minimum() else year,
            school_qualification=self.school.currentData(),
            school_qualification_country=self.school_country.text(),
            vocational_qualification=self.vocational.currentData(),
            vocational_qualification_country=self.vocational_country.text(),
            reference_occupation=self.reference_occupation.text(),
            regulated_profession=self.regulated.currentData(),
            recognition_status=self.recognition.currentData(),
            german_level=self.german_level.currentData(),
            referral_source=self.referral.currentData(),
            advisor_id=self.advisor.currentData(),
            remarks=self.remarks.toPlainText(),
        )

    def check_duplicates(self) -> None:
        try:
            birth = self.birth_date.value("birth_date", "")
        except ServiceError:
            birth = None
        hints = find_duplicates(
            self.database,
            self.actor,
            self.first_name.text(),
            self.last_name.text(),
            birth,
            self.postcode.text(),
            self.participant.id if self.participant else None,
        )
        if not hints:
            self.duplicate_label.hide()
            return
        names = "; ".join(
            f"{h.case_number} {h.name}" + (f" ({show_date(h.birth_date)})" if h.birth_date else "")
            for h in hints
        )
        self.duplicate_label.setText(
            self.tr("Possibly already recorded: {cases}. Please check before saving.").format(
                cases=names
            )
        )
        self.duplicate_label.show()

    def done(self, result: int) -> None:
        self.duplicate_timer.stop()
        super().done(result)

    def accept(self) -> None:
        problems = Problems()
        data = self.case_input(problems)
        if problems:  # the service's own checks too, so every problem shows at once
            problems.check(lambda: check_case(data))
            self.errors.show(problems.error())
            return
        expected = self.participant.row_version if self.participant else None
        while True:
            try:
                if self.participant is None:
                    saved = create_case(self.database, self.actor, data)
                else:
                    assert self.participant.id is not None
                    saved = update_case(
                        self.database, self.actor, self.participant.id, data,
                        expected_version=expected,
                    )  # fmt: skip
                break
            except EditConflict as conflict:
                choice = conflict_dialog.ask(self, conflict)
                if choice is ConflictChoice.SAVE_MINE:
                    expected = conflict.current_version
                    continue
                if choice is ConflictChoice.KEEP_SAVED:
                    self._close_showing_saved()
                return
            except ServiceError as error:
                self.errors.show(error)
                return
        self.saved_id = saved.id
        self.saved_case_number = saved.case_number
        self.guard.dirty = False
        super().accept()

    def _close_showing_saved(self) -> None:
        """The user keeps the stored version: close as if saved, so the window reloads it."""
        assert self.participant is not None
        self.saved_id = self.participant.id
        self.guard.dirty = False
        super().accept()

    def reject(self) -> None:
        if self.guard.may_discard():
            super().reject()
