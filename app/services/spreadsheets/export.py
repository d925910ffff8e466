"""The full export: everything in one workbook, in the template columns where one exists.

Sheet names and headers are German in every UI language: they are part of
the file format clubs exchange, like the template headers.

Sheets in template form can be imported again into an empty Lotse and give
the same participants, enrollments, consultations, volunteers and hours.
Further sheets keep what the templates do not cover.
"""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import Session, col, select

from app.domain import sheet_labels as labels
from app.domain.catalogues import country_name, language_name
from app.domain.countries import STATELESS
from app.domain.enums import AuditAction
from app.domain.models import (
    AllowancePayment,
    Attendance,
    Consent,
    Consultation,
    ConsultationTopic,
    Course,
    CourseParticipant,
    CourseSession,
    Enrollment,
    Event,
    EventLanguage,
    EventTopic,
    FollowUp,
    Mentorship,
    MentorshipGoalLink,
    Organisation,
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
    Partner,
    Placement,
    Project,
    RecognitionProcedure,
    Topic,
    User,
    Volunteer,
    VolunteerHours,
    VolunteerLanguage,
)
from app.domain.occupations import sector_title
from app.domain.permissions import Permission
from app.reports.xlsx_cells import CellFormat, print_setup, write_header, write_rows
from app.services.actor import Actor
from app.services.audit import record
from app.services.spreadsheets.columns import (
    CASES_WITHOUT_PROJECT,
    CONSENTS,
    CONSULTATIONS,
    FOLLOW_UPS,
    HOURS,
    PARTICIPANTS,
    VOLUNTEERS,
    Column,
)
from app.services.spreadsheets.templates import save_workbook
from app.storage.database import Database


@dataclass(frozen=True)
class ExportSheet:
    title: str
    headers: list[str]
    rows: list[list[object]]
    formats: dict[int, CellFormat] = field(default_factory=dict)


def _label(choices: Mapping[str, object], code: object) -> str:
    return labels.label_of(choices, code) if code is not None else ""


def _text_formats(columns: tuple[Column, ...]) -> dict[int, CellFormat]:
    return {index: CellFormat.TEXT for index, column in enumerate(columns) if column.is_text}


def _countries(codes: list[str]) -> str:
    return "; ".join("staatenlos" if c == STATELESS else country_name(c) for c in codes)


def _languages(codes: list[str]) -> str:
    return "; ".join(language_name(c) for c in sorted(codes))


def _write(workbook: Workbook, sheet: ExportSheet, organisation: str) -> None:
    worksheet = workbook.create_sheet(sheet.title)
    write_header(worksheet, sheet.headers)
    write_rows(worksheet, sheet.rows, sheet.formats)
    print_setup(
        worksheet,
        f"{organisation} – Export {sheet.title}",
        len(sheet.headers),
        len(sheet.rows),
        date.today().strftime("%d.%m.%Y"),
    )


def export_all(database: Database, actor: Actor, path: Path) -> dict[str, int]:
    """Write the workbook; returns the number of rows per sheet."""
    actor.require(Permission.EXPORT_ALL)
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    counts: dict[str, int] = {}
    # Reading the whole database takes a while: a read session keeps other writers free.
    with database.read_session() as session:
        organisation = session.exec(select(Organisation.name)).first() or ""
        for sheet in _sheets(session):
            _write(workbook, sheet, organisation)
            counts[sheet.title] = len(sheet.rows)
    # The audit record is committed before the file exists: no export without its record.
    with database.session() as session:
        record(session, actor, AuditAction.EXPORT, "database", None, reason=path.name)
        session.commit()
    save_workbook(workbook, path)
    return counts


def _sheets(session: Session) -> list[ExportSheet]:
    projects = {p.id: p.code for p in session.exec(select(Project))}
    users = {u.id: u.username for u in session.exec(select(User))}
    partners = {p.id: p.name for p in session.exec(select(Partner))}
    people = {p.id: p for p in session.exec(select(Participant).order_by(col(Participant.id)))}
    nationalities: dict[int, list[str]] = defaultdict(list)
    for n in session.exec(
        select(ParticipantNationality).order_by(col(ParticipantNationality.position))
    ):
        nationalities[n.participant_id].append(n.country_code)
    languages: dict[int, list[str]] = defaultdict(list)
    for lang in session.exec(select(ParticipantLanguage)):
        languages[lang.participant_id].append(lang.language_code)

    def person_cells(p: Participant) -> list[object]:
        assert p.id is not None
        return [
            p.case_number,
            p.first_name,
            p.last_name,
            _label(labels.GENDER, p.gender),
            p.birth_date,
            p.postcode,
            p.city,
            _countries(nationalities[p.id]),
            country_name(p.birth_country) if p.birth_country else "",
            _languages(languages[p.id]),
        ]

    def case_cells(p: Participant) -> list[object]:
        return [
            p.street,
            p.phone,
            p.email,
            country_name(p.residence_country) if p.residence_country else "",
            _label(labels.RESIDENCE, p.residence_status),
            p.arrival_year,
            _label(labels.SCHOOL_QUALIFICATION, p.school_qualification),
            country_name(p.school_qualification_country) if p.school_qualification_country else "",
            _label(labels.VOCATIONAL_QUALIFICATION, p.vocational_qualification),
            country_name(p.vocational_qualification_country)
            if p.vocational_qualification_country
            else "",
            p.reference_occupation,
            _label(labels.ANSWER, p.regulated_profession),
            _label(labels.RECOGNITION, p.recognition_status),
            _label(labels.GERMAN_LEVEL, p.german_level),
            _label(labels.REFERRAL_SOURCE, p.referral_source),
            users.get(p.advisor_id, ""),
            _label(labels.CASE_STATUS, p.status),
            p.closed_on,
            p.remarks,
        ]

    enrolled: set[int] = set()
    participant_rows = []
    # A placement names the project whose exit it explains.
    exits: dict[int | None, str] = {}
    for e in session.exec(
        select(Enrollment).order_by(col(Enrollment.participant_id), col(Enrollment.id))
    ):
        enrolled.add(e.participant_id)
        exits[e.id] = projects[e.project_id]
        enrollment_cells: list[object] = [
            projects[e.project_id],
            e.entry_date,
            _label(labels.EMPLOYMENT, e.employment_status),
            e.unemployed_months,
            _label(labels.EDUCATION, e.education_level),
            _label(labels.SENSITIVE, e.disability),
            _label(labels.SENSITIVE, e.minority),
            _label(labels.ANSWER, e.foreign_origin),
            _label(labels.ANSWER, e.homeless),
            _label(labels.ANSWER, e.rural_area),
            e.exit_date,
            _label(labels.EXIT_STATUS, e.exit_status),
            _label(labels.YES_NO, e.qualification_gained),
            _label(labels.ANSWER_UNKNOWN, e.employed_after_6_months),
            _label(labels.ANSWER_UNKNOWN, e.improved_after_6_months),
        ]
        person = people[e.participant_id]
        participant_rows.append([*person_cells(person), *enrollment_cells, *case_cells(person)])
    without_project = [
        [*person_cells(p), *case_cells(p)] for pid, p in people.items() if pid not in enrolled
    ]

    topic_names = {t.id: t.name for t in session.exec(select(Topic))}
    event_languages: dict[int, list[str]] = defaultdict(list)
    for spoken in session.exec(select(EventLanguage)):
        event_languages[spoken.event_id].append(spoken.language_code)
    event_topics: dict[int, list[str]] = defaultdict(list)
    for about in session.exec(select(EventTopic)):
        event_topics[about.event_id].append(topic_names[about.topic_id])
    topics: dict[int, list[str]] = defaultdict(list)
    for link in session.exec(select(ConsultationTopic)):
        topics[link.consultation_id].append(topic_names[link.topic_id])
    consultation_rows = []
    anonymous_rows = []
    for c in session.exec(
        select(Consultation).order_by(col(Consultation.date), col(Consultation.id))
    ):
        assert c.id is not None
        cells: list[object] = [
            c.date,
            c.duration_minutes,
            _label(labels.CONSULTATION_KIND, c.kind),
            _label(labels.CONSULTATION_FORMAT, c.format),
            language_name(c.language_code) if c.language_code else "",
            _label(labels.YES_NO, c.interpreter),
            "; ".join(sorted(topics[c.id])),
            projects.get(c.project_id, ""),
            users.get(c.advisor_id, ""),
            c.note or "",
        ]
        if c.participant_id is None:
            anonymous_rows.append(cells)
        else:
            consultation_rows.append([people[c.participant_id].case_number, *cells])

    volunteers = {v.id: v for v in session.exec(select(Volunteer).order_by(col(Volunteer.id)))}
    volunteer_languages: dict[int, list[str]] = defaultdict(list)
    for vl in session.exec(select(VolunteerLanguage)):
        volunteer_languages[vl.volunteer_id].append(vl.language_code)
    volunteer_rows: list[list[object]] = [
        [
            v.number,
            v.first_name,
            v.last_name,
            v.email,
            v.phone,
            _languages(volunteer_languages[vid or 0]),
            v.skills,
            v.joined_on,
            v.clearance_seen_on,
            v.training_on,
        ]
        for vid, v in volunteers.items()
    ]
    hour_rows = []
    for h in session.exec(
        select(VolunteerHours).order_by(col(VolunteerHours.date), col(VolunteerHours.id))
    ):
        hour_rows.append(
            [
                volunteers[h.volunteer_id].number,
                h.date,
                h.minutes / 60,
                _label(labels.ACTIVITY, h.activity),
                projects.get(h.project_id, ""),
                people[h.participant_id].case_number if h.participant_id else "",
                h.note or "",
                _label(labels.HOURS_STATUS, h.status),
            ]
        )
    goals: dict[int, list[str]] = defaultdict(list)
    for goal in session.exec(select(MentorshipGoalLink)):
        goals[goal.mentorship_id].append(_label(labels.MENTORSHIP_GOAL, goal.goal))
    text = CellFormat.TEXT
    return [
        ExportSheet(
            PARTICIPANTS.title,
            [c.header for c in PARTICIPANTS.columns],
            participant_rows,
            _text_formats(PARTICIPANTS.columns),
        ),
        ExportSheet(
            CONSULTATIONS.title,
            [c.header for c in CONSULTATIONS.columns],
            consultation_rows,
            _text_formats(CONSULTATIONS.columns),
        ),
        ExportSheet(
            VOLUNTEERS.title,
            [c.header for c in VOLUNTEERS.columns],
            volunteer_rows,
            _text_formats(VOLUNTEERS.columns),
        ),
        ExportSheet(
            HOURS.title,
            [c.header for c in HOURS.columns],
            hour_rows,
            {**_text_formats(HOURS.columns), 2: CellFormat.HOURS},
        ),
        ExportSheet(
            CASES_WITHOUT_PROJECT.title,
            [c.header for c in CASES_WITHOUT_PROJECT.columns],
            without_project,
            _text_formats(CASES_WITHOUT_PROJECT.columns),
        ),
        ExportSheet(
            "Anonyme Kurzkontakte", [c.header for c in CONSULTATIONS.columns[1:]], anonymous_rows
        ),
        ExportSheet(
            FOLLOW_UPS.title,
            [c.header for c in FOLLOW_UPS.columns],
            [
                [
                    people[f.participant_id].case_number,
                    f.due_date,
                    f.subject,
                    users.get(f.assignee_id, ""),
                    f.done_at.date() if f.done_at else None,
                ]
                for f in session.exec(select(FollowUp).order_by(col(FollowUp.due_date)))
            ],
            {0: text},
        ),
        ExportSheet(
            CONSENTS.title,
            [c.header for c in CONSENTS.columns],
            [
                [
                    people[c.participant_id].case_number,
                    _label(labels.CONSENT_KIND, c.kind),
                    c.given_on,
                    c.version,
                    c.withdrawn_on,
                    _label(labels.CONSENT_FORM, c.given_as),
                    partners.get(c.partner_id, "") if c.partner_id else "",
                ]
                for c in session.exec(select(Consent).order_by(col(Consent.id)))
            ],
            {0: text},
        ),
        ExportSheet(
            "Tandems",
            [
                "Ehrenamtliche/r",
                "Fallnummer",
                "Beginn",
                "Ende",
                "Rhythmus",
                "Status",
                "Ziele",
                "Ziele (Freitext)",
                "Vereinbarung am",
            ],
            [
                [
                    volunteers[m.volunteer_id].number,
                    people[m.participant_id].case_number,
                    m.start_date,
                    m.end_date,
                    _label(labels.MEETING_RHYTHM, m.rhythm),
                    _label(labels.MENTORSHIP_STATUS, m.status),
                    "; ".join(sorted(goals[m.id or 0])),
                    m.goals_text,
                    m.agreement_signed_on,
                ]
                for m in session.exec(select(Mentorship).order_by(col(Mentorship.id)))
            ],
            {1: text},
        ),
        ExportSheet(
            "Anerkennungsverfahren",
            [
                "Fallnummer",
                "Referenzberuf",
                "KldB-Code",
                "Reglementiert",
                "Abschluss erworben in",
                "Abschlussjahr",
                "Zuständige Stelle",
                "Antrag am",
                "Bescheid am",
                "Ergebnis",
                "Anpassungsqualifizierung",
                "Träger",
                "von",
                "bis",
                "abgeschlossen",
            ],
            [
                [
                    people[r.participant_id].case_number,
                    r.occupation,
                    r.kldb_code,
                    _label(labels.ANSWER, r.regulated),
                    country_name(r.qualification_country) if r.qualification_country else "",
                    r.qualification_year,
                    r.authority,
                    r.applied_on,
                    r.decided_on,
                    _label(labels.RECOGNITION_RESULT, r.result),
                    _label(labels.ADAPTATION_KIND, r.adaptation_kind),
                    r.adaptation_provider,
                    r.adaptation_from,
                    r.adaptation_to,
                    _label(labels.YES_NO, r.adaptation_completed),
                ]
                for r in session.exec(
                    select(RecognitionProcedure).order_by(col(RecognitionProcedure.id))
                )
            ],
            {0: text, 2: text},
        ),
        ExportSheet(
            "Arbeitsaufnahmen",
            [
                "Fallnummer",
                "Arbeitgeber",
                "Ort",
                "Wirtschaftszweig (WZ 2008)",
                "Beginn",
                "Vertragsart",
                "Wochenstunden",
                "Berufsfeld",
                "Austritt aus Projekt",
            ],
            [
                [
                    people[pl.participant_id].case_number,
                    pl.employer,
                    pl.employer_town,
                    sector_title(pl.sector) if pl.sector else "",
                    pl.start_date,
                    _label(labels.CONTRACT_TYPE, pl.contract_type),
                    pl.weekly_minutes / 60 if pl.weekly_minutes else None,
                    pl.occupation,
                    exits.get(pl.enrollment_id, "") if pl.enrollment_id else "",
                ]
                for pl in session.exec(select(Placement).order_by(col(Placement.id)))
            ],
            {0: text, 6: CellFormat.HOURS},
        ),
        ExportSheet(
            "Aufwandsentschädigungen",
            ["Ehrenamtliche/r", "Art", "Gezahlt am", "Betrag (EUR)", "Projekt", "Notiz"],
            [
                [
                    volunteers[a.volunteer_id].number,
                    _label(labels.ALLOWANCE_KIND, a.kind),
                    a.paid_on,
                    a.amount_cents / 100,
                    projects.get(a.project_id, ""),
                    a.note,
                ]
                for a in session.exec(
                    select(AllowancePayment).order_by(col(AllowancePayment.paid_on))
                )
            ],
            {3: CellFormat.MONEY},
        ),
        ExportSheet(
            "Veranstaltungen",
            [
                "Datum",
                "Art",
                "Titel",
                "Projekt",
                "Ort",
                "Teilnehmende",
                "davon Frauen",
                "davon Männer",
                "davon divers",
                "weitere erreicht",
                "Partnerorganisation",
                "Sprachen",
                "Themen",
            ],
            [
                [
                    e.date,
                    _label(labels.EVENT_KIND, e.kind),
                    e.title,
                    projects.get(e.project_id, ""),
                    e.location,
                    e.attendees_total,
                    e.attendees_female,
                    e.attendees_male,
                    e.attendees_diverse,
                    e.people_reached,
                    e.partner_organisation,
                    _languages(event_languages[e.id or 0]),
                    "; ".join(sorted(event_topics[e.id or 0])),
                ]
                for e in session.exec(select(Event).order_by(col(Event.date)))
            ],
        ),
        *_course_sheets(session, projects, people),
    ]


def _course_sheets(
    session: Session, projects: Mapping[int | None, str], people: Mapping[int | None, Participant]
) -> list[ExportSheet]:
    """Courses, their sessions, who took part and the ticked attendance (empty cells have
    no row and no line), by course number and case number."""
    sessions = {s.id: s for s in session.exec(select(CourseSession))}
    members = {m.id: m for m in session.exec(select(CourseParticipant))}
    text = CellFormat.TEXT
    return [
        ExportSheet(
            "Kurse",
            [
                "Kurs-Nr.",
                "Titel",
                "Art",
                "Träger",
                "Projekt",
                "Erster Tag",
                "Letzter Tag",
                "Ort",
                "Bemerkungen",
            ],
            [
                [
                    c.id,
                    c.title,
                    _label(labels.COURSE_KIND, c.kind),
                    c.provider,
                    projects.get(c.project_id, ""),
                    c.start_date,
                    c.end_date,
                    c.location,
                    c.remarks,
                ]
                for c in session.exec(select(Course).order_by(col(Course.id)))
            ],
        ),
        ExportSheet(
            "Kurstermine",
            ["Kurs-Nr.", "Datum", "Beginn", "Dauer (Minuten)"],
            [
                [s.course_id, s.date, f"{s.start_time:%H:%M}", s.duration_minutes]
                for s in sorted(sessions.values(), key=lambda s: (s.course_id, s.date))
            ],
            {2: text},
        ),
        ExportSheet(
            "Kursteilnahmen",
            ["Kurs-Nr.", "Fallnummer", "Aufgenommen am", "Teilnahmebescheinigung am"],
            [
                [
                    m.course_id,
                    people[m.participant_id].case_number,
                    m.enrolled_on,
                    m.certificate_issued_on,
                ]
                for m in sorted(members.values(), key=lambda m: (m.course_id, m.id or 0))
            ],
            {1: text},
        ),
        ExportSheet(
            "Anwesenheit",
            ["Kurs-Nr.", "Datum", "Beginn", "Fallnummer", "Anwesenheit"],
            [
                [
                    sessions[a.session_id].course_id,
                    sessions[a.session_id].date,
                    f"{sessions[a.session_id].start_time:%H:%M}",
                    people[members[a.course_participant_id].participant_id].case_number,
                    _label(labels.ATTENDANCE, a.state),
                ]
                for a in session.exec(select(Attendance))
            ],
            {2: text, 3: text},
        ),
    ]
