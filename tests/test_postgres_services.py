"""The services' own SQL on PostgreSQL: numbering under concurrent writers, the case
search (same results as SQLite's full-text index), the privacy statements, the audit
trail, the case list's order with empty values, and database errors without data.

Each test builds Lotse's tables in a scratch database (``tests/pg_schema.py``); all are
skipped unless ``LOTSE_TEST_POSTGRES`` names a server (``tests/postgres.py``).
"""

import re
import threading
from collections.abc import Iterator
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from app.domain.enums import (
    AuditAction,
    CaseStatus,
    ConsultationFormat,
    ConsultationKind,
    ErasureGround,
    Gender,
    Role,
    VolunteerStatus,
)
from app.domain.models import Consultation, NumberSequence, Participant, Setting, User, Volunteer
from app.domain.models.tables import table
from app.domain.search_text import participant_search_key
from app.error_text import safe_message, safe_traceback
from app.services import privacy
from app.services.access_request import answer_as_json, collect
from app.services.actor import Actor
from app.services.audit import record
from app.services.audit_trail import AuditFilter, count_audit, list_audit
from app.services.case_list import CaseQuery, CaseSort, count_cases, fetch_cases
from app.services.cases import CaseInput, create_case
from app.services.check import SERVER_INTEGRITY, check_file, check_server
from app.services.consultations import (
    ConsultationQuery,
    consultation_languages,
    count_consultations,
    fetch_consultations,
)
from app.services.demo import create_demo_data
from app.services.errors import environment_message
from app.services.mentorships import (
    find_mentees,
    list_mentorships,
    mentees_of,
    quiet_tandems,
    suggest_mentors,
)
from app.services.numbering import ensure_at_least, reserve
from app.services.privacy import DueKind
from app.services.search_keys import VERSION_SETTING, refresh_search_keys
from app.services.upserts import insert_or_update
from app.services.users import add_user
from app.services.volunteers import list_volunteers, paperwork_due
from app.storage.database import Database
from tests.pg_schema import copy_rows, portable_metadata, postgres_engine


@pytest.fixture
def engine() -> Iterator[sa.Engine]:
    """A fresh scratch database with Lotse's tables for each test."""
    with postgres_engine("svc") as created:
        yield created


def test_concurrent_reserves_never_hand_out_a_number_twice(engine: sa.Engine) -> None:
    threads, per_thread = 8, 50
    handed_out: list[int] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            for _ in range(per_thread):
                with Session(engine) as session:
                    number = reserve(session, "race")
                    session.commit()
                with lock:
                    handed_out.append(number)
        except BaseException as error:  # reported below, not lost in the thread
            failures.append(error)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert failures == []
    assert sorted(handed_out) == list(range(1, threads * per_thread + 1))
    with Session(engine) as session:
        assert session.get(NumberSequence, "race").last_value == threads * per_thread  # type: ignore[union-attr]


def test_reserve_counts_on_and_ensure_at_least_never_lowers(engine: sa.Engine) -> None:
    with Session(engine) as session:
        assert reserve(session, "block", 5) == 1
        assert reserve(session, "block") == 6
        ensure_at_least(session, "block", 3)
        assert reserve(session, "block") == 7
        ensure_at_least(session, "block", 20)
        assert reserve(session, "block", 2) == 21
        ensure_at_least(session, "imported", 9)
        assert reserve(session, "imported") == 10
        session.commit()


# --- the same data on both back ends ---------------------------------------------------

# Names, numbers and phones with what the search has to get right: umlauts and their
# spellings, other scripts, apostrophes and hyphens inside names, punctuation in phones.
PEOPLE = [
    ("Anna", "Müller", "+49 176/1234567", date(1990, 5, 1), True, date(2026, 3, 1)),
    ("Mohammed", "Haddad", "0176 555", None, True, None),
    ("Сергій", "Коваленко", None, date(1985, 1, 2), False, date(2026, 2, 1)),
    ("محمد", "الحسن", "(030) 12-34", date(2001, 7, 7), False, None),
    ("Seán", "O’Brien", None, None, True, date(2026, 1, 15)),
    ("Anne-Marie", "Ng", "+33.1.23", date(1977, 12, 24), None, None),
    ("Ayşe", "Yılmaz", None, date(1995, 2, 28), True, date(2026, 3, 1)),
    ("Li", "Öztürk", "0511 – 22", None, None, date(2025, 12, 31)),
    ("Jusuf", "Sokolová", None, date(1990, 5, 1), False, None),
    ("Amal", "Ab", "+1 (555) 0100", date(2003, 3, 3), True, None),
]
SEARCHES = [
    "m", "mu", "mul", "muller", "mueller", "müller", "mohammed", "mhmd", "محمد", "حسن",
    "ser", "serhii", "sergey", "b", "br", "brien", "obrien", "o", "ma", "an", "an ma",
    "anne-marie", "e-", "-m", "ng", "li", "2026", "20", "2026-0003", "176", "17", "+4",
    "(0", "03", "12", "1", "yilmaz", "ayse", "ay", "yu", "jusuf", "yusuf", "sokolova",
    "ab", "a", "amal", "'", "+", ".", "()", "’b", "–", "22", "55", "0100", "anna haddad",
    "x", "zz", "~m", "~mhmd", "^", "mh", "l", "lov", "a.", ".b",
]  # fmt: skip


def _same_people(sqlite_database: Database, admin: Actor, engine: sa.Engine) -> None:
    """``PEOPLE`` as case files in the SQLite database (its triggers fill the search
    index), then its accounts and case files copied as they are to PostgreSQL."""
    with sqlite_database.session() as session:
        for number, (first, last, phone, born, advised, contact) in enumerate(PEOPLE, 1):
            case_number = f"2026-{number:04d}"
            session.add(
                Participant(
                    case_number=case_number,
                    first_name=first,
                    last_name=last,
                    gender=Gender.UNSPECIFIED,
                    phone=phone,
                    birth_date=born,
                    advisor_id=admin.user_id if advised else None,
                    status=CaseStatus.CLOSED if advised is False else CaseStatus.OPEN,
                    search_text=participant_search_key(first, last, case_number, phone),
                    last_contact_on=contact,
                    next_follow_up_on=born.replace(year=2027) if born else None,
                )
            )
        session.commit()
    with sqlite_database.engine.connect() as source, engine.begin() as target:
        for model in (User, Participant):
            rows = [dict(row._mapping) for row in source.execute(sa.select(table(model)))]
            target.execute(sa.insert(table(model)), rows)


def _on(engine: sa.Engine, sqlite_database: Database) -> Database:
    return Database(location=sqlite_database.location, engine=engine)


def test_the_case_search_finds_the_same_cases_as_sqlite(
    database: Database, admin: Actor, engine: sa.Engine
) -> None:
    _same_people(database, admin, engine)
    server = _on(engine, database)
    differing = {}
    for typed in SEARCHES:
        query = CaseQuery(text=typed, sort=CaseSort.NAME, descending=False)
        expected = [row.case_number for row in fetch_cases(database, admin, query, 0, 100)]
        found = [row.case_number for row in fetch_cases(server, admin, query, 0, 100)]
        counts = (count_cases(database, admin, query), count_cases(server, admin, query))
        if found != expected or counts != (len(expected), len(expected)):
            differing[typed] = (expected, found, counts)
    assert differing == {}
    # The searches do find something, one letter as well as whole names.
    assert count_cases(server, admin, CaseQuery(text="m")) >= 3
    assert count_cases(server, admin, CaseQuery(text="muller")) == 1
    assert count_cases(server, admin, CaseQuery(text="mh")) == 2  # ^mhmd, mhmd (Arabic)


def test_mentee_search_matches_sqlite(database: Database, admin: Actor, engine: sa.Engine) -> None:
    _same_people(database, admin, engine)
    server = _on(engine, database)
    for typed in ("mu", "mohammed", "an ma", "20", "ser"):
        assert find_mentees(server, admin, typed) == find_mentees(database, admin, typed), typed


@pytest.mark.parametrize("sort", list(CaseSort))
@pytest.mark.parametrize("descending", [False, True])
def test_the_case_list_sorts_empty_values_as_sqlite_does(
    database: Database, admin: Actor, engine: sa.Engine, sort: CaseSort, descending: bool
) -> None:
    _same_people(database, admin, engine)
    query = CaseQuery(sort=sort, descending=descending)
    expected = [row.case_number for row in fetch_cases(database, admin, query, 0, 100)]
    found = [row.case_number for row in fetch_cases(_on(engine, database), admin, query, 0, 100)]
    assert found == expected


# --- errors without the club's data ----------------------------------------------------

NOTE = "Patientin berichtet von Gewalt in der Unterkunft"


def _refused(engine: sa.Engine, *rows: object) -> sa.exc.DBAPIError:
    with pytest.raises(sa.exc.DBAPIError) as raised, Session(engine) as session:
        for row in rows:
            session.add(row)
            session.flush()
    return raised.value


def test_a_refused_row_leaves_its_values_out_of_the_log(engine: sa.Engine) -> None:
    error = _refused(
        engine,
        Consultation(
            date=date(2026, 3, 2),
            duration_minutes=0,
            kind=ConsultationKind.FIRST,
            format=ConsultationFormat.IN_PERSON,
            note=NOTE,
        ),
    )
    assert NOTE in str(error)  # PostgreSQL's DETAIL: "Failing row contains (…)"
    message = safe_message(error)
    assert NOTE not in message and "Failing row" not in message
    assert message.startswith('CheckViolation: new row for relation "…" violates check constraint')
    assert "(23514, constraint ck_consultation_duration_range, table consultation)" in message
    assert "INSERT INTO consultation" in message
    assert NOTE not in "".join(safe_traceback(type(error), error, error.__traceback__))
    assert environment_message(error) is None  # a bug: the crash report, without the note


def test_a_number_taken_meanwhile_is_a_collision_without_the_number(engine: sa.Engine) -> None:
    error = _refused(
        engine,
        Volunteer(number="E-0001", first_name="Anna", last_name="Müller"),
        Volunteer(number="E-0001", first_name="Jonas", last_name="Weber"),
    )
    assert "E-0001" in str(error)  # DETAIL: Key (number)=(E-0001) already exists.
    message = safe_message(error)
    assert "E-0001" not in message and "Müller" not in message
    # The constraint's name depends on who made the schema (models or migrations).
    assert re.search(r"\(23505, constraint \w*number\w*, table volunteer\)", message), message
    traceback_text = "".join(safe_traceback(type(error), error, error.__traceback__))
    assert "E-0001" not in traceback_text and "Jonas" not in traceback_text
    assert environment_message(error) == (
        "Someone else changed the same data at the same moment, so nothing was saved. "
        "Please try again."
    )


def test_a_case_deleted_meanwhile_is_a_collision(engine: sa.Engine) -> None:
    error = _refused(
        engine,
        Consultation(
            participant_id=4711,  # merged away or erased by someone else
            date=date(2026, 3, 2),
            duration_minutes=30,
            kind=ConsultationKind.FIRST,
            format=ConsultationFormat.IN_PERSON,
        ),
    )
    assert getattr(error.orig, "sqlstate", None) == "23503"
    assert environment_message(error) == (
        "Someone else changed the same data at the same moment, so nothing was saved. "
        "Please try again."
    )


def test_the_server_refusing_to_write_is_said_plainly(engine: sa.Engine) -> None:
    with pytest.raises(sa.exc.DBAPIError) as raised, engine.begin() as connection:
        connection.execute(sa.text("SET TRANSACTION READ ONLY"))
        connection.execute(sa.text("DELETE FROM number_sequence"))
    assert safe_message(raised.value).startswith("ReadOnlySqlTransaction: cannot execute DELETE")
    assert "lacks the permission, or the server only reads" in str(
        environment_message(raised.value)
    )


def test_the_daily_hours_guard_is_said_plainly(engine: sa.Engine) -> None:
    # The text the guard raises on both back ends (the trigger itself is the migrations').
    with pytest.raises(sa.exc.DBAPIError) as raised, engine.begin() as connection:
        connection.execute(
            sa.text(
                "DO $$ BEGIN RAISE EXCEPTION 'volunteer_hours: more than 10 hours on one day'; "
                "END $$"
            )
        )
    assert "at most 10 hours" in str(environment_message(raised.value))


# --- privacy: what is due, anonymisation, erasure --------------------------------------

DEMO_DAY = date(2026, 11, 20)
# Far enough on that every project with an end date has passed its retention.
LATER = date(2040, 1, 2)
# What differs by design between two runs: random numbers of anonymised records and
# their search keys, the moment of the change, and the dates SQLite's triggers keep.
VARYING = {
    "case_number", "number", "search_text", "anonymised_at", "updated_at", "at", "created_at",
    "last_contact_on", "next_follow_up_on", "row_version",
}  # fmt: skip


def _contents(engine: sa.Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, ordered by primary key, without the ``VARYING`` columns."""
    found = {}
    with engine.connect() as connection:
        for model_table in portable_metadata().sorted_tables:
            kept = [c for c in model_table.c if c.name not in VARYING]
            statement = sa.select(*kept).order_by(*model_table.primary_key.columns)
            found[model_table.name] = [tuple(row) for row in connection.execute(statement)]
    return found


def test_anonymisation_and_erasure_do_the_same_on_both(
    database: Database, admin: Actor, engine: sa.Engine
) -> None:
    create_demo_data(
        database, admin, 40, seed=7, staff_password="passwort-1234-lang", today=DEMO_DAY
    )
    copy_rows(database.engine, engine)
    server = _on(engine, database)

    due = {db: privacy.due_anonymisations(db, admin, LATER) for db in (database, server)}
    assert due[server] == due[database]
    assert {item.kind for item in due[server]} >= {DueKind.CASE, DueKind.VOLUNTEER}
    assert privacy.count_due(server, admin, LATER) == len(due[server])

    open_cases = [
        row.id for row in fetch_cases(database, admin, CaseQuery(status=CaseStatus.OPEN), 0, 3)
    ]
    for db in (database, server):
        result = privacy.anonymise_due(db, admin, LATER)
        assert result.cases + result.volunteers > 0
        privacy.erase_case(db, admin, open_cases[0], ErasureGround.CONSENT_WITHDRAWN, LATER)
        privacy.restrict_case(db, admin, open_cases[1], ErasureGround.CONSENT_WITHDRAWN)

    assert _contents(engine) == _contents(database.engine)
    with engine.connect() as connection:
        ages = connection.execute(
            sa.text("SELECT count(*) FROM enrollment WHERE entry_age IS NOT NULL")
        ).scalar_one()
        assert ages > 0  # the ESF age at entry, kept before the birth date went
        assert (
            connection.execute(
                sa.text("SELECT count(*) FROM participant WHERE id = :id"), {"id": open_cases[0]}
            ).scalar_one()
            == 0
        )
    assert privacy.due_anonymisations(server, admin, LATER) == []


# --- the audit trail -------------------------------------------------------------------


def test_the_audit_trail_lists_the_same_events(
    database: Database, admin: Actor, engine: sa.Engine
) -> None:
    create_demo_data(
        database, admin, 20, seed=3, staff_password="passwort-1234-lang", today=DEMO_DAY
    )
    add_user(database, admin, "vera", Role.ADVISOR.value, "passwort-123-lang", "Vera Beraterin")
    case_number = fetch_cases(database, admin, CaseQuery(), 0, 1)[0].case_number
    with database.session() as session:
        # Something to find for the case filter, and a reason to read.
        case = session.exec(
            sa.select(Participant).where(Participant.case_number == case_number)  # type: ignore[arg-type]
        ).scalar_one()
        for reason in ("checked", "checked again"):  # two: the pages below skip the newest
            record(session, admin, AuditAction.UPDATE, "participant", case.id, ["remarks"], reason)
        session.commit()
    copy_rows(database.engine, engine)
    server = _on(engine, database)
    filters = [
        AuditFilter(),
        AuditFilter(start=date(2020, 1, 1), end=date.today()),
        AuditFilter(username="admin"),
        AuditFilter(action="create"),
        AuditFilter(case_number=case_number),
    ]
    for wanted in filters:
        # Pages after the first: reading the first page is itself audited (at a
        # moment of its own on each back end).
        expected = list_audit(database, admin, wanted, offset=1, limit=1000)
        assert list_audit(server, admin, wanted, offset=1, limit=1000) == expected, wanted
        assert expected  # every filter finds something
        assert count_audit(server, admin, wanted) == count_audit(database, admin, wanted)
    everything = list_audit(server, admin, AuditFilter(), offset=0, limit=1000)
    assert any(
        row.entity == "user" and row.subject == "Vera Beraterin (vera)" for row in everything
    )
    assert any(row.case_number == case_number for row in everything)


# --- lotse check -----------------------------------------------------------------------


def test_the_check_reads_a_server_database(
    database: Database, admin: Actor, engine: sa.Engine
) -> None:
    create_demo_data(
        database, admin, 20, seed=5, staff_password="passwort-1234-lang", today=DEMO_DAY
    )
    copy_rows(database.engine, engine)
    result = check_server(engine)
    assert result.problems == [] and result.ok
    assert result.integrity == SERVER_INTEGRITY
    assert result.counts == check_file(database.location.database, database.key).counts
    assert result.counts["participant"] == 20

    # References switched off (as a bulk copy may do): a consultation of no case.
    with engine.begin() as connection:
        connection.execute(sa.text("ALTER TABLE consultation DISABLE TRIGGER ALL"))
        connection.execute(
            sa.text(
                "UPDATE consultation SET participant_id = 999999 WHERE id = (SELECT min(id) FROM consultation)"
            )
        )
        connection.execute(sa.text("ALTER TABLE consultation ENABLE TRIGGER ALL"))
    damaged = check_server(engine)
    assert damaged.foreign_key_problems == 1 and not damaged.ok
    assert "refer to rows that do not exist" in damaged.problems[0]


def test_the_check_says_what_a_server_database_is_not(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        for table in ("audit_event", "organisation"):
            connection.execute(sa.text(f"DROP TABLE {table} CASCADE"))
    foreign = check_server(engine)
    assert not foreign.ok and "is not a Lotse database" in foreign.problems[0]
    unreachable = check_server(sa.create_engine(engine.url.set(database="svc_no_such_database")))
    assert not unreachable.ok
    assert "cannot be read" in unreachable.problems[0]
    assert 'database "…" does not exist' in unreachable.problems[0]


# --- demo data -------------------------------------------------------------------------


def test_demo_data_on_the_server_leaves_ids_for_new_records(
    database: Database, admin: Actor, engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_rows(database.engine, engine)  # the set-up: organisation, administrator, project
    server = _on(engine, database)
    # Refreshing the planner's statistics is SQLite's PRAGMA (storage, not this test's).
    monkeypatch.setattr(Database, "optimize", lambda *_args, **_kwargs: None)
    create_demo_data(server, admin, 30, seed=2, staff_password="passwort-1234-lang", today=DEMO_DAY)
    case = create_case(server, admin, CaseInput("Neu", "Fall", Gender.FEMALE), today=DEMO_DAY)
    assert case.id == 31
    assert count_cases(server, admin, CaseQuery()) == 31
    assert count_cases(server, admin, CaseQuery(text="neu fall")) == 1


# --- the right of access ---------------------------------------------------------------


def test_the_access_answer_is_the_same_from_the_server(
    database: Database, admin: Actor, engine: sa.Engine
) -> None:
    create_demo_data(
        database, admin, 20, seed=6, staff_password="passwort-1234-lang", today=DEMO_DAY
    )
    written = datetime(2026, 11, 20, 12, 0)
    with database.engine.connect() as connection:
        busiest = connection.execute(
            sa.text(
                "SELECT participant_id FROM consultation WHERE participant_id IS NOT NULL "
                "GROUP BY participant_id ORDER BY count(*) DESC, participant_id LIMIT 1"
            )
        ).scalar_one()
    with database.session() as session:  # the case's own audit trail is part of the answer
        record(session, admin, AuditAction.UPDATE, "participant", busiest, ["remarks"])
        session.commit()
    copy_rows(database.engine, engine)
    with database.engine.connect() as connection:
        expected = answer_as_json(collect(connection, busiest), "Verein", written)
    with engine.connect() as connection:
        found = answer_as_json(collect(connection, busiest), "Verein", written)
    assert found == expected
    assert '"at": "' in found and "+00:00" not in found


# --- search keys after a change of the folding rules -----------------------------------


def test_two_clients_refreshing_the_search_keys(
    database: Database, admin: Actor, engine: sa.Engine
) -> None:
    _same_people(database, admin, engine)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE participant SET search_text = 'old'"))
        connection.execute(sa.text("DELETE FROM setting WHERE key = :k"), {"k": VERSION_SETTING})
    server = _on(engine, database)
    results: list[object] = []
    workers = [
        threading.Thread(target=lambda: results.append(_refreshed(server))) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(type(r).__name__ for r in results) == ["int", "int"], results
    assert sum(int(str(r)) for r in results) >= len(PEOPLE)  # one or both recomputed
    assert refresh_search_keys(server) == 0  # the version is recorded once
    assert count_cases(server, admin, CaseQuery(text="muller")) == 1


def _refreshed(server: Database) -> object:
    try:
        return refresh_search_keys(server)
    except Exception as error:  # reported by the assertion, not lost in the thread
        return error


def test_a_setting_written_by_two_transactions_at_once(engine: sa.Engine) -> None:
    """The second writer waits for the first and then updates its row, where reading
    first and inserting would fail on the key once the first commits."""
    first, second = Session(engine), Session(engine)
    try:
        insert_or_update(first, Setting, {"key": "k", "value": "1"}, ["key"], {"value": "1"})
        waiting = threading.Thread(
            target=lambda: (
                insert_or_update(
                    second, Setting, {"key": "k", "value": "2"}, ["key"], {"value": "2"}
                ),
                second.commit(),
            )
        )
        waiting.start()
        waiting.join(timeout=1)
        assert waiting.is_alive()  # blocked on the first one's uncommitted row
        first.commit()
        waiting.join(timeout=10)
        assert not waiting.is_alive()
    finally:
        first.close()
        second.close()
    with Session(engine) as session:
        assert session.get(Setting, "k").value == "2"  # type: ignore[union-attr]


# --- the other lists -------------------------------------------------------------------


def test_volunteer_consultation_and_tandem_lists_match_sqlite(
    database: Database, admin: Actor, engine: sa.Engine
) -> None:
    create_demo_data(
        database, admin, 30, seed=8, staff_password="passwort-1234-lang", today=DEMO_DAY
    )
    copy_rows(database.engine, engine)
    server = _on(engine, database)
    with database.engine.connect() as connection:
        mentee = connection.execute(
            sa.text("SELECT min(participant_id) FROM mentorship")
        ).scalar_one()
        volunteer = connection.execute(
            sa.text("SELECT min(volunteer_id) FROM mentorship")
        ).scalar_one()
    reads = {
        "volunteers": lambda db: list_volunteers(db, admin, today=DEMO_DAY),
        "volunteer search": lambda db: [
            list_volunteers(db, admin, typed, today=DEMO_DAY) for typed in ("e-0", "an", "mohammed")
        ],
        "active volunteers": lambda db: list_volunteers(
            db, admin, status=VolunteerStatus.ACTIVE, today=DEMO_DAY
        ),
        "paperwork": lambda db: paperwork_due(db, admin, DEMO_DAY),
        "consultations": lambda db: (
            count_consultations(db, admin, ConsultationQuery()),
            fetch_consultations(db, admin, ConsultationQuery(), 1, 500),
        ),
        "languages": lambda db: consultation_languages(db, admin),
        "tandems": lambda db: list_mentorships(db, admin),
        "quiet tandems": lambda db: quiet_tandems(db, admin, DEMO_DAY),
        "mentors": lambda db: suggest_mentors(db, admin, mentee, DEMO_DAY),
        "mentees": lambda db: mentees_of(db, admin, volunteer),
    }
    differing = [name for name, read in reads.items() if read(server) != read(database)]
    assert differing == []
    assert len(list_volunteers(server, admin, today=DEMO_DAY)) > 5
