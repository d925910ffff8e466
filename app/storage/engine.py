"""Creating the SQLAlchemy engine with the pragmas every connection needs.

A Lotse database is a SQLCipher 4 file: every connection first gives the random
database key (``PRAGMA key`` with the raw key, so no passphrase derivation runs per
connection), then sets the pragmas. Only the one-time upgrade of a database from
before encryption opens a plain SQLite file (``key=None``).

Transactions start ``BEGIN IMMEDIATE``: a deferred transaction that reads first and
writes later cannot wait for another writer (SQLite refuses the upgrade at once
instead of using the busy timeout), which made saves fail after milliseconds while
another Lotse imported. With IMMEDIATE the only place a transaction waits for the
write lock is its ``BEGIN``, before any work, so waiting and retrying there is safe.
Long read-only work (exports, reports, checks) asks for a deferred transaction with
``READ_ONLY`` so it never blocks writers; a second transaction opened by the same
thread while it already holds the write lock also starts deferred, since it could
never get the lock its own thread holds.

On a PostgreSQL server (team mode, ``server.py``) writes start a plain ``BEGIN`` (READ
COMMITTED: rows are locked as they are written, and a lock another workstation keeps
past ``lock_timeout`` fails the statement with SQLSTATE 55P03); ``READ_ONLY`` work gets
one snapshot for all its statements (``REPEATABLE READ READ ONLY``: a report adds up
the same data from its first query to its last, and never blocks a writer).
"""

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from app.storage import files
from app.storage.files import is_plain_sqlite as is_plain_sqlite

BUSY_TIMEOUT_MS = 10_000


def key_pragma(key: bytes) -> str:
    """The raw-key form of ``PRAGMA key``: SQLCipher uses the 32 bytes as they are."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions start,
    # so that DDL in migrations is transactional too (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        if isinstance(dbapi_connection, sqlcipher3.Connection):
            _quiet(cursor)
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Temporary tables and sort files stay in memory, never as plain files on disk.
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def _quiet(cursor: Any) -> None:
    # SQLCipher would print every failed decryption (a wrong key) on stderr.
    cursor.execute("PRAGMA cipher_log_level = NONE")


# Execution option of sessions that only read: their transaction starts deferred.
READ_ONLY = "lotse_read_only"

# Asked when the write lock stayed taken for the whole busy timeout: True waits once
# more, False gives up (``give_up`` then says why). The GUI asks the user.
RetryPrompt = Callable[[], bool]


class BusyPolicy:
    """What happens when another process holds the write lock longer than the timeout."""

    def __init__(self, give_up: Callable[[], Exception]) -> None:
        self.give_up = give_up
        self.retry_prompt: RetryPrompt | None = None


# PostgreSQL's SQLSTATEs for "another transaction is in the way": lock_not_available
# (lock_timeout ran out), serialization_failure, deadlock_detected.
BUSY_SQLSTATES = frozenset({"55P03", "40001", "40P01"})


def is_busy(error: BaseException) -> bool:
    """True for SQLite's "database is locked" / "busy" after the timeout ran out, and for
    PostgreSQL's lock timeout, serialization failure and deadlock."""
    cause = getattr(error, "orig", error)
    if getattr(cause, "sqlstate", None) in BUSY_SQLSTATES:
        return True
    text = str(cause).lower()
    return "database is locked" in text or "database is busy" in text


class _WriteHolders(threading.local):
    """Per thread: the connections that currently hold an IMMEDIATE transaction."""

    def __init__(self) -> None:
        self.connections: set[int] = set()


_holders = _WriteHolders()


POSTGRESQL_READ_ONLY_BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"


def begin_transaction(connection: Any, policy: BusyPolicy | None) -> None:
    """SQLAlchemy's "begin" event: the BEGIN this connection's work needs."""
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    if connection.dialect.name == "postgresql":
        # BEGIN never waits on PostgreSQL: a row lock is waited for (up to lock_timeout)
        # by the statement that needs it; ``raise_when_busy`` turns that into the policy.
        connection.exec_driver_sql(POSTGRESQL_READ_ONLY_BEGIN if read_only else "BEGIN")
        return
    if read_only or _holders.connections:
        connection.exec_driver_sql("BEGIN")
        return
    while True:
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except OperationalError as error:
            if policy is None or not is_busy(error):
                raise
            if policy.retry_prompt is not None and policy.retry_prompt():
                continue
            raise policy.give_up() from None
        _holders.connections.add(id(connection))
        return


def end_transaction(connection: Any) -> None:
    """SQLAlchemy's "commit" and "rollback" events."""
    _holders.connections.discard(id(connection))


def raise_when_busy(context: Any, policy: BusyPolicy | None) -> None:
    """SQLAlchemy's "handle_error" event on a server: a statement that waited for another
    workstation's lock past ``lock_timeout`` (or lost a deadlock) gives up the way a busy
    SQLite BEGIN does. Its transaction is already void, so there is no waiting once more
    in it; the user repeats the action."""
    if policy is not None and is_busy(context.original_exception):
        raise policy.give_up() from context.original_exception


def create_sqlite_engine(
    path: Path, key: bytes | None = None, busy: BusyPolicy | None = None
) -> Engine:
    """An engine for the database file at ``path`` (created 0600 on first use).

    With ``key`` the file is a SQLCipher database; without, a plain SQLite file (only
    for reading a database from before encryption). ``busy`` decides what happens when
    another process keeps the write lock past the busy timeout (without: the error).
    SQL parameters never appear in error texts (``hide_parameters``): they are the
    club's data, and error texts reach the log and crash reports."""
    if not path.exists():
        files.touch_private(path)
    # Long work (imports, exports) runs in a worker thread; a pooled connection is only
    # ever used by one thread at a time, so sqlite3's same-thread check can be relaxed.
    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args=connect_args, hide_parameters=True)
    else:
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
        engine = create_engine(
            url, connect_args=connect_args, poolclass=QueuePool, hide_parameters=True
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda connection: begin_transaction(connection, busy))
    event.listen(engine, "commit", end_transaction)
    event.listen(engine, "rollback", end_transaction)
    return engine


def connect_raw(path: Path, key: bytes | None, read_only: bool = False) -> Any:
    """A DB-API connection outside SQLAlchemy (backups, checks, the upgrade)."""
    uri = f"{path.as_uri()}?mode=ro" if read_only else f"{path.as_uri()}?mode=rwc"
    if key is None:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    connection = sqlcipher3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    _quiet(connection)
    connection.execute(key_pragma(key))
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection
