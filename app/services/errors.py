"""Errors a user can act on. Each carries one translated sentence for the user."""

from app.services.i18n import translate
from app.storage.errors import (
    DatabaseTooNew,
    DatabaseUnreadable,
    DataDirNotWritable,
    MigrationFailed,
    StorageError,
)


class ServiceError(Exception):
    """A refusal with a plain message; never a programming error."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Bad input for one field: names the field and what is allowed."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


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
