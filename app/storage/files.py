"""Folders and files only their owner can read (0700 and 0600 on Linux and macOS).

Every folder and file Lotse creates in the data folder goes through here. On
Windows the modes are ignored; the user's profile folders are private there.
Writes are atomic: a temporary file in the same folder, flushed, then renamed.
"""

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    restrict(path)
    return path


def restrict(path: Path) -> None:
    """Make an existing file 0600, a folder 0700 (no-op where modes do not exist)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)


def touch_private(path: Path) -> None:
    """Create an empty file with mode 0600 if it does not exist (SQLite keeps the mode
    for the WAL and shared-memory files it creates beside a database)."""
    private_dir(path.parent)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    os.close(descriptor)
    restrict(path)


def write_private(path: Path, content: bytes) -> None:
    """Replace ``path`` atomically with ``content``, mode 0600."""
    private_dir(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        restrict(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def wipe(path: Path) -> None:
    """Overwrite a file with zeros before removing it (best effort: an SSD or a copy-on-write
    file system may keep old blocks, which is why the user is told where copies may remain)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with path.open("r+b") as stream:
            chunk = b"\0" * 65536
            remaining = size
            while remaining > 0:
                written = stream.write(chunk[: min(remaining, len(chunk))])
                remaining -= written
            stream.flush()
            os.fsync(stream.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (a database from before encryption)."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False
