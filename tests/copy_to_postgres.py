"""Test-only: a laptop database's rows in a PostgreSQL database, so that the same data
can be read on both back ends and the results compared.

Everything as on a club's server: the database is created in a German collation (ICU
``de-DE``, as many clubs' servers will be set up), the schema comes from the migrations
(``migrate.upgrade_server``) and the rows from the production copy
(``transfer.copy_rows``, as ``lotse server import`` copies them), verified by the
production fingerprints.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy import URL

from app.storage import migrate, transfer
from tests.postgres import server_url

# LOCALE (for what ICU does not cover: character classes) must name a libc locale the
# server has; C.UTF-8 is on every PostgreSQL 15 host.
GERMAN = "LOCALE_PROVIDER icu ICU_LOCALE 'de-DE' LOCALE 'C.UTF-8' TEMPLATE template0"


@contextmanager
def german_scratch_database(prefix: str) -> Iterator[URL]:
    """A new empty database on the test server whose text sorts as German, dropped
    afterwards (``tests/postgres.scratch_database`` with the server's default locale)."""
    admin_url = server_url()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" {GERMAN}')
        yield admin_url.set(database=name)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def copy_database(source: sa.Engine, target: sa.Engine) -> dict[str, int]:
    """Lotse's schema on ``target`` (an empty PostgreSQL database) and every row of
    ``source``, proven identical; returns the rows copied per table."""
    migrate.upgrade_server(target)
    with transfer.read_snapshot(source) as reading, target.begin() as writing:
        transfer.require_same_revision(reading, writing)
        transfer.clear_seed_rows(writing)
        copied = transfer.copy_rows(reading, writing)
        assert transfer.fingerprints(writing) == transfer.fingerprints(reading)
    return copied
