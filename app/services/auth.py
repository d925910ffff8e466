"""Logging in: turning a user name and password into an Actor."""

from sqlmodel import select

from app.domain.enums import AuditAction
from app.domain.models import User
from app.domain.models._columns import utcnow
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import AuthenticationFailed
from app.services.i18n import translate
from app.services.passwords import hash_password, needs_rehash, verify_password
from app.storage.database import Database


def authenticate(database: Database, username: str, password: str) -> Actor:
    """The actor for valid credentials; a failed attempt is audited, never the password."""
    name = username.strip().lower()
    with database.session() as session:
        user = session.exec(select(User).where(User.username == name)).first()
        if user is None or not user.active or not verify_password(user.password_hash, password):
            record(
                session,
                None,
                AuditAction.LOGIN_FAILED,
                "user",
                user.id if user else None,
                username=name[:64],
            )
            session.commit()
            raise AuthenticationFailed(
                translate("Errors", "User name or password is wrong, or the account is disabled.")
            )
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        user.last_login_at = utcnow()
        assert user.id is not None
        actor = Actor(user.id, user.username, user.display_name, user.role)
        record(session, actor, AuditAction.LOGIN, "user", user.id)
        session.add(user)
        session.commit()
        return actor
