"""Bringing a database file, or a database on a server, to the schema this Lotse
version expects.

Migrations ship inside the package (``app/storage/migrations``) and run at
every start: all pending revisions in one transaction, after the file has
been copied aside. A file written by a newer Lotse is refused untouched.

On a PostgreSQL server (team mode) the same revisions run in one transaction too
(PostgreSQL's DDL is transactional); there is no file to copy (the server's own backups
are the administrator's), and workstations starting at once take turns.
"""

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.resources import resource_path
from app.storage import keyslots
from app.storage.backup import backup_file
from app.storage.engine import connect_raw
from app.storage.errors import DatabaseTooNew, DatabaseUnreadable, MigrationFailed

# Package data (plain .py files Alembic loads itself), found the same way in a wheel and
# in a frozen build, which has to collect them as data files.
MIGRATIONS_DIR = resource_path("app.storage", "migrations")
VERSION_TABLE = "alembic_version"

log = logging.getLogger(__name__)


def alembic_config(
    connection: Connection | None = None, notices: list[str] | None = None
) -> Config:
    """Alembic's configuration; migrations append what users should know to ``notices``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    if notices is not None:
        config.attributes["notices"] = notices
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def _shipped_revisions() -> tuple[str, frozenset[str]]:
    """The head and every revision the package ships. Alembic loads each migration
    script to learn them, which every login would pay twice: read once per set of
    script files (listing them is cheap)."""
    scripts = MIGRATIONS_DIR / "versions"
    return _read_revisions(MIGRATIONS_DIR, frozenset(p.name for p in scripts.glob("*.py")))


@functools.cache
def _read_revisions(_directory: Path, _files: frozenset[str]) -> tuple[str, frozenset[str]]:
    directory = script_directory()
    head = directory.get_current_head()
    assert head is not None, "the package ships no migration"
    return head, frozenset(script.revision for script in directory.walk_revisions())


def head_revision() -> str:
    return _shipped_revisions()[0]


def known_revisions() -> frozenset[str]:
    return _shipped_revisions()[1]


def stored_revision(path: Path, key: bytes | None) -> str | None:
    """The revision recorded in the file, read without writing anything to it."""
    try:
        connection = connect_raw(path, key, read_only=True)
    except Exception as error:  # sqlite3.Error or sqlcipher3.Error
        raise DatabaseUnreadable(str(path), str(error)) from error
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return row[0] if row else None
    except Exception as error:  # sqlite3.DatabaseError or sqlcipher3.DatabaseError
        raise DatabaseUnreadable(str(path), str(error)) from error
    finally:
        connection.close()


def refuse_if_too_new(path: Path, key: bytes | None) -> str | None:
    return _refuse_unknown(str(path), stored_revision(path, key))


def _refuse_unknown(where: str, revision: str | None) -> str | None:
    """A revision this Lotse does not ship was written by a newer one."""
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(where, revision)
    return revision


@dataclass(frozen=True)
class UpgradeResult:
    backup: Path | None = None
    # What a migration wants the user to know, as "code:count" (e.g. data it corrected).
    notices: tuple[str, ...] = ()


def upgrade(engine: Engine, path: Path, backup_dir: Path, key: bytes) -> UpgradeResult:
    """Apply pending migrations; returns the backup taken first, if any, and notices."""
    revision = refuse_if_too_new(path, key) if path.exists() else None
    if revision == head_revision():
        return UpgradeResult()
    backup = None
    if path.exists() and revision is not None:
        keys = keyslots.load(keyslots.key_file_path(path))
        backup = backup_file(
            path, backup_dir, f"before-migration-{revision}", key, keys, schema=revision
        )
    notices: list[str] = []
    try:
        _upgrade_in_one_transaction(engine, notices)
    except Exception as error:
        raise MigrationFailed(str(path), str(backup) if backup else None, str(error)) from error
    for notice in notices:
        log.warning("migration notice: %s", notice)
    return UpgradeResult(backup, tuple(notices))


def _upgrade_in_one_transaction(engine: Engine, notices: list[str]) -> None:
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        # Table rebuilds (batch migrations) need foreign keys off; SQLite only
        # lets us switch them outside a transaction, and we check them before
        # committing instead.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection, notices), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"foreign key check failed: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


# --- a database on a PostgreSQL server -------------------------------------------------

# The key of the transaction-level advisory lock that lets one workstation at a time
# migrate (one 64-bit key: a separate key space from the two-key locks of the triggers).
SERVER_MIGRATION_LOCK = 0x4C6F747365  # "Lotse"
# How long a workstation waits for another one's migration before giving up; the
# session's own lock timeout (meant for ordinary work) is far shorter.
SERVER_MIGRATION_WAIT = "10min"


def server_label(engine: Engine) -> str:
    """The server database as messages name it: no driver, no password."""
    url = engine.url.set(drivername=engine.url.get_backend_name(), password=None)
    return url.render_as_string(hide_password=True)


def _revision_on(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def server_revision(engine: Engine) -> str | None:
    """The revision recorded in the server's database; None for an empty database."""
    with engine.connect() as connection:
        return _revision_on(connection)


def refuse_if_too_new_server(engine: Engine) -> str | None:
    """The server database's revision; ``DatabaseTooNew`` when a newer Lotse wrote it."""
    return _refuse_unknown(server_label(engine), server_revision(engine))


def upgrade_server(engine: Engine) -> UpgradeResult:
    """Apply pending migrations to the server's database in one transaction; returns the
    notices of the migrations (no backup: ``UpgradeResult.backup`` is None).

    Raises ``DatabaseTooNew`` (nothing touched) or ``MigrationFailed`` (rolled back)."""
    where = server_label(engine)
    notices: list[str] = []
    try:
        with engine.begin() as connection:
            _wait_for_other_migrations(connection)
            # Read under the lock: a workstation that waited finds the schema at head.
            revision = _refuse_unknown(where, _revision_on(connection))
            if revision == head_revision():
                return UpgradeResult()
            command.upgrade(alembic_config(connection, notices), "head")
    except DatabaseTooNew:
        raise
    except Exception as error:
        raise MigrationFailed(where, None, str(error)) from error
    for notice in notices:
        log.warning("migration notice: %s", notice)
    return UpgradeResult(None, tuple(notices))


def _wait_for_other_migrations(connection: Connection) -> None:
    """Two workstations started at once: the second waits here until the first has
    committed (or rolled back); the lock goes with the transaction."""
    usual = connection.execute(sa.text("SHOW lock_timeout")).scalar_one()
    _set_lock_timeout(connection, SERVER_MIGRATION_WAIT)
    connection.execute(sa.select(sa.func.pg_advisory_xact_lock(SERVER_MIGRATION_LOCK)))
    # The migration's own DDL waits no longer than ordinary work does.
    _set_lock_timeout(connection, usual)


def _set_lock_timeout(connection: Connection, value: str) -> None:
    """For the rest of this transaction only."""
    connection.execute(sa.select(sa.func.set_config("lock_timeout", value, True)))
