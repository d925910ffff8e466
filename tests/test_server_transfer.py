"""Moving a club into team mode and back: the row copy and its fingerprints (SQLite to
SQLite, no server needed), ``import_to_server`` and ``lotse server import`` into a
PostgreSQL scratch database, and backups from the server that laptop mode restores."""

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import URL, Engine

from app import cli
from app.domain.enums import DocumentKind, Gender, Role
from app.services.actor import Actor
from app.services.backups import restore_backup
from app.services.cases import CaseInput, create_case
from app.services.database import create_fresh
from app.services.demo import create_demo_data
from app.services.documents import Owner, OwnerKind, add_document
from app.services.errors import PermissionDenied
from app.services.server_transfer import (
    TransferRefused,
    backup_server,
    connect_server,
    import_to_server,
)
from app.services.team import ServerUnreachable
from app.storage import backup as store
from app.storage import keyslots, migrate, transfer
from app.storage.database import Database
from app.storage.engine import create_sqlite_engine
from app.storage.location import Location
from app.storage.migrate import alembic_config, head_revision
from app.storage.server_address import ServerAddress
from tests.conftest import ADMIN_PASSWORD
from tests.postgres import scratch_database
from tests.team_server import address_of

TODAY = date(2026, 10, 1)
STAFF_PASSWORD = "passwort-1-lang"
SCAN = b"%PDF-1.4 " + bytes(range(256)) * 40


# -- a laptop database with a bit of everything --------------------------------------


@pytest.fixture
def laptop(database: Database, admin: Actor, tmp_path: Path) -> Database:
    """Cases, consultations, follow-ups, volunteers with hours, tandems, events, audit
    events and a document, entered through the services."""
    create_demo_data(database, admin, 30, seed=5, staff_password=STAFF_PASSWORD, today=TODAY)
    person = create_case(
        database, admin, CaseInput("Olena", "Kovalenko", Gender.FEMALE), today=TODAY
    )
    assert person.id is not None
    scan = tmp_path / "eintritt.pdf"
    scan.write_bytes(SCAN)
    add_document(
        database,
        admin,
        Owner(OwnerKind.CASE, person.id),
        scan,
        "Eintritt",
        DocumentKind.SIGNED_QUESTIONNAIRE,
        TODAY,
        TODAY,
    )
    # The club renamed a topic the migrations seeded: its own list must win on the server.
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE topic SET name = 'Wohnen (eigene Liste)' WHERE id = 1")
    return database


def fingerprints_of(engine: Engine) -> dict[str, transfer.TableFingerprint]:
    with transfer.read_snapshot(engine) as connection:
        return transfer.fingerprints(connection)


def counts(found: dict[str, transfer.TableFingerprint]) -> dict[str, int]:
    return {table: fingerprint.rows for table, fingerprint in found.items()}


def without(found: dict[str, transfer.TableFingerprint], table: str) -> dict[str, object]:
    return {name: value for name, value in found.items() if name != table}


# -- the core, SQLite to SQLite ------------------------------------------------------


def test_seed_tables_are_exactly_what_the_migrations_fill(tmp_path: Path) -> None:
    fresh = create_fresh(tmp_path / "fresh.sqlite3", tmp_path, keyslots.new_database_key())
    try:
        with fresh.engine.connect() as connection:
            filled = {
                table.name
                for table in transfer.tables()
                if connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
            }
            assert transfer.occupied(connection) == {}
    finally:
        fresh.close()
    assert filled == transfer.SEED_TABLES


def test_sqlite_copy_has_the_same_fingerprints(laptop: Database, tmp_path: Path) -> None:
    copy = create_fresh(tmp_path / "copy.sqlite3", tmp_path, keyslots.new_database_key())
    seen: dict[str, int] = {}
    try:
        with transfer.read_snapshot(laptop.engine) as source, copy.engine.begin() as target:
            assert transfer.require_same_revision(source, target) == head_revision()
            transfer.clear_seed_rows(target)
            copied = transfer.copy_rows(
                source, target, lambda table, rows: seen.update({table: rows})
            )
        expected, found = fingerprints_of(laptop.engine), fingerprints_of(copy.engine)
        assert found == expected
        assert copied == counts(expected)
        assert {table for table, rows in copied.items() if rows} == set(seen)
        assert copied["document_content"] == 1 and copied["volunteer_hours"] > 0
        assert copied["audit_event"] > 0 and copied["consultation"] > 30
        # The search index was filled by its own triggers as the participants arrived.
        with copy.engine.connect() as connection:
            found_ids = connection.exec_driver_sql(
                "SELECT rowid FROM participant_search WHERE participant_search MATCH 'kovalenko'"
            ).all()
        assert len(found_ids) >= 1
    finally:
        copy.close()


def test_a_changed_value_changes_only_its_tables_fingerprint(
    laptop: Database, tmp_path: Path
) -> None:
    before = fingerprints_of(laptop.engine)
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE document_content SET content = x'00'")
    after = fingerprints_of(laptop.engine)
    changed = [table for table in before if before[table] != after[table]]
    assert changed == ["document_content"]
    assert after["document_content"].rows == before["document_content"].rows


def test_canonical_values_agree_whatever_the_database_returned() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from app.domain.enums import Gender as Enumerated

    aware = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert transfer._canonical(aware) == "2026-03-01T08:30:00+00:00"
    assert transfer._canonical(datetime(2026, 3, 1, 8, 30)) == "2026-03-01T08:30:00+00:00"
    assert transfer._canonical(aware.astimezone(UTC)) == transfer._canonical(aware)
    assert transfer._canonical(memoryview(b"\x00\xff")) == "00ff"
    assert transfer._canonical(Enumerated.FEMALE) == Enumerated.FEMALE.value


def test_only_an_administrator_may_move_the_data(laptop: Database) -> None:
    advisor = Actor(2, "berater", "Berater", Role.ADVISOR)
    untouched = sa.create_engine("sqlite://")
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        import_to_server(laptop, advisor, untouched)
    assert sa.inspect(untouched).get_table_names() == []


def test_a_new_database_gets_the_schema_in_the_same_transaction(
    laptop: Database, admin: Actor, tmp_path: Path
) -> None:
    target = sa.create_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        report = import_to_server(laptop, admin, target)
        assert report.created_schema and report.identical
        expected, found = fingerprints_of(laptop.engine), fingerprints_of(target)
        assert without(found, "audit_event") == without(expected, "audit_event")
    finally:
        target.dispose()


def test_a_database_with_foreign_tables_is_refused_untouched(
    laptop: Database, admin: Actor, tmp_path: Path
) -> None:
    target = sa.create_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        with target.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE members (name TEXT)")
        with pytest.raises(TransferRefused, match="no Lotse schema version"):
            import_to_server(laptop, admin, target)
        assert sa.inspect(target).get_table_names() == ["members"]
    finally:
        target.dispose()


def test_a_server_that_cannot_be_reached_is_one_message(tmp_path: Path) -> None:
    """Tried once before anything is read from the laptop: no server in that socket
    folder is the same message every command gives, without the password."""
    nowhere = ServerAddress(host=str(tmp_path), database="club", user="lotse", tls=False)
    with pytest.raises(ServerUnreachable) as refused:
        connect_server(nowhere, "geheim-42")
    assert refused.value.message.startswith(f"The server {tmp_path} cannot be reached")
    assert "geheim-42" not in refused.value.message


# -- PostgreSQL ------------------------------------------------------------------------


# On top of the migrated schema: a trigger that would blank every copied participant's
# last contact, had the copy not switched the user triggers off (the migrations' own
# case-date triggers recompute the very dates the copy brings, so they cannot show it).
STAND_IN_TRIGGER = """
CREATE FUNCTION blank_last_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.last_contact_on := NULL; RETURN NEW; END $$;
CREATE TRIGGER participant_blank_last_contact BEFORE INSERT ON participant
    FOR EACH ROW EXECUTE FUNCTION blank_last_contact();
"""


@pytest.fixture
def server_url() -> Iterator[URL]:
    with scratch_database("cln_trf") as url:
        yield url


@pytest.fixture
def server(server_url: URL) -> Iterator[Engine]:
    """A new server database brought to Lotse's schema by the migrations, as a
    workstation's first start does, with the stand-in trigger."""
    engine = sa.create_engine(server_url)
    try:
        migrate.upgrade_server(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(STAND_IN_TRIGGER)
        yield engine
    finally:
        engine.dispose()


def test_seed_tables_on_the_server_are_what_the_migrations_fill(server: Engine) -> None:
    with server.connect() as connection:
        filled = {
            table.name
            for table in transfer.tables()
            if connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
        }
        assert transfer.occupied(connection) == {}
        assert transfer.revision(connection) == head_revision()
    assert filled == transfer.SEED_TABLES


def test_import_copies_every_row_and_continues_the_numbers(
    laptop: Database, admin: Actor, server: Engine, tmp_path: Path
) -> None:
    messages: list[str] = []
    report = import_to_server(laptop, admin, server, messages.append)
    expected, found = fingerprints_of(laptop.engine), fingerprints_of(server)

    assert report.identical and not report.created_schema
    assert {check.table: check.rows for check in report.tables} == counts(expected)
    assert {check.table: check.sha256 for check in report.tables} == {
        table: fingerprint.sha256 for table, fingerprint in expected.items()
    }
    assert report.rows == sum(counts(expected).values())
    assert any(message.startswith("Copying consultation: ") for message in messages)
    # Everything as on the laptop, plus the server's record of the move.
    assert without(found, "audit_event") == without(expected, "audit_event")
    assert found["audit_event"].rows == expected["audit_event"].rows + 1
    with server.connect() as connection:
        move = connection.exec_driver_sql(
            "SELECT username, action, reason FROM audit_event ORDER BY id DESC LIMIT 1"
        ).one()
        topic = connection.exec_driver_sql("SELECT name FROM topic WHERE id = 1").scalar()
        trigger_states = dict(
            connection.exec_driver_sql(
                "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal"
            ).all()
        )
        highest = connection.exec_driver_sql("SELECT max(id) FROM participant").scalar()
        newest_number = connection.execute(
            sa.text("SELECT max(case_number) FROM participant WHERE case_number LIKE '2026-%'")
        ).scalar()
    assert move == (
        "admin",
        "import",
        f"server import from {laptop.location.data_dir}: {report.rows} rows",
    )
    assert topic == "Wohnen (eigene Liste)"
    # The stand-in blanked nothing; it and the migrations' own triggers are on again.
    assert expected["participant"].rows > 0
    assert trigger_states["participant_blank_last_contact"] == "O"
    assert "audit_event_no_delete" in trigger_states and "consultation_case_dates_insert" in (
        trigger_states
    )
    assert set(trigger_states.values()) == {"O"}

    team = Database(Location(tmp_path / "team", portable=True), server)
    person = create_case(team, admin, CaseInput("Neu", "Im Team", Gender.MALE), today=TODAY)
    assert person.id == highest + 1
    year, number = newest_number.split("-")
    assert person.case_number == f"{year}-{int(number) + 1:04d}"


def test_a_server_that_holds_data_is_refused_and_left_as_it_was(
    laptop: Database, admin: Actor, server: Engine
) -> None:
    import_to_server(laptop, admin, server)
    before = fingerprints_of(server)
    with pytest.raises(TransferRefused) as refused:
        import_to_server(laptop, admin, server)
    cases = before["participant"].rows
    users = before["user"].rows
    assert f"The server database is not empty ({cases} case files, {users} users" in str(
        refused.value
    )
    assert fingerprints_of(server) == before


def test_a_failure_in_the_middle_leaves_the_server_empty(
    laptop: Database, admin: Actor, server: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = fingerprints_of(server)
    copy_table = transfer._copy_table
    copied: list[str] = []

    def failing(source, target, table, progress):  # type: ignore[no-untyped-def]
        if table.name == "consultation":
            raise RuntimeError("the network went away")
        copied.append(table.name)
        return copy_table(source, target, table, progress)

    monkeypatch.setattr(transfer, "_copy_table", failing)
    with pytest.raises(RuntimeError, match="network"):
        import_to_server(laptop, admin, server)
    assert "participant" in copied and "audit_event" in copied
    assert fingerprints_of(server) == before
    with server.connect() as connection:
        assert transfer.occupied(connection) == {}


def test_a_copy_that_differs_is_not_kept(
    laptop: Database, admin: Actor, server: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = fingerprints_of(server)
    real = transfer.fingerprints

    def tampered(connection):  # type: ignore[no-untyped-def]
        found = real(connection)
        if connection.dialect.name == "postgresql":
            found["volunteer_hours"] = transfer.TableFingerprint(0, "0" * 64)
        return found

    monkeypatch.setattr(transfer, "fingerprints", tampered)
    with pytest.raises(TransferRefused, match="differs from the original in: volunteer_hours"):
        import_to_server(laptop, admin, server)
    monkeypatch.setattr(transfer, "fingerprints", real)
    assert fingerprints_of(server) == before


def test_a_row_the_server_refuses_is_named_and_nothing_is_copied(
    laptop: Database, admin: Actor, server: Engine
) -> None:
    before = fingerprints_of(server)
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE volunteer SET remarks = 'a' || char(0) || 'b'")
    with pytest.raises(TransferRefused) as refused:
        import_to_server(laptop, admin, server)
    assert "refused a row of the table volunteer (" in str(refused.value)
    assert "Nothing was copied." in str(refused.value)
    assert fingerprints_of(server) == before


def test_an_account_that_does_not_own_the_tables_is_refused(
    laptop: Database, admin: Actor, server: Engine
) -> None:
    """Switching the triggers off needs the tables' owner; a role that may only write
    rows is told so, and nothing is copied."""
    role = f"trf_writer_{uuid.uuid4().hex[:8]}"
    with server.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        connection.exec_driver_sql(
            f"GRANT SELECT, INSERT, DELETE ON ALL TABLES IN SCHEMA public TO {role}"
        )
    writer = sa.create_engine(server.url.set(username=role))
    try:
        with pytest.raises(TransferRefused) as refused:
            import_to_server(laptop, admin, writer)
        assert (
            "switch off the triggers of the table allowance_cap for the copy "
            "(must be owner of table allowance_cap)"
        ) in str(refused.value)
        with server.connect() as connection:
            assert transfer.occupied(connection) == {}
    finally:
        writer.dispose()
        with server.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")


def test_databases_at_different_revisions_are_refused(
    laptop: Database, admin: Actor, server: Engine
) -> None:
    with server.begin() as connection:
        command.stamp(alembic_config(connection), "0017")
    with pytest.raises(TransferRefused) as refused:
        import_to_server(laptop, admin, server)
    assert f"at schema version {head_revision()}, the one to copy into at 0017;" in str(
        refused.value
    )


def test_a_server_backup_opens_with_each_password_and_restores_on_a_laptop(
    laptop: Database, admin: Actor, server: Engine, tmp_path: Path, location: Location
) -> None:
    import_to_server(laptop, admin, server)
    team = Database(Location(tmp_path / "team", portable=True), server)
    messages: list[str] = []
    written = backup_server(team, admin, tmp_path / "vom-server", messages.append)
    assert written == tmp_path / "vom-server.lotsebackup"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~lotse-")] == []
    assert any(message.startswith("Copying participant: ") for message in messages)
    on_server = fingerprints_of(server)
    assert (
        on_server["audit_event"].rows == fingerprints_of(laptop.engine)["audit_event"].rows + 2
    )  # the move and this backup

    header = store.read_header(written, check_content=True)
    assert header.schema == head_revision() and header.keys is not None
    assert header.keys.recovery_slot() is None
    with server.connect() as connection:
        active = connection.exec_driver_sql('SELECT count(*) FROM "user" WHERE active').scalar()
    assert len(header.keys.slots) == active > 1
    staff = header.keys.user_slot("jana.becker")
    assert staff is not None and staff.open(STAFF_PASSWORD) is not None
    slot = header.keys.user_slot("admin")
    assert slot is not None and slot.open("falsch-geraten-1") is None
    key = slot.open(ADMIN_PASSWORD)
    assert key is not None and keyslots.key_id(key) == header.key_id
    extracted = tmp_path / "extracted.sqlite3"
    store.extract_database(written, extracted)
    engine = create_sqlite_engine(extracted, key)
    try:
        assert fingerprints_of(engine) == on_server
    finally:
        engine.dispose()

    restored = restore_backup(laptop, admin, written, ADMIN_PASSWORD).database
    try:
        after = fingerprints_of(restored.engine)
    finally:
        restored.close()
    assert without(after, "audit_event") == without(on_server, "audit_event")
    assert after["audit_event"].rows == on_server["audit_event"].rows + 1  # the restore


# -- the command line ------------------------------------------------------------------


def test_lotse_server_import(
    laptop: Database,
    server: Engine,
    server_url: URL,
    isolated_user_config: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = str(laptop.location.data_dir)
    expected = fingerprints_of(laptop.engine)
    address = address_of(server_url).display()
    assert address.startswith("postgresql://postgres@/") and "sslmode=disable" in address
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("LOTSE_SERVER_PASSWORD", "the-test-server-trusts-every-login")
    # The server as a workstation in team mode knows it (remembered or from the
    # environment): the laptop folder to read from is still read as a laptop's.
    monkeypatch.setenv("LOTSE_SERVER", address)
    argv = ["--user", "admin", "server", "import", "--from-data-dir", folder]

    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    assert lines["Table"] == ["Rows", "SHA-256", "Identical"]
    for table, fingerprint in expected.items():
        # The command's login records itself and the account's last login on the laptop.
        if table not in ("audit_event", "user"):
            assert lines[table] == [str(fingerprint.rows), fingerprint.sha256[:16], "yes"]
    total = sum(counts(expected).values()) + 1  # with the login's audit event
    assert f"Copied {total} rows of {len(expected)} tables to the server" in out
    assert "The server database was new" not in out  # the fixture migrated it

    monkeypatch.delenv("LOTSE_SERVER")
    assert cli.main([*argv, "--server", address]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lotse: The server database is not empty (")
    assert fingerprints_of(server)["participant"] == expected["participant"]


def test_lotse_server_import_into_a_new_database_creates_the_schema(
    laptop: Database,
    server_url: URL,
    isolated_user_config: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The administrator made an empty database: the import runs the migrations in it,
    in the same transaction as the copy."""
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("LOTSE_SERVER_PASSWORD", "the-test-server-trusts-every-login")
    folder = str(laptop.location.data_dir)
    address = address_of(server_url).display()
    argv = ["--server", address, "--user", "admin", "server", "import", "--from-data-dir", folder]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "The server database was new: Lotse's tables were created in it." in out
    engine = sa.create_engine(server_url)
    try:
        assert migrate.server_revision(engine) == head_revision()
        found = fingerprints_of(engine)
    finally:
        engine.dispose()
    expected = fingerprints_of(laptop.engine)
    assert without(found, "audit_event") == without(expected, "audit_event")


def test_lotse_server_import_needs_a_server(
    tmp_path: Path,
    isolated_user_config: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LOTSE_SERVER", raising=False)
    folder = str(tmp_path / "laptop")
    argv = ["--user", "admin", "server", "import", "--from-data-dir", folder]
    assert cli.main(argv) == 1
    assert "which server? Give --server URL" in capsys.readouterr().err
