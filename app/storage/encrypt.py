"""Encrypting a database from before encryption, once, without losing a row.

1. The plain file is copied aside with SQLite's backup API (``backups/``).
2. ``sqlcipher_export`` writes every table, index and trigger into a new encrypted file.
3. The copy is verified: every table has the same rows (count and SHA-256 of all rows in
   rowid order) and passes the integrity check.
4. The key file is written, then the encrypted file is renamed over the plain one
   (atomic): a crash before leaves the plain database as it was, after it the
   encrypted one with its keys.
5. Only then are the plain file's remains, the plain backups and plain drafts
   overwritten and removed; the caller tells the user where copies may remain.
"""

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from app.storage import files, keyslots
from app.storage.engine import connect_raw, is_plain_sqlite
from app.storage.search_index import is_index_table

ENCRYPTING_SUFFIX = ".encrypting"


class EncryptionFailed(Exception):
    pass


@dataclass(frozen=True)
class EncryptionResult:
    tables: int
    rows: int
    wiped: tuple[Path, ...]


def table_fingerprints(connection: Any) -> dict[str, tuple[int, str]]:
    """Per table: the number of rows and a SHA-256 over all rows in rowid order."""
    # The search index is derived from participant rows (and partly WITHOUT ROWID).
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
        if not is_index_table(row[0])
    ]
    result = {}
    for table in tables:
        digest = hashlib.sha256()
        count = 0
        for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(tuple(row)).encode("utf-8"))
            count += 1
        result[table] = (count, digest.hexdigest())
    return result


def encrypt_plain_database(
    path: Path, key: bytes, key_file: keyslots.KeyFile, backup_dir: Path, drafts_dir: Path
) -> EncryptionResult:
    """Turn the plain SQLite file at ``path`` into a SQLCipher file under ``key``."""
    from app.storage.backup import backup_name  # the name scheme of backups

    files.private_dir(backup_dir)
    plain_copy = backup_dir / backup_name("before-encryption").replace(".lotsebackup", ".sqlite3")
    target = path.with_name(path.name + ENCRYPTING_SUFFIX)
    for leftover in _with_sidecars(target):
        leftover.unlink(missing_ok=True)
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(plain_copy)
        try:
            source.backup(copy)
        finally:
            copy.close()
        files.restrict(plain_copy)
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = table_fingerprints(source)
    finally:
        source.close()

    files.touch_private(target)
    plain = sqlcipher3.connect(str(path))
    try:
        plain.execute("PRAGMA cipher_log_level = NONE")
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.commit()
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()

    check = connect_raw(target, key)
    try:
        after = table_fingerprints(check)
        integrity = "; ".join(str(r[0]) for r in check.execute("PRAGMA integrity_check"))
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    if after != before:
        different = sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))
        _discard(target)
        raise EncryptionFailed(f"the encrypted copy differs in {', '.join(different)}")
    if integrity != "ok":
        _discard(target)
        raise EncryptionFailed(f"the encrypted copy failed the integrity check: {integrity}")

    keyslots.save(keyslots.key_file_path(path), key_file)
    for sidecar in _with_sidecars(path)[1:]:
        files.wipe(sidecar)
    # A second name for the plain file keeps its blocks reachable after the atomic rename,
    # so they can be overwritten; a crash in between leaves it for wipe_leftovers().
    plain_bytes = leftover_path(path)
    plain_bytes.unlink(missing_ok=True)
    try:
        os.link(path, plain_bytes)
    except OSError:
        plain_bytes = path  # no hard links here: the rename alone has to do
    os.replace(target, path)
    wiped = [path]
    if plain_bytes != path:
        files.wipe(plain_bytes)
    for old in sorted(backup_dir.glob("*.sqlite3")):
        if is_plain_sqlite(old):
            files.wipe(old)
            wiped.append(old)
    for draft in sorted(drafts_dir.glob("*.json")) if drafts_dir.is_dir() else []:
        files.wipe(draft)
        wiped.append(draft)
    rows = sum(count for count, _ in after.values())
    return EncryptionResult(len(after), rows, tuple(wiped))


def leftover_path(path: Path) -> Path:
    return path.with_name(path.name + ".plain")


def wipe_leftovers(path: Path) -> None:
    """What an encryption interrupted by a crash may have left in plain text."""
    files.wipe(leftover_path(path))
    for candidate in _with_sidecars(path.with_name(path.name + ENCRYPTING_SUFFIX)):
        candidate.unlink(missing_ok=True)


def _with_sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]


def _discard(path: Path) -> None:
    for candidate in _with_sidecars(path):
        candidate.unlink(missing_ok=True)
