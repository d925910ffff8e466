"""The tabs of the volunteering page and of the case window: each has its own table
model, which passes Qt's model checks with real rows from the services (also while its
rows are replaced), and reads its data only when the tab is shown."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.enums import AllowanceKind, ConsentKind, EventKind, Gender, MeetingRhythm, Role
from app.services.actor import Actor
from app.services.allowances import PaymentInput, add_payment, list_payments
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.enrollments import enroll, record_consent
from app.services.events import EventInput, list_events, save_event
from app.services.followups import add_follow_up
from app.services.mentorships import MentorshipInput, create_mentorship, list_mentorships
from app.services.projects import list_projects
from app.services.users import add_user, link_volunteer
from app.services.volunteer_hours import (
    HoursInput,
    add_hours,
    own_hours,
    submitted_hours,
    volunteer_labels,
)
from app.services.volunteers import VolunteerInput, list_volunteers, save_volunteer
from app.storage.database import Database
from app.ui.case_window import CaseFileWindow
from app.ui.case_window.consultations_tab import ConsultationsTab
from app.ui.models.base import ListTableModel
from app.ui.models.case_file import ConsentModel, EnrollmentModel, FollowUpModel, MentorshipModel
from app.ui.models.volunteers import (
    AllowancesModel,
    ApprovalsModel,
    EventsModel,
    OwnHoursModel,
    RegistryModel,
    TandemsModel,
)
from app.ui.pages.volunteers import allowances, events, registry, tandems
from app.ui.pages.volunteers.registry import SEARCH_DELAY_MS
from tests.ui.test_volunteers_page import open_tab, shown_page

Row = TypeVar("Row")


@dataclass(frozen=True)
class Club:
    """A volunteer with hours (she entered some, which wait for approval; the office
    entered the rest), a tandem, an event and a payment; a volunteer's login linked to
    her; a case in a project with a follow-up and a consent."""

    volunteer_login: Actor
    participant_id: int


@pytest.fixture
def club(database: Database, admin: Actor) -> Club:
    today = date.today()
    reem = save_volunteer(
        database,
        admin,
        VolunteerInput(
            "Reem",
            "Mansour",
            languages=("ar",),
            clearance_seen_on=today - timedelta(days=30),
            training_on=today - timedelta(days=30),
        ),
    )
    save_volunteer(database, admin, VolunteerInput("Karl", "Meier"))
    assert reem.id is not None
    mentee = create_case(database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE))
    assert mentee.id is not None
    create_mentorship(
        database,
        admin,
        MentorshipInput(
            reem.id,
            mentee.id,
            today - timedelta(days=20),
            goals_text="Job",
            rhythm=MeetingRhythm.WEEKLY,
        ),
    )
    user = add_user(database, admin, "reem", Role.VOLUNTEER.value, "passwort-123-lang")
    assert user.id is not None
    link_volunteer(database, admin, user.id, reem.id)
    login = Actor(user.id, user.username, "Reem Mansour", Role.VOLUNTEER)
    worked = today - timedelta(days=2)
    add_hours(database, login, HoursInput(reem.id, worked, "1,5", participant_id=mentee.id))
    add_hours(database, admin, HoursInput(reem.id, worked - timedelta(days=1), "2"))
    save_event(
        database,
        admin,
        EventInput(
            EventKind.INFO_EVENT, "Infoabend", worked, 20, 12, 8, 0, helpers=((reem.id, "3"),)
        ),
    )
    add_payment(
        database,
        admin,
        PaymentInput(
            reem.id,
            AllowanceKind.VOLUNTEER_ALLOWANCE,
            worked,
            "100",
            covers_from=worked,
            covers_to=worked,
        ),
    )
    project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert project.id is not None
    enroll(database, admin, mentee.id, project.id, today - timedelta(days=10))
    add_follow_up(database, admin, mentee.id, today + timedelta(days=7), "Bescheid nachfragen")
    record_consent(database, admin, mentee.id, ConsentKind.DATA_PROCESSING, today)
    return Club(login, mentee.id)


def check(qtmodeltester: ModelTester, model: ListTableModel[Row], rows: list[Row]) -> None:
    """Qt's checks on the model with ``rows``, and while the rows are replaced."""
    assert rows, "the check needs real rows"
    qtmodeltester.check(model)  # Qt's tester stays attached and checks every change
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert isinstance(model.index(row, column).data(), str)
    model.set_rows([])
    model.set_rows(rows)


def test_volunteering_models(
    qtmodeltester: ModelTester, database: Database, admin: Actor, club: Club
) -> None:
    registry_model = RegistryModel(clearances=True)
    check(qtmodeltester, registry_model, list_volunteers(database, admin))
    assert registry_model.index(0, RegistryModel.COL_NAME).data() == "Reem Mansour"
    assert registry_model.index(0, RegistryModel.COL_LANGUAGES).data() == "Arabisch"
    assert registry_model.index(1, RegistryModel.COL_CLEARANCE).data() == "fehlt"

    approvals_model = ApprovalsModel()
    check(qtmodeltester, approvals_model, submitted_hours(database, admin))
    approvals_model.set_rows(submitted_hours(database, admin), volunteer_labels(database, admin))
    assert approvals_model.index(0, ApprovalsModel.COL_VOLUNTEER).data() == "Reem Mansour (E-0001)"
    assert approvals_model.index(0, ApprovalsModel.COL_HOURS).data() == "1,50"

    own_model = OwnHoursModel()
    check(qtmodeltester, own_model, own_hours(database, club.volunteer_login))
    states = {
        own_model.index(r, OwnHoursModel.COL_STATUS).data() for r in range(own_model.rowCount())
    }
    assert states == {"eingereicht", "freigegeben"}  # entered by herself; by the office

    tandems_model = TandemsModel()
    check(qtmodeltester, tandems_model, list_mentorships(database, admin))
    assert tandems_model.index(0, TandemsModel.COL_MENTEE).data().startswith("Olena Kovalenko (")

    events_model = EventsModel()
    check(qtmodeltester, events_model, list_events(database, admin, date.today().year))
    assert events_model.index(0, EventsModel.COL_BY_GENDER).data() == "12 w / 8 m / 0 d"

    allowances_model = AllowancesModel()
    check(qtmodeltester, allowances_model, list_payments(database, admin, date.today().year))
    assert allowances_model.index(0, AllowancesModel.COL_AMOUNT).data() == "100,00 €"


def test_case_window_models(
    qtmodeltester: ModelTester, database: Database, admin: Actor, club: Club
) -> None:
    case = read_case_file(database, admin, club.participant_id)
    enrollments = EnrollmentModel([], date.today())
    check(qtmodeltester, enrollments, case.enrollments)
    assert enrollments.index(0, EnrollmentModel.COL_PROJECT).data() == "WIR-2026"
    follow_ups = FollowUpModel([])
    check(qtmodeltester, follow_ups, case.follow_ups)
    assert follow_ups.index(0, FollowUpModel.COL_SUBJECT).data() == "Bescheid nachfragen"
    consents = ConsentModel([])
    check(qtmodeltester, consents, case.consents)
    mentorships = MentorshipModel([])
    check(qtmodeltester, mentorships, case.mentorships)
    assert mentorships.index(0, MentorshipModel.COL_VOLUNTEER).data() == "Reem Mansour"


def test_recognition_and_placement_models(
    qtmodeltester: ModelTester, database: Database, admin: Actor, club: Club
) -> None:
    from app.domain.enums import ContractType, EconomicSector, RecognitionResult
    from app.services.recognition import (
        PlacementInput,
        ProcedureInput,
        save_placement,
        save_procedure,
    )
    from app.ui.models.case_file import PlacementModel, ProcedureModel

    save_procedure(
        database,
        admin,
        club.participant_id,
        ProcedureInput(
            "Zahnärztin",
            kldb_code="81424",
            qualification_country="IR",
            qualification_year=2012,
            applied_on=date(2026, 2, 1),
            decided_on=date(2026, 5, 1),
            result=RecognitionResult.PARTIAL_EQUIVALENCE,
        ),
    )
    save_placement(
        database,
        admin,
        club.participant_id,
        PlacementInput(
            "Praxis Dr. Ahmadi",
            date(2026, 6, 1),
            ContractType.MARGINAL,
            employer_town="Hannover",
            sector=EconomicSector.Q,
            weekly_hours="12",
        ),
    )
    case = read_case_file(database, admin, club.participant_id)
    procedures = ProcedureModel([])
    check(qtmodeltester, procedures, case.procedures)
    assert procedures.index(0, ProcedureModel.COL_OCCUPATION).data() == "Zahnärztin (81424)"
    assert procedures.index(0, ProcedureModel.COL_COUNTRY).data() == "Iran, 2012"
    assert procedures.index(0, ProcedureModel.COL_RESULT).data() == (
        "teilweise Gleichwertigkeit (Ausgleichsmaßnahme)"
    )
    placements = PlacementModel([])
    check(qtmodeltester, placements, case.placements)
    assert placements.index(0, PlacementModel.COL_EMPLOYER).data() == "Praxis Dr. Ahmadi, Hannover"
    assert placements.index(0, PlacementModel.COL_CONTRACT).data() == "geringfügig"
    assert placements.index(0, PlacementModel.COL_HOURS).data() == "12,00"


class Calls:
    """Counts the calls of a service function and passes them on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.count = 0
        real: Callable[..., Any] = getattr(module, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)


def test_a_tab_reads_its_data_only_when_shown_and_again_only_when_stale(
    qtbot: QtBot, database: Database, admin: Actor, club: Club, monkeypatch: pytest.MonkeyPatch
) -> None:
    tandem_reads = Calls(monkeypatch, tandems, "list_mentorships")
    event_reads = Calls(monkeypatch, events, "list_events")
    payment_reads = Calls(monkeypatch, allowances, "list_payments")
    page = shown_page(qtbot, database, admin)  # the registry is the first tab
    assert (tandem_reads.count, event_reads.count, payment_reads.count) == (0, 0, 0)

    tandems_tab = open_tab(page, page.tandems)
    assert tandem_reads.count == 1 and tandems_tab.model.rowCount() == 1
    open_tab(page, page.registry)
    open_tab(page, page.tandems)
    assert tandem_reads.count == 1  # nothing changed: shown again without reading

    events_tab = open_tab(page, page.events)
    assert event_reads.count == 1 and events_tab.model.rowCount() == 1
    save_event(database, admin, EventInput(EventKind.WORKSHOP, "Sommerfest", date.today(), 40))
    open_tab(page, page.registry)
    page.refresh()  # something was saved: every tab is stale, only the visible one reads
    assert (tandem_reads.count, event_reads.count, payment_reads.count) == (1, 1, 0)
    open_tab(page, page.events)
    assert event_reads.count == 2 and events_tab.model.rowCount() == 2
    assert payment_reads.count == 0  # never shown, never read
    events_tab.year.setValue(date.today().year - 1)  # another year: read at once
    assert event_reads.count == 3 and events_tab.model.rowCount() == 0


def test_typing_in_the_search_reads_the_registry_once_after_a_pause(
    qtbot: QtBot, database: Database, admin: Actor, club: Club, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown_page(qtbot, database, admin)
    registry_tab = page.registry
    assert registry_tab is not None and registry_tab.model.rowCount() == 2
    reads = Calls(monkeypatch, registry, "list_volunteers")
    tandem_reads = Calls(monkeypatch, tandems, "list_mentorships")
    qtbot.keyClicks(registry_tab.search, "meier")
    assert reads.count == 0  # not once per letter
    qtbot.waitUntil(lambda: reads.count == 1, timeout=5 * SEARCH_DELAY_MS)
    qtbot.wait(2 * SEARCH_DELAY_MS)
    assert reads.count == 1
    assert [r.name for r in registry_tab.model.rows()] == ["Karl Meier"]
    assert tandem_reads.count == 0  # the search concerns the registry only


def test_the_approvals_title_counts_without_reading_the_tab(
    qtbot: QtBot, database: Database, admin: Actor, club: Club, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.pages.volunteers import approvals

    reads = Calls(monkeypatch, approvals, "submitted_hours")
    page = shown_page(qtbot, database, admin)
    assert page.tabs.tabText(page.tabs.indexOf(page.approvals)) == "Freizugebende Stunden (1)"
    assert reads.count == 0
    approvals_tab = open_tab(page, page.approvals)
    assert reads.count == 1 and approvals_tab.model.rowCount() == 1
    approvals_tab.view.selectAll()
    approvals_tab.approve_button.click()  # the tab saved: it reads again at once
    assert reads.count == 2 and approvals_tab.model.rowCount() == 0
    assert page.tabs.tabText(page.tabs.indexOf(page.approvals)) == "Freizugebende Stunden (0)"


def test_a_case_tab_fills_itself_when_shown_and_after_a_newer_case_file(
    qtbot: QtBot, database: Database, admin: Actor, club: Club, monkeypatch: pytest.MonkeyPatch
) -> None:
    fills = Calls(monkeypatch, ConsultationsTab, "show_case")
    window = CaseFileWindow(database, admin, club.participant_id)
    qtbot.addWidget(window)
    window.show()  # the Person tab first
    assert fills.count == 0
    window.tabs.setCurrentWidget(window.consultations)
    assert fills.count == 1
    window.tabs.setCurrentWidget(window.person)
    window.tabs.setCurrentWidget(window.consultations)
    assert fills.count == 1
    window.tabs.setCurrentWidget(window.person)
    window.reload()
    assert fills.count == 1  # not on screen: filled when shown
    window.tabs.setCurrentWidget(window.consultations)
    assert fills.count == 2
