"""User accounts and the audit trail."""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.enums import AuditAction, Role
from app.domain.models._columns import enum_type, not_blank, utcnow


class User(SQLModel, table=True):
    """A person who logs in. Users are deactivated, never deleted (audit)."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True)
    display_name: str
    role: Role = Field(sa_type=enum_type(Role, "role"))
    # argon2id hash in PHC format; the clear password is never stored.
    password_hash: str
    active: bool = True
    # Set when an admin resets the password: the user chooses a new one at the next login.
    must_change_password: bool = False
    # Wrong passwords in a row, and until when the account waits after too many.
    failed_logins: int = 0
    locked_until: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None
    # The interface language the user chose (a code of INTERFACE_LANGUAGES); None: the
    # language chosen on this computer, else the system's.
    language: str | None = Field(default=None, max_length=8)

    __table_args__ = (
        not_blank("username"),
        not_blank("display_name"),
        sa.CheckConstraint("username = lower(username)", name="username_lowercase"),
        sa.CheckConstraint("failed_logins >= 0", name="failed_logins_positive"),
    )


class AuditEvent(SQLModel, table=True):
    """Who changed what and when. Names the fields, never their sensitive values."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    username: str
    action: AuditAction = Field(sa_type=enum_type(AuditAction, "action"))
    entity: str
    entity_id: int | None = None
    # Comma-separated names of the changed fields.
    fields: str | None = None
    reason: str | None = None
