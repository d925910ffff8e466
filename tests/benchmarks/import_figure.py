"""Importing a club's 10,000-row Teilnehmende sheet into the large database."""

import random
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.dataset import ESF_PROJECT
from tests.benchmarks.figures import Figure
from tests.benchmarks.lotse_process import ADMIN, PASSWORD

ROWS = 10_000


def participant_sheet(path: Path) -> Path:
    """A sheet as clubs fill the template: names, dates, choices, lists in one cell."""
    from openpyxl import Workbook

    from app.services.spreadsheets.columns import PARTICIPANTS

    rng = random.Random(3)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(PARTICIPANTS.title)
    sheet.append([c.header for c in PARTICIPANTS.columns])
    for index in range(ROWS):
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
                ESF_PROJECT,
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
    workbook.save(path)
    return path


def import_figure(folder: Path, scratch: Path) -> Figure:
    from app.services.auth import log_in
    from app.services.data_folder import resolve
    from app.services.spreadsheets.importer import run_import

    sheet = participant_sheet(scratch / "teilnehmende.xlsx")
    login = log_in(resolve(str(folder)), ADMIN, PASSWORD)
    try:
        started = time.perf_counter()
        result = run_import(login.database, login.actor, "participants", sheet)
        seconds = time.perf_counter() - started
    finally:
        login.database.close()
    if not (result.ok and result.created == ROWS):
        raise RuntimeError(f"the import failed: {result.errors[:3]}")
    return Figure(
        f"import of a {ROWS:,}-row participant sheet (.xlsx)",
        seconds,
        8.0,
        "s",
        "one run: an import changes the database it measures",
    )
