"""Known problems with the database file, kept apart from programming errors.

Each carries a plain sentence for the user; the UI and CLI translate and show
it instead of a traceback.
"""


class StorageError(Exception):
    """A problem with the data directory or database file the user can act on."""


class DataDirNotWritable(StorageError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason


class DatabaseTooNew(StorageError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(path, revision)
        self.path = path
        self.revision = revision


class DatabaseUnreadable(StorageError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason


class MigrationFailed(StorageError):
    def __init__(self, path: str, backup: str | None, reason: str) -> None:
        super().__init__(path, backup, reason)
        self.path = path
        self.backup = backup
        self.reason = reason
