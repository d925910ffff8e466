"""The main window: navigation sidebar, one page per section, database in the status bar."""

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.domain.enums import Role
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.database import Database, migration_notices
from app.services.drafts import discard_consultation_draft, pending_drafts
from app.services.errors import ServiceError
from app.services.preferences import window_state_file
from app.ui.about import show_about
from app.ui.backup_actions import BackupActions
from app.ui.case_window import CaseFileWindow
from app.ui.dialogs.case_form import CaseFormDialog
from app.ui.dialogs.consultation import ConsultationDialog
from app.ui.dialogs.first_contact import FirstContactDialog
from app.ui.dialogs.users import ChangePasswordDialog
from app.ui.formatting import show_database, show_date, show_path
from app.ui.help import SECTION_TOPICS, show_manual
from app.ui.icons import icon
from app.ui.labels import label
from app.ui.pages.appointments import AppointmentsPage
from app.ui.pages.cases import CasesPage
from app.ui.pages.consultations import ConsultationsPage
from app.ui.pages.courses import CoursesPage
from app.ui.pages.overview import OverviewPage
from app.ui.pages.reports import ReportsPage
from app.ui.pages.settings import SettingsPage
from app.ui.pages.volunteer_start import VolunteerStartPage
from app.ui.pages.volunteers import VolunteersPage
from app.ui.tasks import Task
from app.ui.window_state import WindowState


@dataclass(frozen=True)
class Section:
    key: str
    icon: str
    title: str


def section_allowed(key: str, actor: Actor) -> bool:
    """Whether the sidebar offers a section to the actor's role."""
    if key == "cases":
        return actor.can(Permission.CASES_READ)
    if key == "consultations":
        return actor.can(Permission.CONSULTATIONS_READ)
    if key == "appointments":  # an appointment names a case file or a person
        return actor.can(Permission.CASES_READ)
    if key == "courses":  # who takes part and attends is case data
        return actor.can(Permission.CASES_READ)
    if key == "volunteers":
        return actor.can(Permission.VOLUNTEERS_READ) or actor.can(Permission.HOURS_ENTER_OWN)
    if key == "reports":
        return actor.can(Permission.REPORTS_READ)
    if key == "settings":  # a volunteer's login has nothing to set up or look up there
        return actor.role != Role.VOLUNTEER
    return True


class Pages(Mapping[str, QWidget]):
    """The main window's pages by section key, each built on first use.

    Until then the stack holds an empty placeholder in the page's place, so the
    sidebar's rows and the stack's indexes stay aligned."""

    def __init__(self, stack: QStackedWidget, builders: dict[str, Callable[[], QWidget]]) -> None:
        self._stack = stack
        self._builders = builders
        self._keys = list(builders)
        self._built: dict[str, QWidget] = {}
        self._placeholders = {key: QWidget(stack) for key in self._keys}
        for key in self._keys:
            stack.addWidget(self._placeholders[key])

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._builders[key]()  # KeyError for a section the role does not have
            placeholder = self._placeholders.pop(key)
            index = self._stack.indexOf(placeholder)
            showing = self._stack.currentWidget() is placeholder
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if showing:
                self._stack.setCurrentWidget(page)
            self._built[key] = page
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._builders  # without building the page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, without building it."""
        return self._built.get(key)


class MainWindow(QMainWindow):
    # The user logs out (or switches user): the launcher shows the login again.
    logout_requested = Signal()
    # A backup was restored: the launcher asks for a login to the restored database.
    database_replaced = Signal(object)
    # The user chose another language (the Actor carrying it): the launcher rebuilds the
    # window in it.
    language_changed = Signal(object)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.keeps_database = False  # a logout hands the open database to the next login
        self.setWindowTitle(self.tr("Lotse"))
        self.setWindowIcon(icon("lotse"))
        self.window_state = WindowState(window_state_file(database.location))
        self.window_state.restore(self, "main", QSize(1200, 760))
        self.setMinimumSize(QSize(900, 600))

        # Only the sections the role can use: no page that merely says "no access".
        self.sections = tuple(
            section
            for section in (
                Section("overview", "overview", self.tr("Overview")),
                Section("cases", "cases", self.tr("Cases")),
                Section("consultations", "consultations", self.tr("Consultations")),
                Section("appointments", "appointments", self.tr("Appointments")),
                Section("courses", "calendar", self.tr("Courses")),
                Section("volunteers", "volunteers", self.tr("Volunteering")),
                Section("reports", "reports", self.tr("Reports")),
                Section("settings", "settings", self.tr("Settings")),
            )
            if section_allowed(section.key, actor)
        )
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(210)
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget(self)
        # Pages are built when first shown: the window opens with one page's queries.
        self.pages = Pages(
            self.stack, {s.key: functools.partial(self._build_page, s) for s in self.sections}
        )
        self.case_windows: dict[int, CaseFileWindow] = {}
        for section in self.sections:
            item = QListWidgetItem(icon(section.icon), section.title, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.stack.setCurrentWidget(self.pages[self.sections[row].key])

    def _build_page(self, section: Section) -> QWidget:
        if section.key == "overview" and self.actor.role == Role.VOLUNTEER:
            start = VolunteerStartPage(self.database, self.actor, self)
            start.enter_hours.connect(lambda: self._volunteers_page().enter_own_hours())
            start.enter_week.connect(lambda: self._volunteers_page().enter_own_week())
            return start
        if section.key == "overview":
            overview = OverviewPage(self.database, self.actor, self)
            overview.open_case.connect(self.open_case)
            overview.open_volunteer.connect(self.open_volunteer)
            overview.open_privacy.connect(self.open_privacy_settings)
            overview.appointment_changed.connect(self.refresh_lists)
            return overview
        if section.key == "cases":
            cases = CasesPage(self.database, self.actor, self)
            cases.open_case.connect(self.open_case)
            cases.new_case_requested.connect(self.new_case)
            return cases
        if section.key == "consultations":
            consultations = ConsultationsPage(self.database, self.actor, self)
            consultations.open_case.connect(self.open_case)
            consultations.anonymous_contact_requested.connect(self.new_anonymous_contact)
            return consultations
        if section.key == "appointments":
            appointments = AppointmentsPage(self.database, self.actor, self)
            appointments.open_case.connect(self.open_case)
            appointments.consultation_recorded.connect(self.refresh_lists)
            return appointments
        if section.key == "courses":
            courses = CoursesPage(self.database, self.actor, self)
            courses.open_case.connect(self.open_case)
            courses.case_changed.connect(self._reload_case_window)
            return courses
        if section.key == "volunteers":
            return VolunteersPage(self.database, self.actor, self)
        if section.key == "reports":
            return ReportsPage(self.database, self.actor, self)
        settings = SettingsPage(self.database, self.actor, self)
        settings.general.language.language_changed.connect(self.language_changed)
        if settings.privacy is not None:
            settings.privacy.anonymised.connect(self.refresh_lists)
        return settings

    def _volunteers_page(self) -> VolunteersPage:
        page = self.pages["volunteers"]
        assert isinstance(page, VolunteersPage)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self.actor.can(Permission.CASES_WRITE):
            new_case = QAction(icon("cases"), self.tr("&New case"), self)
            new_case.setShortcut(QKeySequence.StandardKey.New)
            new_case.triggered.connect(self.new_case)
            file_menu.addAction(new_case)
        if self.actor.can(Permission.CONSULTATIONS_WRITE):
            consultation = QAction(
                icon("consultations"), self.tr("New &consultation for the selected case"), self
            )
            consultation.setShortcut(QKeySequence("Ctrl+Shift+N"))
            consultation.triggered.connect(self.new_consultation_for_selection)
            file_menu.addAction(consultation)
            anonymous = QAction(self.tr("&Anonymous short contact"), self)
            anonymous.setShortcut(QKeySequence("Ctrl+Shift+K"))
            anonymous.triggered.connect(self.new_anonymous_contact)
            file_menu.addAction(anonymous)
        if self.actor.can(Permission.CASES_READ):
            find = QAction(self.tr("&Find case"), self)
            find.setShortcut(QKeySequence.StandardKey.Find)
            find.triggered.connect(self.focus_search)
            file_menu.addAction(find)
        if self.actor.can(Permission.CASES_IMPORT) or self.actor.can(Permission.VOLUNTEERS_IMPORT):
            file_menu.addSeparator()
            import_action = QAction(self.tr("&Import spreadsheet …"), self)
            import_action.setShortcut(QKeySequence("Ctrl+I"))
            import_action.triggered.connect(self.import_spreadsheet)
            file_menu.addAction(import_action)
        if self.actor.can(Permission.EXPORT_ALL):
            export_action = QAction(self.tr("&Export everything …"), self)
            export_action.triggered.connect(self.export_everything)
            file_menu.addAction(export_action)
        self.backup_actions = BackupActions(self.database, self.actor, self)
        self.backup_actions.database_replaced.connect(self.database_replaced)
        self.backup_actions.add_to(file_menu)
        if self.actor.can(Permission.AUDIT_READ):
            audit_action = QAction(self.tr("Audit &trail …"), self)
            audit_action.triggered.connect(self.show_audit_trail)
            file_menu.addAction(audit_action)
        file_menu.addSeparator()
        password_action = QAction(self.tr("Change &password …"), self)
        password_action.triggered.connect(self.change_password)
        file_menu.addAction(password_action)
        logout_action = QAction(self.tr("&Log out / switch user"), self)
        logout_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout_action.triggered.connect(self.logout_requested)
        file_menu.addAction(logout_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, section in enumerate(self.sections):
            action = QAction(icon(section.icon), section.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.setData(row)
            action.triggered.connect(self._go_to_section)
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        manual_action = QAction(self.tr("User &manual"), self)
        manual_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        manual_action.triggered.connect(self.show_manual)
        help_menu.addAction(manual_action)
        about_action = QAction(self.tr("&About Lotse"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _go_to_section(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.sidebar.setCurrentRow(int(action.data()))

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(
            self.tr("Database: {path}").format(path=show_database(self.database.location)),
            self,
        )
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(
            self.tr("Logged in: {name} ({role})").format(
                name=self.actor.display_name, role=label(self.actor.role)
            ),
            self,
        )
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def show_section(self, key: str) -> None:
        keys = [section.key for section in self.sections]
        self.sidebar.setCurrentRow(keys.index(key))

    def open_privacy_settings(self) -> None:
        """Einstellungen → Datenschutz, from the start page's notice."""
        self.show_section("settings")
        page = self.pages["settings"]
        if isinstance(page, SettingsPage):
            page.show_privacy()

    def open_volunteer(self, volunteer_id: int) -> None:
        page = self.pages.get("volunteers")
        if isinstance(page, VolunteersPage):
            self.show_section("volunteers")
            page.select_volunteer(volunteer_id)

    # -- case work -------------------------------------------------------------------
    def open_case(self, participant_id: int) -> CaseFileWindow | None:
        window = self.case_windows.get(participant_id)
        if window is None:
            try:
                window = CaseFileWindow(self.database, self.actor, participant_id)
            except ServiceError as error:
                QMessageBox.warning(self, self.tr("Open case"), error.message)
                return None
            window.changed.connect(self.refresh_lists)
            window.closed.connect(self._case_window_closed)
            self.case_windows[participant_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _reload_case_window(self, participant_id: int) -> None:
        """An open case window shows what another page changed (course attendance)."""
        window = self.case_windows.get(participant_id)
        if window is not None:
            window.reload()

    def _case_window_closed(self, participant_id: int) -> None:
        window = self.case_windows.pop(participant_id, None)
        if window is not None:
            window.deleteLater()

    def new_case(self) -> None:
        dialog = CaseFormDialog(self.database, self.actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.refresh_lists()
            # At first contact: the information notice and the consents (nothing
            # recorded unless answered).
            FirstContactDialog(
                self.database, self.actor, dialog.saved_id, dialog.saved_case_number or "", self
            ).exec()
            self.open_case(dialog.saved_id)

    def new_anonymous_contact(self, draft: dict[str, object] | None = None) -> None:
        dialog = ConsultationDialog(
            self.database,
            self.actor,
            None,
            self.tr("Anonymous short contact"),
            draft=draft if isinstance(draft, dict) else None,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_lists()

    def new_consultation_for_selection(self) -> None:
        cases = self.pages.get("cases")
        if isinstance(cases, CasesPage):
            index = cases.view.currentIndex()
            if index.isValid():
                window = self.open_case(cases.model.row_at(index.row()).id)
                if window is not None:
                    window.new_consultation()
                return
        self.focus_search()
        self.statusBar().showMessage(self.tr("Choose a case first, then press Ctrl+Shift+N."), 5000)

    def focus_search(self) -> None:
        cases = self.pages.get("cases")
        if isinstance(cases, CasesPage):
            self.show_section("cases")
            cases.focus_search()

    def refresh_lists(self) -> None:
        for key in ("overview", "cases", "consultations", "appointments"):
            # A page not built yet reads fresh data when it is first shown.
            page = self.pages.built(key)
            refresh = getattr(page, "refresh", None)
            if refresh is not None and getattr(page, "loaded", True):
                refresh()

    def import_spreadsheet(self) -> None:
        # The spreadsheet readers load when someone imports, not with the window.
        from app.ui.dialogs.import_assistant import ImportAssistant

        assistant = ImportAssistant(self.database, self.actor, self)
        assistant.exec()
        if assistant.imported:
            self.refresh_lists()

    def export_everything(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for reading – not encrypted, and not a backup"),
            str(Path(QDir.homePath()) / f"lotse-export-{date.today():%Y-%m-%d}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not target:
            return
        path = Path(target)

        def work(_progress: object) -> dict[str, int]:
            # openpyxl loads when a club exports, not with the window.
            from app.services.spreadsheets.export import export_all

            return export_all(self.database, self.actor, path)

        self.export_task = Task(self.tr("Exporting …"), work, self)
        self.export_task.finished.connect(self._exported)
        self.export_task.problem.connect(self._export_failed)
        self.export_target = path
        self.export_task.start()

    def _exported(self, _counts: object) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Exported to {path}. The file is not encrypted: keep it safe and delete it "
                "when it is no longer needed. It is not a backup: an import does not read "
                "back the sheets Anonyme Kurzkontakte, Tandems, Anerkennungsverfahren, "
                "Arbeitsaufnahmen, Aufwandsentschädigungen and Veranstaltungen and the course "
                "sheets; nor the start time and referrals of consultations, the exit reason "
                "and recording days of enrollments, the time of day a follow-up was "
                "done, the address, region, availability, status, leaving and agreement "
                "dates and remarks of volunteers, and the event of volunteer hours. User "
                "accounts and project settings are not exported. A backup (Create backup …) "
                "keeps everything."
            ).format(path=show_path(self.export_target)),
            20000,
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.export_target.parent)))

    def _export_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export everything"), message)

    def show_migration_notices(self) -> None:
        """What the update of the database corrected, once, right after it happened."""
        notices = migration_notices(self.database)
        if notices:
            QMessageBox.information(self, self.tr("Database updated"), "\n\n".join(notices))

    def offer_drafts(self) -> None:
        """Offer back consultation notes that were not saved (after a crash)."""
        if not self.actor.can(Permission.CONSULTATIONS_WRITE):
            return
        for draft in pending_drafts(self.database, self.actor):
            when = (
                self.tr("{date} at {time}").format(
                    date=show_date(draft.saved_at.date()), time=f"{draft.saved_at:%H:%M}"
                )
                if draft.saved_at
                else self.tr("(time unknown)")
            )
            if draft.participant_id is not None and draft.case_title is None:
                answer = QMessageBox.question(
                    self,
                    self.tr("Unsaved consultation"),
                    self.tr(
                        "There is an unsaved consultation note from {when} for a case you can "
                        "no longer open. Discard it?"
                    ).format(when=when),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Discard:
                    discard_consultation_draft(self.database, self.actor, draft.participant_id)
                continue
            question = (
                self.tr(
                    "There is an unsaved note of an anonymous short contact from {when}. "
                    "Restore it?"
                ).format(when=when)
                if draft.participant_id is None
                else self.tr(
                    "There is an unsaved consultation note for {case} from {when}. Restore it?"
                ).format(case=draft.case_title, when=when)
            )
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved consultation"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                discard_consultation_draft(self.database, self.actor, draft.participant_id)
                continue
            if draft.participant_id is None:
                self.new_anonymous_contact(draft.content)
                continue
            window = self.open_case(draft.participant_id)
            if window is not None:
                window.new_consultation(draft.content)

    def help_topic(self) -> str:
        """The manual's chapter about the section on screen (F1)."""
        if self.actor.role == Role.VOLUNTEER:
            return SECTION_TOPICS["own-hours"]  # both of a volunteer's sections
        item = self.sidebar.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return SECTION_TOPICS.get(key, "index.html")

    def show_manual(self) -> None:
        show_manual(self.help_topic(), self)

    def show_about(self) -> None:
        show_about(self, show_database(self.database.location))

    def show_audit_trail(self) -> None:
        from app.ui.dialogs.audit_viewer import AuditViewer

        AuditViewer(self.database, self.actor, self).exec()

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.database, self.actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    def close_for_logout(self) -> None:
        """Close this window and its case windows, keeping the database open."""
        self.keeps_database = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.window_state.save(self, "main")
        for window in list(self.case_windows.values()):
            window.close()
        if not self.keeps_database:
            self.database.close()
        super().closeEvent(event)
