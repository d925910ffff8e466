"""The one place that decides every directory and file Lotse uses.

The data folder, first match wins:

1. ``--data-dir DIR`` (the ``data_dir`` argument of ``resolve``);
2. the ``LOTSE_DATA_DIR`` environment variable;
3. portable mode: a file named ``portable`` beside the frozen executable puts
   the data into ``data`` beside the program (a Lotse on a USB stick);
4. the folder chosen in the first-run assistant, remembered in the user
   config file (``user_config.py``);
5. the platform's user data folder of "Lotse".

With any folder but the default, logs and backups stay inside that folder
too, so a portable Lotse leaves nothing on the host computer.

Team mode keeps the club's database on a PostgreSQL server (``server.py``); the data
folder then holds only what stays on the workstation (drafts, logs, open copies,
``lotse.ini``), never ``lotse.sqlite3`` or ``lotse.keys``. Which server, first match wins:

1. ``--server URL`` (the ``server`` argument of ``resolve``);
2. the ``LOTSE_SERVER`` environment variable;
3. the server remembered in the user config file;
4. none: laptop mode, the database file in the data folder.
"""

import os
import sys
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

import platformdirs

from app.storage import user_config
from app.storage.server_address import ServerAddress, parse_url

APP_NAME = "Lotse"
DATA_DIR_ENV = "LOTSE_DATA_DIR"
SERVER_ENV = "LOTSE_SERVER"
DATABASE_FILE = "lotse.sqlite3"
KEYS_FILE = "lotse.keys"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_DIR = "data"


class Source(StrEnum):
    """Why the data folder is where it is."""

    ARGUMENT = "argument"
    ENVIRONMENT = "environment"
    PORTABLE = "portable"
    REMEMBERED = "remembered"
    DEFAULT = "default"


@dataclass(frozen=True)
class Location:
    data_dir: Path
    portable: bool
    source: Source = Source.ARGUMENT
    # Team mode: the club's database is on this server, not in the data folder.
    server: ServerAddress | None = None

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def keys_file(self) -> Path:
        """The key slots (``keyslots.py``): readable before the database is open."""
        return self.data_dir / KEYS_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def open_dir(self) -> Path:
        """Copies of documents opened in another program; removed when Lotse closes
        and at its next start (the only plain copies Lotse makes on its own)."""
        return self.data_dir / "open"

    @property
    def log_dir(self) -> Path:
        if self.portable:
            return self.data_dir / "logs"
        return platformdirs.user_log_path(APP_NAME, appauthor=False)

    @property
    def log_file(self) -> Path:
        return self.log_dir / "lotse.log"

    @property
    def config_file(self) -> Path:
        """Where this Lotse remembers its choices: beside the data when portable."""
        if self.source is Source.PORTABLE:
            return self.data_dir / user_config.CONFIG_FILE
        return user_config.default_config_file()

    @property
    def can_choose(self) -> bool:
        """False when the folder is fixed by --data-dir, the environment or portable mode."""
        return self.source in (Source.REMEMBERED, Source.DEFAULT)


def resolve(data_dir: str | os.PathLike[str] | None = None, server: str | None = None) -> Location:
    """The location in force (see the module docstring for both orders).

    A server address that cannot be used raises ``server.AddressProblem``."""
    folder = _resolve_folder(data_dir)
    address = resolve_server(server, folder.config_file)
    return folder if address is None else replace(folder, server=address)


def resolve_server(argument: str | None, config_file: Path | None = None) -> ServerAddress | None:
    """The server of team mode, if one is chosen (``--server``, environment, remembered)."""
    text = argument or os.environ.get(SERVER_ENV) or user_config.read(config_file).server
    return parse_url(text) if text else None


def _resolve_folder(data_dir: str | os.PathLike[str] | None) -> Location:
    if data_dir:
        return Location(_absolute(data_dir), portable=True, source=Source.ARGUMENT)
    from_environment = os.environ.get(DATA_DIR_ENV)
    if from_environment:
        return Location(_absolute(from_environment), portable=True, source=Source.ENVIRONMENT)
    beside_program = portable_data_dir()
    if beside_program is not None:
        return Location(beside_program, portable=True, source=Source.PORTABLE)
    remembered = user_config.read().data_dir
    if remembered is not None:
        return chosen(remembered)
    return default_location()


def default_location() -> Location:
    return Location(
        platformdirs.user_data_path(APP_NAME, appauthor=False),
        portable=False,
        source=Source.DEFAULT,
    )


def chosen(folder: str | os.PathLike[str]) -> Location:
    """The location of a folder the user picked; the default folder stays the default."""
    path = _absolute(folder)
    default = default_location()
    if path == default.data_dir:
        return default
    return Location(path, portable=True, source=Source.REMEMBERED)


def remember(location: Location) -> None:
    """Keep a chosen folder for the next start (the default one is not written down)."""
    if location.can_choose:
        folder = location.data_dir if location.source is Source.REMEMBERED else None
        user_config.remember_data_dir(folder, location.config_file)


def program_dir() -> Path | None:
    """The folder of the frozen executable; None when Lotse runs from a Python install."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir() -> Path | None:
    """``data`` beside the program when a ``portable`` marker file is there."""
    folder = program_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA_DIR


def _absolute(folder: str | os.PathLike[str]) -> Path:
    return Path(folder).expanduser().resolve()
