"""The one place that decides every directory and file Lotse uses.

By default the database lives in the platform's user data directory of
"Lotse". A data directory given with ``--data-dir`` or the ``LOTSE_DATA_DIR``
environment variable replaces it (portable use from a USB stick, and tests);
logs and backups then stay inside that directory too, so a portable Lotse
leaves nothing on the host computer.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Lotse"
DATA_DIR_ENV = "LOTSE_DATA_DIR"
DATABASE_FILE = "lotse.sqlite3"


@dataclass(frozen=True)
class Location:
    data_dir: Path
    portable: bool

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def log_dir(self) -> Path:
        if self.portable:
            return self.data_dir / "logs"
        return platformdirs.user_log_path(APP_NAME, appauthor=False)

    @property
    def log_file(self) -> Path:
        return self.log_dir / "lotse.log"


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Location:
    """The location in force: explicit argument, then environment, then platform default."""
    chosen = data_dir if data_dir else os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Location(Path(chosen).expanduser().resolve(), portable=True)
    return Location(platformdirs.user_data_path(APP_NAME, appauthor=False), portable=False)
