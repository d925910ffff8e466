"""Backups the club can use: make one, restore one, and the automatic ones.

- ``create_backup``: Datei → "Sicherung erstellen…" and ``lotse backup --out FILE``.
  The backup is one encrypted file, verified before success is reported; one written
  outside the data folder (a USB stick, a network drive) is remembered, and the start
  page warns when the last such copy is older than a configurable number of days.
- ``restore_backup``: verifies the backup (header, checksum, key, integrity, schema)
  before anything is replaced; the replaced database is itself kept as a backup; the
  database is then migrated as at every opening.
- ``daily_backup``: at the first login of a day, into ``backups/``; before every
  migration and restore too. ``backups/`` keeps the last 7 daily and 4 weekly ones.

In team mode the server is backed up by its administrator (pg_dump): no daily or
folder backups are written on a workstation, and a restore is the server's business.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.enums import AuditAction
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.services.database import StorageProblem, load_keys, open_database, save_keys
from app.services.errors import ServiceError, ValidationError
from app.services.i18n import translate
from app.services.settings import (
    BACKUP_WARNING_DAYS,
    LAST_EXTERNAL_BACKUP,
    get_setting,
    write_setting,
)
from app.storage import backup as store
from app.storage import files, keyslots
from app.storage.database import Database
from app.storage.location import Location
from app.storage.migrate import known_revisions


class RestoreRefused(ServiceError):
    """The file was not restored; the current database is unchanged."""


def _on_server(database: Database) -> bool:
    return database.location.server is not None


def _keys(database: Database) -> keyslots.KeyFile:
    return load_keys(database.location)


def _current_revision(database: Database) -> str | None:
    with database.read_connection() as connection:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return str(row[0]) if row else None


def daily_backup(database: Database, today: date | None = None) -> Path | None:
    """The automatic backup of the day, if there is none yet; prunes ``backups/``.
    None in team mode: the server is backed up with pg_dump."""
    if _on_server(database):
        return None
    day = today or date.today()
    folder = database.location.backup_dir
    if store.has_backup_on(folder, day):
        return None
    path = store.backup_file(
        database.location.database,
        folder,
        "daily",
        database.key,
        _keys(database),
        _current_revision(database),
        when=datetime.combine(day, datetime.now().time()),
    )
    store.prune(folder, day)
    return path


def replace_folder_backups(database: Database, label: str) -> Path | None:
    """Write a backup of the database as it is now into ``backups/`` and remove the older
    ones there (after an anonymisation or erasure they still hold what was removed).
    None in team mode: a workstation keeps no backups of the server."""
    if _on_server(database):
        return None
    folder = database.location.backup_dir
    older = store.list_backups(folder)
    fresh = store.backup_file(
        database.location.database,
        folder,
        label,
        database.key,
        _keys(database),
        _current_revision(database),
    )
    for entry in older:
        if entry.path != fresh:
            entry.path.unlink(missing_ok=True)
    return fresh


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def create_backup(database: Database, actor: Actor, target: Path) -> Path:
    """Write a verified backup to ``target`` (``.lotsebackup`` is added when missing)."""
    actor.require(Permission.BACKUP_MANAGE)
    if _on_server(database):
        # A file the laptop mode restores: every user opens it with their own password.
        from app.services.server_transfer import backup_server

        return backup_server(database, actor, target)
    if target.suffix != store.SUFFIX:
        target = target.with_name(target.name + store.SUFFIX)
    if target.is_dir() or not target.parent.is_dir():
        raise ValidationError(
            "file",
            translate("Errors", "Backup file: the folder {folder} does not exist.").format(
                folder=target.parent
            ),
        )
    external = not _inside(target, database.location.data_dir)
    # The audit record is written before the file exists, so no copy leaves unrecorded.
    with database.session() as session:
        record(session, actor, AuditAction.BACKUP, "database", None, reason=target.name)
        if external:
            write_setting(session, LAST_EXTERNAL_BACKUP, datetime.now().isoformat("T", "seconds"))
        session.commit()
    try:
        store.write_backup(
            database.location.database,
            target,
            database.key,
            _keys(database),
            _current_revision(database),
        )
    except (store.BackupInvalid, OSError) as error:
        raise backup_problem(error, target) from error
    return target


def backup_problem(error: store.BackupInvalid | OSError, target: Path) -> StorageProblem:
    """Why a backup was not kept, in plain words (a laptop's and a server's alike)."""
    if isinstance(error, store.BackupInvalid):
        return StorageProblem(
            translate(
                "Errors", "The backup could not be verified and was not kept: {reason}"
            ).format(reason=error.reason)
        )
    return StorageProblem(
        translate("Errors", "The backup could not be written to {path}: {reason}").format(
            path=target, reason=error.strerror or str(error)
        )
    )


@dataclass(frozen=True)
class BackupAge:
    last_external: datetime | None
    warn_after_days: int

    def is_overdue(self, now: datetime | None = None) -> bool:
        if self.warn_after_days <= 0:
            return False
        if self.last_external is None:
            return True
        return ((now or datetime.now()) - self.last_external).days >= self.warn_after_days


def backup_age(database: Database) -> BackupAge:
    """When the last backup was copied outside the data folder (start page warning).
    Never overdue on a server: its administrator backs it up with pg_dump, and a
    workstation's folder holds none of the club's data."""
    if _on_server(database):
        return BackupAge(None, 0)
    last = get_setting(database, LAST_EXTERNAL_BACKUP)
    days = get_setting(database, BACKUP_WARNING_DAYS)
    return BackupAge(datetime.fromisoformat(last) if last else None, int(days))


def _refused(reason: str) -> RestoreRefused:
    return RestoreRefused(
        translate(
            "Errors",
            "The file was not restored and the current database is unchanged: {reason}",
        ).format(reason=reason)
    )


def _check_backup(
    location: Location, source: Path, key: bytes, keys: keyslots.KeyFile, username: str,
    password: str,
) -> tuple[Path, bytes, keyslots.KeyFile | None]:  # fmt: skip
    """Extract and verify ``source``; returns the extracted database, its key, and the key
    slots to use with it (None: the current ones)."""
    try:
        header = store.read_header(source, check_content=True)
    except store.BackupInvalid as error:
        reason = (
            translate("Errors", "the file is not a Lotse backup")
            if "not a Lotse backup" in error.reason
            else translate("Errors", "the file is damaged ({detail})").format(detail=error.reason)
        )
        raise _refused(reason) from error
    backup_key: bytes | None = key if header.key_id == keyslots.key_id(key) else None
    slots: keyslots.KeyFile | None = None
    if backup_key is None and header.keys is not None:
        # A backup made under other keys (another computer, before a new set-up): the
        # restoring user's password has to open one of its slots.
        slot = header.keys.user_slot(username.strip().lower())
        opened = slot.open(password) if slot is not None else None
        if opened is not None and keyslots.key_id(opened) == header.key_id:
            backup_key, slots = opened, header.keys
    if backup_key is None:
        raise _refused(
            translate(
                "Errors",
                "the backup belongs to another Lotse database, and your password does not open it",
            )
        )
    if header.schema is not None and header.schema not in known_revisions():
        raise _refused(translate("Errors", "the backup was made by a newer version of Lotse"))
    scratch = location.data_dir / ".restoring.sqlite3"
    _remove(scratch)
    try:
        store.extract_database(source, scratch)
        problem = store.integrity(scratch, backup_key)
    except (store.BackupInvalid, OSError) as error:
        _remove(scratch)
        raise _refused(str(error)) from error
    if problem != "ok":
        _remove(scratch)
        raise _refused(
            translate("Errors", "the backup failed the integrity check ({detail})").format(
                detail=problem
            )
        )
    return scratch, backup_key, slots


def _remove(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
        candidate.unlink(missing_ok=True)


@dataclass(frozen=True)
class Restored:
    database: Database
    replaced_copy: Path  # the database as it was before, kept as a backup


def restore_backup(
    database: Database,
    actor: Actor,
    source: Path,
    password: str,
    progress: Callable[[str], None] | None = None,
) -> Restored:
    """Replace the database with a verified backup; ``database`` is closed and the returned
    one is open (migrated). The acting admin's password opens backups made under other
    keys. Nothing is changed when anything is wrong with the file."""
    actor.require(Permission.BACKUP_MANAGE)
    if _on_server(database):
        raise _refused(
            translate(
                "Errors",
                "a database on a server is restored by the server's administrator (from its "
                "pg_dump backups), not from a Lotse backup file",
            )
        )
    location = database.location
    if not source.is_file():
        raise ValidationError(
            "file",
            translate("Errors", "Backup file: {path} does not exist.").format(path=source),
        )
    keys = _keys(database)
    scratch, key, slots = _check_backup(
        location, source, database.key, keys, actor.username, password
    )
    try:
        if progress:
            progress(translate("Errors", "Keeping the current database as a backup…"))
        with database.session() as session:
            record(session, actor, AuditAction.RESTORE, "database", None, reason=source.name)
            session.commit()
        replaced = store.backup_file(
            location.database,
            location.backup_dir,
            "before-restore",
            database.key,
            keys,
            _current_revision(database),
        )
    except BaseException:
        _remove(scratch)
        raise
    database.close()
    if slots is not None:
        kept = keyslots.KeyFile(slots.salt, slots.key_id, list(slots.slots), keys.lockouts)
        save_keys(location, kept)
    for sidecar in ("-wal", "-shm"):
        path = location.database.with_name(location.database.name + sidecar)
        path.unlink(missing_ok=True)
    os.replace(scratch, location.database)
    files.restrict(location.database)
    if progress:
        progress(translate("Errors", "Opening the restored database…"))
    restored = open_database(location, key)
    with restored.session() as session:
        # The acting account may not exist in the restored database: named, not linked.
        record(session, None, AuditAction.RESTORE, "database", None, reason=source.name,
               username=actor.username)  # fmt: skip
        session.commit()
    store.prune(location.backup_dir, date.today())
    return Restored(restored, replaced)
