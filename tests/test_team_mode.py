"""Team mode: the club's database on a PostgreSQL server.

The tests that need a server use ``tests/postgres.py`` (skipped without
``LOTSE_TEST_POSTGRES``); addresses, the credential store and the order in which the
server is chosen are checked without one. The credential store is always keyring's API
with an in-memory backend: no test touches the computer's real keyring.
"""

import shutil
import socket
import struct
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
import sqlalchemy as sa
from sqlalchemy import URL
from sqlmodel import select

import app.domain.models  # noqa: F401  (registers every table on the metadata)
from app import cli
from app.domain.enums import AuditAction, Role
from app.domain.models import AuditEvent, Organisation, User
from app.domain.models._columns import utcnow
from app.services import auth, passwords, team, users
from app.services.auth import log_in
from app.services.backups import backup_age, create_backup, daily_backup, restore_backup
from app.services.data_folder import is_initialised, resolve
from app.services.database import DatabaseBusy, open_database, open_server
from app.services.drafts import consultation_drafts, save_consultation_draft
from app.services.errors import (
    AlreadyInitialised,
    AuthenticationFailed,
    NotInitialised,
    ServiceError,
    ValidationError,
)
from app.services.recovery import recover_admin_password
from app.services.setup import SetupInput, initialise, initialise_server
from app.services.team import ServerAddress
from app.storage import backup as store
from app.storage import migrate, transfer, user_config
from app.storage.database import Database
from app.storage.engine import is_busy
from app.storage.location import DATA_DIR_ENV, Location
from app.storage.server import drafts_key
from tests.conftest import ADMIN_PASSWORD, MemoryKeyring, Template, first_project
from tests.postgres import scratch_database
from tests.team_server import address_of

SERVER_PASSWORD = "rolle-geheim-42"
BOB_PASSWORD = "Brücke-Fluss-Laterne-7"


class NoKeyring(keyring.backend.KeyringBackend):
    """Like keyring's fail backend on a headless Linux: every call raises."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    for name in ("LOTSE_SERVER", "LOTSE_SERVER_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


# -- addresses (no server needed) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "port", "database", "user", "sslmode"),
    [
        ("postgresql://lotse@db.verein.de/lotse", "db.verein.de", 5432, "lotse", "lotse", "require"),
        ("postgres://anna@10.0.0.5:6543/club", "10.0.0.5", 6543, "club", "anna", "require"),
        ("postgresql://l@h/d?sslmode=verify-full", "h", 5432, "d", "l", "verify-full"),
        ("postgresql://l@h/d?sslmode=verify-ca", "h", 5432, "d", "l", "verify-ca"),
        ("postgresql://l@h:1/d?sslmode=disable", "h", 1, "d", "l", "disable"),
        ("postgresql://l@/d?host=/run/postgresql&port=5433", "/run/postgresql", 5433, "d", "l",
         "require"),
        ("  postgresql://l%40x@[::1]:5432/my%20db  ", "::1", 5432, "my db", "l@x", "require"),
    ],
)  # fmt: skip
def test_server_urls_are_read(
    text: str, host: str, port: int, database: str, user: str, sslmode: str
) -> None:
    address = team.parse_server_address(text)
    assert (address.host, address.port, address.database, address.user) == (
        host,
        port,
        database,
        user,
    )
    assert address.sslmode == sslmode
    assert address.tls is (sslmode != "disable")
    # display() is the URL again, without password, and reads back to the same address.
    assert team.parse_server_address(address.display()) == address


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("postgresql://lotse:geheim@h/d", "server", "leave the password out"),
        ("mysql://l@h/d", "server", "is not a PostgreSQL address"),
        ("db.verein.de", "server", "is not a PostgreSQL address"),
        ("postgresql://l@h:99999/d", "port", "from 1 to 65535"),
        ("postgresql://l@h:0/d", "port", "from 1 to 65535"),
        ("postgresql://l@h/d?port=abc", "port", "no port number"),
        ("postgresql://l@:5432/d", "host", "host name or IP address is missing"),
        ("postgresql://l@h/", "database", "name of the database is missing"),
        ("postgresql://h/d", "user", "database role) is missing"),
        ("postgresql://l@h/d?sslmode=prefer", "tls", "sslmode=prefer is not supported"),
        ("postgresql://l@h/d?password=x", "server", "parameter 'password' is not supported"),
    ],
)
def test_bad_server_urls_name_what_is_wrong(text: str, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        team.parse_server_address(text)
    assert refused.value.field == field
    assert words in refused.value.message


def test_a_password_never_reaches_the_message() -> None:
    with pytest.raises(ValidationError) as refused:
        team.parse_server_address("postgresql://lotse:Sehr-Geheim@h/d")
    assert "Sehr-Geheim" not in refused.value.message


def test_addresses_from_the_assistants_fields() -> None:
    address = team.address_from_fields(" db.verein.de ", "5433", "lotse", "lotse", tls=False)
    assert address.display() == "postgresql://lotse@db.verein.de:5433/lotse?sslmode=disable"
    assert team.address_from_fields("h", 5432, "d", "u").sslmode == "require"
    for fields, field in (
        (("", 5432, "d", "u"), "host"),
        (("h", 70000, "d", "u"), "port"),
        (("h", "12a", "d", "u"), "port"),
        (("h", 5432, " ", "u"), "database"),
        (("h", 5432, "d", ""), "user"),
    ):
        with pytest.raises(ValidationError) as refused:
            team.address_from_fields(*fields)  # type: ignore[arg-type]
        assert refused.value.field == field


def test_the_server_is_chosen_by_option_then_environment_then_lotse_ini(
    location: Location, isolated_user_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve(location.data_dir).server is None  # laptop mode, as before
    team.remember_server(team.parse_server_address("postgresql://ini@h/d"), isolated_user_config)
    assert resolve(location.data_dir).server == team.parse_server_address("postgresql://ini@h/d")
    monkeypatch.setenv("LOTSE_SERVER", "postgresql://env@h/d")
    assert resolve(location.data_dir).server.user == "env"  # type: ignore[union-attr]
    chosen = resolve(location.data_dir, "postgresql://option@h/d")
    assert chosen.server is not None and chosen.server.user == "option"
    assert chosen.data_dir == location.data_dir  # drafts and logs stay in the data folder
    assert is_initialised(chosen)  # the server decides at the login
    monkeypatch.delenv("LOTSE_SERVER")
    team.forget_server(None, isolated_user_config)
    assert resolve(location.data_dir).server is None
    assert user_config.read(isolated_user_config).server is None


def test_lotse_ini_keeps_the_other_choices_beside_the_server(isolated_user_config: Path) -> None:
    user_config.remember_language("uk", isolated_user_config)
    user_config.remember_data_dir(Path("/daten/lotse"), isolated_user_config)
    team.remember_server(team.parse_server_address("postgres://l@h/d"), isolated_user_config)
    assert user_config.read(isolated_user_config) == user_config.UserConfig(
        Path("/daten/lotse"), "uk", "postgresql://l@h:5432/d"
    )
    team.forget_server(None, isolated_user_config)
    assert user_config.read(isolated_user_config) == user_config.UserConfig(
        Path("/daten/lotse"), "uk", None
    )


def test_a_bad_remembered_server_is_a_message(
    location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_SERVER", "postgresql://a:b@h/d")
    with pytest.raises(ValidationError, match="leave the password out"):
        resolve(location.data_dir)


def test_the_server_password_comes_from_the_store_then_the_environment(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = team.parse_server_address("postgresql://lotse@h/d")
    assert team.server_password(address) is None
    monkeypatch.setenv("LOTSE_SERVER_PASSWORD", "aus-der-umgebung")
    assert team.server_password(address) == "aus-der-umgebung"
    assert team.store_password(address, "aus-dem-speicher")
    assert memory_keyring.passwords == {
        ("Lotse", "postgresql://lotse@h:5432/d"): "aus-dem-speicher"
    }
    assert team.stored_password(address) == "aus-dem-speicher"
    assert team.server_password(address) == "aus-dem-speicher"


def test_lotse_server_forget_goes_back_to_the_data_folder(
    location: Location,
    isolated_user_config: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    address = team.parse_server_address("postgresql://lotse@h/d")
    team.remember_server(address, isolated_user_config)
    assert team.store_password(address, "aus-dem-speicher")
    assert resolve(location.data_dir).server == address

    assert cli.main(["--data-dir", str(location.data_dir), "server", "forget"]) == 0

    assert "no longer uses postgresql://lotse@h:5432/d" in capsys.readouterr().out
    assert resolve(location.data_dir).server is None  # laptop mode at the next start
    assert memory_keyring.passwords == {}  # and the server's password has left this computer


def test_without_a_credential_store_nothing_is_stored() -> None:
    keyring.set_keyring(NoKeyring())
    address = team.parse_server_address("postgresql://lotse@h/d")
    assert team.store_password(address, "x") is False
    assert team.stored_password(address) is None


def test_the_drafts_key_follows_password_and_address() -> None:
    one = team.parse_server_address("postgresql://lotse@h/d")
    other = team.parse_server_address("postgresql://lotse@h/e")
    assert drafts_key(one, "pw") == drafts_key(one, "pw")
    assert len(drafts_key(one, "pw")) == 32
    assert drafts_key(one, "pw") != drafts_key(one, "pw2")
    assert drafts_key(one, "pw") != drafts_key(other, "pw")


def test_busy_states_of_postgresql() -> None:
    class Locked(Exception):
        sqlstate = "55P03"

    class Unique(Exception):
        sqlstate = "23505"

    assert is_busy(Locked()) and not is_busy(Unique())
    assert is_busy(Exception("database is locked"))


def test_the_command_line_refuses_what_team_mode_cannot_do(
    location: Location, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refusals that need no server: each is one line, nothing is written."""

    def refusal(*argv: str) -> str:
        assert cli.main(list(argv)) == 1
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("lotse: ")
        return lines[0]

    assert "leave the password out" in refusal("--server", "postgresql://a:b@h/d", "user", "list")
    assert "from 1 to 65535" in refusal("user", "list", "--server", "postgresql://a@h:0/d")
    assert "which server? Give --server URL" in refusal("server", "password")
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)
    assert "no recovery key; leave out --recovery-pdf" in refusal(
        "init", "--server", "postgresql://a@h/d", "--org", "V", "--admin", "a",
        "--recovery-pdf", str(location.data_dir / "key.pdf"),
    )  # fmt: skip
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert "set LOTSE_SERVER_PASSWORD" in refusal(
        "--server", "postgresql://a@h/d", "--user", "admin", "user", "list"
    )
    assert not location.data_dir.exists() or not any(location.data_dir.glob("lotse.*"))


# -- connection failures -----------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_is_one_message() -> None:
    address = ServerAddress(host="127.0.0.1", port=_free_port(), database="d", user="u")
    with pytest.raises(team.ServerUnreachable) as refused:
        team.check_server(address, "pw")
    message = refused.value.message
    assert "The server 127.0.0.1 cannot be reached" in message and "network" in message


class PasswordRefusingServer(threading.Thread):
    """Speaks just enough of PostgreSQL's protocol to ask for a password and refuse it
    (the dev server trusts every local connection, so it never refuses one)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])

    def run(self) -> None:
        connection, _ = self.listener.accept()
        with connection, self.listener:
            length = struct.unpack("!I", connection.recv(4))[0]
            connection.recv(length - 4)  # the startup message
            connection.sendall(b"R" + struct.pack("!II", 8, 3))  # cleartext password, please
            connection.recv(1024)  # the password message
            fields = b'SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user "u"\0\0'
            connection.sendall(b"E" + struct.pack("!I", len(fields) + 4) + fields)


def test_a_wrong_server_password_is_one_message() -> None:
    server = PasswordRefusingServer()
    server.start()
    address = ServerAddress(host="127.0.0.1", port=server.port, database="d", user="u", tls=False)
    with pytest.raises(team.ServerPasswordWrong) as refused:
        team.check_server(address, "falsch")
    server.join(5)
    assert "refused the password of the user u" in refused.value.message


# -- on a server --------------------------------------------------------------------------


@pytest.fixture
def server_url() -> Iterator[URL]:
    with scratch_database("cln_srv") as url:
        yield url


@pytest.fixture
def team_location(server_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Location:
    """A data folder on this workstation and an empty Lotse schema on the server, made by
    the migrations as a workstation's first start makes it."""
    engine = sa.create_engine(server_url)
    try:
        migrate.upgrade_server(engine)
    finally:
        engine.dispose()
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return resolve(folder, address_of(server_url).display())


@pytest.fixture
def club(team_location: Location) -> Location:
    """The server set up with the admin of conftest."""
    setup = SetupInput("Brückenschlag e.V.", "admin", ADMIN_PASSWORD, "Ada Admin", first_project())
    initialised = initialise_server(team_location, SERVER_PASSWORD, setup)
    initialised.database.close()
    return team_location


@pytest.fixture
def laptop_club(template: Template, tmp_path: Path) -> Iterator[Database]:
    """Another club's laptop (conftest's set-up), to restore a server's backup on."""
    folder = tmp_path / "laptop"
    shutil.copytree(template.data_dir, folder)
    database = open_database(Location(folder, portable=True), template.key)
    yield database
    database.close()


def _fingerprints(database: Database) -> dict[str, transfer.TableFingerprint]:
    with transfer.read_snapshot(database.engine) as connection:
        return transfer.fingerprints(connection)


def _events(database: Database, action: AuditAction) -> list[AuditEvent]:
    with database.session() as session:
        return list(
            session.exec(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            )
        )


def test_set_up_on_the_server(team_location: Location) -> None:
    setup = SetupInput("Brückenschlag e.V.", "Admin", ADMIN_PASSWORD, None, first_project())
    database, actor, recovery_key = initialise_server(team_location, SERVER_PASSWORD, setup)
    try:
        assert recovery_key is None and actor.role == Role.ADMIN and actor.username == "admin"
        with database.session() as session:
            assert [o.name for o in session.exec(select(Organisation))] == ["Brückenschlag e.V."]
        assert [e.entity for e in _events(database, AuditAction.INIT)] == ["organisation"]
        assert database.key == drafts_key(team_location.server, SERVER_PASSWORD)  # type: ignore[arg-type]
    finally:
        database.close()
    # Nothing of the club's data on the workstation: no database file, no key file.
    assert not team_location.database.exists() and not team_location.keys_file.exists()
    with pytest.raises(AlreadyInitialised, match="already holds a Lotse organisation"):
        initialise_server(team_location, SERVER_PASSWORD, setup)


def test_set_up_refuses_a_database_that_is_not_empty(server_url: URL, tmp_path: Path) -> None:
    engine = sa.create_engine(server_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id integer PRIMARY KEY)")
    engine.dispose()
    location = Location(tmp_path, True, server=address_of(server_url))
    setup = SetupInput("Verein", "admin", ADMIN_PASSWORD)
    with pytest.raises(team.NotALotseServer, match="holds tables that are not Lotse's"):
        initialise_server(location, SERVER_PASSWORD, setup)
    with pytest.raises(team.NotALotseServer):
        team.check_server(location.server, SERVER_PASSWORD)  # type: ignore[arg-type]
    with pytest.raises(team.NotALotseServer):
        open_server(location, SERVER_PASSWORD)


def test_an_empty_server_asks_for_the_set_up(team_location: Location) -> None:
    team.check_server(team_location.server, SERVER_PASSWORD)  # type: ignore[arg-type]
    assert not team.is_set_up(team_location.server, SERVER_PASSWORD)  # type: ignore[arg-type]
    with pytest.raises(NotInitialised, match="lotse init --server 'postgresql://"):
        log_in(team_location, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)


def test_log_in_on_the_server(club: Location) -> None:
    assert team.is_set_up(club.server, SERVER_PASSWORD)  # type: ignore[arg-type]
    login = log_in(club, " Admin ", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    try:
        assert login.actor.username == "admin" and login.recovery_key is None
        assert [e.username for e in _events(login.database, AuditAction.LOGIN)] == ["admin"]
        assert daily_backup(login.database) is None  # the server is backed up with pg_dump
        assert not club.backup_dir.exists()
        assert not backup_age(login.database).is_overdue()  # no start-page warning either
    finally:
        login.database.close()


def test_the_server_password_comes_from_the_credential_store(club: Location) -> None:
    with pytest.raises(team.ServerPasswordMissing, match="lotse server password --server"):
        log_in(club, "admin", ADMIN_PASSWORD)
    assert club.server is not None and team.store_password(club.server, SERVER_PASSWORD)
    log_in(club, "admin", ADMIN_PASSWORD).database.close()


def test_a_wrong_password_is_counted_and_audited(club: Location) -> None:
    with pytest.raises(AuthenticationFailed, match="User name or password is wrong"):
        log_in(club, "admin", "falsch", server_password=SERVER_PASSWORD)
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    try:
        failed = _events(login.database, AuditAction.LOGIN_FAILED)
        assert [(e.username, e.entity, e.entity_id, e.reason) for e in failed] == [
            ("admin", "user", login.actor.user_id, None)
        ]
        with login.database.session() as session:
            admin = session.get(User, login.actor.user_id)
            assert admin is not None and admin.failed_logins == 0  # reset by the good login
    finally:
        login.database.close()


def test_five_wrong_passwords_make_the_account_wait(club: Location) -> None:
    now = utcnow()
    for attempt in range(4):
        with pytest.raises(AuthenticationFailed, match="is wrong"):
            log_in(club, "admin", f"falsch-{attempt}", now, server_password=SERVER_PASSWORD)
    with pytest.raises(AuthenticationFailed, match="Please wait 30 seconds"):
        log_in(club, "admin", "falsch-5", now, server_password=SERVER_PASSWORD)
    # Also the right password waits; the attempt is audited as refused while locked.
    with pytest.raises(AuthenticationFailed, match="Please wait 20 seconds"):
        log_in(club, "admin", ADMIN_PASSWORD, now + timedelta(seconds=10),
               server_password=SERVER_PASSWORD)  # fmt: skip
    later = now + timedelta(seconds=31)
    login = log_in(club, "admin", ADMIN_PASSWORD, later, server_password=SERVER_PASSWORD)
    try:
        reasons = [e.reason for e in _events(login.database, AuditAction.LOGIN_FAILED)]
        assert reasons == [None, None, None, None, "locked", "locked"]
        with login.database.session() as session:
            admin = session.get(User, login.actor.user_id)
            assert admin is not None and (admin.failed_logins, admin.locked_until) == (0, None)
    finally:
        login.database.close()


def test_an_unknown_name_costs_a_verification_and_names_nobody(
    club: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    real = passwords.verify_without_account
    monkeypatch.setattr(auth, "verify_without_account", lambda p: (checked.append(p), real(p)))
    with pytest.raises(AuthenticationFailed, match="User name or password is wrong"):
        log_in(club, "niemand", "irgendwas", server_password=SERVER_PASSWORD)
    assert checked == ["irgendwas"]
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    try:
        failed = _events(login.database, AuditAction.LOGIN_FAILED)
        assert [(e.username, e.entity_id) for e in failed] == [("", None)]
    finally:
        login.database.close()


def test_accounts_on_the_server(club: Location) -> None:
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    database, admin = login.database, login.actor
    try:
        bob = users.add_user(database, admin, "bob", "advisor", "Brücke-Fluss-Laterne-7")
        assert bob.id is not None
        assert [(r.username, r.has_key) for r in users.list_users(database, admin)] == [
            ("admin", True),
            ("bob", True),
        ]
        bob_login = log_in(club, "bob", "Brücke-Fluss-Laterne-7", server_password=SERVER_PASSWORD)
        with pytest.raises(AuthenticationFailed, match="current password is wrong"):
            users.change_own_password(
                bob_login.database, bob_login.actor, "falsch", "Neu-Wiese-88-x"
            )
        users.change_own_password(
            bob_login.database, bob_login.actor, "Brücke-Fluss-Laterne-7", "Mond-Tasse-Kanu-31"
        )
        bob_login.database.close()
        log_in(club, "bob", "Mond-Tasse-Kanu-31", server_password=SERVER_PASSWORD).database.close()

        users.set_active(database, admin, bob.id, False)
        with pytest.raises(AuthenticationFailed, match="or the account is disabled"):
            log_in(club, "bob", "Mond-Tasse-Kanu-31", server_password=SERVER_PASSWORD)
        users.set_active(database, admin, bob.id, True)
        assert users.has_key_slot(database, bob.id)  # no key slots on a server

        users.reset_password(database, admin, bob.id, "Zug-Birne-Segel-55")
        again = log_in(club, "bob", "Zug-Birne-Segel-55", server_password=SERVER_PASSWORD)
        assert again.actor.must_change_password
        again.database.close()
        users.unlock(database, admin, bob.id)
    finally:
        database.close()
    assert not club.keys_file.exists()


def test_recovery_and_restores_are_refused_with_what_to_do(club: Location, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="has no recovery key"):
        recover_admin_password(club, "A" * 32, "admin", "Zug-Birne-Segel-55")
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    try:
        with pytest.raises(ServiceError, match="restored by the server's administrator"):
            restore_backup(login.database, login.actor, tmp_path / "x", ADMIN_PASSWORD)
    finally:
        login.database.close()


def test_a_backup_of_the_server_restores_on_a_laptop_with_each_users_password(
    club: Location, tmp_path: Path, laptop_club: Database, template: Template
) -> None:
    """``create_backup`` in team mode writes a laptop-restorable file that every active
    account opens with its own password, and no other."""
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    try:
        users.add_user(login.database, login.actor, "bob", "advisor", BOB_PASSWORD)
        written = create_backup(login.database, login.actor, tmp_path / "vom-server")
        on_server = _fingerprints(login.database)
        backups = [e.reason for e in _events(login.database, AuditAction.BACKUP)]
    finally:
        login.database.close()
    assert written == tmp_path / "vom-server.lotsebackup"
    assert backups == ["vom-server.lotsebackup"]
    assert not club.backup_dir.exists()  # nothing else written on the workstation

    header = store.read_header(written, check_content=True)
    assert header.schema == migrate.head_revision()
    assert header.keys is not None and header.keys.recovery_slot() is None
    assert len(header.keys.slots) == 2
    for username, password in (("admin", ADMIN_PASSWORD), ("bob", BOB_PASSWORD)):
        slot = header.keys.user_slot(username)
        assert slot is not None and slot.open(password) is not None
        assert slot.open(SERVER_PASSWORD) is None

    restored = restore_backup(laptop_club, template.admin, written, ADMIN_PASSWORD)
    try:
        after = _fingerprints(restored.database)
    finally:
        restored.database.close()
    assert {t: f for t, f in after.items() if t != "audit_event"} == {
        t: f for t, f in on_server.items() if t != "audit_event"
    }
    # On the laptop now, bob logs in with his own password.
    log_in(laptop_club.location, "bob", BOB_PASSWORD).database.close()


def test_drafts_open_again_at_the_next_login(club: Location) -> None:
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    save_consultation_draft(login.database, login.actor, None, {"notes": "Termin beim Amt"})
    login.database.close()
    assert list(club.drafts_dir.iterdir())  # kept on the workstation, encrypted
    assert b"Termin" not in next(club.drafts_dir.iterdir()).read_bytes()
    again = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    try:
        drafts = consultation_drafts(again.database, again.actor)
        assert [d["notes"] for d in drafts.values()] == ["Termin beim Amt"]
    finally:
        again.database.close()


def test_transactions_on_the_server(club: Location) -> None:
    database = open_server(club, SERVER_PASSWORD)
    try:
        with database.session() as session:
            level = session.connection().exec_driver_sql("SHOW transaction_isolation").scalar()
            assert level == "read committed"
        with database.read_session() as session:
            connection = session.connection()
            assert connection.exec_driver_sql("SHOW transaction_isolation").scalar() == (
                "repeatable read"
            )
            assert connection.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"
            assert connection.exec_driver_sql("SHOW TimeZone").scalar() == "UTC"
        database.optimize(after_bulk_change=True)  # ANALYZE: statistics for every table
        with database.session() as session:
            analysed = session.connection().exec_driver_sql(
                "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'user'"
            )
            assert analysed.scalar() is True
    finally:
        database.close()


def test_a_row_locked_elsewhere_gives_up_like_a_busy_laptop(club: Location) -> None:
    database = open_server(club, SERVER_PASSWORD)
    try:
        with database.session() as holder:
            holder.exec(select(User).where(User.username == "admin").with_for_update()).one()
            with database.session() as waiter:
                waiter.connection().exec_driver_sql("SET LOCAL lock_timeout = '200ms'")
                with pytest.raises(DatabaseBusy, match="Lotse waited"):
                    waiter.exec(select(User).with_for_update()).all()
    finally:
        database.close()


def test_a_lost_server_during_work_is_a_plain_message(club: Location, server_url: URL) -> None:
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    admin_engine = sa.create_engine(
        server_url.set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    name = server_url.database
    try:
        with admin_engine.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            connection.exec_driver_sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
            )
        with pytest.raises(team.ServerUnreachable) as lost:
            users.list_users(login.database, login.actor)
        assert "cannot be reached. Nothing was saved" in lost.value.message
    finally:
        with admin_engine.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        admin_engine.dispose()
        login.database.close()


def test_tls_refused_is_one_message(server_url: URL) -> None:
    """The dev server speaks no TLS: over TCP, Lotse's default (require) is refused."""
    port = server_url.port or int(str(server_url.query.get("port") or 5432))
    address = ServerAddress(host="127.0.0.1", port=port, database="postgres", user="postgres")
    try:
        team.check_server(address, "pw")
    except team.ServerTlsRefused as refused:
        assert "No encrypted connection to the server 127.0.0.1" in refused.message
    except team.ServerUnreachable:
        pytest.skip("the test server does not listen on 127.0.0.1")
    else:
        pytest.skip("the test server speaks TLS")


# -- the command line on a server -----------------------------------------------------------


def test_the_command_line_on_a_server(
    team_location: Location,
    isolated_user_config: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert team_location.server is not None
    url = team_location.server.display()
    monkeypatch.setenv("LOTSE_SERVER_PASSWORD", SERVER_PASSWORD)
    monkeypatch.setenv("LOTSE_PASSWORD", ADMIN_PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, err = run("init", "--server", url, "--org", "Brückenschlag e.V.", "--admin", "admin")
    assert code == 0, err
    assert f"Set up the database {url}" in out
    assert user_config.read(isolated_user_config).server == url  # remembered
    assert not team_location.database.exists()

    # The remembered server serves every later command without --server.
    monkeypatch.setenv("LOTSE_NEW_PASSWORD", "Brücke-Fluss-Laterne-7")
    code, out, err = run("--user", "admin", "user", "add", "bob", "--role", "advisor")
    assert code == 0, err
    code, out, err = run("--server", url, "--user", "admin", "user", "list")
    assert code == 0 and "bob" in out and "cannot log in" not in out

    # A backup of the server, written here, that bob opens with his own password.
    target = team_location.data_dir.parent / "vom-server"
    code, out, err = run("--user", "admin", "backup", "--out", str(target))
    written = target.with_name("vom-server.lotsebackup")
    assert code == 0, err
    assert f"Wrote and verified the backup {written}." in out
    keys = store.read_header(written, check_content=True).keys
    assert keys is not None and len(keys.slots) == 2
    bob = keys.user_slot("bob")
    assert bob is not None and bob.open("Brücke-Fluss-Laterne-7") is not None
    monkeypatch.setenv("LOTSE_RECOVERY_KEY", "A" * 32)
    code, _, err = run("recover", "admin")
    assert code == 1 and "has no recovery key" in err
    code, out, err = run("--user", "admin", "check")  # read-only, after a user's login
    assert code == 0, err
    assert "Schema version: 0018 (up to date)" in out and "Foreign keys: ok" in out
    code, _, err = run("--server", "postgresql://a:b@h/d", "--user", "admin", "user", "list")
    assert code == 1 and "leave the password out" in err

    monkeypatch.delenv("LOTSE_SERVER_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run("--user", "admin", "user", "list")
    assert code == 1 and "LOTSE_SERVER_PASSWORD" in err and "lotse server password" in err


def test_lotse_server_password_stores_a_checked_password(
    team_location: Location,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert team_location.server is not None
    url = team_location.server.display()
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: SERVER_PASSWORD)
    assert cli.main(["--server", url, "server", "password"]) == 0
    assert memory_keyring.passwords == {("Lotse", url): SERVER_PASSWORD}
    keyring.set_keyring(NoKeyring())
    assert cli.main(["server", "password", "--server", url]) == 1
    assert "Set LOTSE_SERVER_PASSWORD" in capsys.readouterr().err


def test_initialise_takes_the_server_password_from_the_store(team_location: Location) -> None:
    setup = SetupInput("Verein", "admin", ADMIN_PASSWORD)
    with pytest.raises(team.ServerPasswordMissing):
        initialise(team_location, setup)
    assert team_location.server is not None
    team.store_password(team_location.server, SERVER_PASSWORD)
    database, _, recovery_key = initialise(team_location, setup)
    database.close()
    assert recovery_key is None


def test_asking_the_password_again_checks_the_row(club: Location) -> None:
    """The idle lock and a change of user at the same computer (``authenticate``)."""
    login = log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)
    try:
        assert auth.authenticate(login.database, "admin", ADMIN_PASSWORD).username == "admin"
        with pytest.raises(AuthenticationFailed, match="is wrong"):
            auth.authenticate(login.database, "admin", "falsch")
        with login.database.session() as session:
            admin = session.get(User, login.actor.user_id)
            assert admin is not None and admin.failed_logins == 1
    finally:
        login.database.close()


def test_a_database_of_a_newer_lotse_is_left_alone(club: Location, server_url: URL) -> None:
    engine = sa.create_engine(server_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dcafe'")
    engine.dispose()
    assert club.server is not None
    with pytest.raises(team.ServerProblem, match="set up by a newer version of Lotse"):
        team.check_server(club.server, SERVER_PASSWORD)
    with pytest.raises(team.ServerProblem, match=r"schema f00dcafe\)"):
        log_in(club, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD)


def test_set_up_on_a_database_without_tables_migrates_it(server_url: URL, tmp_path: Path) -> None:
    """An administrator made an empty database: the set-up runs every migration in it."""
    location = Location(tmp_path, True, server=address_of(server_url))
    assert not team.is_set_up(location.server, SERVER_PASSWORD)  # type: ignore[arg-type]
    setup = SetupInput("Verein", "admin", ADMIN_PASSWORD)
    initialise_server(location, SERVER_PASSWORD, setup).database.close()
    engine = sa.create_engine(server_url)
    try:
        assert migrate.server_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT name FROM organisation").all() == [
                ("Verein",)
            ]
            seeded = connection.exec_driver_sql("SELECT count(*) FROM topic").scalar()
        assert seeded  # the lists the migrations fill
    finally:
        engine.dispose()
    assert team.is_set_up(location.server, SERVER_PASSWORD)  # type: ignore[arg-type]
    log_in(location, "admin", ADMIN_PASSWORD, server_password=SERVER_PASSWORD).database.close()


def test_a_missing_database_is_named(server_url: URL) -> None:
    address = replace(address_of(server_url), database="srv_there_is_no_such_database")
    with pytest.raises(team.ServerRefused) as refused:
        team.check_server(address, SERVER_PASSWORD)
    assert 'database "srv_there_is_no_such_database" does not exist' in refused.value.message
