"""Logging in: turning a user name and password into an Actor.

After five wrong passwords in a row an account waits before the next try, longer
with every further wrong password (30 seconds, doubling up to an hour); the wait is
stored, so restarting Lotse does not reset it, and an admin can unlock. A failed
attempt is audited under the account it was for – a name that is no account (which
may be a password typed into the wrong field) is never stored – and an unknown
name costs the same time as a wrong password, so the login does not reveal who
has an account.
"""

import math
from datetime import datetime, timedelta

from sqlalchemy import Engine, text
from sqlmodel import select

from app.domain.enums import AuditAction, Role
from app.domain.models import User
from app.domain.models._columns import utcnow
from app.services.actor import AccountState, Actor
from app.services.audit import record
from app.services.errors import AuthenticationFailed
from app.services.i18n import translate
from app.services.passwords import (
    hash_password,
    needs_rehash,
    verify_password,
    verify_without_account,
)
from app.storage.database import Database

FREE_ATTEMPTS = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


def lockout_wait(failed_logins: int) -> timedelta | None:
    """How long an account waits after ``failed_logins`` wrong passwords in a row."""
    if failed_logins < FREE_ATTEMPTS:
        return None
    doublings = min(failed_logins - FREE_ATTEMPTS, 16)  # the cap is reached long before
    wait: timedelta = FIRST_WAIT * 2**doublings
    return min(wait, LONGEST_WAIT)


class AccountReader:
    """Reads an account's current state for an Actor at each permission check."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __call__(self, user_id: int) -> AccountState | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                text('SELECT active, role FROM "user" WHERE id = :id'), {"id": user_id}
            ).first()
        return AccountState(bool(row[0]), Role(row[1])) if row else None


def _wrong() -> AuthenticationFailed:
    return AuthenticationFailed(
        translate("Errors", "User name or password is wrong, or the account is disabled.")
    )


def _waiting(until: datetime, now: datetime) -> AuthenticationFailed:
    seconds = max(1, math.ceil((until - now).total_seconds()))
    return AuthenticationFailed(
        translate(
            "Errors",
            "Too many wrong passwords for this account. Please wait {seconds} seconds and try "
            "again, or ask an administrator to unlock it.",
        ).format(seconds=seconds)
    )


def authenticate(
    database: Database, username: str, password: str, now: datetime | None = None
) -> Actor:
    """The actor for valid credentials; a failed attempt is audited, never the password."""
    name = username.strip().lower()
    now = now or utcnow()
    with database.session() as session:
        user = session.exec(select(User).where(User.username == name)).first()
        if user is None:
            verify_without_account(password)  # the same time as a wrong password
            record(session, None, AuditAction.LOGIN_FAILED, "user", None, username="")
            session.commit()
            raise _wrong()
        if user.locked_until is not None and user.locked_until > now:
            record(session, None, AuditAction.LOGIN_FAILED, "user", user.id,
                   reason="locked", username=user.username)  # fmt: skip
            session.commit()
            raise _waiting(user.locked_until, now)
        if not user.active or not verify_password(user.password_hash, password):
            user.failed_logins += 1
            wait = lockout_wait(user.failed_logins)
            user.locked_until = now + wait if wait else None
            session.add(user)
            record(
                session,
                None,
                AuditAction.LOGIN_FAILED,
                "user",
                user.id,
                reason="locked" if wait else None,
                username=user.username,
            )
            session.commit()
            raise _waiting(user.locked_until, now) if user.locked_until else _wrong()
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        user.last_login_at = now
        user.failed_logins = 0
        user.locked_until = None
        assert user.id is not None
        actor = Actor(
            user.id,
            user.username,
            user.display_name,
            user.role,
            user.must_change_password,
            AccountReader(database.engine),
        )
        record(session, actor, AuditAction.LOGIN, "user", user.id)
        session.add(user)
        session.commit()
        return actor


def log_out(database: Database, actor: Actor) -> None:
    """The end of a session, for the audit trail (the window closes either way)."""
    with database.session() as session:
        record(session, actor, AuditAction.LOGOUT, "user", actor.user_id)
        session.commit()
