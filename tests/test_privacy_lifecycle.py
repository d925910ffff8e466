"""Retention, anonymisation, erasure and § 72a (issue #14 parts 2, 3, 5, 6).

The main test builds a year of data, writes every report of the registry for several
periods, anonymises everything due, writes them again and compares every figure; then
it reads every byte of every file under the data folder (the database and the backups
decrypted page by page, the drafts decrypted) for the names, notes and birth dates of
the anonymised people.
"""

import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select, text
from sqlmodel import col

from app.domain.enums import (
    Activity,
    Answer,
    CaseStatus,
    DocumentKind,
    EducationLevel,
    EmploymentStatus,
    ErasureGround,
    Gender,
    Role,
    SensitiveAnswer,
    VolunteerStatus,
)
from app.domain.models import Participant, Volunteer
from app.domain.retention import (
    ANONYMOUS_CASE_PREFIX,
    DEFAULT_CASE_YEARS,
    case_retention_end,
    clearance_deletion_due,
    project_retention_end,
)
from app.services.actor import Actor
from app.services.backups import daily_backup
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation, delete_consultation
from app.services.demo import create_demo_data
from app.services.documents import Owner, OwnerKind, add_document, list_documents
from app.services.drafts import save_consultation_draft
from app.services.enrollments import EntryAnswers, ExitAnswers, close_case, enroll
from app.services.errors import PermissionDenied, ValidationError
from app.services.followups import add_follow_up
from app.services.periods import calendar_year, half_year, month, quarter
from app.services.privacy import (
    DueKind,
    ErasureRefused,
    RetentionSettings,
    anonymise_due,
    due_anonymisations,
    erase_case,
    erasure_obstacles,
    restrict_case,
    set_retention_settings,
)
from app.services.projects import list_projects
from app.services.report_kinds import REPORT_KINDS, ProjectChoice, ReportRequest, build_report
from app.services.reports import Report, write_report
from app.services.users import add_user
from app.services.volunteer_hours import HoursInput, add_hours
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage import drafts as draft_store
from app.storage.backup import extract_database, list_backups
from app.storage.database import Database
from app.storage.location import Location

TODAY = date(2026, 11, 20)
# Far enough on that every project with an end date has passed its retention.
LATER = date(2040, 1, 2)

# Names and texts no file would contain by chance, and birth dates before the demo's.
FIRST, LAST = "Zerrinqua", "Qomvarth"
ESF_FIRST, ESF_LAST = "Vellqiro", "Brashtunk"
NOTE = "Qxvbrunkel-Absprache mit der Ausländerbehörde"
ESF_NOTE = "Plimsovard will die Anerkennung als Zahnärztin"
REMARK = "Schwester heißt Oxtravella"
BIRTH, ESF_BIRTH = date(1931, 2, 17), date(1932, 7, 23)
VOLUNTEER_FIRST, VOLUNTEER_LAST = "Gruntwiesel", "Faxolotta"
HOURS_NOTE = "begleitet Zerrinquas Tochter zur Schule"

# Columns naming a person or their number in per-person sheets: they change by design.
IDENTIFYING = {"Fallnummer", "Nummer", "Name"}


def periods() -> list[tuple[date, date]]:
    spans = [calendar_year(2025), calendar_year(2026), half_year(2026, 1), quarter(2026, 2)]
    spans += [month(2026, 3), month(2025, 11)]
    return [(p.start, p.end) for p in spans]


def requests(database: Database, admin: Actor) -> list[tuple[str, ReportRequest]]:
    from app.services.periods import Period

    projects = list_projects(database, admin)
    result = []
    for code, kind in REPORT_KINDS.items():
        for start, end in periods():
            period = Period(start, end)
            if kind.projects == ProjectChoice.ONE:
                for project in projects:
                    if (kind.esf_projects_only and not project.esf) or end < project.start_date:
                        continue
                    result.append((code, ReportRequest(period, project=project.code)))
                    if kind.offers_cumulative:
                        result.append(
                            (code, ReportRequest(period, project=project.code, cumulative=True))
                        )
            elif kind.projects == ProjectChoice.SEVERAL:
                result.append((code, ReportRequest(period)))
                result.append((code, ReportRequest(period, projects=(projects[0].code,))))
            else:
                result.append((code, ReportRequest(period)))
    return result


def figures(report: Report) -> dict[str, object]:
    """Every cell of every table except the ones naming a person; rows as a multiset (a
    list sorted by case number may change its order)."""
    tables: dict[str, object] = {}
    for table in report.tables:
        keep = [i for i, column in enumerate(table.columns) if column not in IDENTIFYING]
        rows = Counter(
            repr([row[i] for i in keep])
            for row in table.rows
            if row[:1] != ["Erstellt am"]  # when it was written: no figure
        )
        tables[table.title] = ([table.columns[i] for i in keep], rows, table.notes)
    return tables


def all_figures(
    database: Database, admin: Actor, out: Path, write: bool
) -> dict[tuple[str, str], dict[str, object]]:
    result = {}
    written: set[str] = set()
    for code, request in requests(database, admin):
        report = build_report(database, admin, code, request)
        result[(code, repr(request))] = figures(report)
        if write and code not in written:  # each kind once as files: the writers run too
            written.add(code)
            for kind in ("xlsx", "pdf"):
                write_report(database, admin, report, kind, out / f"{code}.{kind}")
    return result


def _decrypt_pages(raw: bytes, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted (AES-256-CBC, 4096-byte pages, 80 bytes
    reserved for IV and HMAC, the first 16 bytes of the file the salt): the free pages
    too, which a query would never show."""
    size, reserve = 4096, 80
    assert len(raw) % size == 0
    plain = []
    for offset in range(0, len(raw), size):
        page = raw[offset : offset + size]
        iv = page[size - reserve : size - reserve + 16]
        start = 16 if offset == 0 else 0
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(page[start : size - reserve]) + decryptor.finalize())
    return b"".join(plain)


def _readable_bytes(path: Path, key: bytes, scratch: Path) -> bytes:
    """What a file holds for someone with the key: databases and backups decrypted."""
    raw = path.read_bytes()
    if path.name == "lotse.sqlite3":
        decrypted = _decrypt_pages(raw, key)
        assert b"CREATE TABLE" in decrypted  # the right key: the schema is readable
        return raw + decrypted
    if path.suffix == ".lotsebackup":
        target = scratch / (path.name + ".db")
        extract_database(path, target)
        return raw + _decrypt_pages(target.read_bytes(), key)
    if path.suffix == draft_store.SUFFIX:
        drafts = draft_store.load_drafts(path.parent, path.name[: -len(draft_store.SUFFIX)], key)
        return raw + repr(drafts).encode("utf-8")
    return raw


def _secrets() -> list[str]:
    return [
        FIRST,
        LAST,
        ESF_FIRST,
        ESF_LAST,
        NOTE,
        ESF_NOTE,
        REMARK,
        "Oxtravella",
        "Qxvbrunkel",
        "Plimsovard",
        VOLUNTEER_FIRST,
        VOLUNTEER_LAST,
        HOURS_NOTE,
        BIRTH.isoformat(),
        ESF_BIRTH.isoformat(),
        "zerrinqua@example.org",
        "0176 5550199",
        "Wurmgasse",
    ]


def _found(location: Location, key: bytes, scratch: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(p for p in location.data_dir.rglob("*") if p.is_file()):
        content = _readable_bytes(path, key, scratch)
        lowered = content.lower()
        for secret in _secrets():
            for encoding in ("utf-8", "utf-16-le"):
                if secret.lower().encode(encoding) in lowered:
                    found.append((secret, path.name))
    return found


def _year_of_data(database: Database, admin: Actor) -> dict[str, int]:
    """Demo data for the volume, and three people with texts to look for."""
    create_demo_data(
        database,
        admin,
        participants=60,
        seed=11,
        staff_password="passwort-1234-lang",
        today=TODAY,
        force=True,
    )
    wir = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert wir.id is not None and wir.esf
    person = create_case(
        database,
        admin,
        CaseInput(
            FIRST,
            LAST,
            Gender.FEMALE,
            birth_date=BIRTH,
            street="Wurmgasse 7",
            postcode="30159",
            city="Hannover",
            phone="0176 5550199",
            email="zerrinqua@example.org",
            nationalities=("SY",),
            languages=("ar",),
            remarks=REMARK,
        ),
        today=TODAY,
    )
    assert person.id is not None
    add_consultation(
        database, admin, ConsultationInput(person.id, date(2026, 3, 5), 45, note=NOTE), today=TODAY
    )
    second = add_consultation(
        database, admin, ConsultationInput(person.id, date(2026, 3, 9), 15, note="x"), today=TODAY
    )
    assert second.id is not None
    delete_consultation(database, admin, second.id, f"doppelt eingetragen für {FIRST}")
    add_follow_up(database, admin, person.id, date(2026, 4, 1), f"{FIRST} anrufen")
    close_case(database, admin, person.id, date(2026, 3, 20), {}, today=TODAY)
    save_consultation_draft(database, admin, person.id, {"note": NOTE + " (Entwurf)"})

    esf_person = create_case(
        database,
        admin,
        CaseInput(
            ESF_FIRST,
            ESF_LAST,
            Gender.MALE,
            birth_date=ESF_BIRTH,
            postcode="30161",
            nationalities=("IR",),
        ),
        today=TODAY,
    )
    assert esf_person.id is not None
    enrollment = enroll(
        database,
        admin,
        esf_person.id,
        wir.id,
        date(2026, 2, 2),
        EntryAnswers(
            EmploymentStatus.UNEMPLOYED,
            14,
            EducationLevel.ISCED_5_8,
            SensitiveAnswer.NO,
            SensitiveAnswer.REFUSED,
            Answer.YES,
            Answer.NO,
            Answer.NO,
        ),
        today=TODAY,
    )
    assert enrollment.id is not None
    add_consultation(
        database,
        admin,
        ConsultationInput(esf_person.id, date(2026, 2, 10), 60, project_id=wir.id, note=ESF_NOTE),
        today=TODAY,
    )
    close_case(
        database,
        admin,
        esf_person.id,
        date(2026, 9, 30),
        {enrollment.id: ExitAnswers(date(2026, 9, 30))},
        today=TODAY,
    )

    volunteer = save_volunteer(
        database,
        admin,
        VolunteerInput(
            VOLUNTEER_FIRST,
            VOLUNTEER_LAST,
            email="gw@example.org",
            phone="0511 4711",
            joined_on=date(2025, 1, 1),
            clearance_seen_on=date(2025, 1, 10),
            clearance_issued_on=date(2024, 12, 20),
            clearance_relevant_entry=False,
        ),
    )
    assert volunteer.id is not None
    add_hours(
        database,
        admin,
        HoursInput(volunteer.id, date(2026, 3, 3), "2,5", Activity.MENTORING, note=HOURS_NOTE),
        today=TODAY,
    )
    save_volunteer(
        database,
        admin,
        VolunteerInput(
            VOLUNTEER_FIRST,
            VOLUNTEER_LAST,
            email="gw@example.org",
            phone="0511 4711",
            joined_on=date(2025, 1, 1),
            status=VolunteerStatus.LEFT,
            left_on=date(2026, 6, 30),
            clearance_seen_on=date(2025, 1, 10),
            clearance_issued_on=date(2024, 12, 20),
            clearance_relevant_entry=False,
        ),
        volunteer.id,
    )
    if database.location.server is None:
        assert daily_backup(database, TODAY) is not None  # a backup holding all of it
    return {"case": person.id, "esf_case": esf_person.id, "volunteer": volunteer.id}


def test_anonymising_everything_due_keeps_every_figure_and_leaves_no_trace(
    database: Database, admin: Actor, location: Location, tmp_path: Path
) -> None:
    from app.logging_setup import configure_logging

    configure_logging(location)  # the log folder is inside the data folder here
    ids = _year_of_data(database, admin)
    out = tmp_path / "reports"  # files the user asked for: outside the data folder
    out.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    before = all_figures(database, admin, out, write=True)
    assert len(before) > 40
    assert {code for code, _ in before} == set(REPORT_KINDS)  # every kind of the registry
    # Before: the texts are there for who has the key (the search is not blind). In team
    # mode the data folder holds only this workstation's drafts; the server's database,
    # its dumps and its write-ahead log are the server administrator's to look after.
    if location.server is None:
        assert {secret for secret, _ in _found(location, database.key, scratch)} >= {
            FIRST, NOTE, ESF_NOTE, REMARK, BIRTH.isoformat(), HOURS_NOTE, VOLUNTEER_LAST
        }  # fmt: skip
    else:
        assert {secret for secret, _ in _found(location, database.key, scratch)} == {
            NOTE,
            "Qxvbrunkel",
        }

    due = due_anonymisations(database, admin, LATER)
    due_cases = {item.record_id for item in due if item.kind is DueKind.CASE}
    assert {ids["case"], ids["esf_case"]} <= due_cases
    assert (DueKind.VOLUNTEER, ids["volunteer"]) in {(i.kind, i.record_id) for i in due}
    with database.read_session() as session:
        open_cases = {
            int(r[0])
            for r in session.connection().exec_driver_sql(
                "SELECT id FROM participant WHERE status = 'open'"
            )
        }
    assert not due_cases & open_cases  # only closed cases are due

    result = anonymise_due(database, admin, LATER)
    assert result.cases == len(due_cases) and not result.cancelled
    assert due_anonymisations(database, admin, LATER) == []

    after = all_figures(database, admin, out, write=False)
    assert after.keys() == before.keys()
    for key in before:
        for title in before[key]:
            assert after[key][title] == before[key][title], (key, title)

    with database.read_session() as session:
        connection = session.connection()
        row = connection.execute(
            text(
                "SELECT status, case_number, first_name, birth_date, birth_year, postcode, "
                "phone FROM participant WHERE id = :id"
            ),
            {"id": ids["case"]},
        ).one()
        assert row[0] == CaseStatus.ANONYMISED.value
        assert row[1].startswith(ANONYMOUS_CASE_PREFIX) and row[2] != FIRST
        assert (row[3], row[4], row[5], row[6]) == (None, 1931, None, None)
        assert (
            connection.execute(
                text("SELECT entry_age FROM enrollment WHERE participant_id = :id"),
                {"id": ids["esf_case"]},
            ).scalar()
            == 93
        )  # on 2026-02-02, born 1932-07-23
        assert (
            connection.execute(
                text("SELECT count(*) FROM follow_up WHERE participant_id = :id"),
                {"id": ids["case"]},
            ).scalar()
            == 0
        )
        assert (
            connection.execute(
                text(
                    "SELECT count(*) FROM audit_event WHERE action = 'update' AND entity = "
                    "'participant' AND entity_id = :id AND fields = 'anonymised'"
                ),
                {"id": ids["case"]},
            ).scalar()
            == 1
        )
    # Only the backup written after the change is left in the data folder (a workstation
    # in team mode keeps none).
    after_change = ["after-anonymisation"] if location.server is None else []
    assert [entry.label for entry in list_backups(location.backup_dir)] == after_change
    database.close()  # no WAL left behind: every byte is in the file
    assert _found(location, database.key, scratch) == []


def _advisor(database: Database, admin: Actor) -> Actor:
    user = add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, Role.ADVISOR)


@pytest.fixture
def esf_case(database: Database, admin: Actor) -> int:
    wir = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert wir.id is not None
    person = create_case(
        database,
        admin,
        CaseInput(
            ESF_FIRST,
            ESF_LAST,
            Gender.MALE,
            birth_date=ESF_BIRTH,
            phone="0176 1234567",
            remarks=REMARK,
        ),
        today=TODAY,
    )
    assert person.id is not None
    enroll(database, admin, person.id, wir.id, date(2026, 2, 2), today=TODAY)
    add_consultation(
        database,
        admin,
        ConsultationInput(person.id, date(2026, 2, 10), 30, note=ESF_NOTE),
        today=TODAY,
    )
    return person.id


def test_erasure_under_esf_retention_is_refused_with_the_reason_and_offers_less(
    database: Database, admin: Actor, esf_case: int
) -> None:
    # WIR-2026 ends 31.12.2027: its documents are kept until 31.12.2032.
    assert project_retention_end(date(2027, 12, 31), 5) == date(2032, 12, 31)
    obstacles = erasure_obstacles(database, admin, esf_case, TODAY)
    assert [(p.code, p.kept_until) for p in obstacles] == [("WIR-2026", date(2032, 12, 31))]
    with pytest.raises(ErasureRefused, match=r"Art\. 82 Regulation \(EU\) 2021/1060") as refused:
        erase_case(database, admin, esf_case, ErasureGround.CONSENT_WITHDRAWN, TODAY)
    assert "WIR-2026: kept until 31.12.2032." in refused.value.message
    assert "notes, remarks, follow-ups, contact data" in refused.value.message
    with database.read_session() as session:
        assert session.connection().execute(
            select(Participant.last_name, Participant.remarks).where(
                col(Participant.id) == esf_case
            )
        ).one() == (ESF_LAST, REMARK)

    restrict_case(database, admin, esf_case, ErasureGround.CONSENT_WITHDRAWN)
    with database.read_session() as session:
        connection = session.connection()
        assert connection.execute(
            select(
                Participant.last_name,
                Participant.birth_date,
                Participant.phone,
                Participant.remarks,
            ).where(col(Participant.id) == esf_case)
        ).one() == (ESF_LAST, ESF_BIRTH, None, None)  # what ESF needs stays
        assert (
            connection.execute(
                text(
                    "SELECT count(*) FROM consultation "
                    "WHERE participant_id = :id AND note IS NOT NULL"
                ),
                {"id": esf_case},
            ).scalar()
            == 0
        )
    # After the retention the whole erasure is possible.
    assert erasure_obstacles(database, admin, esf_case, date(2033, 1, 1)) == []


def test_erasure_removes_the_person_and_the_audit_keeps_only_that_it_happened(
    database: Database, admin: Actor, location: Location, tmp_path: Path
) -> None:
    person = create_case(
        database,
        admin,
        CaseInput(
            FIRST, LAST, Gender.FEMALE, birth_date=BIRTH, remarks=REMARK, nationalities=("SY",)
        ),
        today=TODAY,
    )
    assert person.id is not None
    consultation = add_consultation(
        database, admin, ConsultationInput(person.id, date(2026, 3, 5), 45, note=NOTE), today=TODAY
    )
    assert consultation.id is not None
    delete_consultation(database, admin, consultation.id, f"falsch: {FIRST}")
    add_consultation(
        database, admin, ConsultationInput(person.id, date(2026, 3, 6), 30, note=NOTE), today=TODAY
    )
    add_follow_up(database, admin, person.id, date(2026, 4, 1), f"{FIRST} anrufen")
    save_consultation_draft(database, admin, person.id, {"note": NOTE})
    scan = tmp_path / "bescheid.txt"
    scan.write_text(f"Bescheid für {FIRST}: {NOTE}", encoding="utf-8")
    add_document(
        database,
        admin,
        Owner(OwnerKind.CASE, person.id),
        scan,
        "Bescheid",
        DocumentKind.RECOGNITION_DECISION,
        date(2026, 3, 1),
        TODAY,
    )
    scan.unlink()  # the original is the user's; only the kept copy is Lotse's to erase
    number = person.case_number
    with pytest.raises(ValidationError, match="Reason for the erasure"):
        erase_case(database, admin, person.id, None, TODAY)
    advisor = _advisor(database, admin)
    with pytest.raises(PermissionDenied):
        erase_case(database, advisor, person.id, ErasureGround.OBJECTION, TODAY)

    assert erase_case(database, admin, person.id, ErasureGround.OBJECTION, TODAY) == number
    with database.read_session() as session:
        connection = session.connection()
        for table in (
            "participant",
            "consultation",
            "follow_up",
            "participant_nationality",
            "document",
        ):
            column = "id" if table == "participant" else "participant_id"
            assert (
                connection.execute(
                    text(f"SELECT count(*) FROM {table} WHERE {column} = :id"), {"id": person.id}
                ).scalar()
                == 0
            ), table
        erasure = connection.execute(
            text(
                "SELECT user_id, username, action, reason FROM audit_event WHERE entity = "
                "'participant' AND entity_id = :id AND fields = 'erased'"
            ),
            {"id": person.id},
        ).one()
        assert erasure == (admin.user_id, "admin", "delete",
                           f"Art. 17(1)(c) erasure of case {number}")  # fmt: skip
        reasons = [
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT reason FROM audit_event WHERE reason IS NOT NULL"
            )
        ]
        assert not [r for r in reasons if FIRST in r]
    database.close()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    assert not [f for f in _found(location, database.key, scratch) if f[0] in (FIRST, NOTE)]


def test_police_clearance_is_deleted_three_months_after_the_volunteer_stops(
    database: Database, admin: Actor
) -> None:
    stays = save_volunteer(
        database,
        admin,
        VolunteerInput(
            "Aktiv",
            "Muster",
            clearance_seen_on=date(2025, 1, 10),
            clearance_issued_on=date(2025, 1, 2),
            clearance_relevant_entry=False,
        ),
    )
    leaves = save_volunteer(
        database,
        admin,
        VolunteerInput(
            "Geht",
            "Muster",
            joined_on=date(2025, 1, 1),
            status=VolunteerStatus.LEFT,
            left_on=date(2026, 5, 31),
            clearance_seen_on=date(2025, 1, 10),
            clearance_issued_on=date(2025, 1, 2),
            clearance_relevant_entry=False,
        ),
    )
    assert leaves.id is not None and stays.id is not None
    assert clearance_deletion_due(date(2026, 5, 31)) == date(2026, 8, 31)
    assert due_anonymisations(database, admin, date(2026, 8, 30)) == []
    due = due_anonymisations(database, admin, date(2026, 8, 31))
    assert [(i.kind, i.record_id) for i in due] == [(DueKind.CLEARANCE, leaves.id)]
    result = anonymise_due(database, admin, date(2026, 8, 31))
    assert (result.cases, result.volunteers, result.clearances) == (0, 0, 1)
    with database.read_session() as session:
        rows = dict(
            (r[0], tuple(r[1:]))
            for r in session.connection().execute(
                select(
                    Volunteer.id,
                    Volunteer.clearance_seen_on,
                    Volunteer.clearance_issued_on,
                    Volunteer.clearance_relevant_entry,
                    Volunteer.last_name,
                )
            )
        )
    assert rows[leaves.id] == (None, None, None, "Muster")  # the name stays for now
    assert rows[stays.id][:3] == (date(2025, 1, 10), date(2025, 1, 2), False)
    # After the club's retention for volunteer data (default 3 years) the name goes too.
    set_retention_settings(database, admin, RetentionSettings(case_years=3, volunteer_years=1))
    due = due_anonymisations(database, admin, date(2027, 6, 1))
    assert [(i.kind, i.record_id) for i in due] == [(DueKind.VOLUNTEER, leaves.id)]


def test_volunteer_form_rules_for_leaving_and_the_clearance(
    database: Database, admin: Actor
) -> None:
    with pytest.raises(ValidationError, match="Left on: needed when the status is 'left'"):
        save_volunteer(database, admin, VolunteerInput("A", "B", status=VolunteerStatus.LEFT))
    with pytest.raises(ValidationError, match="only for a volunteer whose status is 'left'"):
        save_volunteer(database, admin, VolunteerInput("A", "B", left_on=date(2026, 1, 1)))
    with pytest.raises(ValidationError, match="must not lie after the day the certificate was"):
        save_volunteer(
            database,
            admin,
            VolunteerInput(
                "A", "B", clearance_seen_on=date(2026, 1, 1), clearance_issued_on=date(2026, 2, 1)
            ),
        )
    with pytest.raises(ValidationError, match="Police clearance seen on: needed when"):
        save_volunteer(database, admin, VolunteerInput("A", "B", clearance_relevant_entry=True))


def test_retention_settings_name_the_field_and_the_range(database: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="from 1 to 30 years are allowed") as error:
        set_retention_settings(database, admin, RetentionSettings(case_years=0, volunteer_years=3))
    assert error.value.field == "case_retention_years"
    advisor = _advisor(database, admin)
    with pytest.raises(PermissionDenied):
        due_anonymisations(database, advisor, TODAY)
    with pytest.raises(PermissionDenied):
        anonymise_due(database, advisor, TODAY)


def test_the_audit_trail_allows_only_blanking_a_reason(database: Database, admin: Actor) -> None:
    import sqlalchemy as sa

    create_case(database, admin, CaseInput("A", "B", Gender.FEMALE), today=TODAY)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_event SET reason = NULL")  # allowed
    for change, values in (
        ("reason = 'x'", {}),
        ("username = 'x'", {}),
        ("fields = NULL", {}),
        ("reason = NULL, at = :at", {"at": datetime(2000, 1, 1, tzinfo=UTC)}),
    ):
        with (
            pytest.raises(sa.exc.IntegrityError, match="cannot be changed"),
            database.engine.begin() as c,
        ):
            c.execute(sa.text(f"UPDATE audit_event SET {change}"), values)


def test_the_cli_lists_and_anonymises_what_is_due(
    database: Database,
    admin: Actor,
    location: Location,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app import cli
    from tests.conftest import ADMIN_PASSWORD

    old = create_case(database, admin, CaseInput(FIRST, LAST, Gender.FEMALE), today=TODAY)
    recent = create_case(database, admin, CaseInput("Neu", "Muster", Gender.MALE), today=TODAY)
    assert old.id is not None and recent.id is not None
    add_consultation(database, admin, ConsultationInput(old.id, date(2021, 3, 5), 30, note=NOTE))
    close_case(database, admin, old.id, date(2021, 3, 5), {})
    close_case(database, admin, recent.id, date(2026, 3, 5), {})
    database.close()
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    base = ["--data-dir", str(location.data_dir), "--user", "admin", "privacy"]
    assert cli.main([*base, "due"]) == 0
    out = capsys.readouterr().out
    # Without a project: three years after the last contact (05.03.2021).
    assert f"{old.case_number}\tcase file, anonymise\tkept until 05.03.2024" in out
    assert recent.case_number not in out and out.endswith("1 due.\n")
    with pytest.raises(SystemExit) as usage:  # --due must be said
        cli.main([*base, "anonymise"])
    assert usage.value.code == 2
    assert "required: --due" in capsys.readouterr().err
    assert cli.main([*base, "anonymise", "--due"]) == 0
    assert "Anonymised 1 case file(s)" in capsys.readouterr().out
    assert cli.main([*base, "due"]) == 0
    assert capsys.readouterr().out == "0 due.\n"
    assert cli.main([*base, "anonymise", "--due"]) == 0
    assert capsys.readouterr().out == "Nothing is due.\n"


def test_a_cancelled_run_leaves_each_record_done_or_untouched_and_anonymised_cases_stay_closed(
    database: Database, admin: Actor
) -> None:
    from app.services.cases import update_case
    from app.services.errors import ServiceError

    ids = []
    for name in ("Erste", "Zweite", "Dritte"):
        case = create_case(database, admin, CaseInput(name, LAST, Gender.FEMALE), today=TODAY)
        assert case.id is not None
        add_consultation(database, admin, ConsultationInput(case.id, date(2021, 3, 5), 30))
        scan = Path(tempfile.mkdtemp()) / "zeugnis.pdf"
        scan.write_bytes(b"%PDF zeugnis " + name.encode())
        add_document(
            database,
            admin,
            Owner(OwnerKind.CASE, case.id),
            scan,
            "Zeugnis",
            DocumentKind.CERTIFICATE,
            date(2021, 3, 5),
            TODAY,
        )
        close_case(database, admin, case.id, date(2021, 3, 5), {})
        ids.append(case.id)
    calls: list[tuple[int, int]] = []

    def stop_after_one(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1

    due = due_anonymisations(database, admin, TODAY)
    assert [item.record_id for item in due] == ids
    result = anonymise_due(database, admin, TODAY, stop_after_one)
    assert result.cancelled and result.cases == 1
    assert [_status_of(database, i) for i in ids] == ["anonymised", "closed", "closed"]
    # The anonymised case's documents went with its names; the others keep theirs.
    kept = [len(list_documents(database, admin, Owner(OwnerKind.CASE, i))) for i in ids]
    assert kept == [0, 1, 1]
    assert [item.record_id for item in due_anonymisations(database, admin, TODAY)] == ids[1:]

    with pytest.raises(ServiceError, match="is anonymised: it can no longer be changed"):
        update_case(database, admin, ids[0], CaseInput("Wieder", LAST, Gender.FEMALE))
    with pytest.raises(ServiceError, match="is anonymised"):
        add_consultation(database, admin, ConsultationInput(ids[0], date(2026, 3, 5), 30))


def _status_of(database: Database, participant_id: int) -> str:
    with database.read_session() as session:
        return str(
            session.connection()
            .execute(text("SELECT status FROM participant WHERE id = :id"), {"id": participant_id})
            .scalar()
        )


@pytest.mark.parametrize("today", [date(2027, 2, 28), date(2027, 3, 1), date(2028, 3, 1)])
def test_the_due_list_decides_every_case_at_the_edge_by_the_retention_rule(
    database: Database, admin: Actor, today: date
) -> None:
    """The due list's first choice in SQL misses no case: around the day three years
    back (29 February too), each case is due exactly when its retention end has passed."""
    contacts = [date(2024, 2, 29), *(date(2024, 2, 26) + timedelta(days=n) for n in range(8))]
    contacts += [date(2025, 2, 28), date(2025, 3, 1)]
    expected = set()
    for number, contact in enumerate(contacts):
        case = create_case(
            database, admin, CaseInput(f"Rand{number}", LAST, Gender.FEMALE), today=contact
        )
        assert case.id is not None
        add_consultation(database, admin, ConsultationInput(case.id, contact, 30), today=contact)
        close_case(database, admin, case.id, contact, {})
        if case_retention_end(contact, DEFAULT_CASE_YEARS) < today:
            expected.add(case.id)
    due = {item.record_id for item in due_anonymisations(database, admin, today)}
    assert due == expected and 0 < len(expected) < len(contacts)


def test_erasure_takes_courses_recognition_and_placements_along(
    database: Database, admin: Actor
) -> None:
    """A case with course attendance, a recognition procedure or a placement is erased
    whole; these rows kept the erasure from happening at all (foreign keys)."""
    create_demo_data(database, admin, 40, seed=7, staff_password="passwort-1234-lang", today=TODAY)
    tables = ("course_participant", "recognition_procedure", "placement")
    with database.engine.connect() as connection:
        cases = (
            connection.exec_driver_sql(
                "SELECT id FROM participant p WHERE "
                + " OR ".join(
                    f"EXISTS (SELECT 1 FROM {t} x WHERE x.participant_id = p.id)" for t in tables
                )
            )
            .scalars()
            .all()
        )
    assert len(cases) >= 3
    for case in cases:
        erase_case(database, admin, case, ErasureGround.OBJECTION, LATER)
    with database.engine.connect() as connection:
        for table in (*tables, "participant"):
            column = "id" if table == "participant" else "participant_id"
            left = connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE {column} IN ({', '.join(map(str, cases))})"
            ).scalar_one()
            assert left == 0, table
        assert (
            connection.exec_driver_sql(
                "SELECT count(*) FROM attendance a LEFT JOIN course_participant c "
                "ON c.id = a.course_participant_id WHERE c.id IS NULL"
            ).scalar_one()
            == 0
        )
