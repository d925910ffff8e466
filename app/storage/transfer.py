"""Copying every row of one Lotse database into another of the same schema, and proving
the copy identical (``lotse server import``, and backups taken from a server).

The rows go through the model tables (``SQLModel.metadata``), so each value is typed on
the way: SQLite's text dates and 0/1 booleans arrive in PostgreSQL as dates and booleans,
and back. Tables are copied parent before child (``sorted_tables``), each read in
primary-key order and written in batches (PostgreSQL: with COPY), so no table is ever
held in memory whole.

Triggers must not change what is copied. On PostgreSQL the user triggers (append-only
audit trail, the daily hours limit, case dates, attendance) are switched off per table
for the copy (``ALTER TABLE … DISABLE TRIGGER USER``, allowed to the table's owner, in
the copy's transaction, so they are on again for anyone else); foreign keys stay checked.
SQLite cannot switch triggers off, and need not: the guards only refuse changes and
deletions (a copy inserts) or rows that broke the rules already, and the case-date
triggers recompute from the copied consultations and follow-ups the same dates the source
holds. The search index beside ``participant`` is filled by its own triggers as the
participants arrive; it is never copied. The fingerprints afterwards prove both.

``fingerprints`` reads the typed rows of each table ordered by primary key (text keys in
byte order on both back ends) and hashes a canonical form of them, so the same data
gives the same SHA-256 on SQLite and on PostgreSQL.
"""

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, Table
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401  (registers every table on the metadata)
from app.storage.engine import READ_ONLY
from app.storage.migrate import alembic_config
from app.storage.sql_dialect import POSTGRESQL

# Rows per read and per insert: a batch of the widest table stays a few megabytes.
BATCH_ROWS = 5_000
# Tables with file contents (documents, the logo) go a few rows at a time.
BLOB_BATCH_ROWS = 20
# Tables the migrations themselves fill (lists a club starts with and may edit). A new,
# migrated database holds these rows and nothing else; a copy replaces them by the
# source's (tests/test_server_transfer.py checks this list against a fresh migration).
SEED_TABLES = frozenset(
    {"allowance_cap", "club_language", "minimum_wage", "referral_target", "topic"}
)

# (table, rows of it copied so far): called after every batch.
CopyProgress = Callable[[str, int], None]


class TransferRefused(Exception):
    """The copy was not made (or not kept); the target is as it was."""


class RevisionMismatch(TransferRefused):
    def __init__(self, source: str | None, target: str | None) -> None:
        super().__init__(f"schema revisions differ: source {source}, target {target}")
        self.source = source
        self.target = target


class TargetNotEmpty(TransferRefused):
    def __init__(self, rows: dict[str, int]) -> None:
        super().__init__(f"the target holds rows: {rows}")
        self.rows = rows


class ForeignDatabase(TransferRefused):
    """The target has tables but no Lotse schema revision."""


class RowRefused(TransferRefused):
    """The target refused a row the source holds (SQLite accepts what PostgreSQL may
    not, e.g. a NUL character in text). ``reason`` is the database's primary message,
    which names the constraint or the problem, never the row's values."""

    def __init__(self, table: str, reason: str) -> None:
        super().__init__(f"{table}: {reason}")
        self.table = table
        self.reason = reason


class TriggersLocked(TransferRefused):
    """PostgreSQL refused to switch a table's triggers off: the connecting role does
    not own the tables."""

    def __init__(self, table: str, reason: str) -> None:
        super().__init__(f"{table}: {reason}")
        self.table = table
        self.reason = reason


class CopyDiffers(TransferRefused):
    def __init__(self, tables: list[str]) -> None:
        super().__init__(f"the copy differs from the source in: {', '.join(tables)}")
        self.tables = tables


@dataclass(frozen=True)
class TableFingerprint:
    rows: int
    sha256: str


def tables() -> list[Table]:
    """Every table of the models, each after the tables it refers to."""
    return list(SQLModel.metadata.sorted_tables)


def revision(connection: Connection) -> str | None:
    """The schema revision recorded in the database (None: not a migrated database)."""
    return MigrationContext.configure(connection).get_current_revision()


def require_same_revision(source: Connection, target: Connection) -> str:
    """The revision both databases are at; raises RevisionMismatch when they differ."""
    source_revision, target_revision = revision(source), revision(target)
    if source_revision is None or source_revision != target_revision:
        raise RevisionMismatch(source_revision, target_revision)
    return source_revision


def migrate_new_database(connection: Connection) -> bool:
    """Give a brand-new database Lotse's schema (all migrations, in the caller's
    transaction); False when it has a schema revision already. A database with tables
    but no revision is somebody else's: ForeignDatabase, nothing written."""
    if revision(connection) is not None:
        return False
    if sa.inspect(connection).get_table_names():
        raise ForeignDatabase("the database has tables but no Lotse schema revision")
    command.upgrade(alembic_config(connection), "head")
    return True


def occupied(connection: Connection) -> dict[str, int]:
    """Rows per table, for the tables that hold any besides the migrations' seed lists."""
    counts = {}
    for table in tables():
        if table.name in SEED_TABLES:
            continue
        count = connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        if count:
            counts[table.name] = int(count)
    return counts


def clear_seed_rows(connection: Connection) -> None:
    """Remove the rows the migrations seeded, so the source's own lists replace them."""
    for table in reversed(tables()):
        if table.name in SEED_TABLES:
            connection.execute(table.delete())


@contextmanager
def read_snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that reads one consistent state of the database in one transaction:
    the copy and its fingerprints must see the same rows while others keep working."""
    # SQLite: a deferred transaction (never the write lock); its snapshot holds in WAL mode.
    options: dict[str, Any] = {READ_ONLY: True}
    if engine.dialect.name == POSTGRESQL:
        options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect() as connection, connection.execution_options(**options).begin():
        yield connection


def copy_rows(
    source: Connection, target: Connection, progress: CopyProgress | None = None
) -> dict[str, int]:
    """Copy every table's rows from ``source`` into the empty tables of ``target``
    (same schema revision), inside the caller's transaction on ``target``.

    Returns the rows copied per table. On PostgreSQL the serial sequences continue after
    the highest copied id, so the next new row gets a fresh one."""
    postgres = target.dialect.name == POSTGRESQL
    if postgres:
        _switch_user_triggers(target, enabled=False)
    copied = {table.name: _copy_table(source, target, table, progress) for table in tables()}
    if postgres:
        _switch_user_triggers(target, enabled=True)
        _continue_sequences(target)
    return copied


def _batch_rows(table: Table) -> int:
    if any(isinstance(column.type, sa.LargeBinary) for column in table.columns):
        return BLOB_BATCH_ROWS
    return BATCH_ROWS


def _copy_table(
    source: Connection, target: Connection, table: Table, progress: CopyProgress | None
) -> int:
    size = _batch_rows(table)
    query = sa.select(table).order_by(*_key_order(source, table)).execution_options(yield_per=size)
    write = _copy_in if target.dialect.name == POSTGRESQL else _insert
    copied = 0
    for batch in source.execute(query).partitions(size):
        try:
            write(target, table, batch)
        except sa.exc.DBAPIError as error:
            raise RowRefused(table.name, primary_message(error.orig)) from error
        except target.dialect.loaded_dbapi.Error as error:  # raised by COPY, unwrapped
            raise RowRefused(table.name, primary_message(error)) from error
        copied += len(batch)
        if progress is not None:
            progress(table.name, copied)
    return copied


def _insert(target: Connection, table: Table, rows: Sequence[sa.Row[Any]]) -> None:
    target.execute(table.insert(), [row._asdict() for row in rows])


def _copy_in(target: Connection, table: Table, rows: Sequence[sa.Row[Any]]) -> None:
    """PostgreSQL's COPY, in the transaction of ``target``: an INSERT per row costs the
    server several times more. Values pass the column types' own bind processing (enum
    members become their codes, datetimes UTC), as an INSERT through the table would."""
    processors = [column.type.bind_processor(target.dialect) for column in table.columns]
    quote = target.dialect.identifier_preparer
    columns = ", ".join(quote.format_column(column) for column in table.columns)
    driver = target.connection.driver_connection
    assert driver is not None
    with (
        driver.cursor() as cursor,
        cursor.copy(f"COPY {quote.format_table(table)} ({columns}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(
                [
                    value if process is None else process(value)
                    for process, value in zip(processors, row, strict=True)
                ]
            )


def primary_message(error: BaseException | None) -> str:
    """What the database said, without the DETAIL lines that quote the failing row."""
    diagnostics = getattr(error, "diag", None)
    primary = getattr(diagnostics, "message_primary", None)
    text = str(primary or error or "")
    return text.splitlines()[0] if text else type(error).__name__


def _switch_user_triggers(connection: Connection, enabled: bool) -> None:
    verb = "ENABLE" if enabled else "DISABLE"
    quote = connection.dialect.identifier_preparer.format_table
    for table in tables():
        try:
            connection.exec_driver_sql(f"ALTER TABLE {quote(table)} {verb} TRIGGER USER")
        except sa.exc.DBAPIError as error:
            raise TriggersLocked(table.name, primary_message(error.orig)) from error


def _continue_sequences(connection: Connection) -> None:
    quote = connection.dialect.identifier_preparer.format_table
    for table in tables():
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = connection.execute(
            sa.select(sa.func.pg_get_serial_sequence(quote(table), column.name))
        ).scalar_one()
        if sequence is None:
            continue
        highest = connection.execute(sa.select(sa.func.max(column))).scalar_one()
        # is_called false: the next id handed out is exactly this value.
        connection.execute(sa.select(sa.func.setval(sequence, (highest or 0) + 1, False)))


# -- verification -------------------------------------------------------------


def _key_order(connection: Connection, table: Table) -> list[Any]:
    """The primary key as ORDER BY terms, text in byte order on both back ends (SQLite
    compares bytes; PostgreSQL's default follows the server's locale)."""
    order: list[Any] = []
    for column in table.primary_key.columns:
        if connection.dialect.name == POSTGRESQL and isinstance(column.type, sa.String):
            order.append(column.collate("C"))
        else:
            order.append(column)
    return order


_PLAIN = frozenset({str, int, bool, type(None)})


def _canonical(value: Any) -> Any:
    """A value as JSON can hold it, spelled the same whichever database it came from."""
    if type(value) in _PLAIN:  # most values; an enum member is a subclass of str
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        aware = value if value.utcoffset() is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _encode(values: list[Any]) -> bytes:
    return (json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def table_fingerprint(connection: Connection, table: Table) -> TableFingerprint:
    digest = hashlib.sha256(_encode([column.name for column in table.columns]))
    size = _batch_rows(table)
    query = (
        sa.select(table).order_by(*_key_order(connection, table)).execution_options(yield_per=size)
    )
    rows = 0
    for row in connection.execute(query):
        digest.update(_encode([_canonical(value) for value in row]))
        rows += 1
    return TableFingerprint(rows, digest.hexdigest())


def fingerprints(connection: Connection) -> dict[str, TableFingerprint]:
    """Per table the row count and the SHA-256 of its canonical rows."""
    return {table.name: table_fingerprint(connection, table) for table in tables()}


def analyze(engine: Engine) -> None:
    """Fresh planner statistics on the server after a bulk copy (autovacuum would take
    its time); SQLite's are refreshed when the database is closed."""
    if engine.dialect.name == POSTGRESQL:
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
