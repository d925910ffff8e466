"""The case file window: everything about one person, in tabs, with the day's actions."""

import html
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogues import country_name, language_name
from app.domain.enums import CaseStatus, ConsentKind
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.case_file import CaseFile, EnrollmentView, read_case_file
from app.services.enrollments import record_consent, reopen_case
from app.services.errors import ServiceError
from app.services.followups import complete_follow_up
from app.storage.database import Database
from app.ui.dialogs.case_form import CaseFormDialog
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.dialogs.enrollment import (
    CloseCaseDialog,
    EnrollmentDialog,
    ExitDialog,
    SixMonthDialog,
)
from app.ui.formatting import show_age, show_date, show_language
from app.ui.icons import icon
from app.ui.labels import fill_combo, label
from app.ui.models.base import TextRowsModel
from app.ui.widgets import date_field, read_only_table


def _table(parent: QWidget) -> QTableView:
    view = read_only_table(parent, single_selection=True)
    return view


class CaseFileWindow(QWidget):
    """One case; emits ``changed`` after anything was saved so lists can refresh."""

    changed = Signal()
    closed = Signal(int)

    def __init__(
        self, database: Database, actor: Actor, participant_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self.actor = actor
        self.participant_id = participant_id
        self.case: CaseFile | None = None
        self.setWindowIcon(icon("cases"))
        self.resize(980, 720)
        can_write = actor.can(Permission.CASES_WRITE)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("pageTitle")
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("pageSubtitle")
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.consultation_button = QPushButton(self.tr("New &consultation"), self)
        self.consultation_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.enroll_button = QPushButton(self.tr("&Enroll in project"), self)
        self.close_button = QPushButton(self.tr("Close c&ase"), self)
        self.reopen_button = QPushButton(self.tr("&Reopen"), self)
        for button in (self.edit_button, self.enroll_button, self.close_button, self.reopen_button):
            button.setEnabled(can_write)
        self.consultation_button.setEnabled(actor.can(Permission.CONSULTATIONS_WRITE))
        self.edit_button.clicked.connect(self.edit)
        self.consultation_button.clicked.connect(self.new_consultation)
        self.enroll_button.clicked.connect(self.enroll)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.activated.connect(self.new_consultation)

        self.art13_banner = QLabel(self)
        self.art13_banner.setObjectName("warningBanner")
        self.art13_banner.setWordWrap(True)
        self.art13_button = QPushButton(self.tr("Notice handed over today"), self)
        self.art13_button.clicked.connect(self.record_art13_today)
        self.art13_button.setEnabled(can_write)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.art13_banner, 1)
        banner_row.addWidget(self.art13_button)

        self.tabs = QTabWidget(self)
        self.person_form = QFormLayout()
        person = QWidget(self)
        person.setLayout(self.person_form)
        self.tabs.addTab(person, icon("cases"), self.tr("Person"))

        projects = QWidget(self)
        self.projects_view = _table(projects)
        self.entry_button = QPushButton(self.tr("Entry &questionnaire"), projects)
        self.exit_button = QPushButton(self.tr("Record e&xit"), projects)
        self.six_month_button = QPushButton(self.tr("&6-month answers"), projects)
        for button in (self.entry_button, self.exit_button, self.six_month_button):
            button.setEnabled(can_write)
        self.entry_button.clicked.connect(self.edit_entry)
        self.exit_button.clicked.connect(self.record_exit)
        self.six_month_button.clicked.connect(self.record_six_month)
        project_buttons = QHBoxLayout()
        project_buttons.addWidget(self.entry_button)
        project_buttons.addWidget(self.exit_button)
        project_buttons.addWidget(self.six_month_button)
        project_buttons.addStretch()
        project_layout = QVBoxLayout(projects)
        project_layout.addWidget(self.projects_view)
        project_layout.addLayout(project_buttons)
        self.tabs.addTab(projects, icon("reports"), self.tr("Projects"))

        self.timeline = QTextBrowser(self)
        self.timeline.setOpenLinks(False)
        self.tabs.addTab(self.timeline, icon("consultations"), self.tr("Consultations"))
        reads_consultations = actor.can(Permission.CONSULTATIONS_READ)
        self.tabs.setTabVisible(self.tabs.indexOf(self.timeline), reads_consultations)

        follow_ups = QWidget(self)
        self.follow_ups_view = _table(follow_ups)
        self.done_button = QPushButton(self.tr("Mark as &done"), follow_ups)
        self.done_button.setEnabled(actor.can(Permission.FOLLOWUPS_MANAGE))
        self.done_button.clicked.connect(self.complete_follow_up)
        follow_layout = QVBoxLayout(follow_ups)
        follow_layout.addWidget(self.follow_ups_view)
        follow_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(follow_ups, icon("overview"), self.tr("Follow-ups"))
        self.tabs.setTabVisible(self.tabs.indexOf(follow_ups), reads_consultations)

        consents = QWidget(self)
        self.consents_view = _table(consents)
        self.consent_kind = QComboBox(consents)
        fill_combo(self.consent_kind, ConsentKind)
        self.consent_date = date_field(consents)
        self.consent_button = QPushButton(self.tr("&Record"), consents)
        self.consent_button.setEnabled(can_write)
        self.consent_button.clicked.connect(self.record_consent)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_kind, 1)
        consent_row.addWidget(self.consent_date)
        consent_row.addWidget(self.consent_button)
        consent_layout = QVBoxLayout(consents)
        consent_layout.addWidget(self.consents_view)
        consent_layout.addLayout(consent_row)
        self.tabs.addTab(consents, icon("info"), self.tr("Consents"))

        self.tandem_view = _table(self)
        self.tabs.addTab(self.tandem_view, icon("volunteers"), self.tr("Tandem"))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.facts_label)
        header.addLayout(titles, 1)
        for button in (
            self.edit_button,
            self.consultation_button,
            self.enroll_button,
            self.close_button,
            self.reopen_button,
        ):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(header)
        layout.addLayout(banner_row)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # -- showing -------------------------------------------------------------------
    def reload(self) -> None:
        case = read_case_file(self.database, self.actor, self.participant_id)
        self.case = case
        p = case.participant
        self.setWindowTitle(
            self.tr("Case {case} – {name}").format(
                case=p.case_number, name=f"{p.first_name} {p.last_name}"
            )
        )
        self.name_label.setText(f"{p.first_name} {p.last_name}")
        facts = [p.case_number, label(p.status)]
        if p.birth_date:
            facts.append(self.tr("{age} years").format(age=show_age(p.birth_date)))
        if case.advisor:
            facts.append(self.tr("Advisor: {name}").format(name=case.advisor))
        self.facts_label.setText(" · ".join(facts))
        closed = p.status == CaseStatus.CLOSED
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.art13_banner.setText(
            self.tr("The Art. 13 GDPR information notice has not been recorded as handed over.")
        )
        self.art13_banner.setVisible(case.art13_notice_missing)
        self.art13_button.setVisible(case.art13_notice_missing)
        self._show_person(case)
        self._show_projects(case)
        self._show_timeline(case)
        self._show_follow_ups(case)
        self._show_consents(case)
        self.tandem_view.setModel(
            TextRowsModel(
                [
                    (
                        m.volunteer,
                        show_date(m.start_date),
                        show_date(m.end_date),
                        label(m.status),
                        f"{m.minutes_given / 60:.2f}".replace(".", ","),
                    )
                    for m in case.mentorships
                ],
                (
                    self.tr("Volunteer"),
                    self.tr("Start"),
                    self.tr("End"),
                    self.tr("Status"),
                    self.tr("Hours given"),
                ),
                self.tandem_view,
                frozenset({4}),
            )
        )

    def _show_person(self, case: CaseFile) -> None:
        while self.person_form.rowCount():
            self.person_form.removeRow(0)
        p = case.participant

        def add(caption: str, value: str | None) -> None:
            text = QLabel(value or "—", self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            self.person_form.addRow(caption, text)

        def code(value: object) -> str | None:
            return label(value) if value is not None else None  # type: ignore[arg-type]

        add(self.tr("Gender:"), label(p.gender))
        add(self.tr("Date of birth:"), show_date(p.birth_date))
        add(
            self.tr("Address:"),
            ", ".join(x for x in (p.street, f"{p.postcode or ''} {p.city or ''}".strip()) if x),
        )
        add(self.tr("Phone / e-mail:"), " · ".join(x for x in (p.phone, p.email) if x))
        add(self.tr("Nationalities:"), ", ".join(country_name(c) for c in case.nationalities))
        add(self.tr("Languages:"), ", ".join(language_name(c) for c in case.languages))
        add(
            self.tr("Country of birth:"), country_name(p.birth_country) if p.birth_country else None
        )
        if case.can_read_sensitive:
            add(self.tr("Residence status:"), code(p.residence_status))
        add(self.tr("Year of arrival:"), str(p.arrival_year) if p.arrival_year else None)
        add(
            self.tr("School qualification:"),
            self._with_country(code(p.school_qualification), p.school_qualification_country),
        )
        add(
            self.tr("Vocational qualification:"),
            self._with_country(
                code(p.vocational_qualification), p.vocational_qualification_country
            ),
        )
        add(self.tr("Reference occupation:"), p.reference_occupation)
        add(self.tr("Recognition status:"), code(p.recognition_status))
        add(self.tr("Found us via:"), code(p.referral_source))
        if case.can_read_sensitive:
            add(self.tr("Remarks:"), p.remarks)

    def _with_country(self, value: str | None, country: str | None) -> str | None:
        if value and country:
            return self.tr("{value} (obtained in {country})").format(
                value=value, country=country_name(country)
            )
        return value

    def _show_projects(self, case: CaseFile) -> None:
        today = date.today()
        rows = []
        for view in case.enrollments:
            e = view.enrollment
            open_questions = len(view.missing_answers)
            if not view.esf:
                entry_state = self.tr("not an ESF project")
            elif view.entry_overdue(today):
                entry_state = self.tr(
                    "%n question(s) not asked, overdue since {date}", "", open_questions
                ).format(date=show_date(view.entry_due))
            elif view.entry_missing():
                entry_state = self.tr(
                    "%n question(s) not asked, due by {date}", "", open_questions
                ).format(date=show_date(view.entry_due))
            else:
                entry_state = self.tr("recorded on {date}").format(
                    date=show_date(e.entry_recorded_on)
                )
            exit_text = show_date(e.exit_date)
            if view.exit_overdue(today):
                exit_text += " " + self.tr("(exit data overdue)")
            rows.append(
                (
                    view.project_code,
                    show_date(e.entry_date),
                    entry_state,
                    exit_text,
                    view.exit_reason or "",
                    label(e.exit_status) if e.exit_status else "",
                    show_date(view.six_month_due) if e.exit_date else "",
                )
            )
        self.projects_view.setModel(
            TextRowsModel(
                rows,
                (
                    self.tr("Project"),
                    self.tr("Entry"),
                    self.tr("ESF entry data"),
                    self.tr("Exit"),
                    self.tr("Exit reason"),
                    self.tr("Status after exit"),
                    self.tr("6-month follow-up"),
                ),
                self.projects_view,
            )
        )
        self.projects_view.selectionModel().currentRowChanged.connect(self._project_selected)
        self._project_selected()

    def _project_selected(self) -> None:
        """The ESF questionnaires belong to ESF projects only."""
        view = self._selected_enrollment()
        can_write = self.actor.can(Permission.CASES_WRITE)
        esf = view is not None and view.esf
        self.entry_button.setEnabled(can_write and esf)
        self.exit_button.setEnabled(can_write and view is not None)
        self.six_month_button.setEnabled(
            can_write and esf and view is not None and view.enrollment.exit_date is not None
        )

    def _show_timeline(self, case: CaseFile) -> None:
        if not case.consultations:
            empty = html.escape(self.tr("No consultations yet."))
            self.timeline.setHtml(f"<p><i>{empty}</i></p>")
            return
        parts = []
        for c in case.consultations:
            when = show_date(c.date) + (f" {c.start_time:%H:%M}" if c.start_time else "")
            facts = [
                label(c.kind),
                label(c.format),
                self.tr("{n} min").format(n=c.duration_minutes),
            ]
            if c.language_code:
                language = show_language(c.language_code)
                facts.append(
                    self.tr("{language}, with interpreter").format(language=language)
                    if c.interpreter
                    else language
                )
            if c.advisor:
                facts.append(c.advisor)
            if c.project_code:
                facts.append(c.project_code)
            block = [
                f"<h4 style='margin-bottom:2px'>{html.escape(when)}</h4>",
                f"<div style='color:#555'>{html.escape(' · '.join(facts))}</div>",
            ]
            if c.topics:
                topics_caption = html.escape(self.tr("Topics:"))
                block.append(
                    f"<div><b>{topics_caption}</b> {html.escape(', '.join(c.topics))}</div>"
                )
            if c.note:
                note = html.escape(c.note).replace("\n", "<br/>")
                block.append(f"<p style='margin-top:4px'>{note}</p>")
            parts.append("".join(block))
        self.timeline.setHtml("<hr/>".join(parts))

    def _show_follow_ups(self, case: CaseFile) -> None:
        self._follow_up_ids = [f.id for f in case.follow_ups]
        rows = [
            (
                show_date(f.due_date),
                f.subject,
                f.assignee or "",
                self.tr("done") if f.done else self.tr("open"),
            )
            for f in case.follow_ups
        ]
        self.follow_ups_view.setModel(
            TextRowsModel(
                rows,
                (self.tr("Due"), self.tr("Subject"), self.tr("Assigned to"), self.tr("Status")),
                self.follow_ups_view,
            )
        )

    def _show_consents(self, case: CaseFile) -> None:
        rows = [
            (label(c.kind), show_date(c.given_on), c.version or "", show_date(c.withdrawn_on))
            for c in case.consents
        ]
        self.consents_view.setModel(
            TextRowsModel(
                rows,
                (self.tr("Kind"), self.tr("Given on"), self.tr("Version"), self.tr("Withdrawn on")),
                self.consents_view,
            )
        )

    # -- actions -------------------------------------------------------------------
    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _selected_enrollment(self) -> EnrollmentView | None:
        assert self.case is not None
        index = self.projects_view.currentIndex()
        if index.isValid():
            return self.case.enrollments[index.row()]
        return self.case.enrollments[0] if len(self.case.enrollments) == 1 else None

    def edit(self) -> None:
        assert self.case is not None
        dialog = CaseFormDialog(
            self.database,
            self.actor,
            self.case.participant,
            self.case.nationalities,
            self.case.languages,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def new_consultation(self, draft: dict[str, object] | None = None) -> None:
        if not self.actor.can(Permission.CONSULTATIONS_WRITE) or self.case is None:
            return
        p = self.case.participant
        dialog = ConsultationDialog(
            self.database,
            self.actor,
            self.participant_id,
            self.tr("Consultation – {name} ({case})").format(
                name=f"{p.first_name} {p.last_name}", case=p.case_number
            ),
            languages=self.case.languages,
            project_ids=[
                v.enrollment.project_id
                for v in self.case.enrollments
                if v.enrollment.exit_date is None
            ],
            draft=draft if isinstance(draft, dict) else None,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentIndex(2)
            self._after_change()

    def enroll(self) -> None:
        assert self.case is not None
        dialog = EnrollmentDialog(
            self.database,
            self.actor,
            self.participant_id,
            sensitive=self.case.can_read_sensitive,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentIndex(1)
            self._after_change()

    def edit_entry(self) -> None:
        view = self._selected_enrollment()
        if view is None or self.case is None:
            return
        dialog = EnrollmentDialog(
            self.database, self.actor, self.participant_id, view, self.case.can_read_sensitive, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def record_exit(self) -> None:
        view = self._selected_enrollment()
        if view is None:
            return
        if ExitDialog(self.database, self.actor, view, self).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def record_six_month(self) -> None:
        view = self._selected_enrollment()
        if view is None or view.enrollment.exit_date is None:
            return
        dialog = SixMonthDialog(self.database, self.actor, view, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def close_case(self) -> None:
        assert self.case is not None
        still_open = [v for v in self.case.enrollments if v.enrollment.exit_date is None]
        dialog = CloseCaseDialog(self.database, self.actor, self.participant_id, still_open, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen case"), self.tr("Why is the case reopened?")
        )
        if not ok:
            return
        try:
            reopen_case(self.database, self.actor, self.participant_id, reason)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Reopen case"), error.message)
            return
        self._after_change()

    def complete_follow_up(self) -> None:
        index = self.follow_ups_view.currentIndex()
        if not index.isValid():
            return
        complete_follow_up(self.database, self.actor, self._follow_up_ids[index.row()])
        self._after_change()

    def record_art13_today(self) -> None:
        record_consent(
            self.database, self.actor, self.participant_id, ConsentKind.ART13_NOTICE, date.today()
        )
        self._after_change()

    def record_consent(self) -> None:
        record_consent(
            self.database,
            self.actor,
            self.participant_id,
            self.consent_kind.currentData(),
            self.consent_date.date().toPython(),
        )
        self._after_change()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(980, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.changed.emit()
        super().closeEvent(event)
        self.closed.emit(self.participant_id)
