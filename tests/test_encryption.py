"""Encryption at rest: nothing readable on disk, key slots, recovery, the upgrade of a
plain database, and the login rules that live in the key file."""

import hashlib
import os
import sqlite3
import stat
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from alembic import command

from app.domain.enums import Gender
from app.services import auth, legacy
from app.services.actor import Actor
from app.services.auth import authenticate, log_in
from app.services.backups import create_backup, daily_backup
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.database import StorageProblem, open_database
from app.services.demo import create_demo_data
from app.services.drafts import consultation_drafts, save_consultation_draft
from app.services.errors import AuthenticationFailed, ValidationError
from app.services.passwords import check_strength
from app.services.recovery import new_recovery_key, recover_admin_password
from app.services.setup import SetupInput, initialise
from app.services.users import add_user, list_users, reset_password, set_active
from app.storage import keyslots, migrate
from app.storage.database import Database
from app.storage.encrypt import table_fingerprints
from app.storage.engine import connect_raw, create_sqlite_engine, is_plain_sqlite
from app.storage.location import Location
from tests.conftest import ADMIN_PASSWORD

TODAY = date(2026, 11, 20)
NAME = "Zerrinqua"  # a surname no file would contain by chance
NOTE = "Qxvbrunkel-Absprache mit der Ausländerbehörde"


def every_file(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def user_id(database: Database, admin: Actor, name: str) -> int:
    return next(u.id for u in list_users(database, admin) if u.username == name)


def test_no_personal_data_in_any_byte_of_any_file_under_the_data_folder(
    database: Database, admin: Actor, location: Location
) -> None:
    from app.logging_setup import configure_logging

    configure_logging(location)  # the log folder is inside the data folder here
    case = create_case(database, admin, CaseInput("Lale", NAME, Gender.FEMALE), today=TODAY)
    assert case.id is not None
    add_consultation(database, admin, ConsultationInput(case.id, TODAY, 45, note=NOTE), today=TODAY)
    (location.data_dir / "usb").mkdir(mode=0o700)
    backup = create_backup(database, admin, location.data_dir / "usb" / "sicherung")
    assert daily_backup(database) is not None
    save_consultation_draft(database, admin, case.id, {"note": NOTE + " (Entwurf)", "who": NAME})
    # The database is still open: its WAL holds the latest pages.
    wal = location.database.with_name(location.database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    files = every_file(location.data_dir)
    names = {path.name for path in files}
    assert "lotse.sqlite3" in names and "lotse.keys" in names and backup.name in names
    assert any(path.parent.name == "backups" for path in files)  # the daily one
    assert any(path.parent.name == "drafts" for path in files)
    assert any(path.suffix == ".log" for path in files)
    for path in files:
        content = path.read_bytes()
        for secret in (NAME, NOTE, "Qxvbrunkel", ADMIN_PASSWORD):
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in content, (secret, path)
        assert not content.startswith(b"SQLite format 3"), path
    # And it is all there for who has the key.
    assert consultation_drafts(database, admin)
    with connect_raw(location.database, database.key) as connection:
        assert connection.execute(
            "SELECT count(*) FROM participant WHERE last_name = ?", (NAME,)
        ).fetchone() == (1,)
    connection.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes exist on Linux and macOS")
def test_folders_and_files_are_readable_by_the_owner_only(
    database: Database, admin: Actor, location: Location
) -> None:
    save_consultation_draft(database, admin, None, {"note": "x"})
    assert daily_backup(database) is not None
    create_backup(database, admin, location.backup_dir / "hand")
    for path in [location.data_dir, *location.data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


def test_a_wrong_password_gives_no_data(database: Database, location: Location) -> None:
    database.close()
    with pytest.raises(AuthenticationFailed, match="wrong"):
        log_in(location, "admin", "ganz-falsches-passwort")
    # Without the key the file is noise to SQLite, with or without SQLCipher.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(location.database).execute("SELECT * FROM participant").fetchall()
    wrong = connect_raw(location.database, keyslots.new_database_key())
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT * FROM participant").fetchall()
    wrong.close()


def test_another_users_password_and_the_recovery_key_open_the_same_database(
    location: Location,
) -> None:
    database, admin, recovery_key = initialise(
        location, SetupInput("Brückenschlag e.V.", "admin", ADMIN_PASSWORD, "Amira")
    )
    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    create_case(database, admin, CaseInput("Omar", NAME, Gender.MALE), today=TODAY)
    key = database.key
    database.close()
    keys = keyslots.load(location.keys_file)
    assert keys is not None
    leyla_slot = keys.user_slot("leyla")
    recovery_slot = keys.recovery_slot()
    assert leyla_slot is not None and recovery_slot is not None
    secret = keyslots.recovery_secret(recovery_key)
    assert secret is not None
    assert leyla_slot.open("leylas-passwort-1") == key
    assert recovery_slot.open(secret) == key
    assert recovery_slot.open(keyslots.recovery_secret("A" * 32) or b"") is None
    login = log_in(location, "leyla", "leylas-passwort-1")
    try:
        with login.database.engine.connect() as connection:
            assert (
                connection.exec_driver_sql(
                    "SELECT count(*) FROM participant WHERE last_name = ?", (NAME,)
                ).scalar()
                == 1
            )
    finally:
        login.database.close()
    # User names are not in the key file in clear text.
    assert b"leyla" not in location.keys_file.read_bytes()
    assert b"admin" not in location.keys_file.read_bytes()


def test_removing_a_user_leaves_the_others_working_and_never_reencrypts(
    database: Database, admin: Actor, location: Location
) -> None:
    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    add_user(database, admin, "samir", "advisor", "samirs-passwort-1")
    header = location.database.read_bytes()[:16]  # SQLCipher's salt: a re-encryption changes it
    set_active(database, admin, user_id(database, admin, "leyla"), False)
    reset_password(database, admin, user_id(database, admin, "samir"), "vorlaeufig-99")
    assert location.database.read_bytes()[:16] == header
    keys = keyslots.load(location.keys_file)
    assert keys is not None and keys.slot_of(user_id(database, admin, "leyla")) is None
    database.close()
    with pytest.raises(AuthenticationFailed):
        log_in(location, "leyla", "leylas-passwort-1")
    for name, password in (("samir", "vorlaeufig-99"), ("admin", ADMIN_PASSWORD)):
        login = log_in(location, name, password)
        assert login.actor.username == name
        login.database.close()
    assert location.database.read_bytes()[:16] == header


def test_the_recovery_key_sets_a_new_admin_password(location: Location) -> None:
    database, _admin, recovery_key = initialise(
        location, SetupInput("Brückenschlag e.V.", "admin", ADMIN_PASSWORD)
    )
    database.close()
    with pytest.raises(ValidationError, match="32 letters"):
        recover_admin_password(location, "1234", "admin", "neues-langes-passwort-7")
    with pytest.raises(AuthenticationFailed, match="does not open"):
        recover_admin_password(location, keyslots.new_recovery_key(), "admin", "neu-lang-77-x")
    with pytest.raises(ValidationError, match="too easy"):
        recover_admin_password(location, recovery_key, "admin", "passwort")
    # Typed in lower case, with spaces instead of dashes: still the key.
    typed = recovery_key.lower().replace("-", " ")
    recover_admin_password(location, typed, "admin", "neues-langes-passwort-7")
    with pytest.raises(AuthenticationFailed):
        log_in(location, "admin", ADMIN_PASSWORD)
    login = log_in(location, "admin", "neues-langes-passwort-7")
    try:
        # A new recovery key replaces the old one: the old opens nothing any more.
        fresh = new_recovery_key(login.database, login.actor)
    finally:
        login.database.close()
    with pytest.raises(AuthenticationFailed, match="does not open"):
        recover_admin_password(location, recovery_key, "admin", "noch-ein-passwort-8")
    recover_admin_password(location, fresh, "admin", "noch-ein-passwort-8")


def test_the_recovery_key_sets_only_administrator_passwords(location: Location) -> None:
    database, admin, recovery_key = initialise(
        location, SetupInput("Brückenschlag e.V.", "admin", ADMIN_PASSWORD)
    )
    add_user(database, admin, "leyla", "advisor", "leylas-passwort-1")
    database.close()
    with pytest.raises(ValidationError, match="no administrator"):
        recover_admin_password(location, recovery_key, "leyla", "neues-langes-passwort-7")


def fingerprints_before_row_versions(connection):  # type: ignore[no-untyped-def]
    """Like ``table_fingerprints``, over the columns an 0005 database had: migration 0007
    appends ``row_version`` (1 for every old row, checked here) to three tables, 0009 to
    enrollments; 0010 a case's last contact and next follow-up (filled from its
    consultations and follow-ups, checked here), 0011 the columns of anonymisation and
    § 72a, 0012 how a consent was given and its partner, 0013 an event's partner and
    reach and 0015 a country of residence abroad (empty for every old row, checked
    here)."""
    for table in ("participant", "consultation", "volunteer"):
        versions = connection.execute(f"SELECT DISTINCT row_version FROM {table}").fetchall()
        assert versions in ([], [(1,)]), table
    stale = connection.execute(
        "SELECT count(*) FROM participant p WHERE "
        "p.last_contact_on IS NOT (SELECT max(date) FROM consultation WHERE participant_id = p.id)"
        " OR p.next_follow_up_on IS NOT (SELECT min(due_date) FROM follow_up "
        "WHERE participant_id = p.id AND done_at IS NULL)"
    ).fetchone()[0]
    assert stale == 0
    assert connection.execute(
        "SELECT count(*) FROM participant WHERE last_contact_on IS NOT NULL"
    ).fetchone()[0]
    empty = {
        "participant": {"birth_year", "residence_country"},
        "enrollment": {"entry_age"},
        "volunteer": {"clearance_issued_on", "clearance_relevant_entry", "anonymised_at"},
        "consent": {"given_as", "partner_id"},
        "event": {"partner_organisation", "people_reached"},
    }
    for table, names in empty.items():
        for name in names:
            filled = connection.execute(f"SELECT count({name}) FROM {table}").fetchone()
            assert filled == (0,), (table, name)
    later = {
        "participant": {"last_contact_on", "next_follow_up_on", *empty["participant"]},
        "enrollment": empty["enrollment"],
        "volunteer": empty["volunteer"],
        "consent": empty["consent"],
        "event": empty["event"],
    }
    result = {}
    for table in table_fingerprints(connection):
        columns = [
            f'"{row[1]}"'
            for row in connection.execute(f'PRAGMA table_info("{table}")')
            if row[1] != "row_version" and row[1] not in later.get(table, set())
        ]
        digest = hashlib.sha256()
        rows = connection.execute(f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY rowid')
        count = 0
        for row in rows:
            digest.update(repr(tuple(row)).encode("utf-8"))
            count += 1
        result[table] = (count, digest.hexdigest())
    return result


def _plain_copy_at(database: Database, location: Location, revision: str) -> None:
    """The database as the version before encryption kept it: a plain SQLite file."""
    plain = location.database.with_name("plain.sqlite3")
    encrypted = connect_raw(location.database, database.key)
    encrypted.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    encrypted.execute("SELECT sqlcipher_export('plain')")
    encrypted.execute("DETACH DATABASE plain")
    encrypted.close()
    database.close()
    engine = create_sqlite_engine(plain)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), revision)
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        location.database.with_name(location.database.name + suffix).unlink(missing_ok=True)
    os.replace(plain, location.database)
    location.keys_file.unlink()
    for old in location.backup_dir.glob("*"):
        old.unlink()


def test_a_plain_database_from_the_previous_version_is_encrypted_with_every_row(
    database: Database, admin: Actor, location: Location
) -> None:
    create_demo_data(database, admin, 40, seed=3, staff_password="mitarbeit-pw-2026", today=TODAY)
    case = create_case(database, admin, CaseInput("Lale", NAME, Gender.FEMALE), today=TODAY)
    assert case.id is not None
    add_consultation(database, admin, ConsultationInput(case.id, TODAY, 30, note=NOTE), today=TODAY)
    staff = next(u.username for u in list_users(database, admin) if u.role.value == "advisor")
    _plain_copy_at(database, location, "0005")
    assert is_plain_sqlite(location.database)
    with sqlite3.connect(location.database) as plain:
        before = table_fingerprints(plain)
        plain_version = plain.execute("SELECT version_num FROM alembic_version").fetchone()
    plain.close()
    assert plain_version == ("0005",)
    (location.backup_dir).mkdir(exist_ok=True)
    old_backup = location.backup_dir / "lotse-before-migration-0004-20260101-000000-000000.sqlite3"
    old_backup.write_bytes(location.database.read_bytes())
    location.drafts_dir.mkdir(exist_ok=True)
    (location.drafts_dir / "consultation-1-1.json").write_text(f'{{"note": "{NOTE}"}}')

    # A non-administrator cannot start the encryption; nothing changes.
    with pytest.raises(legacy.EncryptionRefused, match="administrator"):
        log_in(location, staff, "mitarbeit-pw-2026")
    assert is_plain_sqlite(location.database)

    login = log_in(location, "admin", ADMIN_PASSWORD)
    try:
        assert login.recovery_key is not None and keyslots.recovery_secret(login.recovery_key)
        assert str(old_backup) in login.wiped
        with connect_raw(location.database, login.database.key) as connection:
            after = fingerprints_before_row_versions(connection)
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            audit_rows = connection.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        connection.close()
    finally:
        login.database.close()
    assert version == (migrate.head_revision(),)
    # Every table has the same rows; only the login itself changed the user and audit rows.
    for table, fingerprint in before.items():
        if table in ("user", "audit_event", "alembic_version"):
            continue
        assert after[table] == fingerprint, table
    assert after["user"][0] == before["user"][0]
    assert audit_rows > before["audit_event"][0]
    assert not is_plain_sqlite(location.database)
    assert not old_backup.exists() and not (location.drafts_dir / "consultation-1-1.json").exists()
    for path in every_file(location.data_dir):
        content = path.read_bytes()
        assert NAME.encode() not in content and NOTE.encode() not in content, path
    # Every account kept its password (a slot from its old hash), and is re-wrapped at login.
    staff_login = log_in(location, staff, "mitarbeit-pw-2026")
    staff_login.database.close()
    keys = keyslots.load(location.keys_file)
    assert keys is not None
    slot = keys.user_slot(staff)
    assert slot is not None and slot.kdf.memory_cost == keyslots.DEFAULT_COST.memory_cost


def test_an_interrupted_encryption_leaves_the_plain_database_as_it_was(
    database: Database, admin: Actor, location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plain_copy_at(database, location, "0005")
    before = location.database.read_bytes()

    def broken(*_args: object) -> dict[str, tuple[int, str]]:
        raise legacy.EncryptionFailed("the encrypted copy differs in participant")

    monkeypatch.setattr(legacy, "encrypt_plain_database", broken)
    with pytest.raises(legacy.EncryptionRefused, match="nothing was changed"):
        log_in(location, "admin", ADMIN_PASSWORD)
    assert location.database.read_bytes() == before


def test_an_unknown_user_name_costs_as_much_time_as_a_wrong_password(
    database: Database, admin: Actor, location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Real work per try (tens of milliseconds), so the comparison is not all noise.
    monkeypatch.setattr(keyslots, "DEFAULT_COST", keyslots.KdfCost(2, 32 * 1024, 1))
    reset_password(database, admin, admin.user_id, "neu-gesetzt-und-lang-5")
    start = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)

    def seconds(name: str) -> float:
        began = time.perf_counter()
        with pytest.raises(AuthenticationFailed):
            auth.unlock_key(location, name, "falsch-falsch", now=start)
        return time.perf_counter() - began

    wrong, unknown = [], []
    for _ in range(4):  # four wrong passwords: no wait yet
        wrong.append(seconds("admin"))
        unknown.append(seconds("niemand"))
    assert statistics.median(wrong) > 0.01
    ratio = statistics.median(unknown) / statistics.median(wrong)
    assert 0.6 < ratio < 1.6, (wrong, unknown)


def test_the_lockout_lives_in_the_key_file_and_survives_a_restart(
    database: Database, admin: Actor, location: Location
) -> None:
    start = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    database.close()
    for attempt in range(5):
        with pytest.raises(AuthenticationFailed):
            log_in(location, "admin", f"falsch-{attempt}", now=start)
    keys = keyslots.load(location.keys_file)
    assert keys is not None
    assert keys.lockouts[admin.user_id].failed == 5
    assert keys.lockouts[admin.user_id].until == start + timedelta(seconds=30)
    with pytest.raises(AuthenticationFailed, match="wait"):
        log_in(location, "admin", ADMIN_PASSWORD, now=start + timedelta(seconds=10))
    login = log_in(location, "admin", ADMIN_PASSWORD, now=start + timedelta(seconds=31))
    try:
        with login.database.engine.connect() as connection:
            failed = connection.exec_driver_sql(
                "SELECT count(*), sum(reason = 'locked') FROM audit_event "
                "WHERE action = 'login_failed' AND entity_id = ?",
                (admin.user_id,),
            ).one()
        # All six failures, kept in the key file while the database was locked, are audited.
        assert tuple(failed) == (6, 2)
    finally:
        login.database.close()
    keys = keyslots.load(location.keys_file)
    assert keys is not None and not keys.pending and admin.user_id not in keys.lockouts


@pytest.mark.parametrize(
    "password",
    ["passwort1", "hallo123", "qwertz123", "12345678", "Sommer2026", "Brueckenschlag", "amira2026"],
)
def test_common_and_club_passwords_are_refused(
    database: Database, admin: Actor, password: str
) -> None:
    with pytest.raises(ValidationError, match="too easy to guess"):
        check_strength(password, user_inputs=("amira", "Amira Haddad", "Brückenschlag e.V."))
    with pytest.raises(ValidationError, match="too easy to guess"):
        add_user(database, admin, "amira", "advisor", password, "Amira Haddad")


def test_a_key_file_that_is_gone_is_explained(database: Database, location: Location) -> None:
    database.close()
    location.keys_file.unlink()
    with pytest.raises(StorageProblem, match=r"lotse\.keys"):
        log_in(location, "admin", ADMIN_PASSWORD)
    with pytest.raises(StorageProblem, match="cannot be opened with this key"):
        open_database(location, keyslots.new_database_key())


def test_authenticate_on_an_open_database_checks_the_slot(database: Database) -> None:
    with pytest.raises(AuthenticationFailed):
        authenticate(database, "admin", "nicht-das-passwort")
    assert authenticate(database, "admin", ADMIN_PASSWORD).username == "admin"
