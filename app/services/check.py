"""Checking a database file without changing it: schema version and integrity."""

from dataclasses import dataclass, field

from app.services.actor import Actor
from app.services.database import StorageProblem
from app.services.errors import storage_message
from app.storage.database import Database
from app.storage.engine import connect_raw
from app.storage.errors import StorageError
from app.storage.migrate import head_revision, refuse_if_too_new

COUNTED_TABLES = (
    "project",
    "participant",
    "enrollment",
    "consultation",
    "follow_up",
    "volunteer",
    "volunteer_hours",
    "mentorship",
    "event",
    "user",
)


@dataclass(frozen=True)
class CheckResult:
    path: str
    schema_revision: str | None
    expected_revision: str
    integrity: str
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_key_problems == 0

    @property
    def up_to_date(self) -> bool:
        return self.schema_revision == self.expected_revision


def check_database(database: Database, actor: Actor) -> CheckResult:
    """Any logged-in user may check the file: counts and integrity, no personal data."""
    actor.current_role()
    path = database.location.database
    try:
        revision = refuse_if_too_new(path, database.key)
    except StorageError as error:
        raise StorageProblem(storage_message(error)) from error
    connection = connect_raw(path, database.key, read_only=True)
    try:
        integrity = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        fk_problems = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        counts = {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in COUNTED_TABLES
            if table in tables
        }
    finally:
        connection.close()
    return CheckResult(str(path), revision, head_revision(), integrity, fk_problems, counts)
