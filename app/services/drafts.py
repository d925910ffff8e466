"""Drafts of consultation notes that survive a crash, per user and case.

A draft holds what the advisor typed (the note is sensitive), so it is encrypted
with a key derived from the database key, lives in the data folder beside the
database and is deleted as soon as it is saved or discarded.
"""

from typing import Any

from app.services.actor import Actor
from app.storage import drafts as store
from app.storage.database import Database


def draft_key(actor: Actor, participant_id: int | None) -> str:
    return f"consultation-{actor.user_id}-{participant_id or 'anonymous'}"


def save_consultation_draft(
    database: Database, actor: Actor, participant_id: int | None, content: dict[str, Any]
) -> None:
    store.save_draft(
        database.location.drafts_dir, draft_key(actor, participant_id), content, database.key
    )


def consultation_drafts(database: Database, actor: Actor) -> dict[str, dict[str, Any]]:
    """The actor's unsaved consultation drafts, keyed by draft key."""
    return store.load_drafts(
        database.location.drafts_dir, f"consultation-{actor.user_id}-", database.key
    )


def discard_consultation_draft(
    database: Database, actor: Actor, participant_id: int | None
) -> None:
    store.delete_draft(database.location.drafts_dir, draft_key(actor, participant_id))
