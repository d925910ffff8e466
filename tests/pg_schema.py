"""A Lotse schema on a scratch PostgreSQL database, built from the models.

Until the migrations run on PostgreSQL, tests of the services' SQL there build the
schema with ``create_all``, leaving out the three CHECKs written in SQLite's own SQL
(``GLOB`` patterns and a sum of booleans; the migrations give PostgreSQL its own
spelling of them), and create the trigram indexes of the search by hand, as the
migrations will. Nothing here is used by the application.
"""

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlmodel import SQLModel

import app.domain.models  # noqa: F401  (registers every table)
from tests.postgres import scratch_database

# Written in SQLite's SQL in the models; PostgreSQL gets its own spelling in the migrations.
_SQLITE_ONLY_CHECKS = ("GLOB", "IS NOT NULL) + (")

TRIGRAM_INDEXES = (
    "CREATE INDEX participant_search_trgm ON participant USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX volunteer_search_trgm ON volunteer USING gin (search_text gin_trgm_ops)",
)


def portable_metadata() -> sa.MetaData:
    """A copy of the models' tables without the SQLite-only CHECK constraints."""
    copy = sa.MetaData()
    for table in SQLModel.metadata.sorted_tables:
        copied = table.to_metadata(copy)
        for constraint in list(copied.constraints):
            if isinstance(constraint, sa.CheckConstraint) and any(
                marker in str(constraint.sqltext) for marker in _SQLITE_ONLY_CHECKS
            ):
                copied.constraints.discard(constraint)
    return copy


def create_schema(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        portable_metadata().create_all(connection)
        for statement in TRIGRAM_INDEXES:
            connection.execute(sa.text(statement))


@contextmanager
def postgres_engine(prefix: str = "svc") -> Iterator[sa.Engine]:
    """An engine on a new scratch database holding Lotse's tables (skipped without a
    server, see ``tests/postgres.py``)."""
    with scratch_database(prefix) as url:
        engine = sa.create_engine(url, hide_parameters=True)
        try:
            create_schema(engine)
            yield engine
        finally:
            engine.dispose()


def copy_rows(source: sa.Engine, target: sa.Engine) -> None:
    """Every row of the models' tables from ``source`` (a migrated SQLite database) to
    ``target`` (a schema from ``create_schema``), ids as they are; the serial sequences
    then continue after the highest id."""
    tables = portable_metadata().sorted_tables
    with source.connect() as reading, target.begin() as writing:
        for table in tables:
            rows = [dict(row._mapping) for row in reading.execute(sa.select(table))]
            if rows:
                writing.execute(sa.insert(table), rows)
        for table in tables:
            if "id" in table.c and isinstance(table.c.id.type, sa.Integer):
                writing.execute(
                    sa.text(
                        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                        f'coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                    )
                )
