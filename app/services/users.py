"""Managing user accounts."""

from sqlalchemy import func
from sqlmodel import select

from app.domain.enums import AuditAction, Role
from app.domain.models import User
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ValidationError
from app.services.i18n import translate
from app.services.passwords import check_strength, hash_password
from app.storage.database import Database


def add_user(
    database: Database,
    actor: Actor,
    username: str,
    role: str,
    password: str,
    display_name: str | None = None,
) -> User:
    actor.require(Permission.USERS_MANAGE)
    name = validation.username(username)
    chosen_role = validation.choice("role", translate("Fields", "Role"), role, Role)
    shown = validation.optional_text(
        "display_name", translate("Fields", "Display name"), display_name
    )
    check_strength(password)
    with database.session() as session:
        taken = session.exec(
            select(func.count()).select_from(User).where(User.username == name)
        ).one()
        if taken:
            raise ValidationError(
                "username",
                translate("Errors", "{label}: the name {name} is already taken.").format(
                    label=translate("Fields", "User name"), name=name
                ),
            )
        user = User(
            username=name,
            display_name=shown or name,
            role=chosen_role,
            password_hash=hash_password(password),
        )
        session.add(user)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            "user",
            user.id,
            ["username", "display_name", "role", "password"],
        )
        session.commit()
        return user


def list_users(database: Database, actor: Actor) -> list[User]:
    actor.require(Permission.USERS_MANAGE)
    with database.session() as session:
        return list(session.exec(select(User).order_by(User.username)).all())
