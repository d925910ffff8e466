"""An open Lotse database: its location and engine, and sessions on it."""

import logging
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine
from sqlmodel import Session

from app.storage.engine import READ_ONLY
from app.storage.location import Location

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Database:
    location: Location
    engine: Engine
    # The random database key (SQLCipher); services need it for key slots, drafts, backups.
    # On a server (team mode) there is no database key: the drafts key of this workstation.
    key: bytes = field(default=b"", repr=False)
    # What the migrations at this opening corrected, for the user to read once.
    notices: tuple[str, ...] = ()

    def session(self) -> Session:
        """A new session; objects stay readable after commit (the UI shows them)."""
        return Session(self.engine, expire_on_commit=False)

    def optimize(self, after_bulk_change: bool = False) -> None:
        """Refresh the query planner's statistics where they are missing or stale.

        SQLite re-analyses only tables that need it, with a bounded sample, so this is
        cheap when nothing changed; after an import, the demo or a migration
        (``after_bulk_change``) every table is checked, not only those queried lately.
        On a PostgreSQL server: ``ANALYZE`` after a bulk change, nothing otherwise.
        """
        if self.engine.dialect.name == "postgresql":
            # The server's autovacuum keeps statistics fresh over time; after a bulk
            # change the planner should not wait for it.
            if after_bulk_change:
                with self.engine.begin() as connection:
                    connection.exec_driver_sql("ANALYZE")
            return
        pragma = "PRAGMA optimize=0x10002" if after_bulk_change else "PRAGMA optimize"
        # In a transaction that commits: the statistics are rows of sqlite_stat1.
        with self.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
            connection.exec_driver_sql(pragma)

    def read_session(self) -> Session:
        """A session for long work that only reads (exports, reports): its transaction
        starts deferred, so it never holds the write lock others wait for."""
        return Session(self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)

    def read_connection(self) -> Connection:
        """A connection for SQL that only reads (reports, lists): deferred, like
        ``read_session``."""
        return self.engine.execution_options(**{READ_ONLY: True}).connect()

    def close(self) -> None:
        try:
            self.optimize()
        except Exception as error:  # closing must not fail over statistics
            log.warning("planner statistics not refreshed on close: %s", type(error).__name__)
        self.engine.dispose()
