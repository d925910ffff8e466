"""The Person tab: what the case file says about the person, as the role may see it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.domain.enums import has_qualification
from app.services.case_file import CaseFile
from app.ui.case_window.case_tab import CaseTab
from app.ui.formatting import show_country, show_date, show_language
from app.ui.labels import label


class PersonTab(CaseTab):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)

    def show_case(self, case: CaseFile) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        p = case.participant

        def add(caption: str, value: str | None) -> None:
            text = QLabel(value or "—", self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            self.form.addRow(caption, text)

        def code(value: object) -> str | None:
            return label(value) if value is not None else None  # type: ignore[arg-type]

        add(self.tr("Gender:"), label(p.gender))
        add(self.tr("Date of birth:"), show_date(p.birth_date))
        add(
            self.tr("Address:"),
            ", ".join(x for x in (p.street, f"{p.postcode or ''} {p.city or ''}".strip()) if x),
        )
        if p.residence_country:
            add(self.tr("Living abroad in:"), show_country(p.residence_country))
        add(self.tr("Phone / e-mail:"), " · ".join(x for x in (p.phone, p.email) if x))
        add(self.tr("Nationalities:"), ", ".join(show_country(c) for c in case.nationalities))
        add(self.tr("Languages:"), ", ".join(show_language(c) for c in case.languages))
        add(
            self.tr("Country of birth:"), show_country(p.birth_country) if p.birth_country else None
        )
        if case.can_read_sensitive:
            add(self.tr("Residence status:"), code(p.residence_status))
        add(self.tr("Year of arrival:"), str(p.arrival_year) if p.arrival_year else None)
        add(self.tr("Knowledge of German:"), code(p.german_level))
        add(
            self.tr("School qualification:"),
            self._with_country(
                code(p.school_qualification),
                p.school_qualification_country
                if has_qualification(p.school_qualification)
                else None,
            ),
        )
        add(
            self.tr("Vocational qualification:"),
            self._with_country(
                code(p.vocational_qualification),
                p.vocational_qualification_country
                if has_qualification(p.vocational_qualification)
                else None,
            ),
        )
        add(self.tr("Reference occupation:"), p.reference_occupation)
        add(self.tr("Regulated profession:"), code(p.regulated_profession))
        add(self.tr("Recognition status:"), code(p.recognition_status))
        add(self.tr("Found us via:"), code(p.referral_source))
        if case.can_read_sensitive:
            add(self.tr("Remarks:"), p.remarks)

    def _with_country(self, value: str | None, country: str | None) -> str | None:
        if value and country:
            return self.tr("{value} (obtained in {country})").format(
                value=value, country=show_country(country)
            )
        return value
