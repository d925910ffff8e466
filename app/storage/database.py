"""An open Lotse database: its location and engine, and sessions on it."""

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import Session

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

    def close(self) -> None:
        self.engine.dispose()
