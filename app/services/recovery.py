"""The recovery key (Notfallschlüssel): a new administrator password without the old one.

The recovery key opens its own key slot; with the database open, an administrator
account gets a new password (and a new key slot), its wait after wrong passwords ends,
and the event is audited. The recovery key itself stays valid; an administrator who
fears it was seen makes a new one (``new_recovery_key``), which replaces the old slot.

Team mode has no recovery key (there is no database key to recover): both are refused
with what to do instead.
"""

from datetime import datetime

from sqlmodel import select

from app.domain.enums import AuditAction, Role
from app.domain.models import User
from app.domain.models._columns import utcnow
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.auth import flush_pending
from app.services.database import load_keys, open_database, save_keys
from app.services.errors import AuthenticationFailed, ServiceError, ValidationError
from app.services.i18n import translate
from app.services.passwords import check_strength, hash_password
from app.storage import keyslots
from app.storage.database import Database
from app.storage.location import Location


def no_recovery_in_team_mode() -> ServiceError:
    return ServiceError(
        translate(
            "Errors",
            "A database on a server has no recovery key. An administrator sets a new password "
            "in Lotse (Settings, Users, or 'lotse user passwd NAME'). If no administrator can "
            "log in any more, the person who runs the server has to help: the accounts are in "
            'the table "user" of the server\'s database.',
        )
    )


def recover_admin_password(
    location: Location,
    recovery_key: str,
    username: str,
    new_password: str,
    now: datetime | None = None,
) -> None:
    """Set a new password for the administrator ``username`` with the recovery key."""
    if location.server is not None:
        raise no_recovery_in_team_mode()
    now = now or utcnow()
    secret = keyslots.recovery_secret(recovery_key)
    if secret is None:
        raise ValidationError(
            "recovery_key",
            translate(
                "Errors",
                "Recovery key: 32 letters and digits are expected (eight groups of four, "
                "as on the printed Notfallschlüssel).",
            ),
        )
    name = validation.username(username)
    keys = load_keys(location)
    slot = keys.recovery_slot()
    key = slot.open(secret) if slot is not None else None
    if key is None:
        keys.add_pending(keyslots.PendingFailure(now, None, "recovery key"))
        save_keys(location, keys)
        raise AuthenticationFailed(
            translate("Errors", "This recovery key does not open this database.")
        )
    database = open_database(location, key)
    try:
        with database.session() as session:
            user = session.exec(select(User).where(User.username == name)).first()
            if user is None or user.role != Role.ADMIN:
                raise ValidationError(
                    "username",
                    translate(
                        "Errors",
                        "User name: {name} is no administrator account; the recovery key "
                        "sets an administrator's password.",
                    ).format(name=name),
                )
            check_strength(new_password, "new_password", (user.username, user.display_name))
            assert user.id is not None
            keys.set_user_slot(user.id, user.username, new_password, key)
            keys.lockouts.pop(user.id, None)
            flush_pending(session, keys)
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            user.active = True
            user.failed_logins = 0
            user.locked_until = None
            session.add(user)
            record(session, None, AuditAction.UPDATE, "user", user.id, ["password"],
                   reason="recovery key", username=user.username)  # fmt: skip
            save_keys(location, keys)
            session.commit()
    finally:
        database.close()


def new_recovery_key(database: Database, actor: Actor) -> str:
    """Replace the recovery slot: the old recovery key opens nothing from now on."""
    actor.require(Permission.USERS_MANAGE)
    if database.location.server is not None:
        raise no_recovery_in_team_mode()
    recovery_key = keyslots.new_recovery_key()
    secret = keyslots.recovery_secret(recovery_key)
    assert secret is not None
    keys = load_keys(database.location)
    keys.set_recovery_slot(secret, database.key)
    with database.session() as session:
        record(session, actor, AuditAction.UPDATE, "database", None, ["recovery_key"])
        save_keys(database.location, keys)
        session.commit()
    return recovery_key
