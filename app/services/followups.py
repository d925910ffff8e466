"""Follow-ups (Wiedervorlagen): completing and adding them."""

from datetime import date

from app.domain.enums import AuditAction
from app.domain.models import FollowUp
from app.domain.models._columns import utcnow
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.errors import NotFound
from app.services.i18n import translate
from app.storage.database import Database


def add_follow_up(
    database: Database,
    actor: Actor,
    participant_id: int,
    due_date: date,
    subject: str,
    assignee_id: int | None = None,
) -> FollowUp:
    actor.require(Permission.FOLLOWUPS_MANAGE)
    text = validation.required_text("subject", translate("Fields", "Subject"), subject)
    with database.session() as session:
        load_participant(session, actor, participant_id, for_change=True)
        follow_up = FollowUp(
            participant_id=participant_id,
            due_date=due_date,
            subject=text,
            assignee_id=assignee_id or actor.user_id,
        )
        session.add(follow_up)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            "follow_up",
            follow_up.id,
            ["due_date", "subject", "assignee_id"],
        )
        session.commit()
        return follow_up


def complete_follow_up(database: Database, actor: Actor, follow_up_id: int) -> None:
    actor.require(Permission.FOLLOWUPS_MANAGE)
    with database.session() as session:
        follow_up = session.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise NotFound(translate("Errors", "This follow-up no longer exists."))
        load_participant(session, actor, follow_up.participant_id)
        follow_up.done_at = utcnow()
        session.add(follow_up)
        record(session, actor, AuditAction.UPDATE, "follow_up", follow_up_id, ["done_at"])
        session.commit()
