"""Where the club's data lives, as the interface and the command line need it.

The UI and the CLI take these names from here, never from ``app/storage``: which
folder, how it was chosen, and what this computer remembers (data folder, language,
and in team mode the server: ``services/team.py``).
"""

import os
import shutil
import sqlite3
from pathlib import Path

from app.storage import user_config
from app.storage.files import is_plain_sqlite
from app.storage.location import Location as Location
from app.storage.location import Source as Source
from app.storage.location import chosen as chosen
from app.storage.location import default_location as default_location
from app.storage.location import remember as remember
from app.storage.location import resolve as resolve_location
from app.storage.server_address import AddressProblem


def resolve(data_dir: str | os.PathLike[str] | None = None, server: str | None = None) -> Location:
    """The data folder in force and, in team mode, the server (``storage/location.py``
    gives the order); an unusable server address is a ValidationError naming it."""
    try:
        return resolve_location(data_dir, server)
    except AddressProblem as problem:
        # Only now: the team-mode services load the whole database stack, and every
        # start (the login window first of all) passes through here.
        from app.services.team import address_error

        raise address_error(problem) from None


def remembered_language(config_file: Path | None = None) -> str | None:
    """The interface language chosen on this computer, if one was."""
    return user_config.read(config_file).language


def remember_language(language: str | None, config_file: Path | None = None) -> None:
    """Keep the interface language for the next start (None forgets it)."""
    user_config.remember_language(language, config_file)


def remove_open_copies(location: Location) -> None:
    """Delete the copies of documents opened in another program (``services/documents``)
    when a session ends and when the next begins: they are the only plain copies Lotse
    makes without being asked to save a file."""
    shutil.rmtree(location.open_dir, ignore_errors=True)


def is_initialised(location: Location) -> bool:
    """True when the data folder holds a database (an encrypted one, or a plain one from
    before encryption with an organisation in it). Always True in team mode: whether the
    server's database is set up is known only with its password (opening explains)."""
    if location.server is not None:
        return True
    path = location.database
    if not path.is_file():
        return False
    if not is_plain_sqlite(path):
        # Encrypted (or unreadable): not a fresh start either; opening explains.
        return path.stat().st_size > 0 or location.keys_file.is_file()
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT count(*) FROM organisation").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return True
    return bool(row and row[0])
