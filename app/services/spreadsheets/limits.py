"""Size limits checked before a spreadsheet is parsed, so a hostile file costs nothing.

An .xlsx or .ods file is a zip archive. A "zip bomb" of a few megabytes unpacks to
gigabytes: openpyxl ran past 300 s at 4 GB of memory on one. The archive's table of
contents states every member's packed and unpacked size (Python's zipfile never
unpacks more than the stated size), so it is read first and the file refused when

- the file itself is larger than ``MAX_FILE_BYTES`` (any format, CSV too),
- all members together would unpack to more than ``MAX_UNPACKED_BYTES``,
- a large member (over ``RATIO_FROM_BYTES`` unpacked) is packed more than
  ``MAX_RATIO`` times (spreadsheet XML packs about 5–20 times; bombs thousands),
- the archive has more than ``MAX_MEMBERS`` members.

The limits lie far above any club's list: 200,000 rows of the participant sheet (the
row limit of the import) are about 120 MB of sheet XML.
"""

import zipfile
from pathlib import Path

from app.services.errors import ServiceError
from app.services.i18n import translate

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FROM_BYTES = 5 * 1024 * 1024
MAX_MEMBERS = 10_000
ZIPPED = (".xlsx", ".xlsm", ".ods")


def _refused(path: Path, reason: str) -> ServiceError:
    return ServiceError(
        translate("Import", "The file {name} cannot be read: {reason}").format(
            name=path.name, reason=reason
        )
    )


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f}"


def check_file(path: Path) -> None:
    """Refuse ``path`` if it is too large or, for a zip-based workbook, a bomb."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise _refused(path, error.strerror or str(error)) from error
    if size > MAX_FILE_BYTES:
        raise _refused(
            path,
            translate("Import", "it has {size} MB; at most {limit} MB can be imported").format(
                size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES)
            ),
        )
    if path.suffix.lower() in ZIPPED and zipfile.is_zipfile(path):
        _check_archive(path)


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader reports a broken file in its own words
    unpacked = sum(member.file_size for member in members)
    suspicious = [
        member
        for member in members
        if member.file_size > RATIO_FROM_BYTES
        and member.file_size > MAX_RATIO * max(member.compress_size, 1)
    ]
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED_BYTES or suspicious:
        raise _refused(
            path,
            translate(
                "Import",
                "it would unpack to {size} MB (at most {limit} MB, packed at most {ratio} "
                "times, are allowed); it is not a normal spreadsheet and was not opened",
            ).format(
                size=_megabytes(unpacked),
                limit=_megabytes(MAX_UNPACKED_BYTES),
                ratio=MAX_RATIO,
            ),
        )
