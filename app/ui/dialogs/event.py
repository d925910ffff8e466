"""Recording an event: what, when, how many came, and which volunteers helped."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import EventKind
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database
from app.services.errors import ServiceError
from app.services.events import (
    EventInput,
    event_topic_choices,
    partner_organisations,
    save_event,
)
from app.services.projects import list_projects
from app.ui.completers import language_completer
from app.ui.forms import DateField, FieldErrors, save_cancel_buttons
from app.ui.labels import question_combo
from app.ui.widgets import CheckList

MAX_ATTENDEES = 10_000
NOT_COUNTED = -1  # the spin box's "not counted"


def _count(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, MAX_ATTENDEES)
    return box


class EventDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        volunteers: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.volunteers = volunteers
        self.saved = False
        self.setWindowTitle(self.tr("New event"))
        self.kind = question_combo(self, EventKind)  # counted by kind: chosen, not assumed
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Information evening on vocational training"))
        self.day = DateField(self, date.today())
        self.project = QComboBox(self)
        self.project.addItem("—", None)
        for project in list_projects(database, actor):
            self.project.addItem(f"{project.code} – {project.name}", project.id)
        self.location = QLineEdit(self)
        self.total = _count(self)
        self.by_gender = QCheckBox(self.tr("counted by gender"), self)
        self.female, self.male, self.diverse = _count(self), _count(self), _count(self)
        gender_row = QHBoxLayout()
        for caption, box in (
            (self.tr("women"), self.female),
            (self.tr("men"), self.male),
            (self.tr("diverse"), self.diverse),
        ):
            gender_row.addWidget(box)
            gender_row.addWidget(QLabel(caption, self))
        gender_row.addStretch()
        self.by_gender.toggled.connect(self._follow_gender)
        self.partner = QLineEdit(self)
        self.partner.setPlaceholderText(self.tr("e.g. a community association, the Jobcenter"))
        known = QCompleter(partner_organisations(database, actor), self.partner)
        known.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        known.setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner.setCompleter(known)
        self.reached = QSpinBox(self)
        self.reached.setRange(NOT_COUNTED, MAX_ATTENDEES)
        self.reached.setSpecialValueText(self.tr("not counted"))
        self.reached.setValue(NOT_COUNTED)
        self.reached.setToolTip(
            self.tr(
                "People who did not come but were reached through the event, e.g. through "
                "the community's messenger groups or flyers passed on"
            )
        )
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. Arabisch; Deutsch"))
        language_completer(self.languages, multiple=True)
        self.topics = CheckList(event_topic_choices(database, actor), self)
        self.topics.setMaximumHeight(110)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.remarks = QLineEdit(self)
        self.helper_grid = QGridLayout()
        self.helpers: list[tuple[QComboBox, QLineEdit]] = []
        add_helper = QPushButton(self.tr("Add &helper"), self)
        add_helper.setAutoDefault(False)
        add_helper.clicked.connect(self.add_helper_row)
        add_helper.setEnabled(bool(volunteers) and actor.can(Permission.HOURS_ENTER_ANY))
        total_row = QHBoxLayout()
        total_row.addWidget(self.total)
        total_row.addWidget(self.by_gender)
        total_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&Location:"), self.location)
        attendees_label = QLabel(self.tr("&Attendees:"), self)
        attendees_label.setBuddy(self.total)  # a row holding a layout gets no buddy by itself
        form.addRow(attendees_label, total_row)
        form.addRow("", gender_row)
        form.addRow(self.tr("Further people r&eached:"), self.reached)
        form.addRow(self.tr("Partner &organisation:"), self.partner)
        form.addRow(self.tr("La&nguages:"), self.languages)
        form.addRow(self.tr("Top&ics:"), self.topics)
        form.addRow(self.tr("&Remarks:"), self.remarks)
        form.addRow(self.tr("Volunteers who helped:"), self.helper_grid)
        form.addRow("", add_helper)
        self.errors = FieldErrors(
            QLabel(self),
            {
                "kind": self.kind,
                "title": self.title,
                "date": self.day,
                "attendees_total": self.total,
                "people_reached": self.reached,
                "partner_organisation": self.partner,
                "languages": self.languages,
                "topics": self.topics,
            },
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label)
        layout.addWidget(save_cancel_buttons(self))
        self._follow_gender()
        self.resize(560, self.sizeHint().height())
        self.title.setFocus()

    def _follow_gender(self) -> None:
        for box in (self.female, self.male, self.diverse):
            box.setEnabled(self.by_gender.isChecked())

    def add_helper_row(self) -> tuple[QComboBox, QLineEdit]:
        volunteer = QComboBox(self)
        for volunteer_id, name in self.volunteers:
            volunteer.addItem(name, volunteer_id)
        hours = QLineEdit(self)
        hours.setPlaceholderText(self.tr("hours, e.g. 2,5"))
        row = len(self.helpers)
        self.helper_grid.addWidget(volunteer, row, 0)
        self.helper_grid.addWidget(hours, row, 1)
        self.helpers.append((volunteer, hours))
        self.errors.add_field("helpers", hours)
        volunteer.setFocus()
        return volunteer, hours

    def accept(self) -> None:
        counted = self.by_gender.isChecked()
        helpers = tuple(
            (volunteer.currentData(), hours.text())
            for volunteer, hours in self.helpers
            if hours.text().strip()
        )
        try:
            day = self.day.required("date", self.tr("Date"))
        except ServiceError as error:
            self.errors.show(error)
            return
        data = EventInput(
            kind=self.kind.currentData(),
            title=self.title.text(),
            date=day,
            attendees_total=self.total.value(),
            attendees_female=self.female.value() if counted else None,
            attendees_male=self.male.value() if counted else None,
            attendees_diverse=self.diverse.value() if counted else None,
            project_id=self.project.currentData(),
            location=self.location.text(),
            remarks=self.remarks.text(),
            helpers=helpers,
            partner_organisation=self.partner.text(),
            people_reached=None if self.reached.value() == NOT_COUNTED else self.reached.value(),
            languages=tuple(p.strip() for p in self.languages.text().split(";") if p.strip()),
            topic_ids=tuple(self.topics.checked_ids()),
        )
        try:
            save_event(self.database, self.actor, data)
        except ServiceError as error:
            self.errors.show(error)
            return
        self.saved = True
        super().accept()
