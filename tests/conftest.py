"""Shared fixtures: offscreen Qt, a fresh data folder and database for every test.

The database is a SQLCipher file, or with ``LOTSE_TEST_BACKEND=postgresql`` (``make
test-postgres``) a database of its own on the PostgreSQL server named by
``LOTSE_TEST_POSTGRES``: every test gets a copy of a template database set up once, as
on a laptop it gets a copy of a template data folder. The same tests run on both; what
only a laptop has (the file, its key slots, SQLite itself) is marked ``laptop_only``.
"""

import os
from pathlib import Path

# Without a display, Qt draws offscreen on a screen the size of a small laptop
# (1280×720), the smallest Lotse is made for; Qt's default offscreen screen is a
# square of 800 pixels.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen_laptop.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace

import keyring
import keyring.backend
import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine, text

from app.services import passwords
from app.services.actor import Actor
from app.services.database import open_database, open_server
from app.services.projects import ProjectInput
from app.services.setup import SetupInput, initialise
from app.storage import keyslots, user_config
from app.storage.database import Database
from app.storage.location import DATA_DIR_ENV, SERVER_ENV, Location, resolve
from app.storage.server_address import ServerAddress
from tests.postgres import server_url

ADMIN_PASSWORD = "gut-geheim-123"

BACKEND_ENV = "LOTSE_TEST_BACKEND"
ON_POSTGRES = os.environ.get(BACKEND_ENV, "sqlite") == "postgresql"
# The test server trusts its local users; Lotse still wants a password to connect with.
SERVER_PASSWORD = "test-server-trusts-the-socket"


def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, with parameters cheap enough for hundreds of tests."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(keyslots, "DEFAULT_COST", CHEAP_KDF)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_hashing(monkeypatch)


# Key slots derive with argon2id too: cheap parameters for tests, real ones in use.
CHEAP_KDF = keyslots.KdfCost(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "LOTSE_PASSWORD",
        "LOTSE_NEW_PASSWORD",
        "LOTSE_USER",
        "LOTSE_LANG",
        "LOTSE_SERVER",
        "LOTSE_SERVER_PASSWORD",
    ):
        monkeypatch.delenv(name, raising=False)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A credential store in a dict, through keyring's own API."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_keyring() -> Iterator[MemoryKeyring]:
    """No test reads or writes the computer's real credential store."""
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def isolated_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The remembered data folder and language of this computer: a file of the test's own."""
    config_file = tmp_path / "config" / user_config.CONFIG_FILE
    monkeypatch.setattr(user_config, "default_config_file", lambda: config_file)
    return config_file


@pytest.fixture
def location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Location]:
    """An empty data folder, also set as LOTSE_DATA_DIR; on PostgreSQL with the test's
    own server database (made by ``initialised``, dropped afterwards), also set as
    LOTSE_SERVER for the command line."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    if not ON_POSTGRES:
        yield resolve(folder)
        return
    address = server_address(f"lotse_test_{uuid.uuid4().hex[:12]}")
    monkeypatch.setenv(SERVER_ENV, address.display())
    monkeypatch.setenv("LOTSE_SERVER_PASSWORD", SERVER_PASSWORD)
    yield replace(resolve(folder), server=address)
    with postgres_admin() as admin:
        admin.execute(text(f'DROP DATABASE IF EXISTS "{address.database}" WITH (FORCE)'))


def server_address(database: str) -> ServerAddress:
    """A database on the test server, reached through its socket folder."""
    url = server_url()
    query = {
        name: value if isinstance(value, str) else value[0] for name, value in url.query.items()
    }
    return ServerAddress(
        host=query["host"],
        port=url.port or int(query.get("port", 5432)),
        database=database,
        user=url.username or "postgres",
        tls=False,  # a Unix socket on this machine
    )


def postgres_admin():  # type: ignore[no-untyped-def]
    """A connection to the test server that may create and drop databases."""
    engine: Engine = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    return _Admin(engine)


class _Admin:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.connection = self.engine.connect()
        return self.connection

    def __exit__(self, *_exc: object) -> None:
        self.connection.close()
        self.engine.dispose()


def first_project() -> ProjectInput:
    return ProjectInput(
        code="WIR-2026",
        name="Brücken in Arbeit",
        programme="WIR – Netzwerke integrieren Geflüchtete",
        start="01.01.2026",
        end="31.12.2027",
        esf=True,
        hourly_rate="15,00",
    )


@dataclass(frozen=True)
class Template:
    """A data folder as ``lotse init`` leaves it, made once per test session; on
    PostgreSQL the server database ``lotse init --server`` leaves (``server``)."""

    data_dir: Path
    key: bytes
    admin: Actor
    server: ServerAddress | None = None


def _set_up_club(location: Location) -> tuple[Database, Actor]:
    database, admin, _recovery_key = initialise(
        location,
        SetupInput("Brückenschlag e.V.", "admin", ADMIN_PASSWORD, "Amira Haddad", first_project()),
        SERVER_PASSWORD if location.server is not None else None,
    )
    return database, admin


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    """Setting up runs the whole migration chain: once, and each test gets a copy."""
    with pytest.MonkeyPatch.context() as patch:
        fast_hashing(patch)
        folder = tmp_path_factory.mktemp("template") / "data"
        if not ON_POSTGRES:
            database, admin = _set_up_club(resolve(folder))
            database.close()
            yield Template(folder, database.key, admin)
            return
        address = server_address(f"lotse_template_{uuid.uuid4().hex[:12]}")
        with postgres_admin() as server:
            server.execute(text(f'CREATE DATABASE "{address.database}"'))
        try:
            database, admin = _set_up_club(replace(resolve(folder), server=address))
            database.close()  # a template database must have no connections
            yield Template(folder, database.key, admin, address)
        finally:
            with postgres_admin() as server:
                server.execute(text(f'DROP DATABASE IF EXISTS "{address.database}" WITH (FORCE)'))


@pytest.fixture
def initialised(location: Location, template: Template) -> Iterator[tuple[Database, Actor]]:
    """The template copied to this test's own data folder (or server database), opened
    as after set-up."""
    if location.server is None:
        shutil.copytree(template.data_dir, location.data_dir)
        database = open_database(location, template.key)
    else:
        assert template.server is not None
        with postgres_admin() as server:
            server.execute(
                text(
                    f'CREATE DATABASE "{location.server.database}" '
                    f'TEMPLATE "{template.server.database}"'
                )
            )
        database = open_server(location, SERVER_PASSWORD)
    yield database, template.admin
    database.close()


@pytest.fixture
def database(initialised: tuple[Database, Actor]) -> Database:
    return initialised[0]


@pytest.fixture
def admin(initialised: tuple[Database, Actor]) -> Actor:
    return initialised[1]


@pytest.fixture(autouse=True)
def unfrozen_objects() -> Iterator[None]:
    """The GUI exempts what exists after start-up from full garbage collections
    (``launch.keep_start_up_objects``); in the test process that would keep every
    earlier test's windows alive, so each test ends with nothing exempt."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture(autouse=True)
def close_log_files() -> Iterator[None]:
    """The CLI and GUI add a rotating log file handler; close it after each test."""
    yield
    import logging
    import logging.handlers

    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def raw_connection(location: Location, username: str = "admin", password: str = ADMIN_PASSWORD):  # type: ignore[no-untyped-def]
    """A sqlcipher3 connection to the encrypted database, unlocked with a user's slot."""
    from app.services.database import load_keys
    from app.storage.engine import connect_raw

    slot = load_keys(location).user_slot(username)
    assert slot is not None
    key = slot.open(password)
    assert key is not None
    return connect_raw(location.database, key)
