"""Backups: one encrypted file each, taken with SQLite's online backup API.

A backup file (``.lotsebackup``) holds a short header and the SQLCipher database:

    LOTSE-BACKUP 1\\n | 4-byte length | JSON header | the encrypted database

The header carries the key slots (never lockout state) so a backup can be opened on a
new computer with a password or the recovery key, the fingerprint of the database key,
and the SHA-256 of the database part. Nothing in it is readable without a key.

The backup API copies a consistent snapshot even while the file is in WAL mode, which
a plain file copy does not guarantee. Every backup is verified before it counts: the
copy is opened and passes ``PRAGMA integrity_check``, and the packed bytes are read back
against their hash.
"""

import contextlib
import hashlib
import json
import os
import re
import shutil
import struct
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.storage import atomic, files, keyslots
from app.storage.engine import connect_raw

MAGIC = b"LOTSE-BACKUP 1\n"
SUFFIX = ".lotsebackup"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^lotse-(?P<label>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6}-\d{6})\.lotsebackup$")
_CHUNK = 1 << 20


class BackupInvalid(Exception):
    """A file that is no readable Lotse backup; ``reason`` says why, in English."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BackupHeader:
    created: datetime
    key_id: str
    keys: keyslots.KeyFile | None
    size: int
    sha256: str
    schema: str | None


def backup_name(label: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"lotse-{label}-{stamp}{SUFFIX}"


def backup_file(
    source: Path,
    target_dir: Path,
    label: str,
    key: bytes,
    keys: keyslots.KeyFile | None,
    schema: str | None = None,
    when: datetime | None = None,
) -> Path:
    """Copy ``source`` into ``target_dir`` as ``lotse-<label>-<timestamp>.lotsebackup``."""
    files.private_dir(target_dir)
    return write_backup(source, target_dir / backup_name(label, when), key, keys, schema)


def write_backup(
    source: Path,
    target: Path,
    key: bytes,
    keys: keyslots.KeyFile | None,
    schema: str | None = None,
) -> Path:
    """Write a verified backup of the encrypted database ``source`` to ``target``."""
    # Temporary names a later write into the folder recognises after a kill.
    atomic.remove_leftovers(target.parent)
    scratch = atomic.partial_name(target.with_name(f"{target.name}.db"))
    packed = atomic.partial_name(target)
    try:
        _snapshot(source, scratch, key)
        problem = integrity(scratch, key)
        if problem != "ok":
            raise BackupInvalid(f"the copy failed the integrity check: {problem}")
        digest, size = _hash_file(scratch)
        header = {
            "format": 1,
            "created": datetime.now().isoformat(timespec="seconds"),
            "key_id": keyslots.key_id(key),
            "keys": _shareable(keys).to_json() if keys else None,
            "size": size,
            "sha256": digest,
            "schema": schema,
        }
        encoded = json.dumps(header).encode("utf-8")
        descriptor = os.open(packed, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, files.PRIVATE_FILE)
        with os.fdopen(descriptor, "wb") as stream, scratch.open("rb") as database:
            stream.write(MAGIC)
            stream.write(struct.pack(">I", len(encoded)))
            stream.write(encoded)
            shutil.copyfileobj(database, stream, _CHUNK)
            stream.flush()
            os.fsync(stream.fileno())
        files.restrict(packed)
        read_header(packed, check_content=True)  # what was written reads back whole
        os.replace(packed, target)
    finally:
        for leftover in (scratch, packed, *_sidecars(scratch)):
            leftover.unlink(missing_ok=True)
    return target


def _shareable(keys: keyslots.KeyFile) -> keyslots.KeyFile:
    """The key slots without the lockout counters and pending audit of this computer."""
    return keyslots.KeyFile(keys.salt, keys.key_id, list(keys.slots))


def _snapshot(source: Path, target: Path, key: bytes) -> None:
    target.unlink(missing_ok=True)
    files.touch_private(target)
    src = connect_raw(source, key, read_only=True)
    try:
        dst = connect_raw(target, key)
        try:
            src.backup(dst)
            # A self-contained file: no WAL beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def integrity(path: Path, key: bytes) -> str:
    """``ok``, or what SQLite's integrity check or the opening itself found."""
    try:
        connection = connect_raw(path, key, read_only=True)
    except Exception as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    except Exception as error:
        return str(error)
    finally:
        connection.close()
    result = "; ".join(str(row[0]) for row in rows)
    if result == "ok" and problems:
        return f"{len(problems)} foreign key problems"
    return result


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _read_exact(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise BackupInvalid("the file is cut short")
    return data


def read_header(path: Path, check_content: bool = False) -> BackupHeader:
    """The header of a backup file; ``check_content`` reads the database part against its
    hash too. Raises BackupInvalid for anything that is not a whole Lotse backup."""
    try:
        with path.open("rb") as stream:
            if stream.read(len(MAGIC)) != MAGIC:
                raise BackupInvalid("the file is not a Lotse backup")
            (length,) = struct.unpack(">I", _read_exact(stream, 4))
            if length > 10_000_000:
                raise BackupInvalid("the file is not a Lotse backup")
            raw: dict[str, Any] = json.loads(_read_exact(stream, length).decode("utf-8"))
            header = BackupHeader(
                created=datetime.fromisoformat(raw["created"]),
                key_id=str(raw["key_id"]),
                keys=keyslots.KeyFile.from_json(raw["keys"]) if raw.get("keys") else None,
                size=int(raw["size"]),
                sha256=str(raw["sha256"]),
                schema=raw.get("schema"),
            )
            if check_content:
                digest = hashlib.sha256()
                remaining = header.size
                while remaining > 0:
                    chunk = stream.read(min(_CHUNK, remaining))
                    if not chunk:
                        raise BackupInvalid("the file is cut short")
                    digest.update(chunk)
                    remaining -= len(chunk)
                if stream.read(1):
                    raise BackupInvalid("the file has data after its end")
                if digest.hexdigest() != header.sha256:
                    raise BackupInvalid("the file is damaged (its checksum does not match)")
            return header
    except OSError as error:
        raise BackupInvalid(error.strerror or str(error)) from error
    except (KeyError, TypeError, ValueError, struct.error) as error:
        raise BackupInvalid(f"the header is damaged ({error})") from error


def extract_database(path: Path, target: Path) -> BackupHeader:
    """Write the (still encrypted) database part of a verified backup to ``target``."""
    header = read_header(path, check_content=True)
    files.touch_private(target)
    with path.open("rb") as stream, target.open("wb") as out:
        stream.seek(len(MAGIC))
        (length,) = struct.unpack(">I", stream.read(4))
        stream.seek(length, os.SEEK_CUR)
        remaining = header.size
        while remaining > 0:
            chunk = stream.read(min(_CHUNK, remaining))
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return header


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    label: str
    taken: datetime


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups Lotse wrote into ``folder``, oldest first."""
    entries: list[BackupEntry] = []
    if not folder.is_dir():
        return entries
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        with contextlib.suppress(ValueError):
            taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
            entries.append(BackupEntry(path, match["label"], taken))
    return sorted(entries, key=lambda entry: entry.taken)


def backups_to_prune(
    entries: list[BackupEntry], today: date, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> list[BackupEntry]:
    """What the rule "the last 7 daily and 4 weekly backups" lets go.

    Kept: every backup of today (one taken before a restore or migration must survive the
    day), the newest backup of each of the ``daily`` latest days that have one, and the
    newest of each of the ``weekly`` latest calendar weeks beyond those."""
    newest_per_day: dict[date, BackupEntry] = {}
    for entry in entries:
        newest_per_day[entry.taken.date()] = entry  # entries are oldest first
    days = sorted(newest_per_day, reverse=True)
    keep = {entry.path for entry in entries if entry.taken.date() == today}
    keep.update(newest_per_day[day].path for day in days[:daily])
    weeks: dict[tuple[int, int], BackupEntry] = {}
    for day in days[daily:]:
        week = day.isocalendar()[:2]
        weeks.setdefault((week[0], week[1]), newest_per_day[day])
    for week in sorted(weeks, reverse=True)[:weekly]:
        keep.add(weeks[week].path)
    return [entry for entry in entries if entry.path not in keep]


def prune(folder: Path, today: date) -> list[Path]:
    removed = []
    for entry in backups_to_prune(list_backups(folder), today):
        entry.path.unlink(missing_ok=True)
        removed.append(entry.path)
    return removed


def has_backup_on(folder: Path, day: date) -> bool:
    return any(entry.taken.date() == day for entry in list_backups(folder))
