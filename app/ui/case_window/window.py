"""The case file window: everything about one person, in tabs, with the day's actions.

Each tab is its own widget (with its own table model where it shows a table), given the
case file read once per reload and filling itself from it when it is shown; a tab that
changes something emits ``changed`` and the window reloads and tells the main window.
Esc and Ctrl+W close the window.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus, ConsentKind
from app.domain.permissions import Permission
from app.services.access_request import write_access_export
from app.services.actor import Actor
from app.services.case_file import CaseFile, read_case_file
from app.services.consents import record_consent
from app.services.database import Database
from app.services.enrollments import reopen_case
from app.services.errors import ServiceError
from app.services.notices import first_contact_versions
from app.services.preferences import window_state_file
from app.ui.case_window.consultations_tab import ConsultationsTab
from app.ui.case_window.courses_tab import CoursesTab
from app.ui.case_window.documents_tab import DocumentsTab
from app.ui.case_window.lists_tabs import ConsentsTab, FollowUpsTab, TandemTab
from app.ui.case_window.merge import MergeDialog
from app.ui.case_window.person_tab import PersonTab
from app.ui.case_window.projects_tab import ProjectsTab
from app.ui.case_window.recognition_tab import PlacementsTab, RecognitionTab
from app.ui.dialogs.appointment import AppointmentDialog
from app.ui.dialogs.case_form import CaseFormDialog
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.dialogs.enrollment import CloseCaseDialog
from app.ui.dialogs.erasure import ErasureDialog
from app.ui.formatting import show_age
from app.ui.icons import icon
from app.ui.labels import label
from app.ui.tasks import Task
from app.ui.window_state import WindowState


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
        self.window_state = WindowState(window_state_file(database.location))
        self.window_state.restore(self, "case", QSize(980, 680))
        can_write = actor.can(Permission.CASES_WRITE)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("pageTitle")
        # A long name may be cut at the window's edge; it never makes the window wider.
        self.name_label.setMinimumWidth(1)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("pageSubtitle")
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.consultation_button = QPushButton(self.tr("New c&onsultation"), self)
        self.consultation_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.close_button = QPushButton(self.tr("Close c&ase"), self)
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        # What is done rarely waits in a menu: the header stays narrow enough for a
        # case window beside the main window on a laptop.
        more = QMenu(self)
        self.merge_action = more.addAction(self.tr("&Merge …"))
        self.merge_action.setToolTip(self.tr("Merge a second case file of the same person"))
        self.merge_action.setEnabled(can_write)
        self.merge_action.triggered.connect(self.merge)
        self.appointment_action = more.addAction(self.tr("Make a&ppointment …"))
        self.appointment_action.setToolTip(
            self.tr("Book an appointment with this person (and print the letter)")
        )
        self.appointment_action.setEnabled(actor.can(Permission.CONSULTATIONS_WRITE))
        self.appointment_action.triggered.connect(self.new_appointment)
        self.access_action = more.addAction(self.tr("Right of access (Art. &15) …"))
        self.access_action.setToolTip(
            self.tr("Everything Lotse holds about this person, as PDF and JSON (Art. 15 GDPR)")
        )
        self.access_action.setEnabled(actor.can(Permission.EXPORT_ALL))
        self.access_action.triggered.connect(self.access_export)
        # Erasure on request (Art. 17 GDPR): administrators.
        self.erase_action = more.addAction(self.tr("De&lete …"))
        self.erase_action.setToolTip(self.tr("Erase the person's data on request (Art. 17 GDPR)"))
        self.erase_action.setVisible(actor.can(Permission.PRIVACY_MANAGE))
        self.erase_action.triggered.connect(self.erase)
        more.setToolTipsVisible(True)
        self.more_button = QPushButton(self.tr("&More actions"), self)
        self.more_button.setMenu(more)
        self.access_task: Task | None = None
        for button in (self.edit_button, self.close_button, self.reopen_button):
            button.setEnabled(can_write)
        self.consultation_button.setEnabled(actor.can(Permission.CONSULTATIONS_WRITE))
        self.edit_button.clicked.connect(self.edit)
        self.consultation_button.clicked.connect(self.new_consultation)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen)
        for sequence, slot in (
            ("Ctrl+Shift+N", self.new_consultation),
            ("Ctrl+W", self.close),
            ("Esc", self.close),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)

        self.art13_banner = QLabel(self)
        self.art13_banner.setObjectName("warningBanner")
        self.art13_banner.setWordWrap(True)
        self.art13_button = QPushButton(self.tr("Notice handed over &today"), self)
        self.art13_button.clicked.connect(self.record_art13_today)
        self.art13_button.setEnabled(can_write)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.art13_banner, 1)
        banner_row.addWidget(self.art13_button)

        self.tabs = QTabWidget(self)
        self.person = PersonTab(self)
        self.projects = ProjectsTab(database, actor, participant_id, self)
        self.consultations = ConsultationsTab(database, actor, self)
        self.follow_ups = FollowUpsTab(database, actor, participant_id, self)
        self.consents = ConsentsTab(database, actor, participant_id, self)
        self.tandems = TandemTab(database, actor, self)
        self.documents = DocumentsTab(database, actor, participant_id, self)
        self.recognition = RecognitionTab(database, actor, participant_id, self)
        self.placements = PlacementsTab(database, actor, participant_id, self)
        self.courses = CoursesTab(self)
        reads_consultations = actor.can(Permission.CONSULTATIONS_READ)
        for tab, icon_name, title, visible in (
            (self.person, "cases", self.tr("Person"), True),
            (self.projects, "reports", self.tr("Projects"), True),
            (self.consultations, "consultations", self.tr("Consultations"), reads_consultations),
            (self.follow_ups, "overview", self.tr("Follow-ups"), reads_consultations),
            (self.recognition, "info", self.tr("Recognition"), True),
            (self.placements, "reports", self.tr("Placements"), True),
            (self.consents, "info", self.tr("Consents"), True),
            (self.tandems, "volunteers", self.tr("Tandem"), True),
            (self.documents, "reports", self.tr("Documents"), True),
            (self.courses, "calendar", self.tr("Courses"), True),
        ):
            index = self.tabs.addTab(tab, icon(icon_name), title)
            self.tabs.setTabVisible(index, visible)
        for tab in (
            self.projects,
            self.consultations,
            self.follow_ups,
            self.consents,
            self.tandems,
            self.recognition,
            self.placements,
        ):
            tab.changed.connect(self._after_change)
        self.projects.placement_requested.connect(self.offer_placement)
        self.consultations.new_requested.connect(self.new_consultation)
        self.consultations.edit_requested.connect(self.edit_consultation)
        self.consultations.appointment_requested.connect(self.new_appointment)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.facts_label)
        header.addLayout(titles, 1)
        for button in (
            self.edit_button,
            self.consultation_button,
            self.close_button,
            self.reopen_button,
            self.more_button,
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
        anonymised = p.status == CaseStatus.ANONYMISED
        self.close_button.setVisible(not closed and not anonymised)
        self.reopen_button.setVisible(closed)
        # An anonymised case is kept for the statistics only: nothing is added to it.
        for button in (self.edit_button, self.consultation_button):
            button.setVisible(not anonymised)
        self.merge_action.setVisible(not anonymised)
        self.art13_banner.setText(
            self.tr("The Art. 13 GDPR information notice has not been recorded as handed over.")
        )
        self.art13_banner.setVisible(case.art13_notice_missing and not anonymised)
        self.art13_button.setVisible(case.art13_notice_missing and not anonymised)
        for tab in (
            self.person,
            self.projects,
            self.consultations,
            self.follow_ups,
            self.consents,
            self.tandems,
            self.documents,
            self.recognition,
            self.placements,
            self.courses,
        ):
            tab.set_case(case)

    # -- actions -------------------------------------------------------------------
    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

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

    def _consultation_title(self) -> str:
        assert self.case is not None
        p = self.case.participant
        return self.tr("Consultation – {name} ({case})").format(
            name=f"{p.first_name} {p.last_name}", case=p.case_number
        )

    def new_consultation(self, draft: dict[str, object] | None = None) -> None:
        if not self.actor.can(Permission.CONSULTATIONS_WRITE) or self.case is None:
            return
        if self.case.participant.status == CaseStatus.ANONYMISED:
            return
        dialog = ConsultationDialog(
            self.database,
            self.actor,
            self.participant_id,
            self._consultation_title(),
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
            self.tabs.setCurrentWidget(self.consultations)
            self._after_change()

    def new_appointment(self) -> None:
        if self.case is None or self.case.participant.status == CaseStatus.ANONYMISED:
            return
        p = self.case.participant
        case = (self.participant_id, f"{p.first_name} {p.last_name} ({p.case_number})")
        dialog = AppointmentDialog(self.database, self.actor, case=case, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentWidget(self.consultations)
            self._after_change()

    def edit_consultation(self, consultation_id: int) -> None:
        if self.case is None:
            return
        try:
            dialog = ConsultationDialog(
                self.database,
                self.actor,
                self.participant_id,
                self._consultation_title(),
                languages=self.case.languages,
                existing=consultation_id,
                parent=self,
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Edit consultation"), error.message)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def offer_placement(self, enrollment_id: int) -> None:
        """After an exit into work: record the placement now, linked to that exit."""
        answer = QMessageBox.question(
            self,
            self.tr("Placement"),
            self.tr(
                "The person took up work. Record the placement now (employer, sector, "
                "start, contract)?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.tabs.setCurrentWidget(self.placements)
            self.placements.new_linked(enrollment_id)

    def merge(self) -> None:
        assert self.case is not None
        if MergeDialog(self.database, self.actor, self.case, self).exec() == (
            QDialog.DialogCode.Accepted
        ):
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

    def erase(self) -> None:
        assert self.case is not None
        try:
            dialog = ErasureDialog(
                self.database,
                self.actor,
                self.participant_id,
                self.case.participant.case_number,
                self,
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Delete case"), error.message)
            return
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.erased is not None:
            self.changed.emit()
            self.close()
        elif dialog.restricted:
            self._after_change()

    def record_art13_today(self) -> None:
        try:
            version, _ = first_contact_versions(self.database, self.actor, self.participant_id)
            record_consent(
                self.database, self.actor, self.participant_id, ConsentKind.ART13_NOTICE,
                date.today(), version,
            )  # fmt: skip
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Consents"), error.message)
            return
        self._after_change()

    def access_export(self) -> None:
        """Right of access (Art. 15): the PDF and JSON of everything about the person."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the access files – they are not encrypted"), QDir.homePath()
        )
        if not folder:
            return
        database, actor, participant_id = self.database, self.actor, self.participant_id

        def work(_progress: object) -> list[Path]:
            return write_access_export(database, actor, participant_id, Path(folder))

        self.access_task = Task(self.tr("Collecting everything about the person …"), work, self)
        self.access_task.finished.connect(self._access_written)
        self.access_task.problem.connect(self._access_failed)
        self.access_task.start()

    def _access_written(self, paths: object) -> None:
        assert isinstance(paths, list)
        QMessageBox.information(
            self,
            self.tr("Right of access"),
            self.tr(
                "Written: {files}. The files are not encrypted: hand them to the person and "
                "delete them afterwards."
            ).format(files=", ".join(str(p) for p in paths)),
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))

    def _access_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Right of access"), message)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(980, 680)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.window_state.save(self, "case")
        self.changed.emit()
        super().closeEvent(event)
        self.closed.emit(self.participant_id)
