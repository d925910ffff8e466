"""Backups the club can use: verified, restorable row by row, refused when wrong, pruned."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app import cli
from app.domain.enums import Gender
from app.services.actor import Actor
from app.services.auth import log_in
from app.services.backups import (
    RestoreRefused,
    backup_age,
    create_backup,
    daily_backup,
    restore_backup,
)
from app.services.cases import CaseInput, create_case
from app.services.demo import create_demo_data
from app.services.errors import PermissionDenied
from app.services.setup import SetupInput, initialise
from app.services.users import add_user
from app.storage import backup as store
from app.storage.database import Database
from app.storage.engine import connect_raw
from app.storage.location import Location, resolve
from app.storage.search_index import is_index_table
from tests.conftest import ADMIN_PASSWORD

TODAY = date(2026, 11, 20)


def tables(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in rowid order."""
    connection = connect_raw(database.location.database, database.key)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
            if not is_index_table(row[0])  # derived from participant rows
        ]
        return {
            name: [
                tuple(row) for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
            ]
            for name in names
        }
    finally:
        connection.close()


def test_backup_then_restore_gives_identical_tables(
    database: Database, admin: Actor, location: Location, tmp_path: Path
) -> None:
    create_demo_data(database, admin, 30, seed=5, staff_password="mitarbeit-pw-2026", today=TODAY)
    usb = tmp_path / "usb"
    usb.mkdir()
    written = create_backup(database, admin, usb / "sicherung")
    assert written.name == "sicherung.lotsebackup"
    saved = tables(database)
    # Work goes on after the backup ...
    create_case(database, admin, CaseInput("Nach", "DerSicherung", Gender.FEMALE), today=TODAY)
    assert tables(database)["participant"] != saved["participant"]
    restored = restore_backup(database, admin, written, ADMIN_PASSWORD)
    try:
        after = tables(restored.database)
    finally:
        restored.database.close()
    for name, rows in saved.items():
        if name == "audit_event":
            # The restore itself is recorded after the restored rows.
            assert after[name][: len(rows)] == rows
            assert after[name][-1][4:7] == ("restore", "database", None)
        else:
            assert after[name] == rows, name
    # The replaced database is kept as a backup, and that backup opens too.
    assert restored.replaced_copy.parent == location.backup_dir
    assert store.read_header(restored.replaced_copy, check_content=True).key_id


@pytest.mark.parametrize("damage", ["foreign", "cut", "flipped", "empty", "other_club"])
def test_a_corrupted_or_foreign_file_is_refused_and_the_database_untouched(
    database: Database, admin: Actor, location: Location, tmp_path: Path, damage: str
) -> None:
    written = create_backup(database, admin, tmp_path / "gut")
    bad = tmp_path / "schlecht.lotsebackup"
    content = written.read_bytes()
    if damage == "foreign":
        bad.write_bytes(b"PK\x03\x04 an Excel file, not a backup" * 100)
        expected = "not a Lotse backup"
    elif damage == "cut":
        bad.write_bytes(content[: len(content) // 2])
        expected = "damaged"
    elif damage == "flipped":
        middle = len(content) - 3000
        bad.write_bytes(content[:middle] + bytes([content[middle] ^ 0xFF]) + content[middle + 1 :])
        expected = "checksum"
    elif damage == "empty":
        bad.write_bytes(b"")
        expected = "not a Lotse backup"
    else:
        other, other_admin, _ = initialise(
            resolve(tmp_path / "anderer"), SetupInput("Anderer Verein", "admin", "anderes-pw-1234")
        )
        try:
            create_backup(other, other_admin, bad)
        finally:
            other.close()
        expected = "another Lotse database"
    database.engine.dispose()  # everything checkpointed into the file
    before = location.database.read_bytes()
    rows = tables(database)
    with pytest.raises(RestoreRefused, match=expected) as refused:
        restore_backup(database, admin, bad, ADMIN_PASSWORD)
    assert "current database is unchanged" in refused.value.message
    assert tables(database) == rows
    database.engine.dispose()
    assert location.database.read_bytes() == before
    assert not list(location.data_dir.glob(".restoring*"))


def test_a_backup_from_another_computer_opens_with_the_users_password(
    database: Database, admin: Actor, location: Location, tmp_path: Path
) -> None:
    """A new set-up on a new laptop: the backup's own key slots open it."""
    create_case(database, admin, CaseInput("Lale", "Zerrinqua", Gender.FEMALE), today=TODAY)
    written = create_backup(database, admin, tmp_path / "vom-alten-laptop")
    database.close()
    fresh_location = resolve(tmp_path / "neuer-laptop")
    fresh, fresh_admin, _ = initialise(
        fresh_location, SetupInput("Brückenschlag e.V.", "admin", ADMIN_PASSWORD)
    )
    restored = restore_backup(fresh, fresh_admin, written, ADMIN_PASSWORD)
    restored.database.close()
    login = log_in(fresh_location, "admin", ADMIN_PASSWORD)
    try:
        with login.database.engine.connect() as connection:
            assert (
                connection.exec_driver_sql(
                    "SELECT count(*) FROM participant WHERE last_name = 'Zerrinqua'"
                ).scalar()
                == 1
            )
    finally:
        login.database.close()


def test_only_administrators_make_or_restore_backups(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    leyla = log_in(database.location, "leyla", "leylas-passwort-1")
    try:
        with pytest.raises(PermissionDenied):
            create_backup(leyla.database, leyla.actor, tmp_path / "x")
        written = create_backup(database, admin, tmp_path / "y")
        with pytest.raises(PermissionDenied):
            restore_backup(leyla.database, leyla.actor, written, "leylas-passwort-1")
    finally:
        leyla.database.close()


def entry(day: date, label: str = "daily", hour: int = 8) -> store.BackupEntry:
    taken = datetime(day.year, day.month, day.day, hour)
    return store.BackupEntry(
        Path(f"lotse-{label}-{taken:%Y%m%d-%H%M%S}-000000.lotsebackup"), label, taken
    )


def test_seven_daily_and_four_weekly_backups_are_kept() -> None:
    today = date(2026, 11, 20)  # a Friday
    entries = [entry(today - timedelta(days=n)) for n in range(60, -1, -1)]
    entries.append(entry(today, "before-restore", 11))
    pruned = {e.path for e in store.backups_to_prune(entries, today)}
    kept = [e for e in entries if e.path not in pruned]
    kept_days = sorted({e.taken.date() for e in kept}, reverse=True)
    # Today's two, the six days before (7 daily), then one per week for four weeks.
    assert len([e for e in kept if e.taken.date() == today]) == 2
    assert kept_days[:7] == [today - timedelta(days=n) for n in range(7)]
    weekly = kept_days[7:]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4
    assert all(d < today - timedelta(days=6) for d in weekly)


def test_the_first_login_of_a_day_makes_the_daily_backup_and_prunes(
    database: Database, location: Location
) -> None:
    location.backup_dir.mkdir(exist_ok=True)
    for days in range(1, 40):
        old = datetime(2026, 11, 20, 7) - timedelta(days=days)
        (location.backup_dir / f"lotse-daily-{old:%Y%m%d-%H%M%S}-000000.lotsebackup").write_bytes(
            b""
        )
    made = daily_backup(database, today=date(2026, 11, 20))
    assert made is not None and store.read_header(made, check_content=True)
    assert daily_backup(database, today=date(2026, 11, 20)) is None  # once a day
    assert len(store.list_backups(location.backup_dir)) == 7 + 4


def test_the_start_page_warning_follows_the_last_backup_outside_the_data_folder(
    database: Database, admin: Actor, location: Location, tmp_path: Path
) -> None:
    assert backup_age(database).is_overdue()  # never copied outside
    create_backup(database, admin, location.backup_dir.parent / "inside")
    assert backup_age(database).is_overdue()  # inside the data folder does not count
    (tmp_path / "stick").mkdir()
    create_backup(database, admin, tmp_path / "stick" / "b")
    age = backup_age(database)
    assert not age.is_overdue()
    assert age.warn_after_days == 7
    assert age.is_overdue(datetime.now() + timedelta(days=8))


def test_cli_backup_and_restore(
    database: Database, location: Location, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    database.close()
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    target = tmp_path / "cli-sicherung.lotsebackup"
    assert cli.main(["--user", "admin", "backup", "--out", str(target)]) == 0
    assert "verified" in capsys.readouterr().out
    assert cli.main(["--user", "admin", "restore", str(target)]) == 0
    assert "kept in" in capsys.readouterr().out
    (tmp_path / "kaputt.lotsebackup").write_bytes(b"nonsense")
    assert cli.main(["--user", "admin", "restore", str(tmp_path / "kaputt.lotsebackup")]) == 1
    assert "not a Lotse backup" in capsys.readouterr().err


def test_cli_recover_and_audit(
    location: Location, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    pdf = tmp_path / "notfall.pdf"
    assert (
        cli.main(["init", "--org", "Verein", "--admin", "admin", "--recovery-pdf", str(pdf)]) == 0
    )
    out = capsys.readouterr().out
    key = out.split("keep it locked away): ")[1].split()[0]
    assert pdf.read_bytes().startswith(b"%PDF")
    monkeypatch.setenv("LOTSE_RECOVERY_KEY", key)
    monkeypatch.setenv("LOTSE_NEW_PASSWORD", "wieder-drin-2026")
    assert cli.main(["recover", "admin"]) == 0
    monkeypatch.setenv("LOTSE_PASSWORD", "wieder-drin-2026")
    workbook = tmp_path / "audit.xlsx"
    argv = ["--user", "admin", "audit", "--from", "01.01.2026", "--to", "31.12.2099"]
    assert cli.main([*argv, "--out", str(workbook)]) == 0
    assert "audit event(s)" in capsys.readouterr().out
    from openpyxl import load_workbook

    rows = list(load_workbook(workbook).worksheets[0].iter_rows(values_only=True))
    flat = [str(cell) for row in rows for cell in row if cell is not None]
    assert "recovery key" in flat and "logged in" in flat and "user account" in flat
