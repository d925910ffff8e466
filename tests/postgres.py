"""A PostgreSQL server for the tests that need one, named by ``LOTSE_TEST_POSTGRES``.

The variable holds an SQLAlchemy URL of a server where the tests may create and drop
databases (``make test-postgres`` starts a throwaway server and sets it). Without it,
tests that need PostgreSQL are skipped; ``make test`` runs SQLite only.
"""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import URL, create_engine, make_url, text

SERVER_ENV = "LOTSE_TEST_POSTGRES"


def server_url() -> URL:
    """The test server's URL; skips the test when none is configured."""
    value = os.environ.get(SERVER_ENV)
    if not value:
        pytest.skip(f"no PostgreSQL server for tests ({SERVER_ENV} is not set)")
    return make_url(value)


@contextmanager
def scratch_database(prefix: str = "lotse_test") -> Iterator[URL]:
    """A new empty database on the test server, dropped afterwards."""
    admin_url = server_url()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield admin_url.set(database=name)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
