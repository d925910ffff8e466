"""`lotse check` diagnoses without writing; foreign, empty, damaged, read-only and full
files get one clear sentence and stay as they were; demo data never mixes with real data."""

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.storage import atomic, engine
from app.storage.location import Location
from tests.conftest import raw_connection
from tests.test_cli import digest, one_line

Run = tuple[int, str, str]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], location: Location):  # type: ignore[no-untyped-def]
    def invoke(*argv: str) -> Run:
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def club(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import ADMIN_PASSWORD

    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    code, _, err = run("init", "--org", "Brückenschlag e.V.", "--admin", "admin")
    assert code == 0, err
    code, _, err = run("--user", "admin", "demo", "--participants", "60", "--seed", "3")
    assert code == 0, err


def test_check_reports_a_sound_database(run, club) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("--user", "admin", "check")
    assert code == 0, err
    assert "Integrity: ok" in out and "participant: 60" in out and "Problem" not in out


def test_check_diagnoses_damaged_pages_without_crashing(run, club, location: Location) -> None:  # type: ignore[no-untyped-def]
    content = bytearray(location.database.read_bytes())
    assert len(content) > 40 * 4096
    page = 4096 * (len(content) // 4096 // 2)  # a page in the middle
    content[page + 100 : page + 1100] = b"\xff" * 1000
    location.database.write_bytes(bytes(content))
    before = digest(location.database)
    code, out, err = run("--user", "admin", "check")
    assert code == 1
    line = one_line(err)
    assert "damaged" in line or "cannot be read" in line, line
    assert "Problem:" in out and "Traceback" not in out
    assert digest(location.database) == before


def test_check_on_an_empty_file(run, club, location: Location) -> None:  # type: ignore[no-untyped-def]
    location.database.write_bytes(b"")
    code, _, err = run("--user", "admin", "check")
    assert code == 1 and "is empty: it is not a Lotse database" in one_line(err)
    # Other commands do not build a new, empty database into the file either.
    code, _, err = run("--user", "admin", "project", "list")
    assert code == 1 and "is not a Lotse database" in one_line(err)
    assert location.database.read_bytes() == b""


def foreign_file(location: Location) -> None:
    for sidecar in ("-wal", "-shm"):
        Path(f"{location.database}{sidecar}").unlink(missing_ok=True)
    location.database.unlink()
    with sqlite3.connect(location.database) as connection:
        connection.execute("CREATE TABLE kunden (name TEXT)")
        connection.execute("INSERT INTO kunden VALUES ('Müller')")
    connection.close()


def test_check_on_a_foreign_sqlite_file_and_no_schema_written_into_it(  # type: ignore[no-untyped-def]
    run, club, location: Location
) -> None:
    foreign_file(location)
    before = digest(location.database)
    code, out, err = run("--user", "admin", "check")
    assert code == 1
    assert "is an SQLite database, but not a Lotse database" in one_line(err)
    assert "Integrity: ok" in out
    for command in (("project", "list"), ("export", "--out", str(location.data_dir / "x.xlsx"))):
        code, _, err = run("--user", "admin", *command)
        assert code == 1 and "is not a Lotse database" in one_line(err)
    assert digest(location.database) == before
    with sqlite3.connect(location.database) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master").fetchall()
    connection.close()
    assert tables == [("kunden",)]


def with_connection_pragma(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Every new database connection also runs ``pragma`` (simulating the medium)."""
    original = engine._on_connect

    def connect(dbapi_connection: Any, record: Any) -> None:
        original(dbapi_connection, record)
        dbapi_connection.execute(pragma)

    monkeypatch.setattr(engine, "_on_connect", connect)


def project_count(location: Location) -> int:
    connection = raw_connection(location)
    try:
        return int(connection.execute("SELECT count(*) FROM project").fetchone()[0])
    finally:
        connection.close()


ADD_PROJECT = ("project", "add", "--code", "NEU-1", "--name", "Neu", "--programme", "AMIF",
               "--start", "01.01.2026")  # fmt: skip


def test_a_read_only_database_gives_one_clear_message(  # type: ignore[no-untyped-def]
    run, club, location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = project_count(location)
    with_connection_pragma(monkeypatch, "PRAGMA query_only = ON")
    code, _, err = run("--user", "admin", *ADD_PROJECT)
    assert code == 1
    line = one_line(err)
    assert "read-only" in line and "Nothing was changed" in line and "SQL" not in line
    monkeypatch.undo()
    assert project_count(location) == before


def test_a_read_only_data_folder_gives_one_clear_message(  # type: ignore[no-untyped-def]
    run, club, location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if Path(path) == location.data_dir else real_access(path, mode)
    )  # fmt: skip
    code, _, err = run("--user", "admin", *ADD_PROJECT)
    assert code == 1 and "cannot be written" in one_line(err)


def test_a_full_disk_gives_one_clear_message_and_changes_nothing(  # type: ignore[no-untyped-def]
    run, club, location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = project_count(location)
    pages = location.database.stat().st_size // 4096
    with_connection_pragma(monkeypatch, f"PRAGMA max_page_count = {pages}")
    code, _, err = run("--user", "admin", "demo", "--participants", "200", "--force")
    assert code == 1
    line = one_line(err)
    assert "The disk is full" in line
    monkeypatch.undo()
    assert project_count(location) == before


def test_a_full_disk_while_writing_a_report_keeps_the_previous_file(  # type: ignore[no-untyped-def]
    run, club, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "berichte" / "beratung.pdf"
    report = ("report", "counselling", "--from", "01.01.2020", "--to", "31.12.2030",
              "--format", "pdf", "--out", str(out))  # fmt: skip
    code, _, err = run("--user", "admin", *report)
    assert code == 0, err
    before = digest(out)

    def disk_full(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_flush_to_disk", disk_full)
    code, _, err = run("--user", "admin", *report)
    line = one_line(err)
    assert code == 1 and "cannot be written: No space left on device" in line
    assert digest(out) == before
    assert [p.name for p in out.parent.iterdir()] == ["beratung.pdf"]


def test_demo_refuses_a_database_with_real_data(  # type: ignore[no-untyped-def]
    run, initialised, location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.enums import Gender
    from app.services.cases import CaseInput, create_case
    from tests.conftest import ADMIN_PASSWORD

    database, admin = initialised
    create_case(database, admin, CaseInput("Aylin", "Kaya", Gender.FEMALE))
    database.close()
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    code, _, err = run("--user", "admin", "demo", "--participants", "20")
    assert code == 1 and "not made by the demo" in one_line(err)
    connection = raw_connection(location)
    try:
        assert connection.execute("SELECT count(*) FROM participant").fetchone()[0] == 1
    finally:
        connection.close()
    code, out, err = run("--user", "admin", "demo", "--participants", "20", "--force")
    assert code == 0, err
    passwords = dict(
        line.strip().split(": ", 1) for line in out.splitlines() if line.startswith("  ")
    )
    assert len(passwords) == 6 and len(set(passwords.values())) == 6
    assert ADMIN_PASSWORD not in passwords.values()
    connection = raw_connection(location)
    try:
        hashes = connection.execute(
            "SELECT count(DISTINCT password_hash) FROM user WHERE username != 'admin'"
        ).fetchone()[0]
    finally:
        connection.close()
    assert hashes == 6
    # Each demo account logs in with its own password.
    from app.services.auth import log_in

    login = log_in(location, "leyla.demir", passwords["leyla.demir"])
    login.database.close()


def test_demo_may_add_to_its_own_data(run, club) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("--user", "admin", "demo", "--participants", "10", "--seed", "4")
    assert code == 0, err
    assert "Demo staff accounts (already there)" in out
