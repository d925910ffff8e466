"""``make bench-team`` itself under test: a workstation's day runs through the real
services, a conflict is told apart from an error, and the check after the run finds
lost updates and unreported writes (the load test is only as good as its checks)."""

import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import make_url

from app.domain.enums import ConsultationFormat, Gender
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case, update_case
from app.services.consultations import ConsultationInput, list_topics, update_consultation
from app.services.data_folder import Location
from app.storage.database import Database
from tests.benchmarks import team_checks
from tests.benchmarks.team_load import app_address
from tests.benchmarks.team_workstation import (
    CONFLICT,
    EDIT_SHARED_CASE,
    ERROR,
    OK,
    SEARCH,
    CaseSave,
    Plan,
    Results,
    Timing,
    Workstation,
    read_results,
)
from tests.conftest import ADMIN_PASSWORD

ESF_PROJECT = "WIR-2026"  # the test database's project (conftest.first_project)


def _case(database: Database, admin: Actor, last_name: str) -> int:
    created = create_case(
        database, admin, CaseInput("Aylin", last_name, Gender.FEMALE, city="Hannover")
    )
    assert created.id is not None
    return created.id


def _plan(location: Location, tmp_path: Path, database: Database, admin: Actor) -> Plan:
    shared = (_case(database, admin, "Kaya"), _case(database, admin, "Kayabaşı"))
    topics = tuple(topic.id for topic in list_topics(database, admin) if topic.id is not None)
    return Plan(
        number=1,
        username="admin",
        password=ADMIN_PASSWORD,
        seconds=1.5,
        results=str(tmp_path / "workstation-1.json"),
        fragments=("kaya", "kay"),
        shared_cases=shared,
        topic_ids=topics,
        esf_project=ESF_PROJECT,
        report_year=date.today().year,
        data_dir=str(location.data_dir),
    )


def _workstation(plan: Plan, number: int = 1) -> Workstation:
    workstation = Workstation(replace(plan, number=number), Results(number, plan.username))
    assert workstation.log_in()
    return workstation


def test_a_short_day_goes_through_every_action_and_loses_nothing(
    location: Location, tmp_path: Path, database: Database, admin: Actor
) -> None:
    plan = _plan(location, tmp_path, database, admin)
    initial = {case_id: 1 for case_id in plan.shared_cases}
    workstation = _workstation(plan)
    workstation.next_report = time.monotonic()  # the ESF report comes in the first round
    try:
        workstation.day()
        workstation.edit_shared_case()  # at least one, whatever the dice said
    finally:
        workstation.close()
    results = workstation.results
    assert results.errors == []
    done = {timing.action for timing in results.timings if timing.outcome == OK}
    assert done >= {
        "log in",
        "search",
        "open case",
        "write consultation",
        "edit shared case",
        "ESF report",
    }
    assert results.consultations and results.case_saves
    Path(plan.results).write_text(results.to_json())
    assert read_results(Path(plan.results)) == results
    findings = team_checks.check(database, [results], initial)
    assert (findings.lost, findings.unreported) == ([], [])


def test_a_colliding_save_is_a_conflict_not_an_error_and_saving_mine_wins(
    location: Location,
    tmp_path: Path,
    database: Database,
    admin: Actor,
) -> None:
    plan = _plan(location, tmp_path, database, admin)
    case_id = plan.shared_cases[0]
    first, second = _workstation(plan, 1), _workstation(plan, 2)
    try:
        opened = read_case_file(database, admin, case_id)
        form = first._edited_form(opened)
        # The other workstation saves the same case meanwhile.
        second._save_case(case_id, second._edited_form(opened), opened.participant.row_version)
        conflicted = first._save_case(case_id, form, opened.participant.row_version)
        assert conflicted.outcome == CONFLICT
        assert conflicted.conflict.current_version == 2
        # The user chose "save mine": again, against the version the conflict named.
        assert first._save_case(case_id, form, conflicted.conflict.current_version).outcome == OK
    finally:
        first.close()
        second.close()
    outcomes = [t.outcome for t in [*first.results.timings, *second.results.timings]]
    assert outcomes.count(CONFLICT) == 1 and ERROR not in outcomes
    assert [s.row_version for s in [*second.results.case_saves, *first.results.case_saves]] == [
        2,
        3,
    ]
    initial = {case_id: 1 for case_id in plan.shared_cases}
    findings = team_checks.check(database, [first.results, second.results], initial)
    assert (findings.lost, findings.unreported) == ([], [])


def test_an_exception_is_an_error_and_the_day_goes_on(
    location: Location, tmp_path: Path, database: Database, admin: Actor
) -> None:
    plan = _plan(location, tmp_path, database, admin)
    workstation = _workstation(plan)
    try:
        with workstation.measured(SEARCH):
            raise RuntimeError("database is locked\nand more")
        assert workstation.search() is not None
    finally:
        workstation.close()
    errors = workstation.results.errors
    assert [(e["action"], e["type"], e["message"]) for e in errors] == [
        (SEARCH, "RuntimeError", "database is locked")
    ]
    assert [t.outcome for t in workstation.results.timings[-2:]] == [ERROR, OK]


def test_the_check_finds_lost_updates_and_unreported_writes(
    location: Location, tmp_path: Path, database: Database, admin: Actor
) -> None:
    plan = _plan(location, tmp_path, database, admin)
    workstation = _workstation(plan)
    case_id, other_case = plan.shared_cases
    try:
        workstation.write_consultation(case_id)
        workstation.write_consultation(case_id)
    finally:
        workstation.close()
    results = workstation.results
    lost_note, kept = sorted(results.consultations)
    # Someone overwrites one consultation's note without any workstation being told.
    reported = results.consultations[lost_note]
    update_consultation(
        database,
        admin,
        lost_note,
        ConsultationInput(
            participant_id=reported.participant_id,
            date=date.fromisoformat(reported.date),
            duration_minutes=reported.duration_minutes,
            format=ConsultationFormat(reported.format),
            topic_ids=tuple(reported.topic_ids),
            note="überschrieben",
        ),
    )
    # The shared case is saved once, but two saves claim its new version 2: one of them
    # overwrote the other without a conflict. The later one's city is not what is stored.
    opened = read_case_file(database, admin, case_id).participant
    form = CaseInput(
        opened.first_name, opened.last_name, Gender.FEMALE, city="Hildesheim", remarks="zwei"
    )
    assert update_case(database, admin, case_id, form).row_version == 2
    claimed = {"remarks": "zwei", "city": "Celle", "phone": None}
    results.case_saves = [CaseSave(case_id, 2, claimed), CaseSave(case_id, 2, claimed)]
    # A save of the other case that no workstation reported.
    other = read_case_file(database, admin, other_case).participant
    update_case(database, admin, other_case, replace(form, last_name=other.last_name))
    findings = team_checks.check(database, [results], {case_id: 1, other_case: 1})
    assert findings.lost == [
        f"consultation {lost_note}: note is 'überschrieben', the last save wrote {reported.note!r}",
        f"consultation {lost_note}: row_version is 2, the last save wrote 1",
        f"case {case_id}: 2 saves reported version 2 (1 overwritten without a conflict)",
        f"case {case_id}: city is 'Hildesheim', the last save (version 2) wrote 'Celle'",
    ]
    assert not any(line.startswith(f"consultation {kept}:") for line in findings.lost)
    assert findings.unreported == [f"case {other_case}: version 2 written, no save reported it"]


def test_the_table_gives_count_median_p95_max_errors_and_conflicts() -> None:
    results = Results(1, "arbeitsplatz1")
    results.timings = [Timing(SEARCH, float(ms), OK) for ms in range(1, 101)]
    results.timings[-1] = Timing(SEARCH, 100.0, ERROR)
    results.timings += [
        Timing(EDIT_SHARED_CASE, 40.0, CONFLICT),
        Timing(EDIT_SHARED_CASE, 60.0, OK),
    ]
    lines = team_checks.table([results]).splitlines()
    assert lines[2].split() == ["search", "100", "50", "95", "100", "1", "0"]
    assert lines[3].split() == ["edit", "shared", "case", "2", "50", "60", "60", "0", "1"]
    assert team_checks.conflict_count([results]) == 1


def test_the_app_gets_the_server_address_in_its_own_form() -> None:
    socket = make_url("postgresql+psycopg://postgres@/bch_x?host=/tmp/pgsock&port=54329")
    assert app_address(socket) == (
        "postgresql://postgres@/bch_x?host=/tmp/pgsock&port=54329&sslmode=disable"
    )
    network = make_url("postgresql+psycopg://lotse@db.example:5433/bch_y")
    assert app_address(network) == "postgresql://lotse@db.example:5433/bch_y?sslmode=disable"
