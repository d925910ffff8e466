"""Bringing the schema on a PostgreSQL server to this Lotse version (team mode).

TEMPORARY: these three functions belong in ``migrate.py``, where the migrations branch
adds them with exactly these signatures; this module stands in until that merge and is
then removed (callers switch their import). Unlike a laptop's file there is no copy
taken before migrating (the server is backed up with pg_dump), and two workstations
starting at the same moment must not migrate twice: the upgrade holds a transaction-level
advisory lock, and DDL on PostgreSQL is transactional, so it applies fully or not at all.
"""

import logging

from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select

from app.storage.errors import DatabaseTooNew, MigrationFailed
from app.storage.migrate import (
    UpgradeResult,
    alembic_config,
    head_revision,
    known_revisions,
)

# pg_advisory_xact_lock's key for "this database's schema is being changed" (any number
# fixed for Lotse: "LOTSE" in ASCII).
MIGRATION_LOCK = 0x4C4F545345

log = logging.getLogger(__name__)


def server_revision(engine: Engine) -> str | None:
    """The schema revision recorded on the server; None when it has no Lotse schema."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refuse_if_too_new_server(engine: Engine) -> str | None:
    """The recorded revision; a schema of a newer Lotse is refused untouched."""
    revision = server_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(_name(engine), revision)
    return revision


def upgrade_server(engine: Engine) -> UpgradeResult:
    """Apply pending migrations in one transaction, one workstation at a time."""
    notices: list[str] = []
    try:
        with engine.begin() as connection:
            connection.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
            # Read under the lock: another workstation may have migrated meanwhile.
            revision = MigrationContext.configure(connection).get_current_revision()
            if revision is not None and revision not in known_revisions():
                raise DatabaseTooNew(_name(engine), revision)
            if revision == head_revision():
                return UpgradeResult()
            command.upgrade(alembic_config(connection, notices), "head")
    except DatabaseTooNew:
        raise
    except Exception as error:
        raise MigrationFailed(_name(engine), None, str(error)) from error
    for notice in notices:
        log.warning("migration notice: %s", notice)
    return UpgradeResult(None, tuple(notices))


def _name(engine: Engine) -> str:
    """The database as messages name it (never with the password)."""
    url = engine.url
    return f"{url.database} on {url.host or url.query.get('host') or 'localhost'}"
