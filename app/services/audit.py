"""Writing the audit trail: who did what to which entity, naming fields but not values."""

from collections.abc import Iterable

from sqlmodel import Session

from app.domain.enums import AuditAction
from app.domain.models import AuditEvent
from app.services.actor import Actor


def record(
    session: Session,
    actor: Actor | None,
    action: AuditAction,
    entity: str,
    entity_id: int | None = None,
    fields: Iterable[str] = (),
    reason: str | None = None,
    username: str | None = None,
) -> None:
    """Add an audit event to the session's transaction (committed with the change)."""
    session.add(
        AuditEvent(
            user_id=actor.user_id if actor else None,
            username=actor.username if actor else (username or ""),
            action=action,
            entity=entity,
            entity_id=entity_id,
            fields=",".join(sorted(fields)) or None,
            reason=reason,
        )
    )
