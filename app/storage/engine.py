"""Creating the SQLAlchemy engine with the pragmas every connection needs.

A Lotse database is a SQLCipher 4 file: every connection first gives the random
database key (``PRAGMA key`` with the raw key, so no passphrase derivation runs per
connection), then sets the pragmas. Only the one-time upgrade of a database from
before encryption opens a plain SQLite file (``key=None``).
"""

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.storage import files

BUSY_TIMEOUT_MS = 10_000
PLAIN_HEADER = b"SQLite format 3\x00"


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


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine for the database file at ``path`` (created 0600 on first use).

    With ``key`` the file is a SQLCipher database; without, a plain SQLite file (only
    for reading a database from before encryption)."""
    if not path.exists():
        files.touch_private(path)
    # Long work (imports, exports) runs in a worker thread; a pooled connection is only
    # ever used by one thread at a time, so sqlite3's same-thread check can be relaxed.
    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args=connect_args)
    else:
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
        engine = create_engine(url, connect_args=connect_args, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
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


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (a database from before encryption)."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False
