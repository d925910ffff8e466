"""Stored search keys follow the current folding rules.

When ``SEARCH_KEY_VERSION`` changes (a new spelling rule), every case file's and
volunteer's key is recomputed once at the next open, in one transaction, so that old
records are found exactly like new ones.
"""

import logging

import sqlalchemy as sa
from sqlmodel import Session

from app.domain.models import Participant, Setting, Volunteer
from app.domain.models.tables import table
from app.domain.search_text import (
    SEARCH_KEY_VERSION,
    participant_search_key,
    volunteer_search_key,
)
from app.services.upserts import insert_or_update
from app.storage.database import Database

VERSION_SETTING = "search_key_version"

log = logging.getLogger(__name__)


def refresh_search_keys(database: Database) -> int:
    """Recompute the keys written under older rules; returns how many rows changed."""
    with database.session() as session:
        stored = session.get(Setting, VERSION_SETTING)
        if stored is not None and stored.value == str(SEARCH_KEY_VERSION):
            return 0
        changed = _recompute(session)
        # In one statement: two Lotse starting at once on a server both get here.
        version = str(SEARCH_KEY_VERSION)
        insert_or_update(
            session,
            Setting,
            {"key": VERSION_SETTING, "value": version},
            ["key"],
            {"value": version},
        )
        session.commit()
    log.info("search keys recomputed for version %s: %s rows", SEARCH_KEY_VERSION, changed)
    return changed


def _recompute(session: Session) -> int:
    # Core statements: the key is derived data, so rewriting it must not move the rows'
    # versions (forms open elsewhere would report a conflict nobody caused).
    p, v = table(Participant).c, table(Volunteer).c
    people = [
        {"row": row.id, "key": key}
        for row in session.execute(
            sa.select(p.id, p.first_name, p.last_name, p.case_number, p.phone, p.search_text)
        )
        if (
            key := participant_search_key(row.first_name, row.last_name, row.case_number, row.phone)
        )
        != row.search_text
    ]
    helpers = [
        {"row": row.id, "key": key}
        for row in session.execute(
            sa.select(v.id, v.first_name, v.last_name, v.number, v.search_text)
        )
        if (key := volunteer_search_key(row.first_name, row.last_name, row.number))
        != row.search_text
    ]
    for rows, column_table in ((people, table(Participant)), (helpers, table(Volunteer))):
        if rows:
            session.execute(
                sa.update(column_table)
                .where(column_table.c.id == sa.bindparam("row"))
                .values(search_text=sa.bindparam("key")),
                rows,
            )
    return len(people) + len(helpers)
