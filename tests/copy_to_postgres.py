"""Test-only: a laptop database's rows copied into a PostgreSQL database, so that the same
data can be read on both back ends and the results compared.

TEMPORARY schema: the tables come from the models (``SQLModel.metadata``) with the
CHECK constraints written in SQLite-only SQL left out (``GLOB`` patterns, the sum of
booleans of ``document_one_owner``), until the migrations run on PostgreSQL. No
triggers: the copy brings every derived column (case dates, search text) as it is.
The production copy (``lotse server import``) lives in ``app/services``.
"""

import re

import sqlalchemy as sa
from sqlmodel import AutoString, SQLModel

import app.domain.models  # noqa: F401  (every table registered on the metadata)

SQLITE_ONLY_CHECK = re.compile(r"\bGLOB\b|IS NOT NULL\)\s*\+", re.IGNORECASE)
BATCH = 5000


def portable_metadata(text_collation: str | None = None) -> sa.MetaData:
    """A copy of the models' tables without the SQLite-only CHECK constraints (the
    models themselves stay untouched: other tests read them). ``text_collation``: every
    text column in that collation, as on a server whose database was created with that
    locale (``de-x-icu``: German, as many clubs' servers will be)."""
    metadata = sa.MetaData()
    for table in SQLModel.metadata.sorted_tables:
        copy = table.to_metadata(metadata)
        for constraint in list(copy.constraints):
            if isinstance(constraint, sa.CheckConstraint) and SQLITE_ONLY_CHECK.search(
                str(constraint.sqltext)
            ):
                copy.constraints.discard(constraint)
        if text_collation is not None:
            for column in copy.columns:
                _collate(column, text_collation)
    return metadata


def _collate(column: sa.Column[object], collation: str) -> None:
    if isinstance(column.type, AutoString):  # SQLModel's str: VARCHAR without a length
        column.type = sa.String(collation=collation)
    elif isinstance(column.type, sa.String):  # enum codes and strings with a length
        column.type = column.type.copy()
        column.type.collation = collation


def create_schema(engine: sa.Engine, text_collation: str | None = None) -> sa.MetaData:
    metadata = portable_metadata(text_collation)
    metadata.create_all(engine)
    return metadata


def copy_rows(
    source: sa.Connection, target: sa.Connection, metadata: sa.MetaData
) -> dict[str, int]:
    """Every row of every table, read and written through the typed tables (booleans,
    dates and times converted by SQLAlchemy on each side); returns rows per table.
    Foreign keys are not checked while copying (a superuser's session setting), so the
    order of tables and of rows within a table does not matter; sequences continue
    after the highest copied id."""
    counts: dict[str, int] = {}
    target.exec_driver_sql("SET LOCAL session_replication_role = replica")
    for table in metadata.sorted_tables:
        result = source.execute(sa.select(table)).mappings()
        counts[table.name] = 0
        while rows := [dict(row) for row in result.fetchmany(BATCH)]:
            target.execute(table.insert(), rows)
            counts[table.name] += len(rows)
    target.exec_driver_sql("SET LOCAL session_replication_role = origin")
    for table in metadata.sorted_tables:
        _continue_sequences(target, table)
    return counts


def _continue_sequences(target: sa.Connection, table: sa.Table) -> None:
    for column in table.primary_key.columns:
        sequence = target.execute(
            sa.text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": f'"{table.name}"', "column": column.name},
        ).scalar()
        if sequence:
            target.execute(
                sa.text(
                    f'SELECT setval(:sequence, coalesce((SELECT max("{column.name}") '
                    f'FROM "{table.name}"), 0) + 1, false)'
                ),
                {"sequence": sequence},
            )


def copy_database(
    source: sa.Engine, target: sa.Engine, text_collation: str | None = None
) -> dict[str, int]:
    """The schema on ``target`` (an empty PostgreSQL database) and all rows of ``source``."""
    metadata = create_schema(target, text_collation)
    with source.connect() as reading, target.begin() as writing:
        return copy_rows(reading, writing, metadata)
