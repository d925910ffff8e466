"""Writing a file the user asked for so that it is either complete or not there.

Reports, exports, templates, timesheets, agreements, the Notfallschlüssel and backups
are first written to a temporary file in the target folder (never the system temp
folder: it holds personal data in clear and must stay where the user put it), flushed
to disk and only then renamed over the target. A failure (a full disk, a bug) removes
the temporary file and leaves a previous file of that name as it was. A killed process
cannot clean up, so every later write into the same folder removes the leftovers of
processes that no longer run.
"""

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

PREFIX = ".~lotse-"
# .~lotse-<pid>-<random>-<target name>.part
# (SQLite's journal files of a partial database end in -journal, -wal or -shm.)
_LEFTOVER = re.compile(rf"^{re.escape(PREFIX)}(\d+)-[0-9a-f]+-.*\.part(-journal|-wal|-shm)?$")


def partial_name(target: Path) -> Path:
    return target.with_name(f"{PREFIX}{os.getpid()}-{secrets.token_hex(4)}-{target.name}.part")


@contextlib.contextmanager
def replaced_when_complete(target: Path) -> Iterator[Path]:
    """Yields the temporary path to write; on success it becomes ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target.parent)
    partial = partial_name(target)
    try:
        yield partial
        _flush_to_disk(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _flush_folder(target.parent)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove temporary files that killed Lotse processes left in ``folder``."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None or _running(int(match[1])):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        # Windows: a leftover of a live process is still open and cannot be removed,
        # so trying is safe; treat every other process as gone.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def _flush_to_disk(path: Path) -> None:
    # The writers (openpyxl's zip, reportlab) close their file without fsync; the rename
    # must not reach the disk before the content does.
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _flush_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
