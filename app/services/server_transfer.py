"""Moving a club into team mode and taking backups back out of it.

- ``import_to_server`` (``lotse server import``): an administrator's laptop database is
  copied into an empty Lotse database on a PostgreSQL server, in one transaction on the
  server, and kept only when every table's fingerprint (row count and SHA-256 of the
  typed rows) is the same on both sides; the server records the move in its audit trail.
- ``backup_server`` (``lotse backup`` in team mode): the server's rows are copied into a
  fresh encrypted SQLite database, verified the same way, and written as an ordinary
  ``.lotsebackup`` that laptop mode restores. Its new random key gets one slot per
  active account, wrapped with the account's stored argon2id password hash the way
  ``services/legacy.py`` encrypts an old database: each user opens the backup with their
  own password, and nobody's password is needed to write it. There is no recovery slot
  (a recovery key would have to be made and shown for every backup); after a restore an
  administrator makes a new recovery key in the settings.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Connection, Engine
from sqlmodel import Session, SQLModel

from app.domain.enums import AuditAction, Role
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.services.backups import backup_problem
from app.services.database import create_fresh
from app.services.errors import PermissionDenied, ServiceError, ValidationError
from app.services.i18n import translate
from app.services.legacy import slot_from_password_hash
from app.services.team import plain_server_errors
from app.storage import atomic, keyslots, transfer
from app.storage import backup as store
from app.storage.database import Database
from app.storage.server import create_server_engine
from app.storage.server_address import ServerAddress

Progress = Callable[[str], None]

SERVER_PASSWORD_ENV = "LOTSE_SERVER_PASSWORD"


class TransferRefused(ServiceError):
    """Nothing was copied, or the copy was not kept; both databases are as they were."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    sha256: str
    identical: bool


@dataclass(frozen=True)
class TransferReport:
    tables: tuple[TableCheck, ...]
    seconds: float
    # The server database was new: the import gave it Lotse's schema first.
    created_schema: bool = False

    @property
    def rows(self) -> int:
        return sum(check.rows for check in self.tables)

    @property
    def identical(self) -> bool:
        return all(check.identical for check in self.tables)


def connect_server(address: ServerAddress, password: str) -> Engine:
    """An engine for the server database, tried once: an unreachable server or a refused
    login is a plain message, not a failure halfway through."""
    engine = create_server_engine(address, password, None)
    try:
        with plain_server_errors(address), engine.connect():
            pass
    except BaseException:
        engine.dispose()
        raise
    return engine


def _copy_progress(progress: Progress | None) -> transfer.CopyProgress | None:
    if progress is None:
        return None

    def report(table: str, rows: int) -> None:
        progress(
            translate("Errors", "Copying {table}: {rows} rows…").format(table=table, rows=rows)
        )

    return report


def _refused(error: transfer.TransferRefused) -> TransferRefused:
    """The storage layer's refusal as a sentence for the user."""
    if isinstance(error, transfer.RevisionMismatch):
        message = translate(
            "Errors",
            "The database to copy is at schema version {source}, the one to copy into at "
            "{target}; both must be at the same version. Nothing was copied.",
        ).format(source=error.source or "–", target=error.target or "–")
    elif isinstance(error, transfer.TargetNotEmpty):
        message = translate(
            "Errors",
            "The server database is not empty ({cases} case files, {users} users, "
            "{rows} rows in all). Nothing was copied; import into a new, empty database.",
        ).format(
            cases=error.rows.get("participant", 0),
            users=error.rows.get("user", 0),
            rows=sum(error.rows.values()),
        )
    elif isinstance(error, transfer.RowRefused):
        message = translate(
            "Errors",
            "The target database refused a row of the table {table} ({reason}). "
            "Nothing was copied.",
        ).format(table=error.table, reason=error.reason)
    elif isinstance(error, transfer.TriggersLocked):
        message = translate(
            "Errors",
            "The server did not let Lotse switch off the triggers of the table {table} for "
            "the copy ({reason}). Import with the database account that owns Lotse's tables. "
            "Nothing was copied.",
        ).format(table=error.table, reason=error.reason)
    elif isinstance(error, transfer.CopyDiffers):
        message = translate(
            "Errors", "The copy differs from the original in: {tables}. Nothing was kept."
        ).format(tables=", ".join(error.tables))
    else:
        message = translate(
            "Errors",
            "The server database has tables but no Lotse schema version; Lotse writes only "
            "into a database it created. Use a new, empty database.",
        )
    return TransferRefused(message)


def _checks(
    source: dict[str, transfer.TableFingerprint], target: dict[str, transfer.TableFingerprint]
) -> tuple[TableCheck, ...]:
    return tuple(
        TableCheck(name, found.rows, found.sha256, found == target.get(name))
        for name, found in source.items()
    )


def _copy_and_verify(
    source: Connection, target: Connection, progress: Progress | None
) -> tuple[TableCheck, ...]:
    """Copy into ``target`` (emptied of seed rows) and compare; CopyDiffers rolls back."""
    transfer.clear_seed_rows(target)
    transfer.copy_rows(source, target, _copy_progress(progress))
    checks = _checks(transfer.fingerprints(source), transfer.fingerprints(target))
    differing = [check.table for check in checks if not check.identical]
    if differing:
        raise transfer.CopyDiffers(differing)
    return checks


def _require_admin(actor: Actor) -> None:
    if actor.current_role() != Role.ADMIN:
        raise PermissionDenied(
            translate("Errors", "Only an administrator may move the club's data to a server.")
        )


def import_to_server(
    source: Database, actor: Actor, target: Engine, progress: Progress | None = None
) -> TransferReport:
    """Copy the laptop database ``source`` into the empty server database ``target``.

    Refused unless ``actor`` is an administrator, both are at the same schema revision
    and the server holds nothing but the lists its migrations seed (those are replaced
    by the laptop's). A brand-new database (no tables) gets Lotse's schema first. One
    transaction on the server: a refusal or failure leaves it as it was."""
    _require_admin(actor)
    started = time.monotonic()
    try:
        with transfer.read_snapshot(source.engine) as reading, target.begin() as writing:
            created = transfer.migrate_new_database(writing)
            transfer.require_same_revision(reading, writing)
            if found := transfer.occupied(writing):
                raise transfer.TargetNotEmpty(found)
            checks = _copy_and_verify(reading, writing, progress)
            rows = sum(check.rows for check in checks)
            # After the comparison: the move itself is the server's first new event.
            moved = f"server import from {source.location.data_dir}: {rows} rows"
            with Session(bind=writing) as session:
                record(session, actor, AuditAction.IMPORT, "database", None, reason=moved)
                session.flush()
    except transfer.TransferRefused as error:
        raise _refused(error) from error
    transfer.analyze(target)
    return TransferReport(checks, time.monotonic() - started, created)


# -- backups of the server ----------------------------------------------------------


def _account_slots(connection: Connection, key: bytes) -> keyslots.KeyFile:
    """Key slots for every active account, each opened by that account's password."""
    keys = keyslots.new_key_file(key)
    users = SQLModel.metadata.tables["user"]
    accounts = connection.execute(
        sa.select(users.c.id, users.c.username, users.c.password_hash).where(
            users.c.active.is_(True)
        )
    )
    for user_id, username, password_hash in accounts:
        slot = slot_from_password_hash(keys, int(user_id), str(username), str(password_hash), key)
        if slot is not None:
            keys.slots.append(slot)
    return keys


def _target_file(target: Path) -> Path:
    if target.suffix != store.SUFFIX:
        target = target.with_name(target.name + store.SUFFIX)
    if target.is_dir() or not target.parent.is_dir():
        raise ValidationError(
            "file",
            translate("Errors", "Backup file: the folder {folder} does not exist.").format(
                folder=target.parent
            ),
        )
    return target


def backup_server(
    database: Database, actor: Actor, target_file: Path, progress: Progress | None = None
) -> Path:
    """Write a verified ``.lotsebackup`` of the server database ``database`` that laptop
    mode restores and each active account opens with its own password."""
    actor.require(Permission.BACKUP_MANAGE)
    target = _target_file(target_file)
    # Recorded before the copy is taken, so the backup holds its own record.
    with database.session() as session:
        record(session, actor, AuditAction.BACKUP, "database", None, reason=target.name)
        session.commit()
    scratch = atomic.partial_name(target.with_name(f"{target.name}.db"))
    key = keyslots.new_database_key()
    try:
        copy = create_fresh(scratch, target.parent, key)
        try:
            with transfer.read_snapshot(database.engine) as reading:
                revision = transfer.revision(reading)
                keys = _account_slots(reading, key)
                with copy.engine.begin() as writing:
                    transfer.require_same_revision(reading, writing)
                    _copy_and_verify(reading, writing, progress)
        finally:
            copy.close()
        store.write_backup(scratch, target, key, keys, revision)
    except transfer.TransferRefused as error:
        raise _refused(error) from error
    except (store.BackupInvalid, OSError) as error:
        raise backup_problem(error, target) from error
    finally:
        for leftover in (scratch, *(scratch.with_name(scratch.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return target
