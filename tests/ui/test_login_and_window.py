"""Login, main window sections, settings per role, About and the exception hook."""

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import MeetingRhythm, Role
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.users import add_user
from app.storage.database import Database
from app.ui import crash
from app.ui.about import AboutDialog
from app.ui.crash import CrashDialog, ExceptionHook, crash_report
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.pages.overview import FigureCard
from app.ui.pages.settings import SettingsPage
from tests.conftest import ADMIN_PASSWORD


def test_login_refuses_a_wrong_password_in_german(qtbot: QtBot, database: Database) -> None:
    dialog = LoginDialog(database.location, database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "falsch")
    dialog.login_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert."
    )
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    dialog.login_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_every_section_has_its_page(qtbot: QtBot, database: Database, admin: Actor) -> None:
    from app.ui.pages.appointments import AppointmentsPage
    from app.ui.pages.cases import CasesPage
    from app.ui.pages.consultations import ConsultationsPage
    from app.ui.pages.courses import CoursesPage
    from app.ui.pages.reports import ReportsPage
    from app.ui.pages.volunteers import VolunteersPage

    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    expected = {
        "cases": CasesPage,
        "consultations": ConsultationsPage,
        "appointments": AppointmentsPage,
        "courses": CoursesPage,
        "volunteers": VolunteersPage,
        "reports": ReportsPage,
        "settings": SettingsPage,
    }
    for key, page_type in expected.items():
        window.show_section(key)
        assert isinstance(window.stack.currentWidget(), page_type), key


ALL = [
    "overview",
    "cases",
    "consultations",
    "appointments",
    "courses",
    "volunteers",
    "reports",
    "settings",
]


@pytest.mark.parametrize(
    ("role", "sections"),
    [
        (Role.ADMIN, ALL),
        (Role.ADVISOR, ALL),
        (Role.COORDINATOR, ["overview", "volunteers", "reports", "settings"]),
        (Role.TREASURER, ["overview", "volunteers", "reports", "settings"]),
        (Role.VOLUNTEER, ["overview", "volunteers"]),
    ],
)
def test_each_role_sees_only_the_sections_it_can_use(
    qtbot: QtBot, database: Database, admin: Actor, role: Role, sections: list[str]
) -> None:
    user = add_user(database, admin, "person", role.value, "passwort-1234-lang")
    assert user.id is not None
    actor = Actor(user.id, user.username, user.display_name, role)
    window = MainWindow(database, actor)
    qtbot.addWidget(window)
    shown = [window.sidebar.item(row) for row in range(window.sidebar.count())]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in shown] == sections
    assert list(window.pages) == sections
    texts = " ".join(
        label.text() for page in window.pages.values() for label in page.findChildren(QLabel)
    )
    assert "nächsten Update" not in texts and "keinen Zugriff" not in texts


def test_a_volunteer_starts_on_a_page_of_their_own(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    from datetime import date, timedelta

    from app.domain.enums import Gender
    from app.services.cases import CaseInput, create_case
    from app.services.mentorships import MentorshipInput, create_mentorship
    from app.services.settings import TANDEM_TRAINING_REQUIRED, set_setting
    from app.services.users import link_volunteer
    from app.services.volunteer_hours import HoursInput, add_hours
    from app.services.volunteers import VolunteerInput, save_volunteer
    from app.ui.pages.volunteer_start import VolunteerStartPage

    user = add_user(database, admin, "karl", "volunteer", "passwort-1234-lang")
    assert user.id is not None
    karl = Actor(user.id, user.username, "Karl Meier", Role.VOLUNTEER)
    window = MainWindow(database, karl)
    qtbot.addWidget(window)
    start = window.stack.currentWidget()
    assert isinstance(start, VolunteerStartPage)
    assert start.unlinked.isVisibleTo(start)  # not linked yet: says what to do

    today = date.today()
    seen = today - timedelta(days=365)
    volunteer = save_volunteer(
        database, admin, VolunteerInput("Karl", "Meier", clearance_seen_on=seen)
    )
    assert volunteer.id is not None
    # Karl has no training yet (his start page says so); this club does not require it.
    set_setting(database, admin, TANDEM_TRAINING_REQUIRED, False)
    link_volunteer(database, admin, user.id, volunteer.id)
    mentee = create_case(database, admin, CaseInput("Yusuf", "Demir", Gender.MALE))
    assert mentee.id is not None
    create_mentorship(
        database,
        admin,
        MentorshipInput(
            volunteer.id,
            mentee.id,
            today - timedelta(days=20),
            goals_text="Job",
            rhythm=MeetingRhythm.WEEKLY,
        ),
    )
    met = max(today.replace(day=1), today - timedelta(days=10))
    add_hours(database, karl, HoursInput(volunteer.id, met, "1,5", participant_id=mentee.id))
    start.refresh()
    assert not start.unlinked.isVisibleTo(start)
    cards = [c.findChild(QLabel, "figureValue").text() for c in start.findChildren(FigureCard)]
    assert cards[:2] == ["1,50", "1,50"]  # this month; waiting for approval
    tandem = start.tandem_text.text()
    assert "Yusuf" in tandem and "Demir" not in tandem and f"{met:%d.%m.%Y}" in tandem
    assert "nächstes Treffen fällig" in tandem
    assert f"gültig bis {seen.replace(year=seen.year + 5):%d.%m.%Y}" in start.paperwork_text.text()
    assert "Noch keine Schulung" in start.paperwork_text.text()
    old = today - timedelta(days=6 * 365)
    save_volunteer(database, admin, VolunteerInput("Karl", "Meier", clearance_seen_on=old),
                   volunteer.id)  # fmt: skip
    start.refresh()
    assert "ein neues war am" in start.paperwork_text.text()


def test_settings_show_user_accounts_to_admins_only(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    page = SettingsPage(database, admin)
    qtbot.addWidget(page)
    assert page.users is not None
    assert page.users.view.model().index(0, 2).data() == "Administration"
    user = add_user(database, admin, "leyla", "advisor", "passwort-123-lang")
    assert user.id is not None
    advisor = Actor(user.id, user.username, user.display_name, Role.ADVISOR)
    advisor_page = SettingsPage(database, advisor)
    qtbot.addWidget(advisor_page)
    assert advisor_page.users is None


def test_about_names_version_and_database(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        AboutDialog,
        "exec",
        lambda dialog: shown.append((dialog.windowTitle(), dialog.summary.text())) or 0,
    )
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show_about()
    assert shown[0][0] == "Über Lotse"
    assert str(database.location.database) in shown[0][1]
    assert "Lizenz" in shown[0][1]


def test_crash_report_is_copyable(qtbot: QtBot) -> None:
    try:
        raise RuntimeError("kaputt")
    except RuntimeError:
        kind, value, tb = sys.exc_info()
    assert kind is not None and value is not None
    report = crash_report(kind, value, tb)
    assert "RuntimeError: kaputt" in report and "Lotse" in report
    dialog = CrashDialog(report, "/tmp/lotse.log")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lotse – unerwarteter Fehler"
    dialog.copy_button.click()
    assert "RuntimeError: kaputt" in QGuiApplication.clipboard().text()


def test_exception_hook_separates_known_problems_from_bugs(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    crashes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(
        CrashDialog, "exec", lambda self: crashes.append(self.report_view.toPlainText())
    )
    hook = ExceptionHook("/tmp/lotse.log")
    hook.install()
    try:
        assert sys.excepthook is hook
        hook(ValidationError, ValidationError("code", "Projektkürzel: fehlt."), None)
        hook(ZeroDivisionError, ZeroDivisionError("division by zero"), None)
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook
    assert warnings == ["Projektkürzel: fehlt."]
    assert len(crashes) == 1 and "ZeroDivisionError" in crashes[0]
    assert crash.log.name == "app.ui.crash"


def test_pages_are_built_when_first_shown(qtbot: QtBot, database: Database, admin: Actor) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    built = [key for key in window.pages if window.pages.built(key) is not None]
    assert built == ["overview"]
    assert "settings" in window.pages and window.pages.built("settings") is None
    window.show_section("cases")
    cases = window.pages.built("cases")
    assert cases is not None and window.stack.currentWidget() is cases
    assert window.stack.count() == len(window.sections)
    # Reading the mapping builds a page where the stack shows it.
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    assert window.stack.indexOf(settings) == [s.key for s in window.sections].index("settings")
