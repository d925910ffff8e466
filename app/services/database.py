"""Opening the club's database: refuse what is wrong, migrate what is old."""

import os
import sqlite3
import tempfile
from pathlib import Path

from app.services.errors import NotInitialised, ServiceError, storage_message
from app.services.i18n import translate
from app.storage.database import Database as Database
from app.storage.engine import create_sqlite_engine
from app.storage.errors import DataDirNotWritable, StorageError
from app.storage.location import Location
from app.storage.migrate import refuse_if_too_new, upgrade


class StorageProblem(ServiceError):
    """A known problem with the data folder or file, explained in plain words."""


def migration_notices(database: Database) -> list[str]:
    """The corrections the last migration made, as sentences for the user."""
    sentences = []
    for notice in database.notices:
        code, _, count = notice.partition(":")
        if code == "questionnaires_reset":
            sentences.append(
                translate(
                    "Errors",
                    "{count} ESF entry questionnaire(s) had been saved untouched with answers "
                    "the old form pre-selected. They were reset to 'not yet asked' and are now "
                    "listed as missing on the start page and in the ESF report.",
                ).format(count=count)
            )
        else:
            sentences.append(notice)
    return sentences


def is_initialised(location: Location) -> bool:
    """True when the data folder holds a database with an organisation in it."""
    path = location.database
    if not path.is_file():
        return False
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT count(*) FROM organisation").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        # Unreadable or too new: not a fresh start either; opening explains it.
        return True
    return bool(row and row[0])


def ensure_writable(directory: Path) -> None:
    """Create ``directory`` if needed and prove that files can be written in it."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".lotse-probe-"):
            pass
    except OSError as error:
        raise StorageProblem(
            storage_message(DataDirNotWritable(str(directory), error.strerror or str(error)))
        ) from error


def open_database(location: Location) -> Database:
    """Open the existing database, migrating it to this version's schema first."""
    if not is_initialised(location):
        raise NotInitialised(
            translate(
                "Errors", "There is no Lotse database in {path} yet. Run 'lotse init' first."
            ).format(path=location.data_dir)
        )
    try:
        refuse_if_too_new(location.database)
        if not os.access(location.data_dir, os.W_OK):
            raise DataDirNotWritable(str(location.data_dir), "no write permission")
        engine = create_sqlite_engine(location.database)
        try:
            result = upgrade(engine, location.database, location.backup_dir)
        except BaseException:
            engine.dispose()
            raise
    except StorageError as error:
        raise StorageProblem(storage_message(error)) from error
    return Database(location, engine, result.notices)


def create_fresh(path: Path, backup_dir: Path) -> Database:
    """A new database file at ``path`` with the full schema (used by setup)."""
    engine = create_sqlite_engine(path)
    try:
        upgrade(engine, path, backup_dir)
    except StorageError as error:
        engine.dispose()
        raise StorageProblem(storage_message(error)) from error
    return Database(Location(path.parent, portable=True), engine)
