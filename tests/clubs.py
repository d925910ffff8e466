"""A further club for tests that need two (a copy, a round trip, a second set-up), on the
back end under test: a data folder, or with ``LOTSE_TEST_BACKEND=postgresql`` a server
database of its own, dropped afterwards. The test's main club comes from the fixtures of
tests/conftest.py."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from app.services.actor import Actor
from app.services.setup import SetupInput, initialise
from app.storage.database import Database
from app.storage.location import resolve
from tests.conftest import ON_POSTGRES, SERVER_PASSWORD, postgres_admin, server_address


@contextmanager
def new_club(folder: Path, setup: SetupInput) -> Iterator[tuple[Database, Actor]]:
    """A club set up with ``setup`` in ``folder`` (on a server: an empty database, as its
    administrator hands it over); yields it opened with its admin, closes it afterwards."""
    location = resolve(folder)
    if ON_POSTGRES:
        address = server_address(f"lotse_test_{uuid.uuid4().hex[:12]}")
        with postgres_admin() as server:
            server.execute(text(f'CREATE DATABASE "{address.database}"'))
        location = replace(location, server=address)
    try:
        database, admin, _ = initialise(
            location, setup, SERVER_PASSWORD if location.server is not None else None
        )
        try:
            yield database, admin
        finally:
            database.close()
    finally:
        if location.server is not None:
            with postgres_admin() as server:
                server.execute(
                    text(f'DROP DATABASE IF EXISTS "{location.server.database}" WITH (FORCE)')
                )
