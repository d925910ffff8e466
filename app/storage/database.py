"""An open Lotse database: its location and engine, and sessions on it."""

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine
from sqlmodel import Session

from app.storage.engine import READ_ONLY
from app.storage.location import Location


@dataclass(frozen=True)
class Database:
    location: Location
    engine: Engine
    # The random database key (SQLCipher); services need it for key slots, drafts, backups.
    key: bytes = field(default=b"", repr=False)
    # What the migrations at this opening corrected, for the user to read once.
    notices: tuple[str, ...] = ()

    def session(self) -> Session:
        """A new session; objects stay readable after commit (the UI shows them)."""
        return Session(self.engine, expire_on_commit=False)

    def read_session(self) -> Session:
        """A session for long work that only reads (exports, reports): its transaction
        starts deferred, so it never holds the write lock others wait for."""
        return Session(self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)

    def read_connection(self) -> Connection:
        """A connection for SQL that only reads (reports, lists): deferred, like
        ``read_session``."""
        return self.engine.execution_options(**{READ_ONLY: True}).connect()

    def close(self) -> None:
        self.engine.dispose()
