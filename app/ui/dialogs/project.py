"""A funded project with its reporting settings, in tabs.

"Project", "ESF Plus" and "Success" are saved together with "Save". The lists
other records refer to – the value of a volunteer hour per year, the exit reasons
and the register of supported organisations – are saved as they are edited, and
exist once the project does.
"""

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import (
    ExitReasonCategory,
    ExitStatus,
    LongTermUnemploymentRule,
    SupportedOrganisationKind,
)
from app.domain.formatting import format_euro
from app.domain.models import ExitReason, Project
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.projects import (
    DEFAULT_SUCCESS_STATUSES,
    ExitReasonInput,
    ProjectInput,
    SupportedOrganisationInput,
    add_exit_reason,
    add_project,
    add_supported_organisation,
    exit_reasons,
    hourly_rates,
    minimum_wage_for,
    project_success_statuses,
    remove_supported_organisation,
    retire_exit_reason,
    set_hourly_rate,
    supported_organisations,
    update_exit_reason,
    update_project,
)
from app.ui.formatting import show_date
from app.ui.forms import DateField, FieldErrors, UnsavedChangesGuard, save_cancel_buttons
from app.ui.labels import fill_combo, label, select_data
from app.ui.models.base import TextRowsModel
from app.ui.widgets import read_only_table


def _euro(cents: int | None) -> str:
    """An amount as typed into a field: 13,90 (no currency sign)."""
    return "" if cents is None else format_euro(cents).removesuffix(" €")


def _error_label(parent: QWidget) -> FieldErrors:
    return FieldErrors(QLabel(parent), {})


class HourlyRatesTab(QWidget):
    """The value of a volunteer hour per year; saved at once."""

    def __init__(self, database: Database, actor: Actor, project: Project, parent: QWidget):
        super().__init__(parent)
        assert project.id is not None
        self.database = database
        self.actor = actor
        self.project_id = project.id
        hint = QLabel(
            self.tr(
                "Hours are valued with the value of their year. A year without its own value "
                "uses the flat value on the first tab, and without that the statutory minimum "
                "wage of that year."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr(
                "No values of their own yet – enter a year and a value below and click "
                "\u201cSet value\u201d."
            ),
        )
        self.view.setAccessibleName(self.tr("Value of a volunteer hour per year"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(self.tr("e.g. 13,90"))
        self.rate.setAccessibleName(self.tr("Value in euro"))
        apply = QPushButton(self.tr("Set &value"), self)
        apply.setAutoDefault(False)
        apply.clicked.connect(self.set_rate)
        remove = QPushButton(self.tr("&Remove value"), self)
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_rate)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year:"), self))
        row.addWidget(self.year)
        row.addWidget(QLabel(self.tr("Value (€):"), self))
        row.addWidget(self.rate)
        row.addWidget(apply)
        row.addWidget(remove)
        row.addStretch()
        self.errors = _error_label(self)
        self.errors.add_field("hourly_rate", self.rate)
        self.errors.add_field("year", self.year)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.errors.label)
        self.refresh()

    def refresh(self) -> None:
        rates = hourly_rates(self.database, self.project_id)
        rows = []
        for year, cents in sorted(rates.items()):
            wage = minimum_wage_for(self.database, year)
            rows.append((str(year), _euro(cents), _euro(wage)))
        self.years = sorted(rates)
        self.view.setModel(
            TextRowsModel(
                rows,
                (self.tr("Year"), self.tr("Value (€)"), self.tr("Minimum wage (€)")),
                self.view,
                frozenset({1, 2}),
            )
        )

    def set_rate(self) -> None:
        self._store(self.year.value(), self.rate.text())

    def remove_rate(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._store(self.years[index.row()], None)

    def _store(self, year: int, rate: str | None) -> None:
        self.errors.clear()
        try:
            set_hourly_rate(self.database, self.actor, self.project_id, year, rate)
        except ServiceError as error:
            self.errors.show(error)
            return
        self.rate.clear()
        self.refresh()


class ExitReasonDialog(QDialog):
    """Name of an exit reason, what it means for the rates, and whether it is a success."""

    def __init__(self, reason: ExitReason | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exit reason"))
        self.name = QLineEdit(reason.name if reason else "", self)
        self.category = QComboBox(self)
        fill_combo(self.category, ExitReasonCategory)
        if reason is not None:
            select_data(self.category, reason.category)
        self.success = QCheckBox(self.tr("counts as success in the outcome report"), self)
        self.success.setChecked(bool(reason and reason.counts_as_success))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Counts as:"), self.category)
        form.addRow("", self.success)
        form.addRow(save_cancel_buttons(self, self.tr("&OK")))

    def value(self) -> ExitReasonInput:
        return ExitReasonInput(
            self.name.text(), self.category.currentData(), self.success.isChecked()
        )


class ExitReasonsBox(QGroupBox):
    """The project's exit reasons: add, rename, retire. Saved at once."""

    def __init__(self, database: Database, actor: Actor, project: Project, parent: QWidget):
        super().__init__(self.tr("Exit reasons (saved as you edit them)"), parent)
        assert project.id is not None
        self.database = database
        self.actor = actor
        self.project_id = project.id
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr("No exit reasons yet – add one with \u201cAdd reason\u201d."),
        )
        self.view.setAccessibleName(self.tr("Exit reasons"))
        self.view.doubleClicked.connect(self.edit)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add reason"), self.add),
            (self.tr("&Edit reason"), self.edit),
            (self.tr("Re&tire / reactivate"), self.toggle_retired),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.errors = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.errors.label)
        self.refresh()

    def refresh(self) -> None:
        self.reasons = exit_reasons(self.database, self.project_id, include_retired=True)
        rows = [
            (
                reason.name,
                label(reason.category),
                self.tr("yes") if reason.counts_as_success else self.tr("no"),
                self.tr("in use") if reason.active else self.tr("retired"),
            )
            for reason in self.reasons
        ]
        self.view.setModel(
            TextRowsModel(
                rows,
                (self.tr("Reason"), self.tr("Counts as"), self.tr("Success"), self.tr("State")),
                self.view,
            )
        )

    def _selected(self) -> ExitReason | None:
        index = self.view.currentIndex()
        return self.reasons[index.row()] if index.isValid() else None

    def _run(self, dialog: ExitReasonDialog, reason: ExitReason | None) -> None:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                if reason is None or reason.id is None:
                    add_exit_reason(self.database, self.actor, self.project_id, dialog.value())
                else:
                    update_exit_reason(self.database, self.actor, reason.id, dialog.value())
            except ServiceError as error:
                QMessageBox.warning(dialog, dialog.windowTitle(), error.message)
                continue
            self.refresh()
            return

    def add(self) -> None:
        self._run(ExitReasonDialog(None, self), None)

    def edit(self) -> None:
        reason = self._selected()
        if reason is not None:
            self._run(ExitReasonDialog(reason, self), reason)

    def toggle_retired(self) -> None:
        reason = self._selected()
        if reason is None or reason.id is None:
            return
        try:
            retire_exit_reason(self.database, self.actor, reason.id, retired=reason.active)
        except ServiceError as error:
            self.errors.show(error)
            return
        self.refresh()


class SupportedOrganisationDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supported organisation"))
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        fill_combo(self.kind, SupportedOrganisationKind)
        self.day = DateField(self, date.today())
        self.remarks = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Supported on:"), self.day)
        form.addRow(self.tr("&Remarks:"), self.remarks)
        form.addRow(save_cancel_buttons(self, self.tr("&OK")))

    def value(self) -> SupportedOrganisationInput:
        return SupportedOrganisationInput(
            self.name.text(),
            self.kind.currentData(),
            self.day.required("supported_on", self.tr("Supported on")),
            self.remarks.text(),
        )


class SupportedOrganisationsTab(QWidget):
    """The register behind EECO18 and EECO19; saved at once."""

    def __init__(self, database: Database, actor: Actor, project: Project, parent: QWidget):
        super().__init__(parent)
        assert project.id is not None
        self.database = database
        self.actor = actor
        self.project_id = project.id
        hint = QLabel(
            self.tr(
                "Public administrations and small and medium-sized enterprises the project "
                "supported. The ESF report counts them by the date of support."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.view = read_only_table(
            self,
            single_selection=True,
            empty_text=self.tr("No organisations yet – add one with \u201cAdd organisation\u201d."),
        )
        self.view.setAccessibleName(self.tr("Supported organisations"))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add organisation"), self)
        self.remove_button = QPushButton(self.tr("Re&move entry"), self)
        can_edit = actor.can(Permission.SUPPORTED_ORGANISATIONS_MANAGE)
        for button, slot in ((self.add_button, self.add), (self.remove_button, self.remove)):
            button.setAutoDefault(False)
            button.setEnabled(can_edit)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.entries = supported_organisations(self.database, self.project_id)
        rows = [
            (show_date(entry.supported_on), entry.name, label(entry.kind), entry.remarks or "")
            for entry in self.entries
        ]
        self.view.setModel(
            TextRowsModel(
                rows,
                (self.tr("Supported on"), self.tr("Name"), self.tr("Kind"), self.tr("Remarks")),
                self.view,
            )
        )

    def add(self) -> None:
        dialog = SupportedOrganisationDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                add_supported_organisation(
                    self.database, self.actor, self.project_id, dialog.value()
                )
            except ServiceError as error:
                QMessageBox.warning(dialog, dialog.windowTitle(), error.message)
                continue
            self.refresh()
            return

    def remove(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        entry = self.entries[index.row()]
        answer = QMessageBox.question(
            self,
            self.tr("Remove entry"),
            self.tr("Remove {name} from the register?").format(name=entry.name),
        )
        if answer == QMessageBox.StandardButton.Yes and entry.id is not None:
            remove_supported_organisation(self.database, self.actor, entry.id)
            self.refresh()


class ProjectDialog(QDialog):
    """Add a project, or edit ``project``; read-only for roles that may not manage projects."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        project: Project | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.project = project
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Project {code}").format(code=project.code)
            if project
            else self.tr("New project")
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(project), self.tr("&General"))
        self.tabs.addTab(self._esf_tab(project), self.tr("ESF &Plus"))
        self.tabs.addTab(self._success_tab(project), self.tr("O&utcomes"))
        if project is not None:
            self.rates_tab = HourlyRatesTab(database, actor, project, self)
            self.tabs.addTab(self.rates_tab, self.tr("&Hour values"))
            self.register_tab = SupportedOrganisationsTab(database, actor, project, self)
            index = self.tabs.addTab(self.register_tab, self.tr("Supported &organisations"))
            self.tabs.setTabVisible(index, project.supports_organisations)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "code": self.code,
                "name": self.name,
                "programme": self.programme,
                "start": self.start,
                "end": self.end,
                "hourly_rate": self.flat_rate,
                "funder": self.funder,
                "retention_years": self.retention,
                "min_support_hours": self.min_support,
            },
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors.label)
        if actor.can(Permission.PROJECTS_MANAGE):
            layout.addWidget(save_cancel_buttons(self))
        else:
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            close.rejected.connect(self.reject)
            layout.addWidget(close)
            for widget in self._form_widgets():
                widget.setEnabled(False)
        self.guard = UnsavedChangesGuard(self)
        self.guard.watch(*self._form_widgets())
        self.resize(760, 560)

    # -- tabs --------------------------------------------------------------------------
    def _general_tab(self, project: Project | None) -> QWidget:
        tab = QWidget(self)
        self.code = QLineEdit(project.code if project else "", tab)
        self.code.setPlaceholderText(self.tr("e.g. WIR-2026"))
        self.name = QLineEdit(project.name if project else "", tab)
        self.programme = QLineEdit(project.programme if project else "", tab)
        self.funder = QLineEdit((project.funder or "") if project else "", tab)
        self.start = DateField(tab)
        self.end = DateField(tab)
        if project is not None:
            self.start.set_value(project.start_date)
            self.end.set_value(project.end_date)
        self.retention = QSpinBox(tab)
        self.retention.setRange(1, 30)
        self.retention.setSuffix(self.tr(" years"))
        self.retention.setValue(project.retention_years if project else 5)
        self.flat_rate = QLineEdit(_euro(project.hourly_rate_cents) if project else "", tab)
        self.flat_rate.setPlaceholderText(self.tr("empty: statutory minimum wage of each year"))
        form = QFormLayout(tab)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Funding progra&mme:"), self.programme)
        form.addRow(self.tr("&Funder:"), self.funder)
        form.addRow(self.tr("Sta&rt:"), self.start)
        form.addRow(self.tr("En&d:"), self.end)
        form.addRow(self.tr("&Keep personal data for:"), self.retention)
        form.addRow(self.tr("Value of a volunteer hour (€, &all years):"), self.flat_rate)
        return tab

    def _esf_tab(self, project: Project | None) -> QWidget:
        tab = QWidget(self)
        self.esf = QCheckBox(self.tr("The project reports participant data to ESF Plus"), tab)
        self.esf.setChecked(bool(project and project.esf))
        self.long_term_rule = QComboBox(tab)
        fill_combo(self.long_term_rule, LongTermUnemploymentRule)
        select_data(
            self.long_term_rule,
            project.long_term_rule if project else LongTermUnemploymentRule.SGB3,
        )
        self.min_support = QSpinBox(tab)
        self.min_support.setRange(0, 1000)
        self.min_support.setSpecialValueText(self.tr("no minimum"))
        self.min_support.setSuffix(self.tr(" hours"))
        self.min_support.setValue((project.min_support_hours or 0) if project else 0)
        self.supports_organisations = QCheckBox(
            self.tr("The project supports administrations or enterprises (EECO18, EECO19)"), tab
        )
        self.supports_organisations.setChecked(bool(project and project.supports_organisations))
        hint = QLabel(
            self.tr(
                "People who received less support than the minimum (hours of consultations "
                "booked to the project) stay counselling contacts and count in no ESF "
                "indicator. The entry and exit questionnaires are asked only in ESF projects."
            ),
            tab,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form = QFormLayout(tab)
        form.addRow("", self.esf)
        form.addRow(self.tr("&Long-term unemployed:"), self.long_term_rule)
        form.addRow(self.tr("&Minimum support for ESF participants:"), self.min_support)
        form.addRow("", self.supports_organisations)
        form.addRow(hint)
        self.esf.toggled.connect(self._esf_toggled)
        self._esf_toggled(self.esf.isChecked())
        return tab

    def _esf_toggled(self, esf: bool) -> None:
        self.long_term_rule.setEnabled(esf)
        self.min_support.setEnabled(esf)

    def _success_tab(self, project: Project | None) -> QWidget:
        tab = QWidget(self)
        statuses = (
            project_success_statuses(self.database, project.id)
            if project is not None and project.id is not None
            else list(DEFAULT_SUCCESS_STATUSES)
        )
        box = QGroupBox(self.tr("Situations after exit that count as success"), tab)
        box_layout = QVBoxLayout(box)
        self.success_boxes: dict[ExitStatus, QCheckBox] = {}
        for status in ExitStatus:
            if status == ExitStatus.UNKNOWN:
                continue
            check = QCheckBox(label(status), box)
            check.setChecked(status in statuses)
            self.success_boxes[status] = check
            box_layout.addWidget(check)
        self.qualification_success = QCheckBox(self.tr("a qualification gained"), box)
        self.qualification_success.setChecked(
            project.qualification_counts_as_success if project else True
        )
        box_layout.addWidget(self.qualification_success)
        layout = QVBoxLayout(tab)
        layout.addWidget(box)
        if project is not None:
            self.reasons = ExitReasonsBox(self.database, self.actor, project, tab)
            self.reasons.setEnabled(self.actor.can(Permission.PROJECTS_MANAGE))
            layout.addWidget(self.reasons, 1)
        else:
            later = QLabel(
                self.tr(
                    "The project starts with the usual exit reasons (finished, goal reached, "
                    "dropped out, moved away …). Rename, add or retire them after saving."
                ),
                tab,
            )
            later.setWordWrap(True)
            later.setObjectName("hint")
            layout.addWidget(later)
            layout.addStretch()
        return tab

    def _form_widgets(self) -> list[QWidget]:
        return [
            self.code,
            self.name,
            self.programme,
            self.funder,
            self.start,
            self.end,
            self.retention,
            self.flat_rate,
            self.esf,
            self.long_term_rule,
            self.min_support,
            self.supports_organisations,
            self.qualification_success,
            *self.success_boxes.values(),
        ]

    # -- saving ------------------------------------------------------------------------
    def value(self) -> ProjectInput:
        return ProjectInput(
            code=self.code.text(),
            name=self.name.text(),
            programme=self.programme.text(),
            start=self.start.canonical_text(),
            end=self.end.canonical_text(),
            esf=self.esf.isChecked(),
            hourly_rate=self.flat_rate.text(),
            funder=self.funder.text(),
            retention_years=self.retention.value(),
            long_term_rule=self.long_term_rule.currentData(),
            min_support_hours=str(self.min_support.value()) if self.min_support.value() else "",
            supports_organisations=self.supports_organisations.isChecked(),
            qualification_counts_as_success=self.qualification_success.isChecked(),
            success_statuses=tuple(s for s, box in self.success_boxes.items() if box.isChecked()),
        )

    def accept(self) -> None:
        try:
            if self.project is None or self.project.id is None:
                saved = add_project(self.database, self.actor, self.value())
            else:
                saved = update_project(self.database, self.actor, self.project.id, self.value())
        except ServiceError as error:
            self._show_tab_of(error)
            self.errors.show(error)
            return
        self.saved_id = saved.id
        super().accept()

    def _show_tab_of(self, error: ServiceError) -> None:
        widget = self.errors.fields.get(getattr(error, "field", ""))
        if widget is None:
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)

    def reject(self) -> None:
        if self.guard.may_discard():
            super().reject()
