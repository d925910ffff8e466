"""Speed targets, measured on a realistic database (``make bench``).

Not part of the test suite: timings depend on the machine. Each benchmark
prints its figure and the target; the run fails when a target is missed.
"""

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.reports.esf import NOT_REPORTABLE_LABEL
from app.reports.model import Report
from app.services.auth import authenticate, unlock_key
from app.services.database import open_database
from app.services.demo import create_demo_data
from app.services.setup import SetupInput, initialise
from app.storage.location import resolve

PASSWORD = "benchmark-passwort"
PARTICIPANTS = 50_000


@dataclass
class Result:
    name: str
    seconds: float
    target: float

    @property
    def ok(self) -> bool:
        return self.seconds <= self.target


def timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def bench_demo(folder: Path) -> Result:
    database, admin, _ = initialise(
        resolve(folder), SetupInput("Benchmark e.V.", "admin", PASSWORD)
    )
    try:
        seconds = timed(
            lambda: create_demo_data(
                database,
                admin,
                PARTICIPANTS,
                seed=1,
                staff_password=PASSWORD,
                today=date(2026, 11, 20),
            )
        )
    finally:
        database.close()
    return Result(f"demo data with {PARTICIPANTS:,} case files", seconds, 180.0)


def bench_gui_open(folder: Path) -> Result:
    """From opening the file to the painted main window (after the password check)."""
    from PySide6.QtWidgets import QApplication

    from app.ui.launch import prepare_application
    from app.ui.main_window import MainWindow

    application = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(application, QApplication)
    prepare_application(application, "de")
    location = resolve(folder)
    _keys, _slot, key = unlock_key(location, "admin", PASSWORD)  # the password check
    probe = open_database(location, key)
    actor = authenticate(probe, "admin", PASSWORD)
    probe.close()

    def open_and_show() -> None:
        database = open_database(location, key)
        window = MainWindow(database, actor)
        window.show()
        application.processEvents()
        window.grab()
        window.close()

    seconds = min(timed(open_and_show) for _ in range(3))
    return Result(f"open {PARTICIPANTS:,}-case database and show main window", seconds, 1.0)


SEARCH_TERMS = (
    "m",
    "mu",
    "mul",
    "mull",
    "mulle",
    "muller",
    "y",
    "yi",
    "yilmaz",
    "sokolova",
    "2026-01",
    "0176",
)


def bench_case_search(folder: Path, username: str = "admin", own_cases: bool = False) -> Result:
    """Typing into the case search: count, first page and view update per keystroke;
    with ``own_cases`` as an advisor limited to their own cases (the scope condition)."""
    from PySide6.QtWidgets import QApplication

    from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, set_setting
    from app.ui.pages.cases import CasesPage

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    _keys, _slot, key = unlock_key(resolve(folder), username, PASSWORD)
    database = open_database(resolve(folder), key)
    actor = authenticate(database, username, PASSWORD)
    admin = authenticate(database, "admin", PASSWORD)
    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, own_cases)
    page = CasesPage(database, actor)
    page.resize(1200, 700)
    page.show()
    timings = []
    for term in SEARCH_TERMS:
        page.search.setText(term)

        def search_and_paint() -> None:
            page.refresh()
            application.processEvents()

        timings.append(timed(search_and_paint))
    page.close()
    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, False)
    database.close()
    worst = max(timings)
    who = " (advisor, own cases only)" if own_cases else ""
    print(
        f"  case search{who} per keystroke (ms): "
        + ", ".join(f"{t}={s * 1000:.0f}" for t, s in zip(SEARCH_TERMS, timings, strict=True))
    )
    return Result(f"case search{who}, worst keystroke of {len(SEARCH_TERMS)}", worst, 0.15)


def bench_consultation_list(folder: Path) -> Result:
    """The Beratungen list as an advisor limited to own cases: count and first page."""
    from app.services.consultations import (
        ConsultationQuery,
        count_consultations,
        fetch_consultations,
    )
    from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, set_setting

    _keys, _slot, key = unlock_key(resolve(folder), "leyla.demir", PASSWORD)
    database = open_database(resolve(folder), key)
    advisor = authenticate(database, "leyla.demir", PASSWORD)
    admin = authenticate(database, "admin", PASSWORD)
    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, True)
    try:

        def first_page() -> None:
            count_consultations(database, advisor, ConsultationQuery())
            fetch_consultations(database, advisor, ConsultationQuery(), 0, 200)

        seconds = min(timed(first_page) for _ in range(3))
    finally:
        set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, False)
        database.close()
    return Result("consultation list (advisor, own cases only), count + first page", seconds, 0.5)


IMPORT_ROWS = 10_000


def bench_participant_import(folder: Path) -> Result:
    """A club's 10,000-row Teilnehmende sheet into a fresh database."""
    import random

    from openpyxl import Workbook

    from app.services.projects import ProjectInput, add_project
    from app.services.spreadsheets.columns import PARTICIPANTS
    from app.services.spreadsheets.importer import run_import

    database, admin, _ = initialise(
        resolve(folder / "import"), SetupInput("Import e.V.", "admin", PASSWORD)
    )
    add_project(
        database, admin, ProjectInput("WIR-2026", "WIR", "ESF Plus", "01.01.2020", esf=True)
    )
    rng = random.Random(3)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = PARTICIPANTS.title
    sheet.append([c.header for c in PARTICIPANTS.columns])
    for index in range(IMPORT_ROWS):
        sheet.append(
            [
                None,
                f"Vorname{index}",
                rng.choice(["Haddad", "Yılmaz", "Koval", "Ahmadi"]),
                rng.choice(["weiblich", "männlich"]),
                date(1960 + index % 45, 1 + index % 12, 1 + index % 28),
                "30159",
                "Hannover",
                rng.choice(["SY", "Ukraine", "TR; DE", "AF"]),
                "SY",
                "ar; de",
                "WIR-2026",
                date(2025, 1 + index % 12, 1 + index % 28),
                "arbeitslos",
                13,
                "ISCED 3-4",
                "nein",
                "verweigert",
                "ja",
                "nein",
                "nein",
                None,
                None,
                None,
                None,
                None,
            ]
        )
    path = folder / "teilnehmende.xlsx"
    workbook.save(path)
    try:
        started = time.perf_counter()
        result = run_import(database, admin, "participants", path)
        seconds = time.perf_counter() - started
        assert result.ok and result.created == IMPORT_ROWS, result.errors[:3]
    finally:
        database.close()
    return Result(f"import {IMPORT_ROWS:,} participant rows (.xlsx)", seconds, 15.0)


ESF_ENROLLMENTS = 7_000


def entries_in_period(report: Report) -> int:
    """Enrollments with their entry in the period. EECO01 counts only the reportable ones
    that reached the minimum support; the lines for the others are added back."""
    rows = report.table("ESF-Indikatoren").rows
    total = int(rows[0][2])
    for code, label, count, *_ in rows[1:]:
        if label == "Austritte im Zeitraum":
            break  # the exit indicators follow
        if not code and (label == NOT_REPORTABLE_LABEL or str(label).startswith("unter der")):
            total += int(count)
    return total


def bench_esf_report(folder: Path) -> list[Result]:
    """The ESF report of a project with 7,000 enrollments in the year, as xlsx and as PDF."""
    from sqlalchemy import text

    from app.services.reports import build_esf_report, write_report

    database, admin, _ = initialise(
        resolve(folder / "esf"), SetupInput("ESF e.V.", "admin", PASSWORD)
    )
    create_demo_data(
        database, admin, 12_000, seed=2, staff_password=PASSWORD, today=date(2026, 11, 20)
    )
    with database.engine.begin() as connection:
        # Move enough ESF entries into 2026 for 7,000 enrollments in the year.
        connection.execute(
            text(
                "UPDATE enrollment SET entry_date = date('2026-01-01', '+' || (id % 300) || ' days'), "
                "exit_date = NULL, exit_status = NULL, exit_recorded_on = NULL "
                "WHERE id IN (SELECT e.id FROM enrollment e JOIN project p ON p.id = e.project_id "
                f"WHERE p.esf ORDER BY e.id LIMIT {ESF_ENROLLMENTS})"
            )
        )
    results = []
    try:
        for output, target in (("xlsx", 2.0), ("pdf", 3.0)):
            runs = []
            for _ in range(3):  # best of three: the machine's other work only ever adds time
                started = time.perf_counter()
                report = build_esf_report(
                    database, admin, "WIR-HANNOVER", date(2026, 1, 1), date(2026, 12, 31)
                )
                write_report(database, admin, report, output, folder / f"esf.{output}")
                runs.append(time.perf_counter() - started)
            seconds = min(runs)
            print(f"  ESF {output} runs (s): " + ", ".join(f"{r:.2f}" for r in runs))
            counted = entries_in_period(report)
            assert counted >= ESF_ENROLLMENTS, counted
            results.append(
                Result(f"ESF report, {counted:,} enrollments, {output}", seconds, target)
            )
    finally:
        database.close()
    return results


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        results = [
            bench_demo(folder),
            bench_gui_open(folder),
            bench_case_search(folder),
            bench_case_search(folder, "leyla.demir", own_cases=True),
            bench_consultation_list(folder),
            bench_participant_import(folder),
            *bench_esf_report(folder),
        ]
    for result in results:
        verdict = "ok" if result.ok else "TOO SLOW"
        print(f"{result.name}: {result.seconds:.3f} s (target {result.target:g} s) {verdict}")
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
