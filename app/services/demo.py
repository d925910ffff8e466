"""Realistic, deterministic demo data: a counselling club in Hannover.

The same seed and reference date always give the same data. Rows are
written with bulk inserts in one transaction, so a failure leaves nothing behind.

A small demo is a young club (three years of case files); a large one has counselled
for up to ten years and grows: each year opens more cases than the one before, so
50,000 case files give about 500,000 consultations, 300,000 volunteer-hour entries
and about 7,000 entries into the ESF project in the last year (what ``make bench``
measures on).
"""

import itertools
import random
import secrets
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.domain.ages import age_on
from app.domain.case_numbers import (
    VOLUNTEER_SEQUENCE,
    format_case_number,
    format_volunteer_number,
    sequence_name,
)
from app.domain.countries import EU_MEMBER_STATES, STATELESS, is_third_country_national
from app.domain.enums import (
    Activity,
    AdaptationKind,
    AllowanceKind,
    Answer,
    AppointmentStatus,
    AttendanceState,
    AuditAction,
    CaseStatus,
    ConsentForm,
    ConsentKind,
    ConsultationFormat,
    ConsultationKind,
    ContractType,
    CourseKind,
    EconomicSector,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    Gender,
    GermanLevel,
    HoursStatus,
    MeetingRhythm,
    MentorshipGoal,
    MentorshipStatus,
    RecognitionResult,
    RecognitionStatus,
    ReferralSource,
    ResidenceStatus,
    Role,
    SchoolQualification,
    SensitiveAnswer,
    VocationalQualification,
    VolunteerStatus,
    has_qualification,
)
from app.domain.esf import EMPLOYED_AT_ENTRY, ENTRY_QUESTIONS, UNEMPLOYED_MONTHS
from app.domain.models import (
    AllowanceDeclaration,
    AllowancePayment,
    Appointment,
    Attendance,
    AuditEvent,
    Consent,
    Consultation,
    ConsultationReferral,
    ConsultationTopic,
    Course,
    CourseParticipant,
    CourseSession,
    Enrollment,
    Event,
    EventLanguage,
    EventTopic,
    ExitReason,
    FollowUp,
    Mentorship,
    MentorshipGoalLink,
    Organisation,
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
    Placement,
    Project,
    RecognitionProcedure,
    ReferralTarget,
    Topic,
    User,
    Volunteer,
    VolunteerHours,
    VolunteerLanguage,
)
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.domain.search_text import fold, participant_search_key, volunteer_search_key
from app.services import demo_data as data
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ServiceError, ValidationError
from app.services.i18n import translate
from app.services.numbering import reserve
from app.services.passwords import hash_password
from app.services.projects import seed_project_lists
from app.services.users import set_key_slot
from app.storage.database import Database

MAX_PARTICIPANTS = 200_000
# Case files a club opens per year of its history: 50,000 case files are ten years.
CASES_PER_HISTORY_YEAR = 5_000
MIN_HISTORY_YEARS, MAX_HISTORY_YEARS = 3, 10
# Each year opens this much more cases than the one before (a growing club).
YEARLY_GROWTH = 1.3
# Follow-up consultations of a case: exponentially distributed around this mean, so most
# cases have a handful and a few long ones have fifty or more.
MEAN_FOLLOW_UPS = 11.5
MAX_CONSULTATIONS_PER_CASE = 90
QUESTIONNAIRE_COLUMNS = (*ENTRY_QUESTIONS, UNEMPLOYED_MONTHS)
BATCH = 5_000

Progress = Callable[[str], None]


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    consultations: int
    follow_ups: int
    volunteers: int
    hours: int
    mentorships: int
    events: int
    staff_usernames: tuple[str, ...]
    # The password of each account this run created (shown once by the CLI).
    staff_passwords: dict[str, str] = field(default_factory=dict)


STAFF = (
    ("leyla.demir", "Leyla Demir", Role.ADVISOR),
    ("samir.haddad", "Samir Haddad", Role.ADVISOR),
    ("olena.koval", "Olena Koval", Role.ADVISOR),
    ("jana.becker", "Jana Becker", Role.COORDINATOR),
    ("thomas.wagner", "Thomas Wagner", Role.TREASURER),
    ("karl.meier", "Karl Meier", Role.VOLUNTEER),
)


def create_demo_data(
    database: Database,
    actor: Actor,
    participants: int,
    seed: int,
    staff_password: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> DemoSummary:
    """Fill the database with demo data.

    New staff accounts get ``staff_password`` (tests, screenshots) or, by default, each
    a random password of its own, returned in ``staff_passwords``. A database holding
    data that demo did not make (case files, consultations, volunteers entered or
    imported by people) is refused unless ``force``: fake people must not mix with
    real ones."""
    actor.require(Permission.DEMO_DATA)
    if not force and holds_real_data(database):
        raise ServiceError(
            translate(
                "Errors",
                "This database already holds case files, consultations or volunteers that "
                "were not made by the demo. Demo data is meant for an empty database: use a "
                "new data folder (--data-dir), or add --force to mix fake people with these.",
            )
        )
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise ValidationError(
            "participants",
            translate("Errors", "Participants: a whole number from 1 to {n} is allowed.").format(
                n=MAX_PARTICIPANTS
            ),
        )
    builder = _DemoBuilder(random.Random(seed), today or date.today(), progress or _silent)
    with database.session() as session:
        summary = builder.build(session, actor, participants, staff_password)
        _continue_id_sequences(session)
        passwords = builder.new_passwords
        new_staff = builder.new_staff
        record(
            session,
            actor,
            AuditAction.DEMO,
            "database",
            None,
            reason=f"demo data: {participants} participants, seed {seed}",
        )
        session.commit()
    # Each new demo account gets its own key slot, or it could never open the database.
    for user_id, username in new_staff:
        set_key_slot(database, user_id, username, passwords[username])
    database.optimize(after_bulk_change=True)
    return replace(summary, staff_passwords=passwords)


# Tables a club's own data lives in, and the audit actions with which people add to them.
# (An import is audited under its sheet's key.)
REAL_DATA_ENTITIES = (
    "participant",
    "consultation",
    "volunteer",
    "volunteer_hours",
    "enrollment",
    "participants",
    "consultations",
    "volunteers",
    "hours",
)


def holds_real_data(database: Database) -> bool:
    """True when people entered or imported records here: the audit trail names each
    created or imported record, and demo data writes only its one "demo" event."""
    audit = table(AuditEvent).c
    with database.read_connection() as connection:
        audited = connection.execute(
            sa.select(1)
            .where(
                audit.action.in_([AuditAction.CREATE, AuditAction.IMPORT]),
                audit.entity.in_(REAL_DATA_ENTITIES),
            )
            .limit(1)
        ).first()
        demo_made = connection.execute(
            sa.select(1).where(audit.action == AuditAction.DEMO).limit(1)
        ).first()
        rows = connection.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM participant) OR EXISTS (SELECT 1 FROM volunteer) "
            "OR EXISTS (SELECT 1 FROM consultation)"
        ).scalar()
    # Rows without any demo run are real too (e.g. written before audits named them).
    return audited is not None or (bool(rows) and demo_made is None)


def _silent(_message: str) -> None:
    pass


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(sa.insert(model), rows[start : start + BATCH])


# The tables the builder fills with ids of its own (``_next_id``).
NUMBERED_BY_THE_DEMO = (
    Participant,
    Consultation,
    Volunteer,
    Event,
    Course,
    CourseSession,
    CourseParticipant,
    Mentorship,
)


def _continue_id_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from a sequence that rows inserted with their own ids do
    not move: it continues after the demo's highest id, or the next record saved would
    take an id the demo used. (SQLite takes the next id from the table itself.)"""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in NUMBERED_BY_THE_DEMO:
        name = table(model).name
        session.execute(
            sa.select(
                sa.func.setval(
                    sa.func.pg_get_serial_sequence(f'"{name}"', "id"),
                    sa.select(
                        sa.func.coalesce(sa.func.max(table(model).c.id), 0) + 1
                    ).scalar_subquery(),
                    False,
                )
            )
        )


def _next_id(session: Session, model: Any) -> int:
    return (
        int(session.execute(sa.select(sa.func.coalesce(sa.func.max(model.id), 0))).scalar_one()) + 1
    )


class _DemoBuilder:
    def __init__(self, rng: random.Random, today: date, progress: Progress) -> None:
        self.rng = rng
        self.today = today
        self.progress = progress
        self.now = datetime.combine(today, time(9, 0), tzinfo=UTC)
        self.reasons: dict[int | None, dict[str, int | None]] = {}
        self.new_staff: list[tuple[int, str]] = []
        self.new_passwords: dict[str, str] = {}
        self.history_years = MIN_HISTORY_YEARS

    # -- helpers -------------------------------------------------------------
    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def day_between(self, start: date, end: date) -> date:
        span = max((end - start).days, 0)
        return start + timedelta(days=self.rng.randint(0, span))

    def person_name(self, origin: data.Origin, gender: Gender) -> tuple[str, str]:
        female = gender == Gender.FEMALE or (gender != Gender.MALE and self.chance(0.5))
        first = self.rng.choice(origin.female if female else origin.male)
        family = (
            origin.family
            if female
            else tuple(name for name in origin.family if not name.endswith(data.FEMININE_ENDINGS))
        )
        return first, self.rng.choice(family)

    def opening_day(self) -> date:
        """The day a case opened: the years of the club's history weighted by its growth."""
        years = self.history_years
        weights = [YEARLY_GROWTH**index for index in range(years)]
        back = years - 1 - self.rng.choices(range(years), weights)[0]
        start = self.today - timedelta(days=365 * (back + 1))
        return self.day_between(start + timedelta(days=1), start + timedelta(days=365))

    # -- whole build ---------------------------------------------------------
    def build(
        self, session: Session, actor: Actor, count: int, password: str | None
    ) -> DemoSummary:
        self.history_years = max(
            MIN_HISTORY_YEARS, min(MAX_HISTORY_YEARS, round(count / CASES_PER_HISTORY_YEAR))
        )
        staff = self.staff(session, password)
        advisors = [uid for uid, role in staff.values() if role == Role.ADVISOR]
        esf, mentoring = self.projects(session)
        topics = list(session.exec(select(Topic.id)).all())
        self.progress(translate("Demo", "Creating case files…"))
        people = self.participants(session, count, advisors, esf, mentoring)
        self.progress(translate("Demo", "Creating consultations…"))
        consultations, follow_ups = self.consultations(session, people, advisors, topics, esf)
        self.progress(translate("Demo", "Creating volunteers, hours and tandems…"))
        volunteer_user = staff["karl.meier"][0]
        volunteers = self.volunteers(session, max(12, min(count // 40 + 10, 1500)), volunteer_user)
        events = self.events(session, esf, mentoring, 12 + count // 1000)
        mentorships = self.mentorships(session, volunteers, people, mentoring)
        hours = self.hours(session, volunteers, mentorships, events, mentoring, actor)
        self.allowances(session, volunteers, mentoring, actor)
        # Last, from a generator of their own: the data above stay as they were.
        own = random.Random(self.rng.random())
        self.recognition(session, people, esf, own)
        self.abroad(session, people, own)
        # Last, so the courses draw from the generator after everything else and the
        # rest of a seed's demo stays as it was.
        self.courses(session, people, esf)
        # Appointments last of all, from a generator of their own.
        self.appointments(session, people, advisors, random.Random(self.rng.random()))
        return DemoSummary(
            participants=len(people),
            consultations=consultations,
            follow_ups=follow_ups,
            volunteers=len(volunteers),
            hours=hours,
            mentorships=len(mentorships),
            events=len(events),
            staff_usernames=tuple(staff),
        )

    def staff(self, session: Session, password: str | None) -> dict[str, tuple[int, Role]]:
        result: dict[str, tuple[int, Role]] = {}
        for username, display_name, role in STAFF:
            user = session.exec(select(User).where(User.username == username)).first()
            if user is None:
                # Each account its own password (unless one is given) and its own hash.
                chosen = password or "-".join(secrets.token_hex(3) for _ in range(4))
                self.new_passwords[username] = chosen
                user = User(
                    username=username,
                    display_name=display_name,
                    role=role,
                    password_hash=hash_password(chosen),
                )
                session.add(user)
                session.flush()
                assert user.id is not None
                self.new_staff.append((user.id, username))
            assert user.id is not None
            result[username] = (user.id, user.role)
        return result

    def projects(self, session: Session) -> tuple[Project, Project]:
        """The club's two demo projects; reused when demo data is added again."""
        organisation_id = session.exec(select(Organisation.id)).one()
        assert organisation_id is not None
        wanted = (
            Project(
                organisation_id=organisation_id,
                code="WIR-HANNOVER",
                name="WIR – Brücken in Arbeit Hannover",
                programme="WIR – Netzwerke integrieren Geflüchtete",
                funder="BMAS / ESF Plus",
                start_date=date(self.today.year - 3, 1, 1),
                end_date=date(self.today.year + 1, 12, 31),
                esf=True,
            ),
            Project(
                organisation_id=organisation_id,
                code="TANDEM",
                name="Tandem – Patenschaften für junge Geflüchtete",
                programme="Menschen stärken Menschen",
                funder="BMFSFJ",
                start_date=date(self.today.year - 2, 4, 1),
                esf=False,
                hourly_rate_cents=1500,
            ),
        )
        found = []
        for candidate in wanted:
            existing = session.exec(select(Project).where(Project.code == candidate.code)).first()
            if existing is None:
                session.add(candidate)
                session.flush()
                assert candidate.id is not None
                seed_project_lists(session, candidate.id)
            found.append(existing or candidate)
        for project in found:
            self.reasons[project.id] = {
                reason.name: reason.id
                for reason in session.exec(
                    select(ExitReason).where(ExitReason.project_id == project.id)
                )
            }
        return found[0], found[1]

    def reason(self, project: Project, *names: str) -> int | None:
        """One of the project's exit reasons (the demo's default names)."""
        known = self.reasons.get(project.id, {})
        candidates = [known[name] for name in names if name in known]
        return self.rng.choice(candidates) if candidates else None

    def participants(
        self, session: Session, count: int, advisors: list[int], esf: Project, mentoring: Project
    ) -> list[dict[str, Any]]:
        rng = self.rng
        weights = [origin.weight for origin in data.ORIGINS]
        created = sorted(self.opening_day() for _ in range(count))
        per_year: dict[int, int] = defaultdict(int)
        for day in created:
            per_year[day.year] += 1
        next_counter = {
            year: reserve(session, sequence_name(year), n) for year, n in per_year.items()
        }
        next_id = _next_id(session, Participant)
        people: list[dict[str, Any]] = []
        nationality_rows: list[dict[str, Any]] = []
        language_rows: list[dict[str, Any]] = []
        enrollment_rows: list[dict[str, Any]] = []
        consent_rows: list[dict[str, Any]] = []
        for index, opened in enumerate(created):
            origin = rng.choices(data.ORIGINS, weights)[0]
            gender = rng.choices(list(Gender), [48, 46, 2, 4])[0]
            first, last = self.person_name(origin, gender)
            case_number = format_case_number(opened.year, next_counter[opened.year])
            next_counter[opened.year] += 1
            birth = self.day_between(date(1962, 1, 1), date(2008, 12, 31))
            postcode, city = rng.choice(data.PLACES)
            phone = f"0{rng.choice(['151', '160', '176', '511'])} {rng.randint(1000000, 9999999)}"
            # Most cases close within two years; a few stay open for long.
            long_ago = opened < self.today - timedelta(days=730)
            closed = opened < self.today - timedelta(days=240) and self.chance(
                0.9 if long_ago else 0.55
            )
            vocational = self.vocational(age_on(birth, opened))
            school = rng.choice(list(SchoolQualification))
            occupation = rng.choice(data.REFERENCE_OCCUPATIONS) if self.chance(0.4) else None
            participant_id = next_id + index
            nationalities = sorted(
                {rng.choice(origin.nationalities) for _ in range(1 + self.chance(0.08))}
            )
            people.append(
                {
                    "id": participant_id,
                    "case_number": case_number,
                    "first_name": first,
                    "last_name": last,
                    "gender": gender,
                    "birth_date": birth,
                    "street": f"{rng.choice(data.STREETS)} {rng.randint(1, 140)}",
                    "postcode": postcode,
                    "city": city,
                    "phone": phone,
                    "email": None,
                    "birth_country": nationalities[0] if nationalities[0] != "XX" else "SY",
                    "residence_status": self.residence(origin, nationalities),
                    # People come to a counselling service after they arrived.
                    "arrival_year": rng.randint(min(2014, opened.year), opened.year),
                    "school_qualification": school,
                    "school_qualification_country": nationalities[0]
                    if has_qualification(school)
                    else None,
                    "vocational_qualification": vocational,
                    "vocational_qualification_country": nationalities[0]
                    if has_qualification(vocational)
                    else None,
                    "reference_occupation": occupation,
                    "regulated_profession": rng.choices(list(Answer), [45, 45, 10])[0]
                    if occupation
                    else None,
                    "german_level": rng.choices(list(GermanLevel), [6, 16, 18, 22, 16, 8, 2, 4, 8])[
                        0
                    ],
                    "recognition_status": RecognitionStatus.NOT_APPLICABLE
                    if vocational in (VocationalQualification.NONE, VocationalQualification.UNKNOWN)
                    else rng.choice(list(RecognitionStatus)[1:]),
                    "referral_source": rng.choice(list(ReferralSource)),
                    "advisor_id": rng.choice(advisors),
                    "status": CaseStatus.CLOSED if closed else CaseStatus.OPEN,
                    "remarks": None,
                    "search_text": participant_search_key(first, last, case_number, phone),
                    "created_at": datetime.combine(opened, time(10, 0), tzinfo=UTC),
                    "updated_at": datetime.combine(opened, time(10, 0), tzinfo=UTC),
                    "closed_on": None,
                    "anonymised_at": None,
                    "_opened": opened,
                    "_origin": origin,
                    "_closed": closed,
                }
            )
            for position, code in enumerate(nationalities):
                nationality_rows.append(
                    {"participant_id": participant_id, "country_code": code, "position": position}
                )
            for code in sorted(
                set(rng.sample(origin.languages, 1) + (["de"] if self.chance(0.6) else []))
            ):
                language_rows.append({"participant_id": participant_id, "language_code": code})
            if self.chance(0.92):
                consent_rows.append(
                    {
                        "participant_id": participant_id,
                        "kind": ConsentKind.DATA_PROCESSING,
                        "given_on": opened,
                        "version": "2024-01",
                        "given_as": ConsentForm.WRITTEN,
                        "created_at": self.now,
                    }
                )
            if self.chance(0.85):
                consent_rows.append(
                    {
                        "participant_id": participant_id,
                        "kind": ConsentKind.ART13_NOTICE,
                        "given_on": opened,
                        "version": "ESF-2024",
                        "created_at": self.now,
                    }
                )
            people[-1]["_exit"] = None
            if esf.start_date <= opened and self.chance(0.65):
                enrollment = self.esf_enrollment(participant_id, esf, opened, birth, nationalities)
                enrollment_rows.append(enrollment)
                people[-1]["_exit"] = enrollment
                if closed:
                    people[-1]["closed_on"] = enrollment["exit_date"] or opened
            if mentoring.start_date <= opened and self.chance(0.12):
                # Not an ESF project: no questionnaire is asked.
                enrollment_rows.append(
                    {
                        "participant_id": participant_id,
                        "project_id": mentoring.id,
                        "entry_date": opened,
                        "created_at": self.now,
                        "third_country_national": Answer.YES
                        if is_third_country_national(nationalities)
                        else Answer.NO,
                        **dict.fromkeys(QUESTIONNAIRE_COLUMNS),
                    }
                )
            if closed and people[-1]["closed_on"] is None:
                people[-1]["closed_on"] = self.day_between(opened + timedelta(days=30), self.today)
        _insert(
            session,
            Participant,
            [{k: v for k, v in p.items() if not k.startswith("_")} for p in people],
        )
        _insert(session, ParticipantNationality, nationality_rows)
        _insert(session, ParticipantLanguage, language_rows)
        _insert(session, Enrollment, enrollment_rows)
        _insert(session, Consent, consent_rows)
        return people

    def recognition(
        self, session: Session, people: list[dict[str, Any]], esf: Project, rng: random.Random
    ) -> None:
        """A recognition procedure for each person whose case form says one was started
        (agreeing with it), and a placement for most exits into work."""
        decided = {
            RecognitionStatus.FULL_EQUIVALENCE: RecognitionResult.FULL_EQUIVALENCE,
            RecognitionStatus.PARTIAL_EQUIVALENCE: RecognitionResult.PARTIAL_EQUIVALENCE,
            RecognitionStatus.COMPENSATION_MEASURE: RecognitionResult.PARTIAL_EQUIVALENCE,
            RecognitionStatus.REJECTED: RecognitionResult.REJECTED,
        }
        procedures = []
        for person in people:
            status = person["recognition_status"]
            occupation = person["reference_occupation"]
            if not occupation or status not in (RecognitionStatus.APPLIED, *decided):
                continue
            opened: date = person["_opened"]
            applied = min(self.today, opened + timedelta(days=rng.randint(14, 120)))
            row: dict[str, Any] = {
                "participant_id": person["id"],
                "occupation": occupation,
                "kldb_code": data.OCCUPATION_CODES.get(occupation),
                "regulated": person["regulated_profession"],
                # A stateless person's qualification comes from a country, not from "XX".
                "qualification_country": None
                if person["vocational_qualification_country"] == STATELESS
                else person["vocational_qualification_country"],
                "qualification_year": min(
                    opened.year, person["birth_date"].year + rng.randint(20, 28)
                )
                if person["birth_date"]
                else None,
                "authority": rng.choice(data.RECOGNITION_AUTHORITIES),
                "applied_on": applied,
                "created_at": self.now,
            }
            if status in decided:
                row["decided_on"] = min(self.today, applied + timedelta(days=rng.randint(30, 240)))
                row["result"] = decided[status]
            if status == RecognitionStatus.COMPENSATION_MEASURE:
                start = row["decided_on"] + timedelta(days=rng.randint(14, 60))
                end = start + timedelta(days=rng.randint(90, 270))
                row.update(
                    adaptation_kind=rng.choice(list(AdaptationKind)[:4]),
                    adaptation_provider="IQ Netzwerk Niedersachsen",
                    adaptation_from=start,
                    adaptation_to=end,
                    adaptation_completed=True if end < self.today else None,
                )
            procedures.append(row)
        _insert(session, RecognitionProcedure, procedures)
        enrollment_ids = dict(
            session.exec(
                select(Enrollment.participant_id, Enrollment.id).where(
                    Enrollment.project_id == esf.id
                )
            ).all()
        )
        placements = []
        for person in people:
            left = person.get("_exit")
            if not left or left["exit_status"] not in (
                ExitStatus.EMPLOYED,
                ExitStatus.SELF_EMPLOYED,
            ):
                continue
            if rng.random() > 0.8:
                continue
            employer, section = rng.choice(data.EMPLOYERS)
            self_employed = left["exit_status"] == ExitStatus.SELF_EMPLOYED
            placements.append(
                {
                    "participant_id": person["id"],
                    "enrollment_id": enrollment_ids.get(person["id"]),
                    "employer": f"{person['last_name']} Dienstleistungen"
                    if self_employed
                    else employer,
                    "employer_town": person["city"],
                    "sector": EconomicSector(section) if rng.random() < 0.9 else None,
                    "start_date": min(
                        self.today, left["exit_date"] + timedelta(days=rng.randint(0, 20))
                    ),
                    "contract_type": ContractType.SELF_EMPLOYED
                    if self_employed
                    else rng.choices(
                        [
                            ContractType.SOCIAL_INSURANCE,
                            ContractType.MARGINAL,
                            ContractType.APPRENTICESHIP,
                            ContractType.INTERNSHIP,
                        ],
                        [60, 15, 15, 10],
                    )[0],
                    "weekly_minutes": rng.choice((None, 20 * 60, 30 * 60, 2310, 40 * 60)),
                    "occupation": person["reference_occupation"],
                    "created_at": self.now,
                }
            )
        _insert(session, Placement, placements)

    def abroad(self, session: Session, people: list[dict[str, Any]], rng: random.Random) -> None:
        """About one person in a hundred is advised while still living in the country of
        birth: a country of residence instead of a German address."""
        participant = table(Participant)
        for person in people:
            if rng.random() >= 0.01 or person["birth_country"] in ("DE", STATELESS):
                continue
            session.execute(
                sa.update(participant)
                .where(participant.c.id == person["id"])
                .values(
                    residence_country=person["birth_country"], postcode=None, street=None, city=None
                )
            )

    def residence(self, origin: data.Origin, nationalities: list[str]) -> ResidenceStatus:
        """Residence status as it is typical for the person's origin."""
        if any(code in EU_MEMBER_STATES for code in nationalities):
            return ResidenceStatus.GERMAN if "DE" in nationalities else ResidenceStatus.EU_CITIZEN
        weights = data.RESIDENCE_WEIGHTS[origin.key]
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def vocational(self, age: int) -> VocationalQualification:
        if age < 21:
            return self.rng.choice(
                (VocationalQualification.NONE, VocationalQualification.VOCATIONAL_TRAINING)
            )
        return self.rng.choices(list(VocationalQualification), [25, 30, 5, 15, 12, 3, 10])[0]

    def esf_enrollment(
        self, participant_id: int, esf: Project, entry: date, birth: date, nationalities: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        status = rng.choices(list(EmploymentStatus), [18, 3, 50, 25, 4])[0]
        answers: dict[str, Any] = {
            "employment_status": status,
            "unemployed_months": rng.randint(1, 40)
            if status == EmploymentStatus.UNEMPLOYED
            else None,
            "education_level": rng.choices(list(EducationLevel), [40, 30, 22, 8])[0],
            "disability": rng.choices(list(SensitiveAnswer), [6, 80, 6, 8])[0],
            "minority": rng.choices(list(SensitiveAnswer), [10, 70, 10, 10])[0],
            "foreign_origin": Answer.YES,
            "homeless": rng.choices(list(Answer), [5, 88, 7])[0],
            "rural_area": rng.choices(list(Answer), [8, 85, 7])[0],
        }
        # Questionnaires are incomplete mostly for people who just started: some only
        # have the first questions, some none yet. What was not asked stays empty.
        recently = entry > self.today - timedelta(days=45)
        if self.chance(0.5 if recently else 0.995):
            recorded_on: date | None = entry + timedelta(
                days=rng.randint(0, min(30, (self.today - entry).days))
            )
        else:
            recorded_on = None
            asked = rng.choice((0, 1, 3))  # of the questions in the form's order
            for key in list(answers)[asked:]:
                answers[key] = None
        exit_date = None
        exit_status = None
        qualification = None
        reason_id = None
        employed_6 = improved_6 = None
        if entry < self.today - timedelta(days=120) and self.chance(0.55):
            exit_date = self.day_between(
                entry + timedelta(days=60), min(self.today, entry + timedelta(days=540))
            )
            # Advisors catch up on exit data; only recent exits are still open.
            recent_exit = exit_date > self.today - timedelta(days=60)
            if self.chance(0.6 if recent_exit else 0.995):
                exit_status = rng.choices(list(ExitStatus), [30, 20, 30, 4, 8, 8])[0]
                qualification = self.chance(0.3)
            reason_id = self.exit_reason(esf, exit_status)
            if exit_date < self.today - timedelta(days=183) and self.chance(0.6):
                employed_6 = rng.choice(list(Answer))
                if status in EMPLOYED_AT_ENTRY:
                    improved_6 = rng.choice(list(Answer))
        third_country = is_third_country_national(nationalities)
        return {
            "participant_id": participant_id,
            "project_id": esf.id,
            "entry_date": entry,
            **answers,
            "third_country_national": Answer.YES if third_country else Answer.NO,
            "entry_recorded_on": recorded_on,
            "exit_date": exit_date,
            "exit_status": exit_status,
            "qualification_gained": qualification,
            "exit_reason_id": reason_id,
            "exit_recorded_on": exit_date
            + timedelta(days=rng.randint(0, min(28, (self.today - exit_date).days)))
            if exit_status and exit_date
            else None,
            "employed_after_6_months": employed_6,
            "improved_after_6_months": improved_6,
            "six_month_recorded_on": exit_date
            + timedelta(days=min(190, (self.today - exit_date).days))
            if employed_6 and exit_date
            else None,
            "created_at": self.now,
        }

    def exit_reason(self, project: Project, status: ExitStatus | None) -> int | None:
        """A reason that fits the situation after exit, as an advisor would choose it."""
        if status in (ExitStatus.EMPLOYED, ExitStatus.SELF_EMPLOYED, ExitStatus.EDUCATION_TRAINING):
            return self.reason(project, "Ziel erreicht", "keine weitere Unterstützung nötig")
        if status == ExitStatus.JOB_SEEKING:
            return self.reason(project, "Teilnahme regulär beendet")
        if status == ExitStatus.NONE:
            return self.reason(project, "abgebrochen", "kein Kontakt mehr")
        return self.reason(project, "verzogen", "sonstiger Grund", "kein Kontakt mehr")

    def consultations(
        self,
        session: Session,
        people: list[dict[str, Any]],
        advisors: list[int],
        topics: list[int | None],
        esf: Project,
    ) -> tuple[int, int]:
        rng = self.rng
        next_id = _next_id(session, Consultation)
        rows: list[dict[str, Any]] = []
        topic_rows: list[dict[str, Any]] = []
        referral_rows: list[dict[str, Any]] = []
        referral_targets = list(session.exec(select(ReferralTarget.id)).all())
        follow_ups: list[dict[str, Any]] = []
        durations = (10, 15, 20, 30, 45, 45, 60, 60, 90, 120)

        def add(participant: dict[str, Any] | None, day: date, kind: ConsultationKind) -> int:
            consultation_id = next_id + len(rows)
            origin = participant["_origin"] if participant else rng.choice(data.ORIGINS)
            language = rng.choice((*origin.languages, "de"))
            rows.append(
                {
                    "id": consultation_id,
                    "participant_id": participant["id"] if participant else None,
                    "project_id": esf.id if participant and self.chance(0.6) else None,
                    "advisor_id": participant["advisor_id"]
                    if participant
                    else rng.choice(advisors),
                    "date": day,
                    "start_time": time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))),
                    "duration_minutes": rng.choice(durations)
                    if participant
                    else rng.choice((5, 10, 15)),
                    "kind": kind,
                    "format": rng.choices(list(ConsultationFormat), [60, 20, 5, 5, 7, 3])[0],
                    "language_code": language,
                    "interpreter": language != "de" and self.chance(0.2),
                    "note": rng.choice(data.NOTES) if participant else None,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
            for topic_id in rng.sample(topics, rng.randint(1, 3)):
                topic_rows.append({"consultation_id": consultation_id, "topic_id": topic_id})
            if participant and referral_targets and self.chance(0.15):
                for target_id in rng.sample(referral_targets, rng.choice((1, 1, 2))):
                    referral_rows.append(
                        {"consultation_id": consultation_id, "referral_target_id": target_id}
                    )
            return consultation_id

        for person in people:
            opened: date = person["_opened"]
            last_day = person["closed_on"] or self.today
            # One consultation a day at most; the first one is on the day the case opened.
            wanted = min(int(rng.expovariate(1 / MEAN_FOLLOW_UPS)), MAX_CONSULTATIONS_PER_CASE)
            later = {self.day_between(opened, last_day) for _ in range(wanted)}
            days = [opened, *sorted(later - {opened})]
            for number, day in enumerate(days):
                kind = ConsultationKind.FIRST if number == 0 else ConsultationKind.FOLLOW_UP
                consultation_id = add(person, day, kind)
            if not person["_closed"] and self.chance(0.15):
                follow_ups.append(
                    {
                        "participant_id": person["id"],
                        "consultation_id": consultation_id,
                        "assignee_id": person["advisor_id"],
                        # About a third are due today or overdue, as in a real office.
                        "due_date": self.today
                        + timedelta(
                            days=-rng.randint(0, 10) if self.chance(0.3) else rng.randint(1, 40)
                        ),
                        "subject": rng.choice(data.FOLLOW_UP_SUBJECTS),
                        "done_at": None,
                        "created_at": self.now,
                    }
                )
        for _ in range(max(3, len(people) // 20)):
            add(
                None,
                self.day_between(self.today - timedelta(days=365), self.today),
                ConsultationKind.FIRST,
            )
        _insert(session, Consultation, rows)
        _insert(session, ConsultationTopic, topic_rows)
        _insert(session, ConsultationReferral, referral_rows)
        _insert(session, FollowUp, follow_ups)
        return len(rows), len(follow_ups)

    def volunteer_name(self) -> tuple[str, str]:
        if self.chance(0.6):
            female = self.chance(0.55)
            first = self.rng.choice(data.GERMAN_FEMALE if female else data.GERMAN_MALE)
            return first, self.rng.choice(data.GERMAN_FAMILY)
        origin = self.rng.choice(data.ORIGINS)
        return self.person_name(origin, self.rng.choice((Gender.FEMALE, Gender.MALE)))

    def volunteers(self, session: Session, count: int, volunteer_user: int) -> list[dict[str, Any]]:
        rng = self.rng
        first_number = reserve(session, VOLUNTEER_SEQUENCE, count)
        next_id = _next_id(session, Volunteer)
        linked = session.exec(select(Volunteer).where(Volunteer.user_id == volunteer_user)).first()
        rows: list[dict[str, Any]] = []
        languages: list[dict[str, Any]] = []
        taken = {(v.first_name, v.last_name) for v in session.exec(select(Volunteer))}
        for index in range(count):
            karl = index == 0 and linked is None
            if karl:
                first, last = "Karl", "Meier"
            else:
                first, last = self.volunteer_name()
                for _retry in range(5):  # a club rarely has two volunteers of one name
                    if (first, last) not in taken:
                        break
                    first, last = self.volunteer_name()
            taken.add((first, last))
            joined = self.day_between(
                self.today - timedelta(days=max(6, self.history_years) * 365),
                self.today - timedelta(days=14),
            )
            status = rng.choices(list(VolunteerStatus), [80, 10, 10])[0]
            volunteer_id = next_id + index
            postcode, city = rng.choice(data.PLACES)
            rows.append(
                {
                    "id": volunteer_id,
                    "number": format_volunteer_number(first_number + index),
                    "first_name": first,
                    "last_name": last,
                    "email": f"{fold(first)}.{fold(last)}@example.org".replace(" ", ""),
                    "phone": f"0511 {rng.randint(100000, 999999)}",
                    "postcode": postcode,
                    "city": city,
                    "region": rng.choice(data.REGIONS),
                    "skills": rng.choice(data.VOLUNTEER_SKILLS),
                    "availability": rng.choice(
                        ("vormittags", "nachmittags", "abends", "am Wochenende")
                    ),
                    "joined_on": joined,
                    "left_on": self.day_between(joined, self.today)
                    if status == VolunteerStatus.LEFT
                    else None,
                    "status": status,
                    "clearance_seen_on": self.day_between(joined - timedelta(days=60), joined)
                    if self.chance(0.85)
                    else None,
                    "training_on": self.day_between(joined, joined + timedelta(days=90))
                    if self.chance(0.75)
                    else None,
                    "agreement_signed_on": joined if self.chance(0.8) else None,
                    "user_id": volunteer_user if index == 0 and linked is None else None,
                    "search_text": volunteer_search_key(
                        first, last, format_volunteer_number(first_number + index)
                    ),
                    "created_at": self.now,
                }
            )
            spoken = {"de"} | (
                {rng.choice(rng.choice(data.ORIGINS).languages)} if self.chance(0.5) else set()
            )
            languages.extend(
                {"volunteer_id": volunteer_id, "language_code": code} for code in sorted(spoken)
            )
            if karl:  # the demo's volunteer login: active, paperwork in order
                rows[-1].update(
                    status=VolunteerStatus.ACTIVE,
                    left_on=None,
                    clearance_seen_on=self.today - timedelta(days=300),
                    training_on=self.today - timedelta(days=200),
                )
        _insert(session, Volunteer, rows)
        _insert(session, VolunteerLanguage, languages)
        return rows

    def events(
        self, session: Session, esf: Project, mentoring: Project, count: int
    ) -> list[dict[str, Any]]:
        rng = self.rng
        next_id = _next_id(session, Event)
        rows = []
        for index in range(count):
            kind, title = rng.choice(data.EVENT_TITLES)
            total = rng.randint(6, 45)
            female = rng.randint(0, total)
            male = rng.randint(0, total - female)
            rows.append(
                {
                    "id": next_id + index,
                    "project_id": rng.choice((esf.id, mentoring.id)),
                    "kind": kind,
                    "title": title,
                    "date": self.day_between(
                        self.today - timedelta(days=400), self.today - timedelta(days=1)
                    ),
                    "start_time": time(rng.choice((10, 14, 17, 18)), 0),
                    "duration_minutes": rng.choice((90, 120, 180)),
                    "location": rng.choice(
                        ("Vereinsräume", "Stadtteilzentrum Linden", "Kulturtreff Vahrenheide")
                    ),
                    "attendees_total": total,
                    "attendees_female": female,
                    "attendees_male": male,
                    "attendees_diverse": 0,
                    "created_at": self.now,
                }
            )
        # Partners, reach, languages and topics from their own random sequence: the rest
        # of the demo stays as it was for the same seed.
        extra = random.Random(len(rows))
        topics = list(session.exec(select(Topic.id)).all())
        languages, event_topics = [], []
        for row in rows:
            row["partner_organisation"] = extra.choice((*data.EVENT_PARTNERS, None, None))
            row["people_reached"] = extra.choice((None, None, extra.randint(20, 150)))
            for code in extra.sample(data.EVENT_LANGUAGES, extra.randint(1, 2)):
                languages.append({"event_id": row["id"], "language_code": code})
            for topic_id in extra.sample(topics, min(len(topics), extra.randint(1, 2))):
                event_topics.append({"event_id": row["id"], "topic_id": topic_id})
        _insert(session, Event, rows)
        _insert(session, EventLanguage, languages)
        _insert(session, EventTopic, event_topics)
        return rows

    def appointments(
        self,
        session: Session,
        people: list[dict[str, Any]],
        advisors: list[int],
        rng: random.Random,
    ) -> None:
        """This week and the next for every advisor: office hours on Thursday afternoon
        (an anonymous slot), and two to four appointments a working day with their open
        cases. Those before today took place, were cancelled or missed; the rest are
        planned."""
        monday = self.today - timedelta(days=self.today.weekday())
        rows: list[dict[str, Any]] = []
        places = ("Beratungsstelle, Raum 1", "Beratungsstelle, Raum 2", None, None)
        subjects = (
            "Anerkennung des Abschlusses",
            "Bewerbungsunterlagen",
            "Sprachkurs finden",
            "Aufenthalt und Arbeit",
            None,
            None,
        )
        for advisor in advisors:
            cases = [
                p["id"]
                for p in people
                if p["status"] == CaseStatus.OPEN and p["advisor_id"] == advisor
            ]
            for offset in range(14):
                day = monday + timedelta(days=offset)
                if day.weekday() >= 5:
                    continue
                taken: set[int] = set()  # half hours from 8:00
                if day.weekday() == 3:
                    rows.append(self._appointment(advisor, day, time(14), 120, rng))
                    rows[-1].update(name="Offene Sprechstunde", place="Stadtteilzentrum")
                    taken.update(range(12, 16))
                for _ in range(rng.randint(2, 4) if cases else 0):
                    slot = rng.choice([n for n in range(2, 18) if n not in taken])
                    minutes = rng.choice((30, 45, 60))
                    halves = range(slot, slot + (minutes + 29) // 30)
                    if any(h in taken or h >= 20 for h in halves):
                        continue
                    taken.update(halves)
                    start = time(8 + slot // 2, 30 * (slot % 2))
                    row = self._appointment(advisor, day, start, minutes, rng)
                    row.update(
                        participant_id=rng.choice(cases),
                        place=rng.choice(places),
                        subject=rng.choice(subjects),
                    )
                    rows.append(row)
        _insert(session, Appointment, rows)

    def _appointment(
        self, advisor: int, day: date, start: time, minutes: int, rng: random.Random
    ) -> dict[str, Any]:
        status = AppointmentStatus.PLANNED
        if day < self.today:
            status = rng.choices(
                (
                    AppointmentStatus.HELD,
                    AppointmentStatus.CANCELLED,
                    AppointmentStatus.NOT_ATTENDED,
                ),
                (8, 1, 1),
            )[0]
        return {
            "advisor_id": advisor,
            "date": day,
            "start_time": start,
            "duration_minutes": minutes,
            "participant_id": None,
            "name": None,
            "place": None,
            "subject": None,
            "status": status,
            "consultation_id": None,
            "created_at": self.now,
        }

    def courses(self, session: Session, people: list[dict[str, Any]], esf: Project) -> None:
        """A running language course and a finished application training of the ESF
        project, and a qualification starting next month; attendance ticked for past
        sessions (the latest one not yet for everybody), certificates for the finished."""
        rng = self.rng
        open_cases = [p["id"] for p in people if p["status"] == CaseStatus.OPEN]
        if not open_cases:
            return
        monday = self.today - timedelta(days=self.today.weekday())
        plans = (
            (
                "Deutsch B1 – Vormittagskurs",
                CourseKind.LANGUAGE_COURSE,
                "Volkshochschule Hannover",
                esf.id,
                monday - timedelta(weeks=10),
                16,
                time(9),
                180,
                12,
            ),
            (
                "Bewerbungstraining",
                CourseKind.APPLICATION_TRAINING,
                "Brückenschlag e.V.",
                esf.id,
                monday - timedelta(weeks=20),
                4,
                time(14),
                150,
                8,
            ),
            (
                "Berufsorientierung Pflege",
                CourseKind.QUALIFICATION,
                "Bildungszentrum Linden",
                None,
                monday + timedelta(weeks=4),
                6,
                time(10),
                240,
                6,
            ),
        )
        course_id = _next_id(session, Course)
        session_id = _next_id(session, CourseSession)
        member_id = _next_id(session, CourseParticipant)
        courses, sessions, members, ticks = [], [], [], []
        for title, kind, provider, project, first, weeks, start, minutes, size in plans:
            days = [first + timedelta(weeks=w) for w in range(weeks)]
            courses.append(
                {
                    "id": course_id,
                    "title": title,
                    "kind": kind,
                    "provider": provider,
                    "project_id": project,
                    "start_date": days[0],
                    "end_date": days[-1],
                    "location": "Vereinsräume",
                    "created_at": self.now,
                }
            )
            own_sessions = []
            for day in days:
                sessions.append(
                    {
                        "id": session_id,
                        "course_id": course_id,
                        "date": day,
                        "start_time": start,
                        "duration_minutes": minutes,
                    }
                )
                own_sessions.append((session_id, day))
                session_id += 1
            finished = days[-1] < self.today
            for participant_id in rng.sample(open_cases, min(size, len(open_cases))):
                members.append(
                    {
                        "id": member_id,
                        "course_id": course_id,
                        "participant_id": participant_id,
                        "enrolled_on": days[0] - timedelta(days=rng.randint(3, 20)),
                        "certificate_issued_on": days[-1] + timedelta(days=3)
                        if finished and days[-1] + timedelta(days=3) <= self.today
                        else None,
                        "created_at": self.now,
                    }
                )
                for held, day in own_sessions:
                    latest = self.today - timedelta(days=7) < day
                    if day > self.today or (latest and self.chance(0.5)):
                        continue  # not yet, or not yet ticked
                    state = rng.choices(list(AttendanceState), [80, 12, 8])[0]
                    ticks.append(
                        {
                            "session_id": held,
                            "course_participant_id": member_id,
                            "state": state,
                            "recorded_at": self.now,
                        }
                    )
                member_id += 1
            course_id += 1
        _insert(session, Course, courses)
        _insert(session, CourseSession, sessions)
        _insert(session, CourseParticipant, members)
        _insert(session, Attendance, ticks)

    def mentorships(
        self,
        session: Session,
        volunteers: list[dict[str, Any]],
        people: list[dict[str, Any]],
        mentoring: Project,
    ) -> list[dict[str, Any]]:
        rng = self.rng
        mentors = [
            v for v in volunteers if v["status"] != VolunteerStatus.LEFT and v["clearance_seen_on"]
        ]
        mentees = [p for p in people if p["_opened"] >= mentoring.start_date]
        count = min(len(mentors) * 2 // 3, len(mentees) // 8)
        next_id = _next_id(session, Mentorship)
        rows: list[dict[str, Any]] = []
        goals: list[dict[str, Any]] = []
        chosen = rng.sample(mentors, count)
        # The demo's volunteer login mentors someone, so its start page shows a tandem.
        karl = next((v for v in mentors if v["user_id"] is not None), None)
        if karl is not None and karl not in chosen and chosen:
            chosen[0] = karl
        for index, (mentor, mentee) in enumerate(
            zip(chosen, rng.sample(mentees, count), strict=True)
        ):
            start = max(mentor["joined_on"], mentee["_opened"]) + timedelta(days=rng.randint(7, 40))
            if start >= self.today:
                start = self.today - timedelta(days=7)
            ended = start < self.today - timedelta(days=200) and self.chance(0.5)
            ended = ended and mentor is not karl
            mentorship_id = next_id + index
            rows.append(
                {
                    "id": mentorship_id,
                    "volunteer_id": mentor["id"],
                    "participant_id": mentee["id"],
                    "project_id": mentoring.id,
                    "start_date": start,
                    "end_date": self.day_between(start + timedelta(days=90), self.today)
                    if ended
                    else None,
                    "rhythm": rng.choices(list(MeetingRhythm), [70, 20, 5, 5])[0],
                    "status": MentorshipStatus.ENDED if ended else MentorshipStatus.ACTIVE,
                    "goals_text": "Regelmäßige Treffen im Stadtteilcafé"
                    if self.chance(0.3)
                    else None,
                    "agreement_signed_on": start,
                    "end_reason_id": self.reason(
                        mentoring,
                        "Ziel erreicht",
                        "Ziel erreicht",
                        "Teilnahme regulär beendet",
                        "abgebrochen",
                        "verzogen",
                    )
                    if ended
                    else None,
                    "created_at": self.now,
                }
            )
            for goal in rng.sample(list(MentorshipGoal)[:-1], rng.randint(1, 3)):
                goals.append(
                    {
                        "mentorship_id": mentorship_id,
                        "goal": goal,
                        "reached": self.chance(0.65) if ended else None,
                    }
                )
        _insert(session, Mentorship, rows)
        _insert(session, MentorshipGoalLink, goals)
        return rows

    def hours(
        self,
        session: Session,
        volunteers: list[dict[str, Any]],
        mentorships: list[dict[str, Any]],
        events: list[dict[str, Any]],
        mentoring: Project,
        actor: Actor,
    ) -> int:
        rng = self.rng
        rows: list[dict[str, Any]] = []
        tandem_of = {m["volunteer_id"]: m for m in mentorships}
        activities = [a for a in Activity if a != Activity.EVENT]
        for volunteer in volunteers:
            start = volunteer["joined_on"]
            end = volunteer["left_on"] or self.today
            if start >= end:
                continue
            # Every volunteer has their own rhythm: some come nearly every week, some
            # every other; a week they come has one or two entries.
            weekly = rng.uniform(0.45, 1.0)
            days: set[date] = set()
            for week_start in range(0, (end - start).days, 7):
                if self.chance(weekly):
                    first_day = start + timedelta(days=week_start)
                    last_day = min(first_day + timedelta(days=6), end)
                    for _ in range(rng.choice((1, 1, 2))):
                        days.add(self.day_between(first_day, last_day))
            tandem = tandem_of.get(volunteer["id"])
            for day in sorted(days):
                # Hours with the mentee only while the tandem runs.
                mentee = (
                    tandem["participant_id"]
                    if tandem and tandem["start_date"] <= day <= (tandem["end_date"] or self.today)
                    else None
                )
                activity = (
                    Activity.MENTORING if mentee and self.chance(0.7) else rng.choice(activities)
                )
                submitted = volunteer["user_id"] is not None and day > self.today - timedelta(
                    days=10
                )
                rows.append(
                    {
                        "volunteer_id": volunteer["id"],
                        "date": day,
                        "minutes": 15 * rng.randint(2, 16),
                        "activity": activity,
                        "project_id": mentoring.id,
                        "participant_id": mentee if activity == Activity.MENTORING else None,
                        "event_id": None,
                        "note": None,
                        "status": HoursStatus.SUBMITTED if submitted else HoursStatus.APPROVED,
                        "entered_by_id": volunteer["user_id"] if submitted else actor.user_id,
                        "approved_by_id": None if submitted else actor.user_id,
                        "approved_at": None if submitted else self.now,
                        "created_at": self.now,
                    }
                )
        helpers = [v for v in volunteers if v["status"] == VolunteerStatus.ACTIVE]
        taken = {(row["volunteer_id"], row["date"]) for row in rows}
        for event in events:
            for helper in rng.sample(helpers, min(len(helpers), rng.randint(1, 3))):
                if (helper["id"], event["date"]) in taken:
                    continue
                taken.add((helper["id"], event["date"]))
                rows.append(
                    {
                        "volunteer_id": helper["id"],
                        "date": event["date"],
                        "minutes": 180,
                        "activity": Activity.EVENT,
                        "project_id": event["project_id"],
                        "participant_id": None,
                        "event_id": event["id"],
                        "note": None,
                        "status": HoursStatus.APPROVED,
                        "entered_by_id": actor.user_id,
                        "approved_by_id": actor.user_id,
                        "approved_at": self.now,
                        "created_at": self.now,
                    }
                )
        _insert(session, VolunteerHours, rows)
        return len(rows)

    def allowances(
        self, session: Session, volunteers: list[dict[str, Any]], mentoring: Project, actor: Actor
    ) -> None:
        rows = []
        for volunteer in volunteers:
            if volunteer["status"] != VolunteerStatus.ACTIVE or not self.chance(0.25):
                continue
            kind = (
                AllowanceKind.VOLUNTEER_ALLOWANCE
                if self.chance(0.8)
                else AllowanceKind.TRAINER_ALLOWANCE
            )
            # Quarterly payments last year and so far this year; four of the largest
            # (4 x 210 €) stay within the lowest cap (840 € until 2025).
            amount = self.rng.choice((15000, 20000, 21000))
            for year, quarter in itertools.product(
                (self.today.year - 1, self.today.year), range(1, 5)
            ):
                paid_on = date(year, quarter * 3, 28)
                if paid_on > self.today:
                    break
                # Each payment compensates the quarter's work: those hours are paid.
                rows.append(
                    {
                        "volunteer_id": volunteer["id"],
                        "project_id": mentoring.id,
                        "kind": kind,
                        "paid_on": paid_on,
                        "amount_cents": amount,
                        "covers_from": date(year, quarter * 3 - 2, 1),
                        "covers_to": paid_on,
                        "note": None,
                        "created_by_id": actor.user_id,
                        "created_at": self.now,
                    }
                )
        _insert(session, AllowancePayment, rows)
        # Some volunteers also receive an allowance from another club and declared it.
        declarations = [
            {
                "volunteer_id": volunteer_id,
                "year": self.today.year,
                "kind": kind,
                "other_clubs_cents": self.rng.choice((10_000, 20_000, 30_000)),
                "declared_on": date(self.today.year, 1, 15),
                "recorded_by_id": actor.user_id,
                "created_at": self.now,
            }
            for volunteer_id, kind in sorted({(r["volunteer_id"], r["kind"]) for r in rows})
            if self.chance(0.15)
        ]
        _insert(session, AllowanceDeclaration, declarations)
