"""Making deleted text really gone from the database.

SQLite leaves deleted rows in free pages and FTS5 keeps the tokens of replaced search
keys in older index segments until they are merged; the WAL keeps old page images until
a checkpoint. After an anonymisation or erasure all three are cleared: the search
indexes are merged, the file is rebuilt (VACUUM) and the WAL is truncated.

PostgreSQL keeps a changed or deleted row's old version in the table's pages until
they are rewritten: ``VACUUM (FULL)`` writes every table of Lotse anew (their indexes
too, the trigram search indexes included) and ``ANALYZE`` refreshes the planner's
statistics. What it cannot reach stays the server administrator's: the server's WAL
archive and its backups keep old rows until they expire. PostgreSQL lets only a table's
owner rewrite it; tables the connected role does not own are skipped with a warning in
the log.
"""

import logging

import sqlalchemy as sa
from sqlalchemy import Connection, Engine
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401  (registers every table on the metadata)
from app.storage.search_index import INDEX_TABLE, PREFIX_TABLE

log = logging.getLogger(__name__)


def compact(engine: Engine) -> None:
    if engine.dialect.name == "postgresql":
        _compact_server(engine)
    else:
        _compact_file(engine)


def _compact_file(engine: Engine) -> None:
    with engine.begin() as connection:
        for table in (INDEX_TABLE, PREFIX_TABLE):
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    # VACUUM cannot run inside a transaction: on the DB-API connection, which does not
    # start one by itself (``engine._on_connect`` sets isolation_level None).
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def _compact_server(engine: Engine) -> None:
    tables = [table.name for table in SQLModel.metadata.sorted_tables]
    # VACUUM cannot run inside a transaction block.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        skipped = _not_owned(connection, tables)
        if skipped:
            log.warning("compact: not the owner, old row versions stay in: %s", skipped)
        quote = connection.dialect.identifier_preparer.quote
        names = ", ".join(quote(name) for name in tables if name not in skipped)
        if names:
            connection.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {names}")


def _not_owned(connection: Connection, tables: list[str]) -> list[str]:
    """The tables of ``tables`` the connected role may not rewrite (not their owner)."""
    return list(
        connection.execute(
            sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = ANY(:tables) AND NOT pg_has_role(tableowner, 'MEMBER') "
                "ORDER BY tablename"
            ),
            {"tables": tables},
        ).scalars()
    )
