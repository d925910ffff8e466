"""Drafts of consultation notes that survive a crash, per user and case.

A draft holds what the advisor typed (the note is sensitive), so it is encrypted
with a key derived from the database key, lives in the data folder beside the
database and is deleted as soon as it is saved or discarded. In team mode the data
folder is on the workstation and ``Database.key`` is derived from the server password
(``storage/server.drafts_key``), so a draft opens again at the next login there.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.services.actor import Actor
from app.services.cases import load_participant
from app.services.errors import ServiceError
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


@dataclass(frozen=True)
class PendingDraft:
    """An unsaved consultation note found at start: for whom and from when."""

    participant_id: int | None  # None: an anonymous short contact
    case_title: str | None  # "2026-0042 Amira Haddad"; None when anonymous or no longer open
    saved_at: datetime | None
    content: dict[str, Any]


def _participant_id(key: str) -> int | None:
    last = key.rsplit("-", 1)[-1]
    return int(last) if last.isdigit() else None


def pending_drafts(database: Database, actor: Actor) -> list[PendingDraft]:
    """The actor's drafts with the case each belongs to, oldest first."""
    drafts = []
    for key, content in consultation_drafts(database, actor).items():
        participant_id = _participant_id(key)
        title = None
        if participant_id is not None:
            try:
                with database.session() as session:
                    person = load_participant(session, actor, participant_id)
                    title = f"{person.case_number} {person.first_name} {person.last_name}"
            except ServiceError:
                title = None  # deleted, merged away or out of the actor's reach
        try:
            saved_at = datetime.fromisoformat(str(content.get("saved_at", "")))
        except ValueError:
            saved_at = None
        drafts.append(PendingDraft(participant_id, title, saved_at, content))
    return sorted(drafts, key=lambda d: d.saved_at or datetime.min)
