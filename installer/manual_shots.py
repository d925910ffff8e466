"""The screenshots of the user manual, one function per picture (see manual_screenshots.py).

Imported only after ``manual_screenshots.isolate`` has set up the environment: Qt and
platformdirs read it when they start.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFont, QFontDatabase, QImage
from PySide6.QtWidgets import QApplication, QWidget

from app import resources
from app.domain.enums import (
    AllowanceKind,
    Answer,
    ConsentKind,
    ConsultationFormat,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    Gender,
    GermanLevel,
    RecognitionStatus,
    ReferralSource,
    ResidenceStatus,
    SchoolQualification,
    SensitiveAnswer,
    VocationalQualification,
    VolunteerStatus,
)
from app.services.actor import Actor
from app.services.auth import authenticate
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.consultations import (
    ConsultationInput,
    add_consultation,
    list_referral_targets,
    list_topics,
)
from app.services.demo import create_demo_data
from app.services.enrollments import EntryAnswers, enroll, record_consent
from app.services.projects import list_projects
from app.services.setup import SetupInput, initialise
from app.services.volunteers import list_volunteers
from app.storage import user_config
from app.storage.database import Database
from app.storage.location import default_location, resolve
from app.ui.labels import select_data
from app.ui.launch import prepare_application

MAIN_SIZE = (1280, 720)
PASSWORD = "Kranich Sonnenblume 42 Fahrrad"  # strong enough for zxcvbn
ORGANISATION = "Brückenschlag e.V."


@dataclass
class Club:
    """The demo club: its database, the people who log in, and the manual's case."""

    database: Database
    admin: Actor
    advisor: Actor
    coordinator: Actor
    treasurer: Actor
    volunteer: Actor
    case_id: int  # Nour Al-Khatib, enrolled in the ESF project, three consultations
    new_case_id: int  # Daniel Tesfaye, not yet enrolled
    esf_project_id: int


def build_club(work: Path) -> Club:
    location = resolve(work / "Lotse")
    database, admin, _recovery_key = initialise(
        location, SetupInput(ORGANISATION, "amira", PASSWORD, "Amira Haddad")
    )
    create_demo_data(database, admin, participants=160, seed=1, staff_password=PASSWORD)

    def login(name: str) -> Actor:
        return authenticate(database, name, PASSWORD)

    advisor = login("leyla.demir")
    esf = next(p for p in list_projects(database, advisor) if p.esf)
    assert esf.id is not None and advisor.user_id is not None
    today = date.today()
    case = create_case(
        database,
        advisor,
        CaseInput(
            first_name="Nour",
            last_name="Al-Khatib",
            gender=Gender.FEMALE,
            birth_date=date(1994, 3, 7),
            street="Limmerstraße 12",
            postcode="30451",
            city="Hannover",
            phone="0511 123456",
            nationalities=("SY",),
            languages=("ar", "en"),
            birth_country="SY",
            residence_status=ResidenceStatus.HUMANITARIAN,
            arrival_year=2016,
            school_qualification=SchoolQualification.UPPER_SECONDARY,
            school_qualification_country="SY",
            vocational_qualification=VocationalQualification.BACHELOR,
            vocational_qualification_country="SY",
            reference_occupation="Apothekerin",
            regulated_profession=Answer.YES,
            recognition_status=RecognitionStatus.APPLIED,
            german_level=GermanLevel.B2,
            referral_source=ReferralSource.COMMUNITY_ORGANISATION,
            advisor_id=advisor.user_id,
        ),
    )
    assert case.id is not None
    enroll(
        database,
        advisor,
        case.id,
        esf.id,
        today - timedelta(days=40),
        EntryAnswers(
            employment_status=EmploymentStatus.UNEMPLOYED,
            unemployed_months=7,
            education_level=EducationLevel.ISCED_5_8,
            disability=SensitiveAnswer.NO,
            minority=SensitiveAnswer.UNKNOWN,
            foreign_origin=Answer.YES,
            homeless=Answer.NO,
            rural_area=Answer.NO,
        ),
    )
    record_consent(
        database, advisor, case.id, ConsentKind.DATA_PROCESSING, today - timedelta(days=40)
    )
    topics = {t.name: t.id for t in list_topics(database, advisor) if t.id is not None}
    targets = [t.id for t in list_referral_targets(database, advisor) if t.id is not None]
    for days, minutes, chosen, note, referral in (
        (
            40,
            60,
            ("Anerkennung ausländischer Abschlüsse", "Sprachkurse"),
            "Erstgespräch auf Arabisch. Pharmaziestudium in Damaskus (Bachelor), 4 Jahre "
            "Berufserfahrung. Unterlagen für die Anerkennung besprochen; Zeugnisse liegen "
            "im Original vor, Übersetzungen fehlen noch.",
            False,
        ),
        (
            26,
            45,
            ("Anerkennung ausländischer Abschlüsse",),
            "Übersetzungen mitgebracht. Antrag auf Anerkennung zusammen ausgefüllt und an "
            "die zuständige Stelle geschickt. Kosten der Übersetzung: Förderung beim "
            "Jobcenter möglich, Frau Al-Khatib fragt nach.",
            True,
        ),
        (
            6,
            30,
            ("Arbeit und Arbeitssuche", "Sprachkurse"),
            "Telefonat: Eingangsbestätigung der Anerkennungsstelle ist da. Fachsprachkurs "
            "Pharmazie ab nächstem Quartal besprochen; Anmeldung bis Monatsende.",
            False,
        ),
    ):
        add_consultation(
            database,
            advisor,
            ConsultationInput(
                participant_id=case.id,
                date=today - timedelta(days=days),
                start_time=time(10, 0),
                duration_minutes=minutes,
                format=ConsultationFormat.PHONE if days == 6 else ConsultationFormat.IN_PERSON,
                language_code="ar" if days == 40 else "de",
                interpreter=False,
                topic_ids=tuple(topics[name] for name in chosen if name in topics),
                note=note,
                project_id=esf.id,
                referral_target_ids=tuple(targets[:1]) if referral and targets else (),
                follow_up_on=today + timedelta(days=3) if days == 6 else None,
                follow_up_subject="Anmeldung Fachsprachkurs nachfragen" if days == 6 else None,
            ),
        )
    newcomer = create_case(
        database,
        advisor,
        CaseInput(
            first_name="Daniel",
            last_name="Tesfaye",
            gender=Gender.MALE,
            birth_date=date(2001, 9, 14),
            city="Hannover",
            nationalities=("ER",),
            languages=("ti", "en"),
            advisor_id=advisor.user_id,
        ),
    )
    assert newcomer.id is not None
    return Club(
        database=database,
        admin=admin,
        advisor=advisor,
        coordinator=login("jana.becker"),
        treasurer=login("thomas.wagner"),
        volunteer=login("karl.meier"),
        case_id=case.id,
        new_case_id=newcomer.id,
        esf_project_id=esf.id,
    )


# -- taking pictures ----------------------------------------------------------------------
def settle() -> None:
    """Let the window lay itself out and load its lists (shown, timers of 0 ms)."""
    application = QApplication.instance()
    assert application is not None
    for _ in range(5):
        application.processEvents()


def save_png(widget: QWidget, target: Path) -> None:
    """The widget as a 256-colour PNG: a fraction of the size, the same to the eye."""
    settle()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    size = (image.width(), image.height())
    raw = bytes(image.constBits())
    picture = Image.frombuffer("RGB", size, raw, "raw", "RGB", image.bytesPerLine(), 1)
    palette = picture.quantize(
        colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    palette.save(target, optimize=True)


class Shots:
    """Each method builds one window, fills it and returns it for the picture."""

    def __init__(self, work: Path, club: Club) -> None:
        self.work = work
        self.club = club
        self.keep: list[QWidget] = []

    # first start ------------------------------------------------------------------
    def _wizard(self, page: int) -> QWidget:
        from app.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(default_location(), "de")
        wizard.resize(wizard.minimumSize())
        wizard.show()
        if page >= 1:
            wizard.next()
        if page >= 2:
            folder = wizard.folder_page
            folder.use_other.setChecked(True)
            folder.folder.setText(str(self.work / f"neu-{page}"))
            wizard.next()
            wizard.organisation_page.name.setText(ORGANISATION)
            wizard.next()
            admin = wizard.admin_page
            admin.display_name.setText("Amira Haddad")
            admin.username.setText("amira")
            admin.password.setText("Wolke Tinte Bahnhof Mai")
            admin.repeat.setText("Wolke Tinte Bahnhof Mai")
        if page >= 4:
            wizard.next()
            project = wizard.project_page
            project.code.setText("WIR-2026")
            project.name.setText("Brücken in Arbeit")
            project.funder.setText("BMAS / ESF Plus")
            project.has_end.setChecked(True)
            project.esf.setChecked(True)
        if page >= 5:
            wizard.next()  # "Datenbank anlegen": the database exists, the key is shown once
            assert wizard.currentPage() is wizard.recovery_page, "the database was not created"
        assert wizard.currentId() == page, f"the assistant stopped on page {wizard.currentId()}"
        return wizard

    def assistent_willkommen(self) -> QWidget:
        return self._wizard(0)

    def assistent_datenordner(self) -> QWidget:
        return self._wizard(1)

    def assistent_administration(self) -> QWidget:
        return self._wizard(3)

    def assistent_projekt(self) -> QWidget:
        return self._wizard(4)

    def assistent_notfallschluessel(self) -> QWidget:
        return self._wizard(5)

    def anmelden(self) -> QWidget:
        from app.ui.login import LoginDialog

        dialog = LoginDialog(self.club.database.location, self.club.database)
        dialog.username.setText("leyla.demir")
        dialog.password.setText("********")
        dialog.show()
        return dialog

    # main window -----------------------------------------------------------------------
    def _main(self, actor: Actor, section: str | None = None) -> QWidget:
        from app.ui.main_window import MainWindow

        window = MainWindow(self.club.database, actor)
        window.keeps_database = True  # closing a window must not close the shared database
        window.resize(*MAIN_SIZE)
        window.show()
        if section is not None:
            window.show_section(section)
        settle()
        return window

    def hauptfenster(self) -> QWidget:
        return self._main(self.club.advisor)

    def faelle(self) -> QWidget:
        return self._main(self.club.advisor, "cases")

    def beratungen(self) -> QWidget:
        return self._main(self.club.advisor, "consultations")

    def kurse(self) -> QWidget:
        from app.ui.pages.courses import CoursesPage

        window = self._main(self.club.advisor, "courses")
        page = window.findChild(CoursesPage)
        assert page is not None
        running = next(
            row
            for row, course in enumerate(page.courses.rows())
            if course.title.startswith("Deutsch")
        )
        page.list.setCurrentIndex(page.courses.index(running, 0))
        settle()
        return window

    def termine(self) -> QWidget:
        """The advisor's week of appointments, with the day list below."""
        return self._main(self.club.advisor, "appointments")

    def ehrenamt(self) -> QWidget:
        return self._main(self.club.coordinator, "volunteers")

    def meine_stunden(self) -> QWidget:
        return self._main(self.club.volunteer)  # a volunteer's own start page

    def berichte(self) -> QWidget:
        from app.ui.pages.reports import ReportsPage

        window = self._main(self.club.treasurer, "reports")
        page = window.findChild(ReportsPage)
        assert page is not None
        select_data(page.kind, "counselling")
        page.show_preview()
        return window

    def benutzerkonten(self) -> QWidget:
        from app.ui.pages.settings import SettingsPage

        window = self._main(self.club.admin, "settings")
        page = window.findChild(SettingsPage)
        assert page is not None and page.users is not None
        page.tabs.setCurrentWidget(page.users)
        page.users.view.selectRow(1)
        return window

    def listen(self) -> QWidget:
        from app.ui.pages.settings import SettingsPage

        window = self._main(self.club.admin, "settings")
        page = window.findChild(SettingsPage)
        assert page is not None and page.lists is not None
        page.tabs.setCurrentWidget(page.lists)
        return window

    # case work -------------------------------------------------------------------------
    def _case(self, tab: str) -> QWidget:
        from app.ui.case_window import CaseFileWindow

        window = CaseFileWindow(self.club.database, self.club.advisor, self.club.case_id)
        window.tabs.setCurrentWidget(getattr(window, tab))
        window.show()
        return window

    def fallakte(self) -> QWidget:
        return self._case("consultations")

    def einwilligungen(self) -> QWidget:
        return self._case("consents")

    def neuer_fall(self) -> QWidget:
        from app.ui.dialogs.case_form import CaseFormDialog

        dialog = CaseFormDialog(self.club.database, self.club.advisor)
        dialog.first_name.setText("Olena")
        dialog.last_name.setText("Hryhorenko")
        select_data(dialog.gender, Gender.FEMALE)
        dialog.birth_date.setText("12.05.1987")
        dialog.city.setText("Hannover")
        dialog.nationalities.setText("Ukraine")
        dialog.languages.setText("Ukrainisch; Russisch")
        dialog.show()
        return dialog

    def beratung_erfassen(self) -> QWidget:
        from app.ui.dialogs.consultation import ConsultationDialog

        case = read_case_file(self.club.database, self.club.advisor, self.club.case_id)
        dialog = ConsultationDialog(
            self.club.database,
            self.club.advisor,
            self.club.case_id,
            f"Beratung – Nour Al-Khatib ({case.participant.case_number})",
            languages=case.languages,
            project_ids=[self.club.esf_project_id],
        )
        for row in range(dialog.topics.count()):
            item = dialog.topics.item(row)
            if item.text() in ("Arbeit und Arbeitssuche", "Sprachkurse"):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.note.setPlainText(
            "Anmeldung zum Fachsprachkurs Pharmazie ist abgeschickt. Bewerbung als "
            "Pharmazeutisch-technische Assistentin für die Zeit bis zur Anerkennung besprochen."
        )
        dialog.start_time.setTime(QTime(10, 30))
        dialog.follow_up.setChecked(True)
        dialog.follow_up_subject.setText("Zusage Sprachkurs nachfragen")
        dialog.draft_timer.stop()
        dialog.show()
        return dialog

    def projekt_aufnahme(self) -> QWidget:
        from app.ui.dialogs.enrollment import EnrollmentDialog

        dialog = EnrollmentDialog(
            self.club.database, self.club.advisor, self.club.new_case_id, sensitive=True
        )
        select_data(dialog.project, self.club.esf_project_id)
        questions = dialog.questionnaire
        select_data(questions.employment, EmploymentStatus.UNEMPLOYED)
        questions.unemployed_months.setValue(4)
        select_data(questions.education, EducationLevel.ISCED_3_4)
        select_data(questions.foreign_origin, Answer.YES)
        dialog.show()
        dialog.adjustSize()
        return dialog

    def austritt(self) -> QWidget:
        from app.ui.dialogs.enrollment import ExitDialog

        case = read_case_file(self.club.database, self.club.advisor, self.club.case_id)
        dialog = ExitDialog(self.club.database, self.club.advisor, case.enrollments[0])
        dialog.box.reason.setCurrentIndex(1)
        select_data(dialog.box.status, ExitStatus.EMPLOYED)
        dialog.box.qualification.setCurrentIndex(2)
        dialog.show()
        return dialog

    # volunteering ----------------------------------------------------------------------
    def _active_volunteers(self) -> list[tuple[int, str]]:
        return [
            (row.id, f"{row.name} ({row.number})")
            for row in list_volunteers(self.club.database, self.club.coordinator)
            if row.status == VolunteerStatus.ACTIVE
        ]

    def stunden(self) -> QWidget:
        from app.ui.dialogs.volunteer import HoursDialog

        dialog = HoursDialog(self.club.database, self.club.coordinator, self._active_volunteers())
        dialog.hours.setText("2,5")
        dialog.note.setText("Begleitung zur Ausländerbehörde")
        dialog.show()
        return dialog

    def woche(self) -> QWidget:
        from app.ui.dialogs.week import WeekDialog

        dialog = WeekDialog(self.club.database, self.club.coordinator, self._active_volunteers())
        dialog.move_week(-7)
        for cell, hours in zip(dialog.cells, ("2", "", "1,5", "", "3"), strict=False):
            cell.setText(hours)
        dialog.show()
        return dialog

    def tandem(self) -> QWidget:
        from app.ui.dialogs.tandem import TandemDialog

        dialog = TandemDialog(self.club.database, self.club.coordinator)
        dialog.find_text.setText("Tesfaye")
        dialog.find_participants()
        dialog.goal_boxes[next(iter(dialog.goal_boxes))].setChecked(True)
        dialog.show()
        return dialog

    def pauschale(self) -> QWidget:
        from app.ui.dialogs.allowance import PaymentDialog

        rows = list_volunteers(self.club.database, self.club.treasurer)
        choices = [(row.id, f"{row.name} ({row.number})") for row in rows]
        dialog = PaymentDialog(self.club.database, self.club.treasurer, choices)
        active = next(row.id for row in rows if row.status == VolunteerStatus.ACTIVE)
        select_data(dialog.volunteer, active)
        select_data(dialog.kind, AllowanceKind.VOLUNTEER_ALLOWANCE)
        dialog.amount.setText("240,00")
        dialog.show()
        return dialog

    def stundennachweise(self) -> QWidget:
        from app.ui.dialogs.timesheets import TimesheetDialog

        choices = [
            (row.number, f"{row.name} ({row.number})")
            for row in list_volunteers(self.club.database, self.club.coordinator)
        ]
        dialog = TimesheetDialog(self.club.database, self.club.coordinator, choices)
        dialog.show()
        return dialog

    # administration --------------------------------------------------------------------
    def benutzer_neu(self) -> QWidget:
        from app.domain.enums import Role
        from app.ui.dialogs.users import UserDialog

        dialog = UserDialog(self.club.database, self.club.admin)
        dialog.username.setText("mariam.said")
        dialog.display_name.setText("Mariam Said")
        select_data(dialog.role, Role.ADVISOR)
        dialog.password.setText("vorläufig-123")
        dialog.repeat.setText("vorläufig-123")
        dialog.show()
        return dialog

    def protokoll(self) -> QWidget:
        from app.ui.dialogs.audit_viewer import AuditViewer

        viewer = AuditViewer(self.club.database, self.club.admin)
        viewer.resize(980, 560)
        viewer.show()
        return viewer

    def projekt_bearbeiten(self) -> QWidget:
        from app.ui.dialogs.project import ProjectDialog

        project = next(
            p
            for p in list_projects(self.club.database, self.club.admin)
            if p.id == self.club.esf_project_id
        )
        dialog = ProjectDialog(self.club.database, self.club.admin, project)
        dialog.tabs.setCurrentIndex(2)  # Verbleib: success and the exit reasons
        dialog.show()
        return dialog


def shot_names() -> list[str]:
    """Every picture, as its file name without ``.png`` (method names with hyphens)."""
    return [
        name.replace("_", "-")
        for name in vars(Shots)
        if not name.startswith("_") and callable(getattr(Shots, name))
    ]


def take_all(work: Path, out: Path, only: set[str]) -> list[str]:
    user_config.default_config_file = lambda: work / "config" / user_config.CONFIG_FILE
    application = QApplication.instance() or QApplication(["lotse-handbuch"])
    assert isinstance(application, QApplication)
    prepare_application(application, "de")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resources.path("fonts", name)))
    application.setFont(QFont("DejaVu Sans", 9))
    club = build_club(work)
    shots = Shots(work, club)
    taken = []
    for name in shot_names():
        if only and name not in only:
            continue
        build: Callable[[], QWidget] = getattr(shots, name.replace("-", "_"))
        window = build()
        save_png(window, out / f"{name}.png")
        taken.append(name)
        # Hidden, not closed: closing a filled form would ask whether to discard it.
        window.hide()
        window.deleteLater()
        settle()
    club.database.close()
    return taken
