"""Checking a database file without changing it: schema version and integrity."""

import sqlite3
from dataclasses import dataclass, field

from app.services.database import StorageProblem
from app.services.errors import NotInitialised, storage_message
from app.services.i18n import translate
from app.storage.errors import StorageError
from app.storage.location import Location
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


def check_database(location: Location) -> CheckResult:
    path = location.database
    if not path.is_file():
        raise NotInitialised(
            translate(
                "Errors", "There is no Lotse database in {path} yet. Run 'lotse init' first."
            ).format(path=location.data_dir)
        )
    try:
        revision = refuse_if_too_new(path)
    except StorageError as error:
        raise StorageProblem(storage_message(error)) from error
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
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
