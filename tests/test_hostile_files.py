"""Hostile files are refused before parsing; a file's problems arrive in one pass; the
import applies the forms' length and character rules."""

import csv
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.spreadsheets import limits
from app.services.spreadsheets.columns import CONSULTATIONS, PARTICIPANTS
from app.services.spreadsheets.importer import run_import
from app.storage.database import Database

REPOSITORY = Path(__file__).resolve().parent.parent
HEADERS = [c.header for c in PARTICIPANTS.columns[:13]]  # up to Erwerbsstatus bei Eintritt


def zip_bomb(path: Path, unpacked_mb: int = 1024) -> None:
    """A workbook-shaped zip whose one sheet unpacks to ``unpacked_mb`` MB of XML."""
    chunk = b"<c><v>0</v></c>" * (1024 * 1024 // 15)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(unpacked_mb):
                sheet.write(chunk)


def test_a_zip_bomb_is_refused_within_seconds_and_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "teilnehmende.xlsx"
    zip_bomb(bomb)
    assert bomb.stat().st_size < 5 * 1024 * 1024  # a few MB that unpack to a gigabyte
    # The peak memory of the reading process itself (VmHWM: its own address space, not
    # the pytest process it was started from, which getrusage would count in).
    script = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from app.services.errors import ServiceError\n"
        "from app.services.spreadsheets.reader import read_table\n"
        "try:\n"
        "    read_table(Path(sys.argv[1]))\n"
        "except ServiceError as error:\n"
        "    print(error.message)\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1))\n"
    )
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(bomb)],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    message, peak_kb = process.stdout.read().strip().rsplit("\n", 1)
    process.stdout.close()
    assert process.wait(timeout=60) == 0
    seconds = time.monotonic() - started
    peak_mb = int(peak_kb) / 1024
    assert message.startswith("The file teilnehmende.xlsx cannot be read: it would unpack to")
    assert seconds < 5, seconds
    assert peak_mb < 300, peak_mb
    print(f"zip bomb refused in {seconds:.2f} s at a peak of {peak_mb:.0f} MB")


def test_a_large_file_is_refused_by_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: Database, admin: Actor
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "gross.csv"
    path.write_text(";".join(HEADERS) + "\n" + "x;" * 600, encoding="utf-8")
    with pytest.raises(ServiceError) as refused:
        run_import(database, admin, "participants", path)
    assert "at most 0 MB can be imported" in refused.value.message


def test_normal_workbooks_pass_the_limits(tmp_path: Path) -> None:
    small = tmp_path / "klein.xlsx"
    zip_bomb(small, unpacked_mb=3)
    limits.check_file(small)  # 3 MB unpacked: allowed, whatever the ratio


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)


def test_every_problem_of_a_file_arrives_in_one_pass(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "beratungen.csv"
    headers = ["Fallnummer", "Datum", "Dauer Minuten", "Projekt"]
    assert all(h in [c.header for c in CONSULTATIONS.columns] for h in headers)
    write_csv(
        path,
        headers,
        [
            ["2026-9999", "01.03.2026", "45", ""],  # no such case
            ["", "31.02.2026", "abc", ""],  # cell errors
            ["2026-9998", "01.01.2099", "30", "GIBTS-NICHT"],
        ],
    )
    result = run_import(database, admin, "consultations", path)
    rows = sorted({error.row for error in result.errors})
    assert rows == [2, 3, 4], [e.text() for e in result.errors]
    assert result.created == 0


def participant_row(first: str, last: str) -> list[str]:
    return [
        "", first, last, "weiblich", "01.02.1990", "", "", "", "", "", "WIR-2026",
        "01.03.2026", "arbeitslos",
    ]  # fmt: skip


def test_names_follow_the_forms_length_limit(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "lang.csv"
    write_csv(path, HEADERS, [participant_row("A" * 101, "Kaya")])
    result = run_import(database, admin, "participants", path, dry_run=True)
    assert [e.text() for e in result.errors] == [
        "row 2, column Vorname: 101 characters; at most 100 are allowed"
    ]


def test_disguising_characters_are_removed_and_control_characters_refused(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    from sqlalchemy import text

    path = tmp_path / "unsichtbar.csv"
    write_csv(
        path,
        HEADERS,
        [participant_row("\u202eanilyA", "Ka\u200bya"), participant_row("Nad\x07ia", "Ali")],
    )
    refused = run_import(database, admin, "participants", path)
    assert [e.text() for e in refused.errors] == [
        "row 3, column Vorname: character 4 is an invisible control character; remove it"
    ]
    write_csv(path, HEADERS, [participant_row("\u202eanilyA", "Ka\u200bya")])
    assert run_import(database, admin, "participants", path).ok
    with database.engine.connect() as connection:
        stored = connection.execute(text("SELECT first_name, last_name FROM participant")).one()
    assert tuple(stored) == ("anilyA", "Kaya")
