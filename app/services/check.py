"""Checking a database file without changing it: is it a Lotse database at all, which
schema version, integrity and foreign keys, and what it holds.

``diagnose`` is what ``lotse check`` runs. It never opens the file the normal way
(that would migrate it, i.e. write), only read-only: a damaged file, an empty one or
somebody else's SQLite file is described in a sentence, never a traceback. The key
comes from the user's key slot, so a password of the database is needed for an
encrypted file, but not a working database.

``check_server`` is the same in team mode, over the connection to the PostgreSQL
server: Lotse's tables, the schema version, rows whose references lead nowhere and the
counts. The files are the server's: their integrity is checked there (by whoever runs
it), not by Lotse, and the result says so.
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
import sqlcipher3
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401  (the tables whose references are checked)
from app.error_text import safe_message
from app.services.auth import unlock_key
from app.services.errors import storage_message
from app.services.i18n import translate
from app.storage.engine import connect_raw, is_plain_sqlite
from app.storage.errors import DatabaseTooNew
from app.storage.location import Location
from app.storage.migrate import VERSION_TABLE, head_revision, known_revisions

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
# Tables every Lotse database has had since the first version.
LOTSE_TABLES = frozenset({"organisation", "user", "participant", "audit_event"})
_ERRORS = (sqlite3.Error, sqlcipher3.Error)
# The integrity of a server's files is not Lotse's to check.
SERVER_INTEGRITY = (
    "not checked by Lotse: the server keeps the files (its administrator checks them)"
)


@dataclass
class CheckResult:
    path: str
    schema_revision: str | None
    expected_revision: str
    integrity: str
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)
    # What is wrong, in sentences; empty when the file is a sound Lotse database.
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        integrity = self.integrity in ("ok", SERVER_INTEGRITY)
        return not self.problems and integrity and self.foreign_key_problems == 0

    @property
    def up_to_date(self) -> bool:
        return self.schema_revision == self.expected_revision


def diagnose(location: Location, username: str, password: str) -> CheckResult:
    """Check the data folder's database for ``lotse check`` without opening it normally."""
    path = location.database
    result = CheckResult(str(path), None, head_revision(), "not checked", 0)
    if not path.is_file():
        result.problems.append(
            translate("Errors", "There is no database file {path}.").format(path=path)
        )
        return result
    if path.stat().st_size == 0:
        result.problems.append(
            translate(
                "Errors",
                "The file {path} is empty: it is not a Lotse database (perhaps a copy or a "
                "save was interrupted). Restore the latest backup.",
            ).format(path=path)
        )
        return result
    if is_plain_sqlite(path):
        return check_file(path, None)
    _keys, _slot, key = unlock_key(location, username, password)
    return check_file(path, key)


def check_file(path: Path, key: bytes | None) -> CheckResult:
    """Read-only checks of the SQLite or SQLCipher file at ``path``; never raises for
    what is wrong with the file, it reports it."""
    result = CheckResult(str(path), None, head_revision(), "not checked", 0)
    try:
        connection = connect_raw(path, key, read_only=True)
    except _ERRORS as error:
        result.problems.append(_unreadable(path, error))
        return result
    try:
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except _ERRORS as error:
            result.problems.append(_unreadable(path, error))
            return result
        if not tables >= LOTSE_TABLES:
            result.problems.append(
                translate(
                    "Errors",
                    "The file {path} is an SQLite database, but not a Lotse database (it has "
                    "none of Lotse's tables). Lotse did not change it.",
                ).format(path=path)
            )
        _integrity(connection, result)
        if VERSION_TABLE in tables:
            _revision(connection, result)
        if key is None and tables >= LOTSE_TABLES:
            result.problems.append(
                translate(
                    "Errors",
                    "The file {path} is a Lotse database from before encryption; the next "
                    "administrator login encrypts it.",
                ).format(path=path)
            )
        for table in COUNTED_TABLES:
            if table in tables:
                try:
                    row = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
                    result.counts[table] = int(row[0])
                except _ERRORS:
                    result.counts[table] = -1  # unreadable: the integrity check says why
    finally:
        connection.close()
    return result


def _integrity(connection: object, result: CheckResult) -> None:
    execute = connection.execute  # type: ignore[attr-defined]
    try:
        found = [str(row[0]) for row in execute("PRAGMA integrity_check(20)")]
        result.integrity = "; ".join(found)
    except _ERRORS as error:
        result.integrity = str(error)
    if result.integrity != "ok":
        result.problems.append(
            translate(
                "Errors",
                "The file is damaged ({details}). Restore the latest backup; Lotse did not "
                "change the file.",
            ).format(details=" ".join(result.integrity.split())[:300])
        )
    try:
        result.foreign_key_problems = len(execute("PRAGMA foreign_key_check").fetchall())
    except _ERRORS:
        result.foreign_key_problems = -1
    if result.foreign_key_problems:
        result.problems.append(
            translate(
                "Errors",
                "%n row(s) refer to rows that do not exist (foreign keys), or the check "
                "could not run.",
                None,
                max(result.foreign_key_problems, 0),
            )
        )


def _revision(connection: object, result: CheckResult) -> None:
    execute = connection.execute  # type: ignore[attr-defined]
    try:
        row = execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    except _ERRORS:
        row = None
    result.schema_revision = str(row[0]) if row else None
    if result.schema_revision is not None and result.schema_revision not in known_revisions():
        result.problems.append(storage_message(DatabaseTooNew(result.path, result.schema_revision)))


def _unreadable(path: Path, error: BaseException) -> str:
    return translate(
        "Errors",
        "The file {path} cannot be read as a Lotse database ({reason}): it is damaged, "
        "belongs to other keys or is no database at all. Lotse did not change it.",
    ).format(path=path, reason=str(error))


def check_server(engine: sa.Engine) -> CheckResult:
    """Read-only checks of the Lotse database on a PostgreSQL server; never raises for
    what is wrong with it, it reports it."""
    where = engine.url.render_as_string(hide_password=True)
    result = CheckResult(where, None, head_revision(), SERVER_INTEGRITY, 0)
    try:
        with engine.connect() as connection:
            _check_server(connection, result)
    except sa.exc.DBAPIError as error:
        result.problems.append(
            translate(
                "Errors",
                "The database on the server {server} cannot be read ({reason}). Lotse did not "
                "change it.",
            ).format(server=where, reason=safe_message(error))
        )
    return result


def _check_server(connection: sa.Connection, result: CheckResult) -> None:
    tables = set(sa.inspect(connection).get_table_names())
    if not tables >= LOTSE_TABLES:
        result.problems.append(
            translate(
                "Errors",
                "The database on the server {server} is not a Lotse database (it has none of "
                "Lotse's tables). Lotse did not change it.",
            ).format(server=result.path)
        )
        return
    if VERSION_TABLE in tables:
        row = connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
        result.schema_revision = str(row[0]) if row else None
        if result.schema_revision is not None and result.schema_revision not in known_revisions():
            result.problems.append(
                storage_message(DatabaseTooNew(result.path, result.schema_revision))
            )
    result.foreign_key_problems = sum(
        _dangling(connection, constraint)
        for table in SQLModel.metadata.sorted_tables
        if table.name in tables
        for constraint in table.foreign_key_constraints
    )
    if result.foreign_key_problems:
        result.problems.append(
            translate(
                "Errors",
                "%n row(s) refer to rows that do not exist (foreign keys), or the check "
                "could not run.",
                None,
                result.foreign_key_problems,
            )
        )
    for name in COUNTED_TABLES:
        result.counts[name] = int(
            connection.execute(sa.select(sa.func.count()).select_from(sa.table(name))).scalar_one()
        )


def _dangling(connection: sa.Connection, constraint: sa.ForeignKeyConstraint) -> int:
    """Rows whose reference leads to no row: the server enforces references unless its
    triggers were switched off (e.g. during a bulk copy); counted as SQLite's
    ``foreign_key_check`` counts them."""
    referred = constraint.referred_table.alias("referred")
    columns = [element.parent for element in constraint.elements]
    target = [referred.c[element.column.name] for element in constraint.elements]
    statement = (
        sa.select(sa.func.count())
        .select_from(constraint.table)
        .where(
            *(column.is_not(None) for column in columns),
            ~sa.exists().where(*(t == c for t, c in zip(target, columns, strict=True))),
        )
    )
    return int(connection.execute(statement).scalar_one())
