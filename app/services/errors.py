"""Errors a user can act on. Each carries one translated sentence for the user."""

import errno
from collections.abc import Callable
from typing import Self, TypeVar

from app.services.i18n import translate
from app.storage.errors import (
    DatabaseTooNew,
    DatabaseUnreadable,
    DataDirNotWritable,
    MigrationFailed,
    StorageError,
)

T = TypeVar("T")


class ServiceError(Exception):
    """A refusal with a plain message; never a programming error."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Bad input: names the field and what is allowed.

    One error may carry the problems of several fields (``problems``, in form
    order), so a form shows them all at once; ``field`` and ``message`` are the
    first.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.problems: list[tuple[str, str]] = [(field, message)]

    @classmethod
    def of(cls, problems: list[tuple[str, str]]) -> Self:
        """All ``(field, message)`` problems as one error; ``problems`` is not empty."""
        error = cls(*problems[0])
        error.problems = list(problems)
        error.message = "\n".join(message for _, message in problems)
        error.args = (error.message,)
        return error


class Problems:
    """Collects the validation problems of one form instead of stopping at the first.

    ``value = problems.check(lambda: parse(...))`` returns the value, or None
    after noting the problem; ``raise_any()`` raises them all together.
    """

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    def check(self, produce: Callable[[], T]) -> T | None:
        try:
            return produce()
        except ValidationError as error:
            self.add(error)
            return None

    def add(self, error: ValidationError) -> None:
        fields = {field for field, _ in self.found}
        self.found.extend(p for p in error.problems if p[0] not in fields)

    def __bool__(self) -> bool:
        return bool(self.found)

    def error(self) -> ValidationError:
        return ValidationError.of(self.found)

    def raise_any(self) -> None:
        if self.found:
            raise self.error()


class PermissionDenied(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass


class SessionEnded(ServiceError):
    """The logged-in account was deactivated: the user must log in again."""


class NotFound(ServiceError):
    pass


class AlreadyInitialised(ServiceError):
    pass


class NotInitialised(ServiceError):
    pass


def storage_message(error: StorageError) -> str:
    """A plain sentence for a known problem with the data directory or file."""
    if isinstance(error, DatabaseTooNew):
        return translate(
            "Errors",
            "The database {path} was written by a newer version of Lotse (schema {revision}). "
            "Please install the newer Lotse; the file was left unchanged.",
        ).format(path=error.path, revision=error.revision)
    if isinstance(error, DataDirNotWritable):
        return translate("Errors", "The data folder {path} cannot be written: {reason}").format(
            path=error.path, reason=error.reason
        )
    if isinstance(error, DatabaseUnreadable):
        return translate(
            "Errors", "The file {path} cannot be read as a Lotse database: {reason}"
        ).format(path=error.path, reason=error.reason)
    if isinstance(error, MigrationFailed):
        if error.backup:
            return translate(
                "Errors",
                "Updating the database {path} failed and nothing was changed "
                "(a copy is in {backup}): {reason}",
            ).format(path=error.path, backup=error.backup, reason=error.reason)
        return translate(
            "Errors", "Updating the database {path} failed and nothing was changed: {reason}"
        ).format(path=error.path, reason=error.reason)
    return str(error)


def environment_message(error: BaseException) -> str | None:
    """A plain sentence for a known problem of the computer rather than of Lotse: a full
    disk, a read-only file or folder (a write-protected stick), missing permission; in
    team mode also the database server's full disk or refusal, and a change that
    collided with another user's at the same moment. None for anything else (a bug:
    the caller shows its crash report)."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not item for item in seen):
        seen.append(current)
        message = _environment_message(current)
        if message is not None:
            return message
        cause = getattr(current, "orig", None)
        current = cause if isinstance(cause, BaseException) else current.__cause__
    return None


# SQLSTATEs of PostgreSQL errors (psycopg's ``error.sqlstate``; SQLite has none).
SERVER_DISK_FULL = frozenset({"53100"})
# A read-only transaction or server; an account without the privilege.
SERVER_REFUSES = frozenset({"25006", "42501"})
# Writers running side by side: a unique value taken by another transaction since it
# was checked, a row referred to that another deleted meanwhile (a case merged away
# while a consultation is added to it), a serialization failure, a deadlock. SQLite's
# single writer rules these out (there such a violation is a bug and stays one).
COLLISIONS = frozenset({"23505", "23503", "40001", "40P01"})
# The database's own guard of the daily hours (trigger, same text on both back ends):
# the service checks first, so only hours saved at the same moment reach it.
DAILY_HOURS_GUARD = "volunteer_hours: more than 10 hours on one day"


def _server_message(error: BaseException) -> str | None:
    state = getattr(error, "sqlstate", None)
    if state in SERVER_DISK_FULL:
        return translate(
            "Errors",
            "The database server's disk is full: Lotse could not write and left the data as "
            "it was. Please tell whoever runs the server.",
        )
    if state in SERVER_REFUSES:
        return translate(
            "Errors",
            "The database server refused this: the account Lotse uses there lacks the "
            "permission, or the server only reads. Nothing was changed. Please tell whoever "
            "runs the server.",
        )
    if state in COLLISIONS:
        return translate(
            "Errors",
            "Someone else changed the same data at the same moment, so nothing was saved. "
            "Please try again.",
        )
    return None


def _environment_message(error: BaseException) -> str | None:
    if DAILY_HOURS_GUARD in str(error):
        return translate(
            "Errors",
            "A volunteer's hours on one day may add up to at most 10 hours; hours saved "
            "meanwhile already fill this day. Nothing was changed.",
        )
    if (server := _server_message(error)) is not None:
        return server
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
        "database or disk is full" in text
    ):
        return translate(
            "Errors",
            "The disk is full: Lotse could not write and left the data as it was. Free some "
            "space (or choose another folder) and try again.",
        )
    if (isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)) or (
        "readonly database" in text or "read-only file system" in text
    ):
        where = getattr(error, "filename", None)
        return translate(
            "Errors",
            "Lotse may not write here{where}: the file or its folder is read-only (a "
            "write-protected stick, missing permission). Nothing was changed.",
        ).format(where=f" ({where})" if where else "")
    return None
