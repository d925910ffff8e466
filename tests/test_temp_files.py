"""Exports, reports and imports leave no personal data in the system's temp folder.

openpyxl writes each worksheet's XML, every cell in plain text, to a temporary
file before zipping it (``app/reports/xlsx_memory.py`` keeps it in memory). A
Python audit hook sees every file the process opens for writing while the work
runs: only the files the user asked for may be written, and nothing lands in the
temp folder, also not for a moment.
"""

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.enums import Gender, MeetingRhythm, MentorshipGoal
from app.reports.model import Period
from app.services.actor import Actor
from app.services.audit_trail import AuditFilter, export_audit
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.enrollments import enroll
from app.services.mentorships import MentorshipInput, create_mentorship, write_agreement
from app.services.projects import list_projects
from app.services.reports import (
    build_counselling_report,
    build_esf_report,
    build_volunteer_report,
    write_report,
)
from app.services.spreadsheets.export import export_all
from app.services.spreadsheets.importer import run_import
from app.services.spreadsheets.templates import write_template
from app.services.timesheets import write_timesheets
from app.services.volunteer_hours import HoursInput, add_hours
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage.database import Database

NAME = "Zyxwandula"
NOTE = "Geheimnotiz-4711"
WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

_written: list[str] | None = None


def _hook(event: str, args: tuple[object, ...]) -> None:
    if _written is None or event != "open" or len(args) < 3:
        return
    path, mode, flags = args[0], args[1], args[2]
    if isinstance(path, int):
        return
    writes = (
        isinstance(mode, str) and any(m in mode for m in "wax+")
        if mode is not None
        else isinstance(flags, int) and bool(flags & WRITING)
    )
    if writes:
        _written.append(os.fsdecode(path))  # type: ignore[arg-type]


sys.addaudithook(_hook)


@contextmanager
def files_written() -> Iterator[list[str]]:
    """Every file the process opens for writing inside the block."""
    global _written
    _written = []
    try:
        yield _written
    finally:
        _written = None


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder, a fresh one for this test."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    return folder


def test_the_watch_sees_openpyxl_temp_files(temp_folder: Path, tmp_path: Path) -> None:
    """The check below would notice: plain openpyxl does write a temp file per sheet."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Liste")
    with files_written() as written:
        sheet.append([NAME])
        workbook.save(tmp_path / "plain.xlsx")
    assert any(Path(path).parent == temp_folder for path in written), written


def test_the_watch_sees_the_report_writers_temp_files(
    temp_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Report workbooks are written by compiled code, which the audit hook cannot see:
    there the watch is a temp folder that does not exist. rust_xlsxwriter streams rows
    to a temporary file unless a sheet deduplicates its strings, and then fails."""
    from io import BytesIO

    from rustpy_xlsxwriter import write_worksheets

    monkeypatch.setenv("TMPDIR", str(temp_folder / "missing"))
    with pytest.raises(RuntimeError, match="Temporary file"):
        write_worksheets([("Liste", [{"Name": NAME}])], BytesIO())
    write_worksheets([("Liste", [{"Name": NAME}])], BytesIO(), dedupe_strings={"Liste": True})


@pytest.fixture
def personal_data(database: Database, admin: Actor) -> Database:
    case = create_case(
        database,
        admin,
        CaseInput(NAME, "Haddad", Gender.FEMALE, birth_date=date(1990, 1, 1)),
        today=date(2026, 11, 20),
    )
    assert case.id is not None
    project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert project.id is not None
    enroll(database, admin, case.id, project.id, date(2026, 3, 2))
    add_consultation(database, admin, ConsultationInput(case.id, date(2026, 3, 2), 30, note=NOTE))
    volunteer = save_volunteer(
        database,
        admin,
        VolunteerInput(
            NAME, "Mentorin", clearance_seen_on=date(2026, 1, 1), training_on=date(2026, 1, 1)
        ),
    )
    assert volunteer.id is not None
    create_mentorship(
        database,
        admin,
        MentorshipInput(
            volunteer.id,
            case.id,
            date(2026, 3, 2),
            goals=(MentorshipGoal.OTHER,),
            rhythm=MeetingRhythm.WEEKLY,
        ),
    )
    add_hours(database, admin, HoursInput(volunteer.id, date(2026, 3, 3), "2"))
    return database


def test_exports_reports_and_imports_write_only_the_files_asked_for(
    personal_data: Database,
    admin: Actor,
    temp_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = personal_data
    # The report workbooks' compiled writer would fail on a temporary file (see above).
    monkeypatch.setenv("TMPDIR", str(temp_folder / "missing"))
    out = tmp_path / "asked-for"
    out.mkdir()
    year = (date(2026, 1, 1), date(2026, 12, 31))
    with files_written() as written:
        export_all(database, admin, out / "export.xlsx")
        for index, report in enumerate(
            [
                build_esf_report(database, admin, "WIR-2026", *year),
                build_counselling_report(database, admin, [], *year),
                build_volunteer_report(database, admin, 2026),
            ]
        ):
            write_report(database, admin, report, "xlsx", out / f"report-{index}.xlsx")
            write_report(database, admin, report, "pdf", out / f"report-{index}.pdf")
        export_audit(database, admin, AuditFilter(), out / "audit.xlsx")
        write_template(database, admin, "participants", out / "template.xlsx")
        write_timesheets(database, admin, Period(*year), out)
        write_agreement(database, admin, 1, out / "agreement.pdf")
        result = run_import(database, admin, "participants", out / "export.xlsx", dry_run=True)
        assert result.ok, result.errors[:3]
        asked_for = set(os.listdir(out))
    outside = [
        path
        for path in written
        if Path(path).parent != out and database.location.data_dir not in Path(path).parents
    ]
    assert outside == [], "written outside the files asked for and the data folder"
    assert not [p for p in written if Path(p).is_relative_to(temp_folder)]
    assert list(temp_folder.iterdir()) == []
    assert {"export.xlsx", "report-0.xlsx", "audit.xlsx", "agreement.pdf"} <= asked_for
    # Each was written under a temporary name beside it and renamed: none is left over.
    assert [name for name in asked_for if name.startswith(".~lotse-")] == []
    exported = (out / "export.xlsx").read_bytes()
    assert exported[:2] == b"PK"  # the export the user asked for is the allowed exception
