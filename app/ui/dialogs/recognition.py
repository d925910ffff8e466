"""Dialogs of a recognition procedure (Anerkennungsverfahren) and of a placement
(Arbeitsaufnahme). Nothing is pre-selected: every choice starts empty."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AdaptationKind, Answer, ContractType, EconomicSector, RecognitionResult
from app.domain.models import Placement, RecognitionProcedure
from app.services.actor import Actor
from app.services.case_file import EnrollmentView
from app.services.database import Database
from app.services.errors import Problems, ServiceError, ValidationError
from app.services.recognition import (
    WORK_EXITS,
    PlacementInput,
    ProcedureInput,
    check_procedure,
    save_placement,
    save_procedure,
)
from app.ui.completers import country_completer
from app.ui.formatting import show_country, show_date
from app.ui.forms import DateField, FieldErrors, UnsavedChangesGuard, save_cancel_buttons
from app.ui.labels import fill_combo, please_choose, question_combo, select_data


class ProcedureDialog(QDialog):
    """A new recognition procedure of the case, or ``procedure`` to change."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int,
        procedure: RecognitionProcedure | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.procedure_id = procedure.id if procedure else None
        self.setWindowTitle(
            self.tr("Recognition procedure") if procedure else self.tr("New recognition procedure")
        )
        self.occupation = QLineEdit(self)
        self.occupation.setPlaceholderText(
            self.tr("German reference occupation, e.g. Pflegefachfrau")
        )
        self.kldb_code = QLineEdit(self)
        self.kldb_code.setMaxLength(5)
        self.kldb_code.setMaximumWidth(90)
        self.kldb_code.setPlaceholderText(self.tr("e.g. 81302"))
        self.kldb_code.setToolTip(
            self.tr(
                "KldB 2010 code of the Bundesagentur für Arbeit, five digits; the last one is "
                "the level of requirement (1 helper, 2 skilled, 3 specialist, 4 expert)."
            )
        )
        self.regulated = question_combo(self, Answer)
        self.country = QLineEdit(self)
        country_completer(self.country)
        self.year = QSpinBox(self)
        self.year.setRange(1899, date.today().year)
        self.year.setSpecialValueText("—")
        self.year.setValue(1899)
        self.authority = QLineEdit(self)
        self.authority.setPlaceholderText(self.tr("e.g. Landesamt für Soziales"))
        self.applied = DateField(self)
        self.decided = DateField(self)
        self.outcome = QComboBox(self)
        fill_combo(self.outcome, RecognitionResult, self.tr("— not decided yet —"))
        self.adaptation_kind = QComboBox(self)
        fill_combo(self.adaptation_kind, AdaptationKind, self.tr("— none —"))
        self.provider = QLineEdit(self)
        self.adaptation_from = DateField(self)
        self.adaptation_to = DateField(self)
        self.completed = QComboBox(self)
        self.completed.addItem(please_choose(), None)
        self.completed.addItem(self.tr("yes"), True)
        self.completed.addItem(self.tr("no"), False)

        occupation = QGroupBox(self.tr("Qualification and reference occupation"), self)
        form = QFormLayout(occupation)
        form.addRow(self.tr("Reference &occupation *"), self.occupation)
        # The code field is narrow: its message reads under a row as wide as the others.
        code_row = QWidget(occupation)
        code_layout = QHBoxLayout(code_row)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.addWidget(self.kldb_code)
        code_layout.addStretch()
        code_label = QLabel(self.tr("&KldB 2010 code"), occupation)
        code_label.setBuddy(self.kldb_code)
        form.addRow(code_label, code_row)
        form.addRow(self.tr("&Regulated profession"), self.regulated)
        form.addRow(self.tr("Qualification obtained &in"), self.country)
        form.addRow(self.tr("&Year obtained"), self.year)
        procedure_box = QGroupBox(self.tr("Procedure"), self)
        form = QFormLayout(procedure_box)
        form.addRow(self.tr("Competent &authority"), self.authority)
        form.addRow(self.tr("A&pplication date"), self.applied)
        form.addRow(self.tr("&Decision date"), self.decided)
        form.addRow(self.tr("Res&ult"), self.outcome)
        adaptation = QGroupBox(self.tr("Adaptation qualification"), self)
        form = QFormLayout(adaptation)
        form.addRow(self.tr("Kind of &measure"), self.adaptation_kind)
        form.addRow(self.tr("Pro&vider"), self.provider)
        span = QWidget(adaptation)
        row = QHBoxLayout(span)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.adaptation_from)
        until = QLabel(self.tr("un&til"), span)
        until.setBuddy(self.adaptation_to)
        row.addWidget(until)
        row.addWidget(self.adaptation_to)
        row.addStretch()
        self.adaptation_from.setAccessibleName(self.tr("Adaptation from"))
        self.adaptation_to.setAccessibleName(self.tr("Adaptation until"))
        start = QLabel(self.tr("&From"), adaptation)
        start.setBuddy(self.adaptation_from)
        form.addRow(start, span)
        form.addRow(self.tr("&Completed"), self.completed)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "occupation": self.occupation,
                "kldb_code": self.kldb_code,
                "qualification_country": self.country,
                "qualification_year": self.year,
                "authority": self.authority,
                "applied_on": self.applied,
                "decided_on": self.decided,
                "result": self.outcome,
                "adaptation_kind": self.adaptation_kind,
                "adaptation_provider": self.provider,
                "adaptation_from": self.adaptation_from,
                "adaptation_to": self.adaptation_to,
            },
            anchors={"adaptation_from": span, "adaptation_to": span, "kldb_code": code_row},
        )
        layout = QVBoxLayout(self)
        self.occupation.setMinimumWidth(420)
        self.provider.setMinimumWidth(300)
        # Two columns: on a 720-pixel screen the messages under the fields keep their room.
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(occupation)
        left.addWidget(procedure_box)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(adaptation)
        right.addStretch()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        if procedure is not None:
            self._fill(procedure)
        self.guard = UnsavedChangesGuard(self)
        self.guard.watch(
            self.occupation,
            self.kldb_code,
            self.regulated,
            self.country,
            self.year,
            self.authority,
            self.applied,
            self.decided,
            self.outcome,
            self.adaptation_kind,
            self.provider,
            self.adaptation_from,
            self.adaptation_to,
            self.completed,
        )
        self.occupation.setFocus()

    def _fill(self, p: RecognitionProcedure) -> None:
        self.occupation.setText(p.occupation or "")
        self.kldb_code.setText(p.kldb_code or "")
        select_data(self.regulated, p.regulated)
        self.country.setText(
            show_country(p.qualification_country) if p.qualification_country else ""
        )
        self.year.setValue(p.qualification_year or self.year.minimum())
        self.authority.setText(p.authority or "")
        self.applied.set_value(p.applied_on)
        self.decided.set_value(p.decided_on)
        select_data(self.outcome, p.result)
        select_data(self.adaptation_kind, p.adaptation_kind)
        self.provider.setText(p.adaptation_provider or "")
        self.adaptation_from.set_value(p.adaptation_from)
        self.adaptation_to.set_value(p.adaptation_to)
        select_data(self.completed, p.adaptation_completed)

    def procedure_input(self, problems: Problems) -> ProcedureInput:
        """The form's values; dates it cannot read are noted in ``problems``."""

        def day(field: DateField, name: str, text: str) -> date | None:
            return problems.check(lambda: field.value(name, text))

        year = self.year.value()
        return ProcedureInput(
            occupation=self.occupation.text(),
            kldb_code=self.kldb_code.text(),
            regulated=self.regulated.currentData(),
            qualification_country=self.country.text(),
            qualification_year=None if year == self.year.minimum() else year,
            authority=self.authority.text(),
            applied_on=day(self.applied, "applied_on", self.tr("Application date")),
            decided_on=day(self.decided, "decided_on", self.tr("Decision date")),
            result=self.outcome.currentData(),
            adaptation_kind=self.adaptation_kind.currentData(),
            adaptation_provider=self.provider.text(),
            adaptation_from=day(
                self.adaptation_from, "adaptation_from", self.tr("Adaptation from")
            ),
            adaptation_to=day(self.adaptation_to, "adaptation_to", self.tr("Adaptation until")),
            adaptation_completed=self.completed.currentData(),
        )

    def accept(self) -> None:
        problems = Problems()
        data = self.procedure_input(problems)
        # Everything at once: what the form could not read and the service's checks.
        problems.check(lambda: check_procedure(data))
        try:
            if problems:
                raise problems.error()
            save_procedure(self.database, self.actor, self.participant_id, data, self.procedure_id)
        except ServiceError as error:
            self.errors.show(error)
            # Wrapped messages need the height their width gives them.
            self.adjustSize()
            return
        super().accept()


def exit_text(view: EnrollmentView) -> str:
    """How a linked exit is named: the project and the exit date."""
    return f"{view.project_code}, {show_date(view.enrollment.exit_date)}"


class PlacementDialog(QDialog):
    """A new placement of the case, or ``placement`` to change; ``enrollments`` are the
    case's participations (those that ended in work can be linked)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        participant_id: int,
        enrollments: list[EnrollmentView],
        placement: Placement | None = None,
        parent: QWidget | None = None,
        link: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.placement_id = placement.id if placement else None
        self.setWindowTitle(self.tr("Placement") if placement else self.tr("New placement"))
        self.employer = QLineEdit(self)
        self.employer.setMinimumWidth(380)
        self.town = QLineEdit(self)
        self.sector = QComboBox(self)
        fill_combo(self.sector, EconomicSector, please_choose())
        self.start = DateField(self)
        self.contract = question_combo(self, ContractType)
        self.hours = QLineEdit(self)
        self.hours.setMaximumWidth(90)
        self.hours.setPlaceholderText(self.tr("e.g. 39,5"))
        self.occupation = QLineEdit(self)
        self.occupation.setPlaceholderText(self.tr("e.g. nursing, software development"))
        self.exit = QComboBox(self)
        self.exit.addItem(self.tr("— not linked —"), None)
        for view in enrollments:
            if view.enrollment.exit_status in WORK_EXITS:
                self.exit.addItem(exit_text(view), view.enrollment.id)
        form = QFormLayout()
        form.addRow(self.tr("&Employer *"), self.employer)
        form.addRow(self.tr("T&own"), self.town)
        form.addRow(self.tr("Secto&r (WZ 2008)"), self.sector)
        form.addRow(self.tr("Start &date *"), self.start)
        form.addRow(self.tr("&Contract type *"), self.contract)
        form.addRow(self.tr("&Hours per week"), self.hours)
        form.addRow(self.tr("Occupation &field"), self.occupation)
        form.addRow(self.tr("&Linked exit"), self.exit)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "employer": self.employer,
                "employer_town": self.town,
                "start_date": self.start,
                "contract_type": self.contract,
                "weekly_hours": self.hours,
                "occupation": self.occupation,
                "enrollment_id": self.exit,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        if placement is not None:
            self._fill(placement)
        elif link is not None:
            select_data(self.exit, link)
        self.guard = UnsavedChangesGuard(self)
        self.guard.watch(
            self.employer,
            self.town,
            self.sector,
            self.start,
            self.contract,
            self.hours,
            self.occupation,
            self.exit,
        )
        self.employer.setFocus()

    def _fill(self, p: Placement) -> None:
        self.employer.setText(p.employer)
        self.town.setText(p.employer_town or "")
        select_data(self.sector, p.sector)
        self.start.set_value(p.start_date)
        select_data(self.contract, p.contract_type)
        self.hours.setText(
            f"{p.weekly_minutes / 60:g}".replace(".", ",") if p.weekly_minutes else ""
        )
        self.occupation.setText(p.occupation or "")
        select_data(self.exit, p.enrollment_id)

    def accept(self) -> None:
        problems = Problems()
        start = problems.check(lambda: self.start.value("start_date", self.tr("Start date")))
        data = PlacementInput(
            employer=self.employer.text(),
            start_date=start,
            contract_type=self.contract.currentData(),
            employer_town=self.town.text(),
            sector=self.sector.currentData(),
            weekly_hours=self.hours.text(),
            occupation=self.occupation.text(),
            enrollment_id=self.exit.currentData(),
        )
        # An unreadable start date leaves it empty, which the service refuses with the
        # other fields' problems: nothing is saved, every message shows at once.
        try:
            save_placement(self.database, self.actor, self.participant_id, data, self.placement_id)
        except ValidationError as error:
            problems.add(error)
            self.errors.show(problems.error())
            self.adjustSize()
            return
        except ServiceError as error:
            self.errors.show(error)
            return
        super().accept()
