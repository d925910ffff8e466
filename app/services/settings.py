"""Organisation settings stored in the database as JSON values."""

import json
from typing import Any

from sqlmodel import Session

from app.domain.enums import AuditAction
from app.domain.models import Setting
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.storage.database import Database

RESTRICT_ADVISORS_TO_OWN_CASES = "restrict_advisors_to_own_cases"
# Minutes without input after which Lotse locks and asks for the password again; 0: never.
IDLE_LOCK_MINUTES = "idle_lock_minutes"
# Days after which the start page warns that no backup was copied outside the data folder.
BACKUP_WARNING_DAYS = "backup_warning_days"
# When a backup was last written outside the data folder (ISO timestamp; set by backups).
LAST_EXTERNAL_BACKUP = "last_external_backup"

DEFAULTS: dict[str, Any] = {
    RESTRICT_ADVISORS_TO_OWN_CASES: False,
    IDLE_LOCK_MINUTES: 10,
    BACKUP_WARNING_DAYS: 7,
    LAST_EXTERNAL_BACKUP: None,
}


def read_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row else DEFAULTS.get(key)


def write_setting(session: Session, key: str, value: Any) -> None:
    """Store a setting inside the caller's transaction (the caller checks permissions)."""
    row = session.get(Setting, key) or Setting(key=key, value="null")
    row.value = json.dumps(value)
    session.add(row)


def get_setting(database: Database, key: str) -> Any:
    """Settings are no personal data: every logged-in role may read them."""
    with database.session() as session:
        return read_setting(session, key)


def set_setting(database: Database, actor: Actor, key: str, value: Any) -> None:
    actor.require(Permission.SETTINGS_MANAGE)
    with database.session() as session:
        row = session.get(Setting, key) or Setting(key=key, value="null")
        row.value = json.dumps(value)
        session.add(row)
        record(session, actor, AuditAction.UPDATE, "setting", None, [key])
        session.commit()
