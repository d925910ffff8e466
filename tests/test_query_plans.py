"""The hot queries use indexes: no full scan of the participant or consultation table
in the case search, the case file, the start page or any report (EXPLAIN QUERY PLAN of
every statement the service runs)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, text

from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.case_list import CaseQuery, CaseSort, count_cases, fetch_cases
from app.services.demo import create_demo_data
from app.services.periods import calendar_year
from app.services.report_kinds import REPORT_KINDS, ProjectChoice, ReportRequest, build_report
from app.services.start_page import start_page
from app.storage.database import Database

TODAY = date(2026, 11, 20)
LARGE_TABLES = ("participant", "consultation")


READING = ("SELECT", "WITH", "INSERT INTO TEMP", "CREATE TEMP TABLE")


@contextmanager
def plans(database: Database) -> Iterator[list[tuple[str, list[str]]]]:
    """Each reading statement the engine runs, with its query plan taken at that moment
    (reports fill temporary tables that are gone once the report is built)."""
    seen: list[tuple[str, list[str]]] = []

    def explain(_conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(READING):
            rows = cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            seen.append((statement, [str(row[-1]) for row in rows]))

    event.listen(database.engine, "before_cursor_execute", explain)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", explain)


def full_scans(database: Database, run: Callable[[], object]) -> list[str]:
    """Plan lines that read a large table from end to end."""
    with plans(database) as seen:
        run()
    assert seen, "the service ran no query"
    found = []
    for statement, details in seen:
        for detail in details:
            words = detail.split()
            if (
                len(words) >= 2
                and words[0] == "SCAN"
                and words[1] in LARGE_TABLES
                and "USING" not in detail
            ):
                found.append(f"{detail}  <-  {statement.split()[:12]}")
    return found


@pytest.fixture
def club(database: Database, admin: Actor) -> Database:
    create_demo_data(database, admin, 300, seed=4, staff_password="passwort-1234-lang", today=TODAY)
    return database


@pytest.mark.parametrize("typed", ["haddad", "2026-01", "mohammed", "ayse yilmaz"])
def test_the_case_search_reads_the_index(club: Database, admin: Actor, typed: str) -> None:
    query = CaseQuery(text=typed)
    assert full_scans(club, lambda: count_cases(club, admin, query)) == []
    assert full_scans(club, lambda: fetch_cases(club, admin, query, 0, 200)) == []


def test_the_case_file_and_the_start_page_read_indexes(club: Database, admin: Actor) -> None:
    with club.engine.connect() as connection:
        busiest = connection.execute(
            text(
                "SELECT participant_id FROM consultation WHERE participant_id IS NOT NULL "
                "GROUP BY participant_id ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()
    assert full_scans(club, lambda: read_case_file(club, admin, busiest)) == []
    assert full_scans(club, lambda: start_page(club, admin, TODAY)) == []


@pytest.mark.parametrize("code", sorted(REPORT_KINDS))
def test_reports_read_indexes(club: Database, admin: Actor, code: str) -> None:
    kind = REPORT_KINDS[code]
    request = ReportRequest(
        calendar_year(2026),
        project="WIR-HANNOVER" if kind.projects == ProjectChoice.ONE else None,
    )
    assert full_scans(club, lambda: build_report(club, admin, code, request)) == []


def test_the_check_sees_a_full_scan(club: Database, admin: Actor) -> None:
    def substring_search() -> None:
        with club.engine.connect() as connection:
            connection.execute(
                text("SELECT count(*) FROM participant WHERE search_text LIKE :p"), {"p": "%m%"}
            )

    scans = full_scans(club, substring_search)
    assert any(line.startswith("SCAN participant") for line in scans), scans


@pytest.mark.parametrize("typed", ["m", "mu", "e-"])
def test_one_or_two_letters_use_the_prefix_index(club: Database, admin: Actor, typed: str) -> None:
    assert full_scans(club, lambda: count_cases(club, admin, CaseQuery(text=typed))) == []


@pytest.mark.parametrize(
    "sort",
    [
        CaseSort.CASE_NUMBER,
        CaseSort.NAME,
        CaseSort.AGE,
        CaseSort.LAST_CONTACT,
        CaseSort.NEXT_FOLLOW_UP,
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_the_case_list_sorts_along_an_index(
    club: Database, admin: Actor, sort: CaseSort, descending: bool
) -> None:
    """A page of the sorted list is a walk along an index: no sort of every case and no
    look-up of each case's consultations (the stored last contact, storage/case_dates.py)."""
    query = CaseQuery(sort=sort, descending=descending)
    with plans(club) as seen:
        fetch_cases(club, admin, query, 0, 60)
    (listing,) = [
        details
        for statement, details in seen
        if "FROM participant" in statement and "ORDER BY" in statement
    ]
    assert not any("TEMP B-TREE" in line for line in listing), listing
    read = {line.split()[1] for line in listing if line.startswith(("SCAN", "SEARCH"))}
    assert not read & {"consultation", "follow_up"}, listing


def test_sorting_by_advisor_reads_no_case_row_and_no_account_per_case(
    club: Database, admin: Actor
) -> None:
    """The advisors are ranked once; the page's ids come from the advisor index alone."""
    with plans(club) as seen:
        fetch_cases(club, admin, CaseQuery(sort=CaseSort.ADVISOR), 0, 60)
    (listing,) = [details for statement, details in seen if "ORDER BY CASE" in statement]
    assert any("COVERING INDEX ix_participant_advisor_id" in line for line in listing), listing
    assert not any(line.split()[1] == "user" for line in listing if " " in line), listing


def test_the_appointments_read_their_indexes(club: Database, admin: Actor) -> None:
    """The week view, the start page's reminder and a case's coming appointments look up
    appointments by day, advisor or case, never by reading every case or consultation."""
    from datetime import timedelta

    from app.services.appointments import (
        case_appointments,
        list_appointments,
        my_coming_appointments,
    )

    with club.engine.connect() as connection:
        case_id = connection.execute(text("SELECT min(id) FROM participant")).scalar_one()
        scanned = connection.execute(text("SELECT count(*) FROM appointment")).scalar_one()
    assert scanned > 0  # the demo books some
    week = (TODAY, TODAY + timedelta(days=6))
    for read in (
        lambda: list_appointments(club, admin, *week),
        lambda: my_coming_appointments(club, admin, TODAY),
        lambda: case_appointments(club, admin, case_id, TODAY),
    ):
        assert full_scans(club, read) == []
        with plans(club) as seen:
            read()
        reads = [line for _, details in seen for line in details if "appointment" in line]
        assert reads and all("INDEX" in line for line in reads), reads
