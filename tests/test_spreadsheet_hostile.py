"""Random and hostile cells: the importer never crashes and a rejected file changes nothing."""

import csv
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import text

from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.spreadsheets.columns import CASE_COLUMNS, PARTICIPANTS
from app.services.spreadsheets.importer import run_import
from app.storage.database import Database

HEADERS = [c.header for c in PARTICIPANTS.columns]

hostile_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "=1+1",
            '=HYPERLINK("x")',
            "+49",
            "-1",
            "@SUM(A1)",
            "31.02.2025",
            "2025-13-01",
            "ISCED 9",
            "WIR-2026",
            "weiblich",
            "arbeitslos",
            "ja",
            "0,25",
            "1e308",
            "NaN",
            "2026-0001",
            " ",
            "staatenlos",
            "SY;DE;;",
        ]
    ),
    st.builds(lambda n: "ä" * n, st.integers(min_value=3990, max_value=6000)),
)
typed_cell = st.one_of(
    hostile_text,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=False),
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.none(),
)
VALID = [
    "",
    "Omar",
    "Haddad",
    "männlich",
    "17.05.1990",
    "30159",
    "Hannover",
    "SY",
    "SY",
    "ar",
    "WIR-2026",
    "01.02.2026",
    "arbeitslos",
    "13",
    "ISCED 3-4",
    "nein",
    "nein",
    "ja",
    "nein",
    "nein",
    "",
    "",
    "",
    "",
    "",
    *[""] * len(CASE_COLUMNS),  # the case file's own columns, all empty
]


@st.composite
def spoiled_row(draw: st.DrawFn) -> list[object]:
    """A valid row with a few cells replaced by hostile ones, so deep checks are reached."""
    row: list[object] = list(VALID)
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        row[draw(st.integers(min_value=0, max_value=len(HEADERS) - 1))] = draw(typed_cell)
    return row


rows = st.lists(spoiled_row(), max_size=3)


def state(database: Database) -> tuple[int, ...]:
    with database.engine.connect() as connection:
        return tuple(
            int(connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
            for table in (
                "participant",
                "enrollment",
                "participant_nationality",
                "audit_event",
                "number_sequence",
            )
        )


def check(database: Database, admin: Actor, path: Path) -> None:
    before = state(database)
    try:
        result = run_import(database, admin, "participants", path)
    except ServiceError:
        assert state(database) == before
        return
    if not result.ok:
        assert state(database) == before
        assert all(error.row >= 1 and error.column for error in result.errors)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=rows)
def test_hostile_xlsx_cells(
    database: Database, admin: Actor, tmp_path: Path, data: list[list[object]]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    for values in data:
        sheet.append(
            [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values]
        )
    path = tmp_path / "hostile.xlsx"
    workbook.save(path)
    check(database, admin, path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.lists(st.lists(hostile_text, min_size=len(HEADERS), max_size=len(HEADERS)), max_size=2),
    delimiter=st.sampled_from([",", ";"]),
)
def test_hostile_csv_cells(
    database: Database, admin: Actor, tmp_path: Path, data: list[list[str]], delimiter: str
) -> None:
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(HEADERS)
        writer.writerows(data)
    check(database, admin, path)


def test_not_a_spreadsheet(database: Database, admin: Actor, tmp_path: Path) -> None:
    for name, content in (
        ("fake.xlsx", b"not a zip"),
        ("bytes.csv", bytes(range(256))),
        ("note.pdf", b"%PDF"),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        check(database, admin, path)
