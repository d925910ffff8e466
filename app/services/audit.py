"""Writing the audit trail: who did what to which entity, naming fields but not values.

Every change a service makes passes through ``record``, so this is also where the log
hears of it: at INFO, with ids and field names only (no names, no values, no reasons,
which may quote a person).
"""

import logging
from collections.abc import Iterable

from sqlmodel import Session

from app.domain.enums import AuditAction
from app.domain.models import AuditEvent
from app.services.actor import Actor

log = logging.getLogger("lotse.changes")


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
    field_names = ",".join(sorted(fields)) or None
    log.info(
        "%s %s %s by user %s%s",
        action.value,
        entity,
        entity_id if entity_id is not None else "-",
        actor.user_id if actor else "-",
        f" fields={field_names}" if field_names else "",
    )
    session.add(
        AuditEvent(
            user_id=actor.user_id if actor else None,
            username=actor.username if actor else (username or ""),
            action=action,
            entity=entity,
            entity_id=entity_id,
            fields=field_names,
            reason=reason,
        )
    )
