"""Organisation settings stored in the database as JSON values."""

import json
from typing import Any

from sqlmodel import Session

from app.domain.enums import AuditAction
from app.domain.models import Setting
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ValidationError
from app.services.i18n import translate
from app.storage.database import Database

RESTRICT_ADVISORS_TO_OWN_CASES = "restrict_advisors_to_own_cases"
# Minutes without input after which Lotse locks and asks for the password again; 0: never.
IDLE_LOCK_MINUTES = "idle_lock_minutes"
# Days after which the start page warns that no backup was copied outside the data folder.
BACKUP_WARNING_DAYS = "backup_warning_days"
# When a backup was last written outside the data folder (ISO timestamp; set by backups).
LAST_EXTERNAL_BACKUP = "last_external_backup"

# Whether a volunteer needs the club's training before being matched as a mentor.
TANDEM_TRAINING_REQUIRED = "tandem_training_required"

# What the settings page offers (and the services accept).
IDLE_LOCK_RANGE = (1, 120)
BACKUP_WARNING_RANGE = (1, 90)

DEFAULTS: dict[str, Any] = {
    RESTRICT_ADVISORS_TO_OWN_CASES: False,
    IDLE_LOCK_MINUTES: 10,
    BACKUP_WARNING_DAYS: 7,
    LAST_EXTERNAL_BACKUP: None,
    TANDEM_TRAINING_REQUIRED: True,
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


def _whole_number(field: str, label: str, value: int, low: int, high: int, unit: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            field,
            translate("Errors", "{label}: from {low} to {high} {unit} are allowed.").format(
                label=label, low=low, high=high, unit=unit
            ),
        )
    return value


def set_idle_lock_minutes(database: Database, actor: Actor, minutes: int) -> None:
    """After how many minutes without input Lotse locks itself (administrators)."""
    actor.require(Permission.SETTINGS_MANAGE)
    low, high = IDLE_LOCK_RANGE
    value = _whole_number(
        IDLE_LOCK_MINUTES,
        translate("Fields", "Lock after"),
        minutes,
        low,
        high,
        translate("Fields", "minutes"),
    )
    set_setting(database, actor, IDLE_LOCK_MINUTES, value)


def set_backup_warning_days(database: Database, actor: Actor, days: int) -> None:
    """After how many days without a backup outside the data folder the start page warns
    (administrators)."""
    actor.require(Permission.SETTINGS_MANAGE)
    low, high = BACKUP_WARNING_RANGE
    value = _whole_number(
        BACKUP_WARNING_DAYS,
        translate("Fields", "Backup reminder after"),
        days,
        low,
        high,
        translate("Fields", "days"),
    )
    set_setting(database, actor, BACKUP_WARNING_DAYS, value)
