"""Every window and dialog, walked as a keyboard and screen-reader user meets it.

- No two mnemonics (Alt+letter) collide among the widgets on screen at the same time
  (each sidebar page, each tab, each wizard page is a screen of its own), a mnemonic on
  a button is that button's shortcut, and a label's mnemonic has a field to jump to.
- Every table, list and unlabelled input has an accessible name.

A new window or dialog class must be added to WINDOWS: a test finds them all.
"""

import importlib
import inspect
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import app.ui
from app.domain.interface_languages import INTERFACE_LANGUAGES
from app.services.actor import Actor
from app.services.case_file import CaseFile, read_case_file
from app.services.case_list import CaseQuery, fetch_cases
from app.services.demo import create_demo_data
from app.services.mentorships import list_mentorships
from app.services.projects import exit_reasons, list_projects
from app.services.users import list_users
from app.services.volunteers import get_volunteer, list_volunteers
from app.storage.database import Database
from app.storage.location import resolve
from app.ui.launch import prepare_application

TODAY = date(2026, 11, 20)


@dataclass
class Club:
    database: Database
    admin: Actor
    case: CaseFile  # a case with an open ESF enrollment
    volunteers: list[tuple[int, str]]


@pytest.fixture
def club(database: Database, admin: Actor) -> Club:
    return make_club(database, admin)


def make_club(database: Database, admin: Actor) -> Club:
    """A demo club of 60 cases with one case in an open ESF enrollment."""
    create_demo_data(database, admin, 60, seed=4, staff_password="passwort-1-lang", today=TODAY)
    case = None
    for row in fetch_cases(database, admin, CaseQuery(), 0, 60):
        candidate = read_case_file(database, admin, row.id)
        if any(view.esf and view.enrollment.exit_date is None for view in candidate.enrollments):
            case = candidate
            break
    assert case is not None
    volunteers = [(v.id, v.name) for v in list_volunteers(database, admin)]
    return Club(database, admin, case, volunteers)


def _open_esf(club: Club) -> object:
    return next(v for v in club.case.enrollments if v.esf and v.enrollment.exit_date is None)


def _project(club: Club) -> object:
    return list_projects(club.database, club.admin)[0]


def _user(club: Club) -> object:
    return next(u for u in list_users(club.database, club.admin) if u.username == "leyla.demir")


def _appointment(club: Club) -> object:
    """An appointment of the club's case a month ahead (the same one in every language)."""
    import datetime as dt

    from app.services.appointments import (
        AppointmentInput,
        create_appointment,
        get_appointment,
        list_appointments,
    )

    day = dt.date.today() + dt.timedelta(days=30)
    booked = list_appointments(club.database, club.admin, day, day)
    if booked:
        return booked[0]
    data = AppointmentInput(
        club.admin.user_id,
        day,
        dt.time(10),
        45,
        participant_id=club.case.participant.id,
        place="Raum 3",
        subject="Anerkennung",
    )
    return get_appointment(
        club.database, club.admin, create_appointment(club.database, club.admin, data)
    )


def _course(club: Club) -> object:
    from app.domain.enums import CourseKind
    from app.services.courses import CourseInput, save_course

    return save_course(
        club.database,
        club.admin,
        CourseInput("Deutsch B1", CourseKind.LANGUAGE_COURSE, date(2026, 3, 2), date(2026, 6, 30)),
    )


def _partner(club: Club) -> object:
    """The club's partner (added once: the same club may build every window in turn)."""
    from app.services.consents import add_partner, list_partners

    partners = list_partners(club.database)
    if not partners:
        add_partner(club.database, club.admin, "Jobcenter Nord", "Vermittlung in Arbeit")
        partners = list_partners(club.database)
    return partners[0]


def _first_run(club: Club) -> QWidget:
    from app.ui.first_run import FirstRunWizard

    return FirstRunWizard(resolve(club.database.location.data_dir.parent / "neu"))


_PARENTS: list[QWidget] = []


def _parent() -> QWidget:
    """A parent for dialogs that need one; kept alive for the whole run."""
    _PARENTS.append(QWidget())
    return _PARENTS[-1]


def _windows() -> dict[str, Callable[[Club], QWidget]]:
    from app.services.documents import Owner, OwnerKind
    from app.ui.about import AboutDialog
    from app.ui.case_window import CaseFileWindow
    from app.ui.case_window.lists_tabs import FollowUpDialog, WithdrawDialog
    from app.ui.case_window.merge import MergeDialog
    from app.ui.crash import CrashDialog
    from app.ui.dialogs.allowance import DeclarationDialog, PaymentDialog
    from app.ui.dialogs.appointment import AppointmentDialog
    from app.ui.dialogs.audit_viewer import AuditViewer
    from app.ui.dialogs.case_form import CaseFormDialog
    from app.ui.dialogs.consultation import ConsultationDialog
    from app.ui.dialogs.course import CourseDialog, EnrolDialog, SessionDialog
    from app.ui.dialogs.enrollment import (
        CloseCaseDialog,
        EnrollmentDialog,
        ExitDialog,
        SixMonthDialog,
    )
    from app.ui.dialogs.erasure import ErasureDialog
    from app.ui.dialogs.event import EventDialog
    from app.ui.dialogs.first_contact import FirstContactDialog
    from app.ui.dialogs.import_assistant import ImportAssistant
    from app.ui.dialogs.partner import PartnerDialog
    from app.ui.dialogs.project import (
        ExitReasonDialog,
        ProjectDialog,
        SupportedOrganisationDialog,
    )
    from app.ui.dialogs.recognition import PlacementDialog, ProcedureDialog
    from app.ui.dialogs.records_of_processing import RecordsOfProcessingDialog
    from app.ui.dialogs.recovery import RecoverPasswordDialog, RecoveryKeyDialog
    from app.ui.dialogs.tandem import TandemDialog, TandemStatusDialog
    from app.ui.dialogs.timesheets import TimesheetDialog
    from app.ui.dialogs.users import ChangePasswordDialog, ResetPasswordDialog, UserDialog
    from app.ui.dialogs.volunteer import HoursDialog, VolunteerDialog
    from app.ui.dialogs.week import WeekDialog
    from app.ui.documents import AddDocumentDialog, DocumentsDialog
    from app.ui.help import HelpWindow
    from app.ui.idle_lock import UnlockDialog
    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.pages.settings.lists import EntryDialog

    def volunteer(club: Club) -> QWidget:
        record, languages = get_volunteer(club.database, club.admin, club.volunteers[0][0])
        return VolunteerDialog(club.database, club.admin, record, languages)

    def case_form(club: Club) -> QWidget:
        return CaseFormDialog(club.database, club.admin, club.case.participant)

    def tandem_status(club: Club) -> QWidget:
        row = list_mentorships(club.database, club.admin)[0]
        return TandemStatusDialog(club.database, club.admin, row, "Tandem")

    def import_assistant(club: Club) -> QWidget:
        from app.services.spreadsheets.templates import write_template

        sheet = club.database.location.data_dir.parent / "teilnehmende.xlsx"
        write_template(club.database, club.admin, "participants", sheet)
        assistant = ImportAssistant(club.database, club.admin)
        assistant.source_page.path.setText(str(sheet))
        assistant.setProperty("walk_by_next", True)  # its pages build on the one before
        return assistant

    def exit_reason(club: Club) -> QWidget:
        project = _project(club)
        reason = exit_reasons(club.database, project.id)[0]  # type: ignore[attr-defined]
        return ExitReasonDialog(reason, _parent())

    def first_contact(club: Club) -> QWidget:
        _partner(club)
        participant = club.case.participant
        return FirstContactDialog(
            club.database,
            club.admin,
            participant.id,
            participant.case_number,  # type: ignore[arg-type]
        )

    def withdraw(club: Club) -> QWidget:
        from app.domain.enums import ConsentForm, ConsentKind
        from app.services.consents import ConsentAnswer, record_first_contact

        (consent,) = record_first_contact(
            club.database,
            club.admin,
            club.case.participant.id,  # type: ignore[arg-type]
            False,
            [ConsentAnswer(ConsentKind.PHOTOS, ConsentForm.WRITTEN)],
            None,
            "C-1",
        )
        return WithdrawDialog(club.database, club.admin, consent, "Fotos", _parent())

    def partner(club: Club) -> QWidget:
        return PartnerDialog(club.database, club.admin, _partner(club))

    return {
        "MainWindow": lambda c: MainWindow(c.database, c.admin),
        "FirstContactDialog": first_contact,
        "WithdrawDialog": withdraw,
        "PartnerDialog": partner,
        "RecordsOfProcessingDialog": lambda c: RecordsOfProcessingDialog(c.database, c.admin),
        "LoginDialog": lambda c: LoginDialog(c.database.location, c.database),
        "FirstRunWizard": _first_run,
        "CaseFileWindow": lambda c: CaseFileWindow(
            c.database,
            c.admin,
            c.case.participant.id,  # type: ignore[arg-type]
        ),
        "CaseFormDialog": case_form,
        "ConsultationDialog": lambda c: ConsultationDialog(
            c.database, c.admin, c.case.participant.id, "Beratung"
        ),
        "EnrollmentDialog": lambda c: EnrollmentDialog(
            c.database,
            c.admin,
            c.case.participant.id,  # type: ignore[arg-type]
        ),
        "ExitDialog": lambda c: ExitDialog(c.database, c.admin, _open_esf(c)),  # type: ignore[arg-type]
        "SixMonthDialog": lambda c: SixMonthDialog(c.database, c.admin, _open_esf(c)),  # type: ignore[arg-type]
        "CloseCaseDialog": lambda c: CloseCaseDialog(
            c.database,
            c.admin,
            c.case.participant.id,
            [_open_esf(c)],  # type: ignore[arg-type, list-item]
        ),
        "FollowUpDialog": lambda c: FollowUpDialog(
            c.database,
            c.admin,
            c.case.participant.id,  # type: ignore[arg-type]
        ),
        "MergeDialog": lambda c: MergeDialog(c.database, c.admin, c.case),
        "ErasureDialog": lambda c: ErasureDialog(
            c.database,
            c.admin,
            c.case.participant.id,  # type: ignore[arg-type]
            c.case.participant.case_number,
        ),
        "ProcedureDialog": lambda c: ProcedureDialog(
            c.database,
            c.admin,
            c.case.participant.id,  # type: ignore[arg-type]
        ),
        "PlacementDialog": lambda c: PlacementDialog(
            c.database,
            c.admin,
            c.case.participant.id,  # type: ignore[arg-type]
            c.case.enrollments,
        ),
        "VolunteerDialog": volunteer,
        "HoursDialog": lambda c: HoursDialog(c.database, c.admin, c.volunteers),
        "WeekDialog": lambda c: WeekDialog(c.database, c.admin, c.volunteers),
        "TandemDialog": lambda c: TandemDialog(c.database, c.admin),
        "TandemStatusDialog": tandem_status,
        "PaymentDialog": lambda c: PaymentDialog(c.database, c.admin, c.volunteers),
        "DeclarationDialog": lambda c: DeclarationDialog(c.database, c.admin, c.volunteers, 2026),
        "EventDialog": lambda c: EventDialog(c.database, c.admin, c.volunteers),
        "AddDocumentDialog": lambda c: AddDocumentDialog(
            c.database, c.admin, Owner(OwnerKind.CASE, _case_id(c))
        ),
        "DocumentsDialog": lambda c: DocumentsDialog(
            c.database, c.admin, Owner(OwnerKind.VOLUNTEER, c.volunteers[0][0]), "Dokumente"
        ),
        "AppointmentDialog": lambda c: AppointmentDialog(
            c.database,
            c.admin,
            existing=_appointment(c),  # type: ignore[arg-type]
        ),
        "CourseDialog": lambda c: CourseDialog(c.database, c.admin, _course(c)),  # type: ignore[arg-type]
        "SessionDialog": lambda c: SessionDialog(c.database, c.admin, _course(c)),  # type: ignore[arg-type]
        "EnrolDialog": lambda c: EnrolDialog(c.database, c.admin, _course(c)),  # type: ignore[arg-type]
        "TimesheetDialog": lambda c: TimesheetDialog(
            c.database, c.admin, [(str(n), name) for n, name in c.volunteers]
        ),
        "ProjectDialog": lambda c: ProjectDialog(c.database, c.admin, _project(c)),  # type: ignore[arg-type]
        "ExitReasonDialog": exit_reason,
        "SupportedOrganisationDialog": lambda c: SupportedOrganisationDialog(_parent()),
        "UserDialog": lambda c: UserDialog(c.database, c.admin, _user(c)),  # type: ignore[arg-type]
        "ResetPasswordDialog": lambda c: ResetPasswordDialog(c.database, c.admin, _user(c)),  # type: ignore[arg-type]
        "ChangePasswordDialog": lambda c: ChangePasswordDialog(c.database, c.admin),
        "ImportAssistant": import_assistant,
        "AuditViewer": lambda c: AuditViewer(c.database, c.admin),
        "AboutDialog": lambda c: AboutDialog(str(c.database.location.database)),
        "CrashDialog": lambda c: CrashDialog("Traceback …", "lotse.log"),
        "RecoveryKeyDialog": lambda c: RecoveryKeyDialog(c.database, "ABCD-EFGH-IJKL-MNOP"),
        "RecoverPasswordDialog": lambda c: RecoverPasswordDialog(c.database.location),
        "UnlockDialog": lambda c: UnlockDialog(c.database, c.admin),
        "EntryDialog": lambda c: EntryDialog("Neu", "&Name:", lambda text: None),
        "HelpWindow": lambda c: HelpWindow(),
    }


def _case_id(context: Club) -> int:
    participant_id = context.case.participant.id
    assert participant_id is not None
    return participant_id


WINDOWS = _windows()


def _window_classes() -> set[str]:
    """Every top-level window or dialog class the interface defines."""
    found = set()
    for module in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        loaded = importlib.import_module(module.name)
        for name, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ != loaded.__name__:
                continue
            if issubclass(cls, QDialog | QMainWindow) or name == "CaseFileWindow":
                found.add(name)
    return found


def test_every_window_and_dialog_is_walked() -> None:
    assert _window_classes() == set(WINDOWS)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), folded."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _screens(window: QWidget) -> Iterator[str]:
    """Show each screen of ``window`` in turn: every page of every stacked widget, tab
    widget and wizard, two levels deep; yields a description of the screen."""
    yield "start"
    if isinstance(window, QWizard) and window.property("walk_by_next"):
        while not window.currentPage().isFinalPage():
            before = window.currentId()
            deadline = time.monotonic() + 10  # a page may work in the background first
            while not window.currentPage().isComplete() and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.02)
            window.next()
            QApplication.processEvents()
            assert window.currentId() != before, f"stuck on page {before}"
            yield f"page {window.currentId()}"
        return
    if isinstance(window, QWizard):
        for page_id in window.pageIds():
            window.setStartId(page_id)
            window.restart()
            QApplication.processEvents()
            yield f"page {page_id}"
        return
    seen: set[tuple[int, int]] = set()

    def switchers() -> list[QTabWidget | QStackedWidget]:
        return [
            w
            for w in window.findChildren(QTabWidget) + window.findChildren(QStackedWidget)
            if w.isVisibleTo(window) and not isinstance(w.parentWidget(), QTabWidget)
        ]

    for outer in switchers():
        for index in range(outer.count()):
            if (id(outer), index) in seen:
                continue
            seen.add((id(outer), index))
            outer.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"{outer.objectName() or type(outer).__name__} {index}"
            for inner in switchers():
                if inner is outer or not outer.isAncestorOf(inner):
                    continue
                for inner_index in range(inner.count()):
                    if (id(inner), inner_index) in seen:
                        continue
                    seen.add((id(inner), inner_index))
                    inner.setCurrentIndex(inner_index)
                    QApplication.processEvents()
                    yield f"{type(outer).__name__} {index} / tab {inner_index}"


def _mnemonics(window: QWidget) -> tuple[list[tuple[str, str]], list[str]]:
    """The mnemonics usable on screen now, and the problems found."""
    used: list[tuple[str, str]] = []
    problems: list[str] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if letter := mnemonic(action.text()):
                used.append((letter, action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            letter = mnemonic(widget.text())
            if letter:
                used.append((letter, widget.text()))
                if widget.shortcut() != QKeySequence.mnemonic(widget.text()):
                    problems.append(f"button {widget.text()!r} does not answer to Alt+{letter}")
        elif isinstance(widget, QLabel):
            letter = mnemonic(widget.text()) if widget.textFormat() != 1 else None
            if letter and widget.buddy() is not None:
                used.append((letter, widget.text()))
            elif letter and widget.buddy() is None and re.search(r"&\w", widget.text()):
                problems.append(f"label {widget.text()!r} has a mnemonic but no field")
        elif isinstance(widget, QGroupBox) and widget.isCheckable() and mnemonic(widget.title()):
            used.append((str(mnemonic(widget.title())), widget.title()))
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if letter := mnemonic(widget.tabText(index)):
                    used.append((letter, widget.tabText(index)))
    return used, problems


def _unnamed(window: QWidget) -> list[str]:
    """Visible tables, lists and inputs a screen reader could not name."""
    labelled = {
        id(label.buddy())
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    }
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or id(widget) in labelled or widget.accessibleName():
            continue
        if isinstance(widget, QAbstractItemView) and not isinstance(
            widget.parentWidget(), QComboBox | QAbstractItemView
        ):
            if type(widget).__name__ not in ("QCalendarView", "QListView"):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
        elif (
            isinstance(widget, QLineEdit)
            and widget.placeholderText()
            and not isinstance(widget.parentWidget(), QComboBox | QAbstractItemView)
        ):
            # A field known only by its grey placeholder (search boxes, filter rows).
            missing.append(f"QLineEdit '{widget.placeholderText()}'")
    return missing


@pytest.fixture(params=INTERFACE_LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Every interface language: each has its own letters."""
    prepare_application(qapp, request.param)
    yield request.param
    prepare_application(qapp, "de")


def test_mnemonics_are_unique_and_every_list_has_a_name(
    qtbot: QtBot, club: Club, language: str
) -> None:
    """One club per language, every window in turn."""
    failures = []
    for name in sorted(WINDOWS):
        window = WINDOWS[name](club)
        qtbot.addWidget(window)
        window.resize(1280, 680)
        window.show()
        QApplication.processEvents()
        for screen in _screens(window):
            used, problems = _mnemonics(window)
            failures += [f"{name}, {screen}: {problem}" for problem in problems]
            letters: dict[str, list[str]] = {}
            for letter, text in used:
                letters.setdefault(letter, []).append(text)
            failures += [
                f"{name}, {screen}: Alt+{letter.upper()} is " + " and ".join(repr(t) for t in texts)
                for letter, texts in letters.items()
                if len(texts) > 1
            ]
            failures += [
                f"{name}, {screen}: no accessible name: {what}" for what in _unnamed(window)
            ]
        window.close()
    assert not failures, "\n".join(dict.fromkeys(failures))


def test_alt_and_a_letter_presses_the_button(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.domain.enums import Gender
    from app.ui.dialogs.case_form import CaseFormDialog
    from app.ui.labels import select_data

    form = CaseFormDialog(database, admin)
    qtbot.addWidget(form)
    form.show()
    form.first_name.setText("Halyna")
    form.last_name.setText("Melnyk")
    select_data(form.gender, Gender.FEMALE)
    with qtbot.waitActive(form):
        form.activateWindow()
    qtbot.keyClick(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Speichern
    # A mnemonic "animates" the click: the button shows pressed, then clicks.
    qtbot.waitUntil(lambda: form.result() == QDialog.DialogCode.Accepted, timeout=2000)
    assert form.saved_id is not None


def test_esc_and_ctrl_w_close_a_case_window(qtbot: QtBot, database: Database, admin: Actor) -> None:
    from app.domain.enums import Gender
    from app.services.cases import CaseInput, create_case
    from app.ui.case_window import CaseFileWindow

    person = create_case(database, admin, CaseInput("Bilal", "Yassin", Gender.MALE))
    assert person.id is not None
    for keys in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ):
        window = CaseFileWindow(database, admin, person.id)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        qtbot.keyClick(window.focusWidget() or window, *keys)
        assert not window.isVisible(), keys


def test_enter_opens_the_case_highlighted_from_the_search_box(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from app.domain.enums import Gender
    from app.services.cases import CaseInput, create_case
    from app.ui.pages.cases import CasesPage

    ids = [
        create_case(database, admin, CaseInput(first, "Rezaei", Gender.FEMALE)).id
        for first in ("Mahsa", "Maryam", "Soraya")
    ]
    page = CasesPage(database, admin)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    opened: list[int] = []
    page.open_case.connect(opened.append)
    qtbot.keyClicks(page.search, "rezaei")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the first match
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the second
    assert page.search.hasFocus() or page.focusWidget() is page.search
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    second = page.model.row_at(1).id
    assert opened == [second] and second in ids
    page.search.clear()
    qtbot.keyClicks(page.search, "soraya")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # one match: opened at once
    assert opened[-1] == ids[2]


@pytest.mark.parametrize("typed", ["oeztuerk", "sergej", "2026-0002", "mohammed"])
def test_typed_spellings_find_the_row_and_enter_opens_it(
    qtbot: QtBot, database: Database, admin: Actor, typed: str
) -> None:
    from app.domain.enums import Gender
    from app.services.cases import CaseInput, create_case
    from app.ui.pages.cases import CasesPage

    people = {
        "oeztuerk": ("Ayşe", "Öztürk"),
        "sergej": ("Сергей", "Коваленко"),
        "2026-0002": ("Сергей", "Коваленко"),
        "mohammed": ("محمد", "کریمی"),
    }
    ids = {
        names: create_case(database, admin, CaseInput(*names, Gender.FEMALE)).id
        for names in (("Ayşe", "Öztürk"), ("Сергей", "Коваленко"), ("محمد", "کریمی"))
    }
    page = CasesPage(database, admin)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    opened: list[int] = []
    page.open_case.connect(opened.append)
    qtbot.keyClicks(page.search, typed)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [ids[people[typed]]]
