"""Lotse's schema on a scratch PostgreSQL database, made by the migrations, and a
laptop database's rows copied into it by the production copy (``storage/transfer.py``),
so the services' SQL can be run on the same data on both back ends."""

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from app.storage import migrate, transfer
from tests.postgres import scratch_database


def portable_metadata() -> sa.MetaData:
    """The tables every Lotse database holds (the models')."""
    metadata = sa.MetaData()
    for table in transfer.tables():
        table.to_metadata(metadata)
    return metadata


def copy_rows(source: sa.Engine, target: sa.Engine) -> None:
    """Every row of ``source`` (a laptop database) into ``target`` (migrated by
    ``postgres_engine``), the migrations' own list rows replaced by the laptop's."""
    with source.connect() as reading, target.begin() as writing:
        transfer.clear_seed_rows(writing)
        transfer.copy_rows(reading, writing)


@contextmanager
def postgres_engine(prefix: str = "svc") -> Iterator[sa.Engine]:
    """An engine on a new scratch database migrated to Lotse's schema (skipped without a
    server, see ``tests/postgres.py``)."""
    with scratch_database(prefix) as url:
        engine = sa.create_engine(url, hide_parameters=True)
        try:
            migrate.upgrade_server(engine)
            yield engine
        finally:
            engine.dispose()
