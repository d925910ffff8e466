"""Stored search keys follow the current folding rules.

When ``SEARCH_KEY_VERSION`` changes (a new spelling rule), every case file's and
volunteer's key is recomputed once at the next open, in one transaction, so that old
records are found exactly like new ones.
"""

import logging

from sqlmodel import Session, select

from app.domain.models import Participant, Setting, Volunteer
from app.domain.search_text import (
    SEARCH_KEY_VERSION,
    participant_search_key,
    volunteer_search_key,
)
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
        session.merge(Setting(key=VERSION_SETTING, value=str(SEARCH_KEY_VERSION)))
        session.commit()
    log.info("search keys recomputed for version %s: %s rows", SEARCH_KEY_VERSION, changed)
    return changed


def _recompute(session: Session) -> int:
    changed = 0
    for person in session.exec(select(Participant)):
        key = participant_search_key(
            person.first_name, person.last_name, person.case_number, person.phone
        )
        if key != person.search_text:
            person.search_text = key
            session.add(person)
            changed += 1
    for volunteer in session.exec(select(Volunteer)):
        key = volunteer_search_key(volunteer.first_name, volunteer.last_name, volunteer.number)
        if key != volunteer.search_text:
            volunteer.search_text = key
            session.add(volunteer)
            changed += 1
    return changed
