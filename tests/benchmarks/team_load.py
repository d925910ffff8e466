"""``make bench-team``: five workstations doing an advisor's day on one database.

Issue 19's bounded load test: a club database is prepared, one advisor account per
workstation is made with the services, then five real processes (each its own
interpreter and engine, like separate computers) log in and work through an
advisor's day for a fixed time (see team_workstation.py). Afterwards the driver
checks that every save that reported success is in the database as it was saved
(team_checks.py), prints per action count, median, p95 and max latency, errors and
conflicts, and exits with 1 when there was an error or a lost update. An edit
conflict is not an error: it is the documented outcome the user sees and decides.

Laptop mode (default, or ``--data-dir DIR``): a demo database of ``--participants``
case files (default 2,000) in a SQLCipher file that all five processes open; the
write lock serialises their saves.

Team mode (``--server [URL]``, default the server in ``LOTSE_TEST_POSTGRES``; ``make
bench-team`` runs it on a throwaway server): a new database ``bch_team_…`` on that
server, filled by moving a laptop database into it with ``lotse server import``, and
dropped afterwards: the cached 50,000-case benchmark database of ``make bench``
(dataset.py; moving it took 166 s on the 2-core development machine, under the three
minutes issue 19 allows for it), or with ``--participants N`` a fresh demo database. It needs the team-mode login (``resolve(…, server=URL)``,
``log_in(…, server_password=…)``) and ``lotse server import`` of the server and
transfer branches: until they are merged here, ``--server`` fails with a TypeError.
"""

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks import team_checks
from tests.benchmarks.dataset import (
    CACHE,
    ESF_PROJECT,
    SEED,
    TODAY,
    YEAR,
    cached_dataset,
    working_copy,
)
from tests.benchmarks.lotse_process import ADMIN, PASSWORD, lotse
from tests.benchmarks.team_workstation import Plan, Results, read_results, run

WORKSTATIONS = 5
LAPTOP_PARTICIPANTS = 2_000
SHARED_CASES = 3  # case files every workstation edits
FRAGMENTS = 60  # distinct typed name fragments
ADVISOR_PASSWORD = "Lastprobe-{number}-Kaffeetasse-Nordwind"
# A trust-authenticated test server ignores it; log_in wants one in team mode.
TEST_SERVER_PASSWORD = "bench-team"
# How long a workstation may overrun its time (an ESF report started at the end).
OVERRUN_SECONDS = 90


@dataclass(frozen=True)
class Club:
    """The prepared database: how a workstation reaches it and what it works on."""

    data_dir: Path  # laptop: the data folder; team mode: the admin's folder (config, logs)
    server: str | None  # team mode: the app's server address (postgresql://…)
    fragments: tuple[str, ...]
    shared_cases: tuple[int, ...]
    topic_ids: tuple[int, ...]
    initial_versions: dict[int, int]


def make_demo(folder: Path, participants: int) -> None:
    """A laptop database as ``lotse`` makes it: ``init``, then ``demo`` (as dataset.py)."""
    started = time.perf_counter()
    lotse(folder, "init", "--org", "Lastprobe e.V.", "--admin", ADMIN)
    made = lotse(
        folder, "--user", ADMIN, "demo", "--participants", str(participants),
        "--seed", str(SEED), "--today", TODAY,
    )  # fmt: skip
    summary = next(line for line in made.stdout.splitlines() if line.startswith("Demo data"))
    print(f"laptop database: {summary} ({time.perf_counter() - started:.0f} s)", flush=True)


def log_in_as_admin(club_dir: Path, server: str | None) -> Any:
    from app.services.auth import log_in
    from app.services.data_folder import resolve

    if server is None:
        return log_in(resolve(str(club_dir)), ADMIN, PASSWORD)
    # Team mode: the server branch's resolve(…, server=) and log_in(…, server_password=).
    location = resolve(str(club_dir), server=server)
    return log_in(location, ADMIN, PASSWORD, server_password=TEST_SERVER_PASSWORD)


def advisor_name(number: int) -> str:
    return f"arbeitsplatz{number}"


def prepare(club_dir: Path, server: str | None, workstations: int) -> Club:
    """Advisor accounts (through the services, as an administrator makes them) and what
    the workstations will search for and edit."""
    from app.domain.enums import CaseStatus
    from app.services.case_file import read_case_file
    from app.services.case_list import CaseQuery, CaseSort, fetch_cases
    from app.services.consultations import list_topics
    from app.services.users import add_user

    login = log_in_as_admin(club_dir, server)
    database, actor = login.database, login.actor
    try:
        for number in range(1, workstations + 1):
            add_user(
                database, actor, advisor_name(number), "advisor",
                ADVISOR_PASSWORD.format(number=number), f"Arbeitsplatz {number}",
            )  # fmt: skip
        rows = fetch_cases(database, actor, CaseQuery(sort=CaseSort.NAME), 0, 5_000)
        fragments = sorted({row.last_name[:4].lower() for row in rows if len(row.last_name) >= 4})
        open_cases = [row.id for row in rows if row.status == CaseStatus.OPEN]
        shared = tuple(open_cases[:: max(1, len(open_cases) // SHARED_CASES)][:SHARED_CASES])
        versions = {
            case_id: read_case_file(database, actor, case_id).participant.row_version
            for case_id in shared
        }
        topics = tuple(topic.id for topic in list_topics(database, actor) if topic.id is not None)
    finally:
        database.close()
    step = max(1, len(fragments) // FRAGMENTS)
    return Club(club_dir, server, tuple(fragments[::step]), shared, topics, versions)


def run_workstations(club: Club, workstations: int, seconds: float, scratch: Path) -> list[Results]:
    """Start the workstations together, wait for them, read what each recorded."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(workstations)
    plans = [
        Plan(
            number=number,
            username=advisor_name(number),
            password=ADVISOR_PASSWORD.format(number=number),
            seconds=seconds,
            results=str(scratch / f"workstation-{number}.json"),
            fragments=club.fragments,
            shared_cases=club.shared_cases,
            topic_ids=club.topic_ids,
            esf_project=ESF_PROJECT,
            report_year=YEAR,
            data_dir=str(_workstation_folder(club, scratch, number)),
            server=club.server,
            server_password=TEST_SERVER_PASSWORD if club.server else None,
            seed=SEED,
        )
        for number in range(1, workstations + 1)
    ]
    processes = [context.Process(target=run, args=(plan, start)) for plan in plans]
    for process in processes:
        process.start()
    limit = time.monotonic() + seconds + OVERRUN_SECONDS + 60  # + the logins
    results = []
    for plan, process in zip(plans, processes, strict=True):
        process.join(max(0.0, limit - time.monotonic()))
        if process.is_alive():
            process.terminate()
            process.join()
        path = Path(plan.results)
        if path.exists():
            results.append(read_results(path))
        else:
            lost = Results(plan.number, plan.username)
            lost.errors.append(
                {
                    "action": "workstation",
                    "type": "ProcessDied",
                    "message": f"exit code {process.exitcode}, no results written",
                    "trace": "",
                }
            )
            results.append(lost)
    return results


def _workstation_folder(club: Club, scratch: Path, number: int) -> Path:
    """Laptop mode: the one shared data folder. Team mode: each computer's own folder
    (its lotse.ini, logs, drafts); the data is on the server."""
    if club.server is None:
        return club.data_dir
    folder = scratch / f"computer-{number}"
    folder.mkdir(exist_ok=True)
    return folder


def report(club: Club, results: list[Results], seconds: float) -> int:
    """Check for lost updates, print the table and the verdict; the exit status."""
    login = log_in_as_admin(club.data_dir, club.server)
    try:
        findings = team_checks.check(login.database, results, club.initial_versions)
    finally:
        login.database.close()
    errors = team_checks.error_count(results)
    saves = sum(len(result.case_saves) for result in results)
    written = sum(len(result.consultations) for result in results)
    print()
    print(f"{len(results)} workstations, {seconds:g} s each")
    print(team_checks.table(results))
    print(
        f"\nshared case files {', '.join(map(str, club.shared_cases))}: {saves} saves; "
        f"{written} consultations written"
    )
    for line in team_checks.error_summary(results):
        print(f"  error: {line}")
    if first := next((error for result in results for error in result.errors), None):
        print("  where the first error happened:\n    " + first["trace"].replace("\n", "\n    "))
    for line in [*findings.lost, *findings.unreported][:20]:
        print(f"  {line}")
    print(
        f"\nerrors: {errors}, lost updates: {len(findings.lost)}, "
        f"conflicts (expected, shown to the user): {team_checks.conflict_count(results)}"
    )
    if findings.unreported:
        print(f"unreported writes (a save said it failed, yet wrote): {len(findings.unreported)}")
    return 1 if errors or findings.lost or findings.unreported else 0


# -- team mode -----------------------------------------------------------------------
# Written against the server and transfer branches: ``lotse server import
# --from-data-dir DIR --server URL`` and the login with a server.


def _server_admin_url(argument: str) -> Any:
    from sqlalchemy import make_url

    url = argument or os.environ.get("LOTSE_TEST_POSTGRES")
    if not url:
        sys.exit("--server needs a URL or LOTSE_TEST_POSTGRES (make bench-team sets it)")
    return make_url(url)


def app_address(url: Any) -> str:
    """The address the app's login takes (postgresql://…; a socket folder as host=)."""
    query = dict(url.query)
    host = query.pop("host", None) or url.host
    port = query.pop("port", None) or url.port or 5432
    user = url.username or "postgres"
    if str(host).startswith("/"):
        return f"postgresql://{user}@/{url.database}?host={host}&port={port}&sslmode=disable"
    return f"postgresql://{user}@{host}:{port}/{url.database}?sslmode=disable"


def create_server_database(admin_url: Any) -> Any:
    from sqlalchemy import create_engine, text

    name = f"bch_team_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return admin_url.set(database=name)


def drop_server_database(admin_url: Any, url: Any) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
    finally:
        engine.dispose()


def move_to_server(laptop: Path, url: Any) -> float:
    """``lotse server import``: the laptop database into the new server database. The
    address in the app's form (postgresql://…), which SQLAlchemy also reads (psycopg)."""
    os.environ["LOTSE_SERVER_PASSWORD"] = TEST_SERVER_PASSWORD
    started = time.perf_counter()
    moved = lotse(
        laptop, "--user", ADMIN, "server", "import", "--from-data-dir", str(laptop),
        "--server", app_address(url),
    )  # fmt: skip
    seconds = time.perf_counter() - started
    # The move's own verification: one line per table (rows, SHA-256, identical), then a summary.
    table = moved.stdout.splitlines()
    print("\n".join(line for line in table if not line.startswith("Copying")), flush=True)
    return seconds


def server_laptop(scratch: Path, participants: int | None) -> Path:
    """The laptop database to move: a copy of the cached 50,000-case benchmark database,
    or a fresh demo database of ``participants`` case files."""
    if participants is None:
        dataset = cached_dataset()
        print(f"data on the server: the cached benchmark database ({dataset.summary})")
        return working_copy(dataset, scratch, "laptop")
    print(f"data on the server: a {participants:,}-case demo database")
    target = scratch / "laptop"
    make_demo(target, participants)
    return target


# -- the run -------------------------------------------------------------------------


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120, help="each workstation's day")
    parser.add_argument("--workstations", type=int, default=WORKSTATIONS)
    parser.add_argument(
        "--participants",
        type=int,
        help=f"case files of a fresh demo database (laptop default {LAPTOP_PARTICIPANTS:,}; "
        "team mode default: the cached 50,000-case benchmark database)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, help="laptop mode: make the database here, keep it")
    where.add_argument(
        "--server",
        nargs="?",
        const="",
        metavar="URL",
        help="team mode on this PostgreSQL server (default: LOTSE_TEST_POSTGRES)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    # As make bench: German messages, no display needed (set here, not at import: the
    # tests import this module).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LOTSE_LANG", "de")
    started = time.perf_counter()
    CACHE.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="team-", dir=CACHE))
    admin_url = server_url = None
    try:
        if args.server is None:
            club_dir = args.data_dir or scratch / "club"
            if (club_dir / "lotse.sqlite3").exists():
                sys.exit(f"{club_dir} already holds a database: give an empty or new folder")
            make_demo(club_dir, args.participants or LAPTOP_PARTICIPANTS)
            club = prepare(club_dir, None, args.workstations)
        else:
            admin_url = _server_admin_url(args.server)
            laptop = server_laptop(scratch, args.participants)
            server_url = create_server_database(admin_url)
            print(f"moved to the server in {move_to_server(laptop, server_url):.0f} s", flush=True)
            admin_dir = scratch / "admin-computer"
            admin_dir.mkdir()
            club = prepare(admin_dir, app_address(server_url), args.workstations)
        print(
            f"set-up {time.perf_counter() - started:.0f} s; {args.workstations} workstations "
            f"for {args.seconds:g} s …",
            flush=True,
        )
        results = run_workstations(club, args.workstations, args.seconds, scratch)
        status = report(club, results, args.seconds)
    finally:
        if server_url is not None:
            drop_server_database(admin_url, server_url)
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"whole run: {time.perf_counter() - started:.0f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
