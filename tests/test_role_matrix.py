"""Every role against every path that reads or writes case, consultation, volunteer,
clearance, allowance, report and export data: no role can do more than the matrix
allows (``domain/permissions.py`` says what, ``services/scope.py`` says which cases).

One table: a row per path, a column per role. A cell is either ``DENIED`` (the
service refuses with PermissionDenied) or what the path must give that role, e.g.
which of the three case files (own, another advisor's, unassigned) come back.
Scoped reads therefore assert that exactly the permitted rows come back, and
scoped writes which of the cases they may change.

The world is built once for the module; the paths that write add things of their
own (a new case, an hour on a day of its own) and never move a case between
advisors, so the cells do not depend on each other's order.
"""

import csv
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from app.domain.enums import (
    Activity,
    AllowanceKind,
    AttendanceState,
    ConsentKind,
    ContractType,
    CourseKind,
    DocumentKind,
    EconomicSector,
    EducationLevel,
    EmploymentStatus,
    ErasureGround,
    Gender,
    MeetingRhythm,
    MentorshipGoal,
    Role,
    SensitiveAnswer,
)
from app.reports.model import Period
from app.services import passwords
from app.services.actor import Actor
from app.services.allowances import PaymentInput, add_payment, list_payments, volunteer_standings
from app.services.appointments import (
    AppointmentInput,
    create_appointment,
    list_appointments,
    write_letter,
)
from app.services.audit_trail import AuditFilter, list_audit
from app.services.case_file import read_case_file
from app.services.case_list import CaseQuery, count_cases, fetch_cases
from app.services.cases import CaseInput, create_case, find_duplicates, update_case
from app.services.consultations import (
    ConsultationInput,
    ConsultationQuery,
    add_consultation,
    count_consultations,
    fetch_consultations,
    update_consultation,
)
from app.services.courses import (
    CourseInput,
    SessionInput,
    add_session,
    enroll_participant,
    list_courses,
    read_course,
    save_course,
    set_attendance,
    write_attendance_list,
    write_certificate,
)
from app.services.enrollments import EntryAnswers, enroll, record_consent
from app.services.errors import PermissionDenied, ValidationError
from app.services.followups import add_follow_up
from app.services.mentorships import (
    MentorshipInput,
    create_mentorship,
    find_mentees,
    list_mentorships,
    write_agreement,
)
from app.services.overview import overview_figures
from app.services.privacy import anonymise_due, due_anonymisations, erase_case
from app.services.projects import list_projects
from app.services.recognition import (
    PlacementInput,
    ProcedureInput,
    delete_procedure,
    save_placement,
    save_procedure,
)
from app.services.reports import (
    build_counselling_report,
    build_esf_report,
    build_recognition_report,
    build_volunteer_report,
    write_report,
)
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, set_setting
from app.services.setup import SetupInput
from app.services.spreadsheets.export import export_all
from app.services.spreadsheets.importer import run_import
from app.services.start_page import start_page
from app.services.timesheets import write_timesheets
from app.services.users import add_user
from app.services.volunteer_hours import HoursInput, add_hours
from app.services.volunteers import VolunteerInput, get_volunteer, list_volunteers, paperwork_due
from app.services.volunteers import save_volunteer as save_volunteer_service
from app.storage import keyslots
from app.storage.database import Database
from tests.clubs import new_club
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF, first_project

ROLES = ("admin", "advisor", "advisor_own", "coordinator", "treasurer", "volunteer")
DENIED = "denied"
# The three case files every case path looks at: the advisor's own, another advisor's
# (whose participant is in a tandem), and one nobody is responsible for yet.
CASES = ("own", "foreign", "unassigned")
ALL = frozenset(CASES)
OWN = frozenset({"own", "unassigned"})
ENTRY = date(2026, 3, 2)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
PASSWORD = "passwort-123-lang"


@dataclass
class World:
    database: Database
    actors: dict[str, Actor]
    cases: dict[str, int]  # label -> participant id
    case_numbers: dict[str, str]
    consultations: dict[str, int]  # label -> consultation id
    volunteer_id: int
    volunteer_number: str
    spare_case: int  # for tandems agreed by the write paths
    folder: Path
    course_id: int  # a course with all three cases enrolled
    course_session_id: int
    course_members: dict[str, int]  # label -> course participation id
    days: Iterator[int] = field(default_factory=itertools.count)
    hour_days: Iterator[int] = field(default_factory=itertools.count)

    def label(self, participant_id: int) -> str | None:
        return next((k for k, v in self.cases.items() if v == participant_id), None)

    def labels(self, ids: object) -> frozenset[str]:
        found = (self.label(i) for i in ids)  # type: ignore[attr-defined]
        return frozenset(label for label in found if label is not None)

    def restrict(self, on: bool) -> None:
        set_setting(self.database, self.actors["admin"], RESTRICT_ADVISORS_TO_OWN_CASES, on)

    def next_day(self) -> date:
        """A day of its own for hours a path books (at most 10 hours a day count)."""
        return date(2026, 1, 1) + timedelta(days=next(self.hour_days))

    def audit_count(self, actor: Actor, action: str, entity: str) -> int:
        with self.database.engine.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(*) FROM audit_event WHERE user_id = :user "
                        "AND action = :action AND entity = :entity"
                    ),
                    {"user": actor.user_id, "action": action, "entity": entity},
                ).scalar_one()
            )


def _actor(database: Database, admin: Actor, name: str, role: Role) -> Actor:
    user = add_user(database, admin, name, role.value, PASSWORD, name.title())
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, role)


def _case(database: Database, actor: Actor, first: str, last: str, born: date, **more: Any) -> int:
    case = create_case(
        database,
        actor,
        CaseInput(first, last, Gender.FEMALE, birth_date=born, postcode="30159", **more),
        today=date(2026, 11, 20),
    )
    assert case.id is not None
    return case.id


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
        patch.setattr(keyslots, "DEFAULT_COST", CHEAP_KDF)
        folder = tmp_path_factory.mktemp("matrix")
        setup = SetupInput("Matrix e.V.", "admin", ADMIN_PASSWORD, "Ada Admin", first_project())
        with new_club(folder / "data", setup) as (database, admin):
            anna = _actor(database, admin, "anna", Role.ADVISOR)
            samir = _actor(database, admin, "samir", Role.ADVISOR)
            actors = {
                "admin": admin,
                "advisor": anna,
                "advisor_own": anna,
                "coordinator": _actor(database, admin, "jana", Role.COORDINATOR),
                "treasurer": _actor(database, admin, "kurt", Role.TREASURER),
                "volunteer": _actor(database, admin, "vera", Role.VOLUNTEER),
            }
            cases = {
                "own": _case(database, anna, "Omar", "Haddad", date(1990, 5, 1)),
                "foreign": _case(database, samir, "Ayşe", "Yılmaz", date(1985, 2, 2)),
                "unassigned": _case(database, admin, "Lina", "Koval", date(1979, 9, 9)),
            }
            spare = _case(database, samir, "Pavel", "Sokolov", date(2001, 1, 1))
            project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
            assert project.id is not None
            answers = EntryAnswers(
                EmploymentStatus.INACTIVE,
                None,
                EducationLevel.ISCED_3_4,
                SensitiveAnswer.YES,
                SensitiveAnswer.YES,
            )
            for label in ("own", "foreign"):
                enroll(database, admin, cases[label], project.id, ENTRY, answers)
            consultations = {
                "own": add_consultation(
                    database, anna, ConsultationInput(cases["own"], ENTRY, 30, note="notiz eigen")
                ).id,
                "foreign": add_consultation(
                    database,
                    samir,
                    ConsultationInput(cases["foreign"], ENTRY, 30, note="notiz fremd"),
                ).id,
                "anonymous own": add_consultation(
                    database, anna, ConsultationInput(None, ENTRY, 10, note="kurz eigen")
                ).id,
                "anonymous foreign": add_consultation(
                    database, samir, ConsultationInput(None, ENTRY, 10, note="kurz fremd")
                ).id,
            }
            volunteer = save_volunteer_service(
                database,
                admin,
                VolunteerInput(
                    "Vera",
                    "Mentorin",
                    clearance_seen_on=date(2025, 6, 1),
                    training_on=date(2025, 6, 1),
                ),
            )
            assert volunteer.id is not None
            with database.engine.begin() as connection:
                connection.execute(
                    text("UPDATE volunteer SET user_id = :user WHERE id = :id"),
                    {"user": actors["volunteer"].user_id, "id": volunteer.id},
                )
            create_mentorship(
                database,
                admin,
                MentorshipInput(
                    volunteer.id,
                    cases["foreign"],
                    ENTRY,
                    goals=(MentorshipGoal.APPLICATIONS,),
                    rhythm=MeetingRhythm.WEEKLY,
                ),
            )
            add_payment(
                database,
                admin,
                PaymentInput(
                    volunteer.id,
                    AllowanceKind.VOLUNTEER_ALLOWANCE,
                    date(2026, 4, 1),
                    "120,00",
                    covers_from=date(2026, 3, 1),
                    covers_to=date(2026, 3, 31),
                ),
            )
            numbers = {label: _number(database, case_id) for label, case_id in cases.items()}
            course = _new_course(database, admin)
            course_session = add_session(database, admin, course, SessionInput(ENTRY, time(9), 90))
            members = {
                label: enroll_participant(database, admin, course, case_id)
                for label, case_id in cases.items()
            }
            for case_id in cases.values():  # attended: each may get a certificate
                set_attendance(database, admin, course_session, case_id, AttendanceState.PRESENT)
            assert all(isinstance(i, int) for i in consultations.values())
            yield World(
                database,
                actors,
                cases,
                numbers,
                {k: int(v or 0) for k, v in consultations.items()},
                volunteer.id,
                volunteer.number,
                spare,
                folder,
                course,
                course_session,
                members,
            )


def _new_course(database: Database, actor: Actor) -> int:
    course = save_course(
        database,
        actor,
        CourseInput("Deutsch B1", CourseKind.LANGUAGE_COURSE, date(2026, 3, 1), date(2026, 6, 30)),
    )
    assert course.id is not None
    return course.id


def _number(database: Database, participant_id: int) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT case_number FROM participant WHERE id = :id"), {"id": participant_id}
            ).scalar_one()
        )


def each_case(world: World, action: Callable[[int], object]) -> frozenset[str]:
    """The cases the action succeeds on; refused on every one: PermissionDenied."""
    allowed: set[str] = set()
    refusal: PermissionDenied | None = None
    for label in CASES:
        try:
            action(world.cases[label])
        except PermissionDenied as error:
            refusal = error
        else:
            allowed.add(label)
    if not allowed and refusal is not None:
        raise refusal
    return frozenset(allowed)


def _csv(world: World, name: str, headers: list[str], rows: list[list[object]]) -> Path:
    path = world.folder / f"{name}-{next(world.days)}.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


# -- case files ---------------------------------------------------------------------------


def case_list(world: World, actor: Actor) -> frozenset[str]:
    rows = fetch_cases(world.database, actor, CaseQuery(), 0, 100)
    assert count_cases(world.database, actor, CaseQuery()) == len(rows)
    return world.labels(r.id for r in rows)


def case_search(world: World, actor: Actor) -> frozenset[str]:
    found: set[str] = set()
    for name in ("haddad", "yilmaz", "koval"):
        found |= world.labels(
            r.id for r in fetch_cases(world.database, actor, CaseQuery(name), 0, 9)
        )
    return frozenset(found)


def case_file(world: World, actor: Actor) -> tuple[frozenset[str], bool, bool]:
    """Which case files open, whether special categories and notes show, and that every
    opening was audited before the file was returned."""
    shown: list[Any] = []

    def read(participant_id: int) -> None:
        before = world.audit_count(actor, "view", "participant")
        shown.append(read_case_file(world.database, actor, participant_id))
        assert world.audit_count(actor, "view", "participant") == before + 1

    opened = each_case(world, read)
    sensitive = any(e.enrollment.disability is not None for c in shown for e in c.enrollments)
    notes = any(v.note for c in shown for v in c.consultations)
    return opened, sensitive, notes


def duplicate_check(world: World, actor: Actor) -> frozenset[str]:
    people = {
        "own": ("Omar", "Haddad"),
        "foreign": ("Ayse", "Yilmaz"),
        "unassigned": ("Lina", "Koval"),
    }
    found: set[str] = set()
    for first, last in people.values():
        hints = find_duplicates(world.database, actor, first, last, None, "30159")
        found |= world.labels(h.participant_id for h in hints)
    return frozenset(found)


def start_page_cases(world: World, actor: Actor) -> frozenset[str]:
    return world.labels(
        item.participant_id for item in start_page(world.database, actor).recent_cases
    )


def overview_count(world: World, actor: Actor) -> str | None:
    """The start page counts the cases the case list shows (None: no case figures)."""
    total = overview_figures(world.database, actor).cases_total
    if total is None:
        return None
    listed = count_cases(world.database, actor, CaseQuery())
    return "as listed" if total == listed else f"{total} counted, {listed} listed"


def new_case(world: World, actor: Actor) -> str:
    _case(world.database, actor, "Neu", f"Person{next(world.days)}", date(2000, 1, 1))
    return "ok"


def change_case(world: World, actor: Actor) -> frozenset[str]:
    admin = world.actors["admin"]

    def change(participant_id: int) -> None:
        case = read_case_file(world.database, admin, participant_id)
        names = {f.name for f in fields(CaseInput)} - {"nationalities", "languages"}
        data = CaseInput(
            **{name: getattr(case.participant, name) for name in names},
            nationalities=tuple(case.nationalities),
            languages=tuple(case.languages),
        )
        update_case(world.database, actor, participant_id, data, today=date(2026, 11, 20))

    return each_case(world, change)


def record_consent_path(world: World, actor: Actor) -> frozenset[str]:
    return each_case(
        world,
        lambda case_id: record_consent(
            world.database, actor, case_id, ConsentKind.ART13_NOTICE, ENTRY, "v1"
        ),
    )


def first_contact_path(world: World, actor: Actor) -> frozenset[str]:
    from app.domain.enums import ConsentForm
    from app.services.consents import ConsentAnswer, record_first_contact

    answer = ConsentAnswer(ConsentKind.PHOTOS, ConsentForm.ORAL)
    return each_case(
        world,
        lambda case_id: record_first_contact(
            world.database, actor, case_id, True, [answer], "N-1", "C-1"
        ),
    )


def withdraw_path(world: World, actor: Actor) -> frozenset[str]:
    """Withdrawing a consent the administration recorded for each case."""
    from app.domain.enums import ConsentForm
    from app.services.consents import record_consent, withdraw_consent

    def withdraw(case_id: int) -> None:
        consent = record_consent(
            world.database, world.actors["admin"], case_id, ConsentKind.CONTACT, ENTRY,
            given_as=ConsentForm.WRITTEN,
        )  # fmt: skip
        assert consent.id is not None
        withdraw_consent(world.database, actor, consent.id, ENTRY)

    return each_case(world, withdraw)


def notice_pdf(world: World, actor: Actor) -> frozenset[str]:
    """The information notice of each case; the person is named, so it is audited."""
    from app.services.notices import NoticeKind, write_notice_form

    def write(case_id: int) -> None:
        before = world.audit_count(actor, "export", "participant")
        path = world.folder / f"information-{next(world.days)}.pdf"
        write_notice_form(world.database, actor, case_id, NoticeKind.NOTICE, path)
        assert world.audit_count(actor, "export", "participant") == before + 1

    return each_case(world, write)


def access_export(world: World, actor: Actor) -> frozenset[str]:
    from app.services.access_request import write_access_export

    return each_case(
        world,
        lambda case_id: write_access_export(
            world.database, actor, case_id, world.folder / f"auskunft-{next(world.days)}"
        ),
    )


def partner_export(world: World, actor: Actor) -> str:
    from app.services.consents import add_partner, list_partners
    from app.services.partner_export import export_for_partner

    if not list_partners(world.database):
        add_partner(world.database, world.actors["admin"], "Jobcenter Nord", None)
    partner = list_partners(world.database)[0].id
    export_for_partner(world.database, actor, partner, world.folder / f"p-{next(world.days)}")
    return "ok"


def records_of_processing_pdf(world: World, actor: Actor) -> str:
    from app.services.records_of_processing import write_records_of_processing

    write_records_of_processing(world.database, actor, world.folder / f"vvt-{next(world.days)}")
    return "ok"


def add_follow_up_path(world: World, actor: Actor) -> frozenset[str]:
    return each_case(
        world, lambda case_id: add_follow_up(world.database, actor, case_id, ENTRY, "Anruf")
    )


def case_documents(world: World, actor: Actor) -> frozenset[str]:
    """A document kept with the case, listed and opened (its bytes leave through a copy)."""
    from app.services.documents import Owner, OwnerKind, add_document, list_documents, open_copy

    scan = world.folder / f"scan-{next(world.days)}.pdf"
    scan.write_bytes(b"%PDF scan")

    def keep_and_open(case_id: int) -> None:
        owner = Owner(OwnerKind.CASE, case_id)
        kept = add_document(
            world.database, actor, owner, scan, "Scan", DocumentKind.OTHER, ENTRY, ENTRY
        )
        assert kept.id is not None
        assert list_documents(world.database, actor, owner)
        open_copy(world.database, actor, kept.id)

    return each_case(world, keep_and_open)


def volunteer_documents(world: World, actor: Actor) -> str:
    from app.services.documents import Owner, OwnerKind, list_documents

    list_documents(world.database, actor, Owner(OwnerKind.VOLUNTEER, world.volunteer_id))
    return "ok"


def recognition_path(world: World, actor: Actor) -> frozenset[str]:
    """A procedure added, changed and removed: all three on the same cases."""

    def change(case_id: int) -> None:
        data = ProcedureInput("Pflegefachfrau", kldb_code="81302", applied_on=ENTRY)
        saved = save_procedure(world.database, actor, case_id, data)
        assert saved.id is not None
        save_procedure(world.database, actor, case_id, data, saved.id)
        delete_procedure(world.database, actor, case_id, saved.id)

    return each_case(world, change)


def placement_path(world: World, actor: Actor) -> frozenset[str]:
    return each_case(
        world,
        lambda case_id: save_placement(
            world.database,
            actor,
            case_id,
            PlacementInput("Firma", ENTRY, ContractType.MARGINAL, sector=EconomicSector.G),
        ),
    )


# -- courses --------------------------------------------------------------------------------


def course_list(world: World, actor: Actor) -> int:
    """How many of the course's participants the list counts for the actor."""
    (row,) = [r for r in list_courses(world.database, actor) if r.id == world.course_id]
    return row.participants


def course_participants(world: World, actor: Actor) -> frozenset[str]:
    before = world.audit_count(actor, "view", "course")
    view = read_course(world.database, actor, world.course_id)
    assert world.audit_count(actor, "view", "course") == before + 1
    assert view.hidden_members == len(CASES) - len(view.members)
    return world.labels(m.participant_id for m in view.members)


def plan_course(world: World, actor: Actor) -> str:
    course = _new_course(world.database, actor)
    add_session(world.database, actor, course, SessionInput(ENTRY, time(14), 60))
    return "ok"


def enroll_in_course(world: World, actor: Actor) -> frozenset[str]:
    course = _new_course(world.database, world.actors["admin"])
    return each_case(
        world, lambda case_id: enroll_participant(world.database, actor, course, case_id)
    )


def tick_attendance(world: World, actor: Actor) -> frozenset[str]:
    return each_case(
        world,
        lambda case_id: set_attendance(
            world.database, actor, world.course_session_id, case_id, AttendanceState.PRESENT
        ),
    )


# -- appointments ---------------------------------------------------------------------------
APPOINTMENTS_FROM = date(2027, 1, 4)
BOOKED_AT = datetime(2026, 12, 1, 8, 0)  # "now" for the booking: every day above lies ahead


def _appointment_day(world: World) -> date:
    return APPOINTMENTS_FROM + timedelta(days=next(world.days))


def book_appointment(world: World, actor: Actor) -> frozenset[str]:
    """For which cases the actor books an appointment in their own name."""
    day = _appointment_day(world)
    hours = iter(range(9, 17))
    return each_case(
        world,
        lambda case_id: create_appointment(
            world.database, actor,
            AppointmentInput(actor.user_id, day, time(next(hours)), 30, participant_id=case_id),
            moment=BOOKED_AT,
        ),
    )  # fmt: skip


def week_of_appointments(world: World, actor: Actor) -> frozenset[str]:
    """Whose appointments the week view shows: one per case, each with the case's own
    advisor (the unassigned case with Samir); listing is audited."""
    admin, day = world.actors["admin"], _appointment_day(world)
    samir = read_case_file(world.database, admin, world.cases["foreign"]).participant.advisor_id
    advisors = {"own": world.actors["advisor"].user_id, "foreign": samir, "unassigned": samir}
    for number, (label, advisor) in enumerate(advisors.items()):
        create_appointment(
            world.database, admin,
            AppointmentInput(advisor, day, time(9 + number), 30,
                             participant_id=world.cases[label]),
            moment=BOOKED_AT,
        )  # fmt: skip
    before = world.audit_count(actor, "view", "appointment")
    rows = list_appointments(world.database, actor, day, day)
    assert world.audit_count(actor, "view", "appointment") == before + 1
    return world.labels(r.participant_id for r in rows if r.participant_id is not None)


def appointment_letter(world: World, actor: Actor) -> frozenset[str]:
    """For which cases the actor prints the letter of an appointment in their name (the
    administrator books them)."""
    admin, day = world.actors["admin"], _appointment_day(world)
    hours = iter(range(9, 17))
    advisor = actor if actor.role in (Role.ADMIN, Role.ADVISOR) else admin

    def letter(case_id: int) -> None:
        booked = create_appointment(
            world.database, admin,
            AppointmentInput(advisor.user_id, day, time(next(hours)), 30, participant_id=case_id),
            moment=BOOKED_AT,
        )  # fmt: skip
        write_letter(world.database, actor, booked, world.folder / f"termin-{booked}.pdf")

    return each_case(world, letter)


def case_file_recognition(world: World, actor: Actor) -> frozenset[str]:
    """Whose procedures come back with the case file (read through its scope)."""
    shown: set[str] = set()
    refusal: PermissionDenied | None = None
    admin = world.actors["admin"]
    for label in CASES:
        case_id = world.cases[label]
        if not read_case_file(world.database, admin, case_id).procedures:
            save_procedure(world.database, admin, case_id, ProcedureInput("Arzt"))
        try:
            if read_case_file(world.database, actor, case_id).procedures:
                shown.add(label)
        except PermissionDenied as error:
            refusal = error
    if not shown and refusal is not None:
        raise refusal
    return frozenset(shown)


def attendance_list(world: World, actor: Actor) -> frozenset[str]:
    """Whose names the list to sign prints."""
    from pypdf import PdfReader

    path = world.folder / f"liste-{next(world.days)}.pdf"
    write_attendance_list(world.database, actor, world.course_session_id, path)
    words = "".join(page.extract_text() for page in PdfReader(path).pages)
    return frozenset(label for label, (_, last) in NAMES.items() if last in words)


def course_certificate(world: World, actor: Actor) -> frozenset[str]:
    issued: set[str] = set()
    refusal: PermissionDenied | None = None
    for label, member in world.course_members.items():
        try:
            write_certificate(
                world.database, actor, member, world.folder / f"tnb-{next(world.days)}.pdf"
            )
        except PermissionDenied as error:
            refusal = error
        else:
            issued.add(label)
    if not issued and refusal is not None:
        raise refusal
    return frozenset(issued)


# -- consultations --------------------------------------------------------------------------


def consultation_list(world: World, actor: Actor) -> tuple[frozenset[str], bool]:
    """Which consultations are listed, whether their notes come along, and that a listing
    with notes was audited."""
    before = world.audit_count(actor, "view", "consultation")
    rows = fetch_consultations(world.database, actor, ConsultationQuery(), 0, 100)
    assert count_consultations(world.database, actor, ConsultationQuery()) == len(rows)
    labels = {v: k for k, v in world.consultations.items()}
    shown = frozenset(labels[r.id] for r in rows if r.id in labels)
    notes = any(r.note for r in rows)
    assert world.audit_count(actor, "view", "consultation") == before + (1 if notes else 0)
    return shown, notes


def add_consultation_path(world: World, actor: Actor) -> frozenset[str]:
    return each_case(
        world,
        lambda case_id: add_consultation(
            world.database, actor, ConsultationInput(case_id, ENTRY, 15, note="neu")
        ),
    )


def correct_consultation(world: World, actor: Actor) -> frozenset[str]:
    changed: set[str] = set()
    refusal: PermissionDenied | None = None
    for label in ("own", "foreign"):
        consultation_id = world.consultations[label]
        case_id = world.cases[label]
        try:
            update_consultation(
                world.database,
                actor,
                consultation_id,
                ConsultationInput(case_id, ENTRY, 30, note=f"notiz {label} korrigiert"),
            )
        except PermissionDenied as error:
            refusal = error
        else:
            changed.add(label)
    if not changed and refusal is not None:
        raise refusal
    return frozenset(changed)


# -- imports --------------------------------------------------------------------------------

PARTICIPANT_HEADERS = [
    "Fallnummer", "Vorname", "Nachname", "Geschlecht", "Geburtsdatum", "Projekt",
    "Eintrittsdatum",
]  # fmt: skip
NAMES = {"own": ("Omar", "Haddad"), "foreign": ("Ayşe", "Yılmaz"), "unassigned": ("Lina", "Koval")}
BORN = {"own": "01.05.1990", "foreign": "02.02.1985", "unassigned": "09.09.1979"}


def import_participants_by_number(world: World, actor: Actor) -> frozenset[str]:
    """Which cases a Teilnehmende sheet may update by their case numbers (dry runs)."""
    accepted: set[str] = set()
    for label in CASES:
        first, last = NAMES[label]
        row = [world.case_numbers[label], first, last, "weiblich", BORN[label], "WIR-2026",
               "02.03.2026"]  # fmt: skip
        path = _csv(world, "teilnehmende", PARTICIPANT_HEADERS, [row])
        result = run_import(world.database, actor, "participants", path, dry_run=True)
        if result.ok:
            assert result.updated == 1
            accepted.add(label)
    return frozenset(accepted)


def import_participants_by_person(world: World, actor: Actor) -> frozenset[str]:
    """Whose case a row without a case number is recognised as: only cases in the scope
    (another advisor's person becomes a new case, as the duplicate check shows nothing)."""
    recognised: set[str] = set()
    for label in CASES:
        first, last = NAMES[label]
        row = ["", first, last, "weiblich", BORN[label], "WIR-2026", "02.03.2026"]
        path = _csv(world, "teilnehmende", PARTICIPANT_HEADERS, [row])
        result = run_import(world.database, actor, "participants", path, dry_run=True)
        assert result.ok, result.errors
        if result.updated == 1:
            recognised.add(label)
        else:
            assert result.created == 1
    return frozenset(recognised)


def import_consultations(world: World, actor: Actor) -> frozenset[str]:
    """Which Beratungen rows are accepted: on each case in the actor's name, on the
    advisor's own case in another advisor's name, and one changing another advisor's
    consultation (dry runs)."""
    headers = ["Fallnummer", "Datum", "Dauer Minuten", "Notiz", "Berater/in"]
    accepted: set[str] = set()
    scenarios = {label: [world.case_numbers[label], "05.03.2026", 20, "neu", ""] for label in CASES}
    scenarios["in another's name"] = [world.case_numbers["own"], "05.03.2026", 20, "neu", "samir"]
    # The same case, day, duration and form as Samir's consultation: the row would
    # change his note.
    scenarios["another's consultation"] = [world.case_numbers["foreign"], "02.03.2026", 30,
                                           "überschrieben", ""]  # fmt: skip
    for name, row in scenarios.items():
        path = _csv(world, "beratungen", headers, [row])
        if run_import(world.database, actor, "consultations", path, dry_run=True).ok:
            accepted.add(name)
    return frozenset(accepted)


def import_volunteers(world: World, actor: Actor) -> str:
    path = _csv(world, "ehrenamt", ["Vorname", "Nachname"], [["Neu", "Helferin"]])
    assert run_import(world.database, actor, "volunteers", path, dry_run=True).ok
    return "ok"


def import_hours(world: World, actor: Actor) -> frozenset[str]:
    """Hours of the mentor Vera: without a case, for her mentee, for a case that is not."""
    headers = ["Ehrenamtliche/r", "Datum", "Stunden", "Fallnummer"]
    scenarios = {
        "no case": "",
        "mentee": world.case_numbers["foreign"],
        "not a mentee": world.case_numbers["own"],
    }
    accepted: set[str] = set()
    for name, number in scenarios.items():
        row = [world.volunteer_number, "06.03.2026", "1", number]
        path = _csv(world, "stunden", headers, [row])
        if run_import(world.database, actor, "hours", path, dry_run=True).ok:
            accepted.add(name)
    return frozenset(accepted)


# -- volunteers, clearances, allowances, tandems ----------------------------------------------


def volunteer_list(world: World, actor: Actor) -> tuple[bool, bool]:
    """Whether Vera is listed, and whether her police clearance shows."""
    rows = list_volunteers(world.database, actor)
    vera = next((r for r in rows if r.id == world.volunteer_id), None)
    return vera is not None, vera is not None and vera.clearance_due is not None


def volunteer_record(world: World, actor: Actor) -> bool:
    """Whether the volunteer's record carries her police clearance."""
    volunteer, _ = get_volunteer(world.database, actor, world.volunteer_id)
    return volunteer.clearance_seen_on is not None


def save_volunteer(world: World, actor: Actor) -> str:
    save_volunteer_service(
        world.database, actor, VolunteerInput("Neue", f"Helferin{next(world.days)}")
    )
    return "ok"


def paperwork(world: World, actor: Actor) -> str:
    paperwork_due(world.database, actor, date(2026, 11, 20))
    return "ok"


def allowance_list(world: World, actor: Actor) -> bool:
    """Whether the year's payments name Vera."""
    return any("Vera" in row.volunteer for row in list_payments(world.database, actor, 2026))


def allowance_standing(world: World, actor: Actor) -> str:
    volunteer_standings(world.database, actor, world.volunteer_id, 2026)
    return "ok"


def record_payment(world: World, actor: Actor) -> str:
    add_payment(
        world.database,
        actor,
        PaymentInput(world.volunteer_id, AllowanceKind.EXPENSE_REFUND, date(2026, 5, 1), "5"),
    )
    return "ok"


def tandem_list(world: World, actor: Actor) -> bool:
    """Whether the tandems name the mentee."""
    return any(t.mentee == "Ayşe Yılmaz" for t in list_mentorships(world.database, actor))


def mentee_search(world: World, actor: Actor) -> frozenset[str]:
    assert find_mentees(world.database, actor, "") == []  # no browsing without a name
    found: set[str] = set()
    for name in ("haddad", "yilmaz", "koval"):
        found |= world.labels(m.participant_id for m in find_mentees(world.database, actor, name))
    return frozenset(found)


def agree_tandem(world: World, actor: Actor) -> str:
    create_mentorship(
        world.database,
        actor,
        MentorshipInput(
            world.volunteer_id,
            world.spare_case,
            ENTRY,
            goals=(MentorshipGoal.OTHER,),
            rhythm=MeetingRhythm.WEEKLY,
        ),
    )
    return "ok"


def tandem_agreement(world: World, actor: Actor) -> str:
    tandem = list_mentorships(world.database, world.actors["admin"])[-1]
    before = world.audit_count(actor, "export", "mentorship")
    write_agreement(world.database, actor, tandem.id, world.folder / f"v{next(world.days)}.pdf")
    assert world.audit_count(actor, "export", "mentorship") == before + 1
    return "ok"


def hours_for_participant(world: World, actor: Actor) -> frozenset[str]:
    """Hours of Vera booked to her mentee and to a case that is no mentee of hers."""
    booked: set[str] = set()
    refusal: PermissionDenied | None = None
    for name, label in (("mentee", "foreign"), ("not a mentee", "own")):
        data = HoursInput(
            world.volunteer_id, world.next_day(), "1", Activity.MENTORING,
            participant_id=world.cases[label],
        )  # fmt: skip
        try:
            add_hours(world.database, actor, data, today=date(2026, 11, 20))
        except PermissionDenied as error:
            refusal = error
        except ValidationError:
            pass
        else:
            booked.add(name)
    if not booked and refusal is not None:
        raise refusal
    return frozenset(booked)


# -- reports, exports, audit ------------------------------------------------------------------


def esf_report(world: World, actor: Actor) -> frozenset[str] | str:
    """The cases on the ESF participant list, or "aggregates" when the role gets counts
    only; the figures themselves are the same for every role, and the view is audited."""
    before = world.audit_count(actor, "view", "report")
    report = build_esf_report(world.database, actor, "WIR-2026", *YEAR)
    assert world.audit_count(actor, "view", "report") == before + 1
    assert report.table("ESF-Indikatoren").rows[0][2] == 2  # both enrollments counted
    disabled = next(r for r in report.table("ESF-Indikatoren").rows if r[0] == "EECO12")
    assert disabled[2] == 2
    titles = [t.title for t in report.tables]
    if "Teilnehmendenliste" not in titles:
        quality = report.table("Datenqualität")
        assert quality.columns == ["Kennzahl", "Teilnahmen"]
        return "aggregates"
    numbers = {v: k for k, v in world.case_numbers.items()}
    listed = frozenset(numbers[r[0]] for r in report.table("Teilnehmendenliste").rows)
    assert {numbers[r[0]] for r in report.table("Datenqualität").rows} <= listed
    return listed


def volunteer_report(world: World, actor: Actor) -> bool:
    """Whether the volunteer report names who was paid what."""
    report = build_volunteer_report(world.database, actor, 2026)
    text_of_report = repr([t.rows for t in report.tables])
    named = "Vera Mentorin" in text_of_report
    assert (report.table("Aufwandsentschädigungen").rows != []) is True
    return named


def counselling_report(world: World, actor: Actor) -> str:
    build_counselling_report(world.database, actor, [], *YEAR)
    return "ok"


def recognition_report(world: World, actor: Actor) -> str:
    """Aggregates only: no role gets a per-person sheet."""
    report = build_recognition_report(world.database, actor, *YEAR)
    assert all(t.title != "Teilnehmende" for t in report.tables)
    return "ok"


def report_file(world: World, actor: Actor) -> str:
    report = build_counselling_report(world.database, actor, [], *YEAR)
    path = world.folder / f"bericht-{next(world.days)}.xlsx"
    before = world.audit_count(actor, "export", "report")
    write_report(world.database, actor, report, "xlsx", path)
    assert path.exists() and world.audit_count(actor, "export", "report") == before + 1
    return "ok"


def full_export(world: World, actor: Actor) -> str:
    export_all(world.database, actor, world.folder / f"export-{next(world.days)}.xlsx")
    return "ok"


def timesheets(world: World, actor: Actor) -> str:
    folder = world.folder / f"nachweise-{next(world.days)}"
    folder.mkdir()
    write_timesheets(world.database, actor, Period(*YEAR), folder, world.volunteer_number)
    return "ok"


def audit_trail(world: World, actor: Actor) -> str:
    list_audit(world.database, actor, AuditFilter())
    return "ok"


def due_list(world: World, actor: Actor) -> str:
    due_anonymisations(world.database, actor, date(2026, 11, 20))
    return "ok"


def anonymise_what_is_due(world: World, actor: Actor) -> str:
    anonymise_due(world.database, actor, date(2026, 11, 20))
    return "ok"


def erase_a_case(world: World, actor: Actor) -> str:
    admin = world.actors["admin"]
    victim = _case(world.database, admin, "Weg", f"Person{next(world.days)}", date(1990, 1, 1))
    erase_case(world.database, actor, victim, ErasureGround.OBJECTION, date(2026, 11, 20))
    return "ok"


def row(*cells: object) -> dict[str, object]:
    assert len(cells) == len(ROLES)
    return dict(zip(ROLES, cells, strict=True))


D = DENIED
OK = "ok"
# path: (probe, row(admin, advisor, advisor_own, coordinator, treasurer, volunteer))
MATRIX: dict[str, tuple[Callable[[World, Actor], object], dict[str, object]]] = {
    # case files
    "case list": (case_list, row(ALL, ALL, OWN, D, D, D)),
    "case search": (case_search, row(ALL, ALL, OWN, D, D, D)),
    "case file (opens, special categories, notes)": (
        case_file,
        row((ALL, True, True), (ALL, True, True), (OWN, True, True), D, D, D),
    ),
    "duplicate check": (duplicate_check, row(ALL, ALL, OWN, D, D, D)),
    "start page: recent cases": (
        start_page_cases,
        row(ALL, ALL, OWN, frozenset(), frozenset(), frozenset()),
    ),
    "start page: cases counted": (
        overview_count,
        row("as listed", "as listed", "as listed", None, None, None),
    ),
    "create a case": (new_case, row(OK, OK, OK, D, D, D)),
    "change a case": (change_case, row(ALL, ALL, OWN, D, D, D)),
    "record a consent": (record_consent_path, row(ALL, ALL, OWN, D, D, D)),
    "add a follow-up": (add_follow_up_path, row(ALL, ALL, OWN, D, D, D)),
    # data protection (issue #14)
    "first contact: notice and consents": (first_contact_path, row(ALL, ALL, OWN, D, D, D)),
    "withdraw a consent": (withdraw_path, row(ALL, ALL, OWN, D, D, D)),
    "information notice PDF": (notice_pdf, row(ALL, ALL, OWN, D, D, D)),
    "right of access (Art. 15)": (access_export, row(ALL, D, D, D, D, D)),
    "partner export": (partner_export, row(OK, D, D, D, D, D)),
    "records of processing (Art. 30)": (records_of_processing_pdf, row(OK, D, D, D, D, D)),
    "recognition procedures (read with the case file)": (
        case_file_recognition,
        row(ALL, ALL, OWN, D, D, D),
    ),
    "recognition procedure (add, change, remove)": (recognition_path, row(ALL, ALL, OWN, D, D, D)),
    "record a placement": (placement_path, row(ALL, ALL, OWN, D, D, D)),
    # documents (issue #17): a case's follow the case file; a volunteer's the registry
    "case documents (keep, list, open)": (case_documents, row(ALL, ALL, OWN, D, D, D)),
    "volunteer documents": (volunteer_documents, row(OK, D, D, OK, D, D)),
    # courses: the course itself is no case data; who takes part and attends is
    "course list (participants counted)": (course_list, row(3, 3, 2, D, D, D)),
    "course participants (named, audited)": (course_participants, row(ALL, ALL, OWN, D, D, D)),
    "plan a course and its sessions": (plan_course, row(OK, OK, OK, D, D, D)),
    "enroll in a course": (enroll_in_course, row(ALL, ALL, OWN, D, D, D)),
    "tick attendance": (tick_attendance, row(ALL, ALL, OWN, D, D, D)),
    "attendance list PDF (names)": (attendance_list, row(ALL, ALL, OWN, D, D, D)),
    "course certificate PDF": (course_certificate, row(ALL, ALL, OWN, D, D, D)),
    # appointments: case work; a restricted advisor sees their own and their cases'
    "book an appointment": (book_appointment, row(ALL, ALL, OWN, D, D, D)),
    "appointments of a week (named, audited)": (
        week_of_appointments,
        row(ALL, ALL, frozenset({"own"}), D, D, D),
    ),
    "appointment letter PDF": (appointment_letter, row(ALL, ALL, OWN, D, D, D)),
    # consultations
    "consultation list (rows, notes)": (
        consultation_list,
        row(
            (frozenset({"own", "foreign", "anonymous own", "anonymous foreign"}), True),
            (frozenset({"own", "foreign", "anonymous own", "anonymous foreign"}), True),
            (frozenset({"own", "anonymous own"}), True),
            D,
            D,
            D,
        ),
    ),
    "add a consultation": (add_consultation_path, row(ALL, ALL, OWN, D, D, D)),
    "correct a consultation": (
        correct_consultation,
        row(frozenset({"own", "foreign"}), frozenset({"own"}), frozenset({"own"}), D, D, D),
    ),
    # imports and the duplicate check inside them
    "import participants by case number": (
        import_participants_by_number,
        row(ALL, ALL, OWN, D, D, D),
    ),
    "import participants matched by person": (
        import_participants_by_person,
        row(ALL, ALL, OWN, D, D, D),
    ),
    "import consultations": (
        import_consultations,
        row(ALL | {"in another's name", "another's consultation"}, ALL, OWN, D, D, D),
    ),
    "import volunteers": (import_volunteers, row(OK, D, D, OK, D, D)),
    "import hours": (
        import_hours,
        row(
            frozenset({"no case", "mentee", "not a mentee"}),
            D,
            D,
            frozenset({"no case", "mentee"}),
            D,
            D,
        ),
    ),
    # volunteers and their police clearances
    "volunteer list (listed, clearance)": (
        volunteer_list,
        row((True, True), (True, False), (True, False), (True, True), (True, False), D),
    ),
    "volunteer record: clearance": (volunteer_record, row(True, False, False, True, False, D)),
    "register a volunteer": (save_volunteer, row(OK, D, D, OK, D, D)),
    "clearances due": (paperwork, row(OK, D, D, OK, D, D)),
    # allowances
    "allowance payments (named)": (allowance_list, row(True, D, D, True, True, D)),
    "allowance standing": (allowance_standing, row(OK, D, D, OK, OK, D)),
    "record a payment": (record_payment, row(OK, D, D, D, OK, D)),
    # tandems
    "tandem list (mentee named)": (tandem_list, row(True, D, D, True, D, D)),
    "mentee search": (mentee_search, row(ALL, D, D, ALL, D, D)),
    "agree a tandem": (agree_tandem, row(OK, D, D, OK, D, D)),
    "tandem agreement PDF": (tandem_agreement, row(OK, D, D, OK, D, D)),
    "hours for a participant": (
        hours_for_participant,
        row(
            frozenset({"mentee", "not a mentee"}),
            D,
            D,
            frozenset({"mentee"}),
            D,
            frozenset({"mentee"}),
        ),
    ),
    # reports and exports
    "ESF report (per-person list)": (
        esf_report,
        row(
            frozenset({"own", "foreign"}),
            frozenset({"own", "foreign"}),
            frozenset({"own"}),
            "aggregates",
            "aggregates",
            D,
        ),
    ),
    "volunteer report (named allowances)": (
        volunteer_report,
        row(True, False, False, True, True, D),
    ),
    "counselling report": (counselling_report, row(OK, OK, OK, OK, OK, D)),
    "recognition report (aggregates)": (recognition_report, row(OK, OK, OK, OK, OK, D)),
    "report file": (report_file, row(OK, OK, OK, OK, OK, D)),
    "timesheets": (timesheets, row(OK, OK, OK, OK, OK, D)),
    "full export": (full_export, row(OK, D, D, D, D, D)),
    "audit trail": (audit_trail, row(OK, D, D, D, D, D)),
    # retention and erasure
    "anonymisations due": (due_list, row(OK, D, D, D, D, D)),
    "anonymise what is due": (anonymise_what_is_due, row(OK, D, D, D, D, D)),
    "erase a case (Art. 17)": (erase_a_case, row(OK, D, D, D, D, D)),
}


@pytest.mark.parametrize(("path", "role"), [(p, r) for p in MATRIX for r in ROLES])
def test_role_path_matrix(world: World, path: str, role: str) -> None:
    world.restrict(role == "advisor_own")
    probe, expected = MATRIX[path]
    actor = world.actors[role]
    if expected[role] == DENIED:
        with pytest.raises(PermissionDenied):
            probe(world, actor)
    else:
        assert probe(world, actor) == expected[role]


def test_the_matrix_has_every_role_in_every_row() -> None:
    assert all(set(cells) == set(ROLES) for _, cells in MATRIX.values())
