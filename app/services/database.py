"""Opening the club's database: refuse what is wrong, migrate what is old.

The database is a SQLCipher file; its key comes from a key slot (``services/auth.py``
for a password, ``services/recovery.py`` for the recovery key). A database from before
encryption is recognised here (``needs_encryption``) and encrypted at the first
administrator's login.

In team mode (``location.server``) the database is on a PostgreSQL server instead
(``open_server``): opened with the server password, migrated by the first workstation
that starts a newer Lotse.
"""

import os
import sqlite3
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from app.services.data_folder import is_initialised as is_initialised
from app.services.errors import NotInitialised, ServiceError, storage_message
from app.services.i18n import translate
from app.services.search_keys import refresh_search_keys
from app.services.team import (
    ServerAddress,
    not_a_lotse_server,
    plain_server_errors,
    watch_connection,
)
from app.storage import files, keyslots
from app.storage.database import Database as Database
from app.storage.encrypt import wipe_leftovers
from app.storage.engine import BusyPolicy, RetryPrompt, create_sqlite_engine, is_plain_sqlite
from app.storage.errors import DatabaseUnreadable, DataDirNotWritable, StorageError
from app.storage.location import Location
from app.storage.migrate import (
    known_revisions,
    refuse_if_too_new,
    refuse_if_too_new_server,
    upgrade,
    upgrade_server,
)
from app.storage.server import Contents, create_server_engine, drafts_key, server_contents


class StorageProblem(ServiceError):
    """A known problem with the data folder or file, explained in plain words."""


class DatabaseBusy(ServiceError):
    """Another process kept the database's write lock for the whole busy timeout."""


def busy_message() -> str:
    return translate(
        "Errors",
        "Another process is writing to the database right now (an import, a backup or "
        "another Lotse). Lotse waited 10 seconds; nothing was changed. Please try again "
        "in a moment.",
    )


def _busy_error() -> Exception:
    return DatabaseBusy(busy_message())


# One policy for every engine this process opens; the GUI sets its prompt.
BUSY = BusyPolicy(_busy_error)


def set_busy_prompt(prompt: RetryPrompt | None) -> None:
    """Who is asked "wait once more?" when the write lock stays taken (the GUI asks the
    user; without a prompt the action is refused with ``DatabaseBusy``)."""
    BUSY.retry_prompt = prompt


def migration_notices(database: Database) -> list[str]:
    """The corrections the last migration made, as sentences for the user."""
    sentences = []
    for notice in database.notices:
        code, _, count = notice.partition(":")
        if code == "questionnaires_reset":
            sentences.append(
                translate(
                    "Errors",
                    "%n ESF entry questionnaire(s) had been saved untouched with answers "
                    "the old form pre-selected. They were reset to 'not yet asked' and are now "
                    "listed as missing on the start page and in the ESF report.",
                    None,
                    int(count),
                )
            )
        elif code == "recognition_procedures":
            sentences.append(
                translate(
                    "Errors",
                    "%n case file(s) had a reference occupation or recognition status. "
                    "Each now has a first recognition procedure (tab Recognition) with what "
                    "was recorded; dates were never asked and are empty.",
                    None,
                    int(count),
                )
            )
        else:
            sentences.append(notice)
    return sentences


def needs_encryption(location: Location) -> bool:
    """True for a database written before Lotse encrypted its data."""
    return is_plain_sqlite(location.database) and not _foreign_plain(location.database)


def _foreign_plain(path: Path) -> bool:
    """True for a plain SQLite file without Lotse's schema (somebody else's database)."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except sqlite3.Error:
        return False  # damaged: opening explains
    return not {"alembic_version", "organisation"} <= tables


def not_a_lotse_database(path: Path) -> StorageProblem:
    return StorageProblem(
        translate(
            "Errors",
            "The file {path} is not a Lotse database (it has no Lotse tables, or it is "
            "empty). Lotse did not change it. Choose another data folder or restore a backup.",
        ).format(path=path)
    )


def ensure_writable(directory: Path) -> None:
    """Create ``directory`` (0700) if needed and prove that files can be written in it."""
    try:
        files.private_dir(directory)
        probe = directory / f".lotse-probe-{os.getpid()}"
        files.touch_private(probe)
        probe.unlink()
    except OSError as error:
        raise StorageProblem(
            storage_message(DataDirNotWritable(str(directory), error.strerror or str(error)))
        ) from error


def load_keys(location: Location) -> keyslots.KeyFile:
    """The key slots of the database; a missing or damaged key file is a plain message."""
    try:
        keys = keyslots.load(location.keys_file)
    except ValueError as error:
        raise StorageProblem(
            translate(
                "Errors",
                "The key file {path} is damaged, so no password can open the database. "
                "Restore it from a backup, or restore a whole backup (Lotse backups carry "
                "their keys).",
            ).format(path=location.keys_file)
        ) from error
    if keys is None:
        raise StorageProblem(
            translate(
                "Errors",
                "The key file {path} is missing, so no password can open the database. "
                "Put the file lotse.keys back beside lotse.sqlite3, or restore a backup.",
            ).format(path=location.keys_file)
        )
    return keys


def save_keys(location: Location, keys: keyslots.KeyFile) -> None:
    keyslots.save(location.keys_file, keys)


def prepare_opening() -> None:
    """Do what opening a database needs besides its key (read the migrations the package
    ships, set up the ORM's mappings), so a login can do it while the user still types."""
    known_revisions()
    configure_mappers()


def open_database(location: Location, key: bytes) -> Database:
    """Open the existing encrypted database with ``key``, migrating it first."""
    if not is_initialised(location):
        raise NotInitialised(
            translate(
                "Errors", "There is no Lotse database in {path} yet. Run 'lotse init' first."
            ).format(path=location.data_dir)
        )
    path = location.database
    if path.stat().st_size == 0 or (is_plain_sqlite(path) and _foreign_plain(path)):
        raise not_a_lotse_database(path)
    try:
        wipe_leftovers(location.database)
        if refuse_if_too_new(location.database, key) is None:
            # Readable with our key but without a schema version: never write Lotse's
            # schema into a file that Lotse did not create.
            raise not_a_lotse_database(path)
        if not os.access(location.data_dir, os.W_OK):
            raise DataDirNotWritable(str(location.data_dir), "no write permission")
        files.restrict(location.data_dir)
        files.restrict(location.database)
        engine = create_sqlite_engine(location.database, key, BUSY)
        try:
            result = upgrade(engine, location.database, location.backup_dir, key)
        except BaseException:
            engine.dispose()
            raise
    except DatabaseUnreadable as error:
        if needs_encryption(location):
            raise StorageProblem(storage_message(error)) from error
        raise StorageProblem(
            translate(
                "Errors",
                "The database {path} cannot be opened with this key: the file is damaged or "
                "belongs to other keys ({reason}).",
            ).format(path=location.database, reason=error.reason)
        ) from error
    except StorageError as error:
        raise StorageProblem(storage_message(error)) from error
    database = Database(location, engine, key, result.notices)
    refreshed = refresh_search_keys(database)
    if result.backup is not None or refreshed:  # migrated or keys rewritten
        database.optimize(after_bulk_change=True)
    return database


def create_fresh(path: Path, backup_dir: Path, key: bytes) -> Database:
    """A new encrypted database file at ``path`` with the full schema (used by setup)."""
    engine = create_sqlite_engine(path, key, BUSY)
    try:
        upgrade(engine, path, backup_dir, key)
    except StorageError as error:
        engine.dispose()
        raise StorageProblem(storage_message(error)) from error
    return Database(Location(path.parent, portable=True), engine, key)


def server_not_initialised(address: ServerAddress) -> NotInitialised:
    return NotInitialised(
        translate(
            "Errors",
            "There is no Lotse database on the server yet ({server}). Set it up first: "
            "lotse init --server '{server}' --org NAME --admin USER",
        ).format(server=address.display())
    )


def open_server(location: Location, password: str) -> Database:
    """Open the club's database on ``location.server`` with the server password,
    migrating it first. The drafts key of this workstation is ``Database.key``."""
    address = location.server
    assert address is not None, "open_server needs a team-mode location"
    engine = create_server_engine(address, password, BUSY)
    try:
        with plain_server_errors(address):
            with engine.connect() as connection:
                contents = server_contents(connection)
            if contents is Contents.FOREIGN:
                raise not_a_lotse_server(address)
            if contents is not Contents.CLUB:
                raise server_not_initialised(address)
            refuse_if_too_new_server(engine)
            result = upgrade_server(engine)
    except StorageError as error:
        engine.dispose()
        raise StorageProblem(storage_message(error)) from error
    except BaseException:
        engine.dispose()
        raise
    watch_connection(engine, address)
    database = Database(location, engine, drafts_key(address, password), result.notices)
    refreshed = refresh_search_keys(database)
    if result.notices or refreshed:  # migrated data or keys rewritten
        database.optimize(after_bulk_change=True)
    return database
