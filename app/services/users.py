"""Managing user accounts: admins add and change them; every user changes their password.

Accounts are deactivated, never deleted (the audit trail names them). At least one
active administrator always remains, so the club never locks itself out.

Each active account has a key slot (``storage/keyslots.py``): its password unlocks a copy
of the database key. Adding a user or setting a password writes that user's slot;
deactivating removes it, so the password of someone who left opens nothing, also not a
copy of the files; a reactivated account gets a new password from an administrator.
The database itself is never re-encrypted for any of this.

In team mode (a server) there are no key slots: the same changes touch only the rows
(password hash, activity, wait), and the login checks the hash.
"""

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from app.domain.enums import AuditAction, Role
from app.domain.interface_languages import INTERFACE_LANGUAGES, own_name
from app.domain.models import Organisation, User, Volunteer
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.auth import accounts_changed
from app.services.database import load_keys, save_keys
from app.services.errors import AuthenticationFailed, NotFound, ValidationError
from app.services.i18n import translate
from app.services.passwords import check_strength, hash_password, verify_password
from app.storage.database import Database


def add_user(
    database: Database,
    actor: Actor,
    username: str,
    role: str,
    password: str,
    display_name: str | None = None,
    must_change_password: bool = False,
) -> User:
    actor.require(Permission.USERS_MANAGE)
    name = validation.username(username)
    chosen_role = validation.choice("role", translate("Fields", "Role"), role, Role)
    shown = validation.optional_text(
        "display_name", translate("Fields", "Display name"), display_name
    )
    with database.session() as session:
        check_strength(password, user_inputs=(name, shown or "", *_club_words(session)))
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
            must_change_password=must_change_password,
        )
        session.add(user)
        session.flush()
        assert user.id is not None
        record(
            session,
            actor,
            AuditAction.CREATE,
            "user",
            user.id,
            ["username", "display_name", "role", "password"],
        )
        set_key_slot(database, user.id, name, password)
        session.commit()
        return user


def _club_words(session: Session) -> list[str]:
    """The organisation's name: a password made of it is among the first guesses."""
    return [organisation.name for organisation in session.exec(select(Organisation))]


def _has_key_file(database: Database) -> bool:
    """False in team mode: the server's accounts have no key slots."""
    return database.location.server is None


def set_key_slot(database: Database, user_id: int, username: str, password: str) -> None:
    """The user's copy of the database key, unlocked by ``password``; ends any wait.
    Nothing to do in team mode."""
    if not _has_key_file(database):
        return
    keys = load_keys(database.location)
    keys.set_user_slot(user_id, username, password, database.key)
    keys.lockouts.pop(user_id, None)
    save_keys(database.location, keys)


def has_key_slot(database: Database, user_id: int) -> bool:
    """Whether the account can log in with its password (always, in team mode)."""
    if not _has_key_file(database):
        return True
    return load_keys(database.location).slot_of(user_id) is not None


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None
    volunteer: str | None  # the linked volunteer record, for volunteers' own logins
    volunteer_id: int | None
    # False for a reactivated account until an administrator sets a new password.
    has_key: bool = True


def list_users(database: Database, actor: Actor) -> list[UserRow]:
    actor.require(Permission.USERS_MANAGE)
    keys = load_keys(database.location) if _has_key_file(database) else None
    with database.session() as session:
        linked = {
            v.user_id: v
            for v in session.exec(select(Volunteer).where(Volunteer.user_id != None))  # noqa: E711
        }
        return [
            UserRow(
                id=u.id or 0,
                username=u.username,
                display_name=u.display_name,
                role=Role(u.role),
                active=u.active,
                locked_until=u.locked_until,
                must_change_password=u.must_change_password,
                last_login_at=u.last_login_at,
                volunteer=f"{linked[u.id].first_name} {linked[u.id].last_name} "
                f"({linked[u.id].number})"
                if u.id in linked
                else None,
                volunteer_id=linked[u.id].id if u.id in linked else None,
                has_key=keys is None or (u.id is not None and keys.slot_of(u.id) is not None),
            )
            for u in session.exec(select(User).order_by(User.username))
        ]


def _load(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(translate("Errors", "This user account does not exist (any more)."))
    return user


def _keep_an_admin(session: Session, user: User, role: Role, active: bool) -> None:
    """Refuses a change that would leave the club without an active administrator."""
    if user.role != Role.ADMIN or not user.active or (role == Role.ADMIN and active):
        return
    others = session.exec(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.active == True, User.id != user.id)  # noqa: E712
    ).one()
    if not others:
        raise ValidationError(
            "role",
            translate(
                "Errors",
                "{user} is the last active administrator; make someone else an administrator "
                "first.",
            ).format(user=user.username),
        )


def update_user(
    database: Database, actor: Actor, user_id: int, display_name: str, role: str
) -> User:
    """Change a user's name or role; a new role counts from the user's next action."""
    actor.require(Permission.USERS_MANAGE)
    shown = validation.required_text(
        "display_name", translate("Fields", "Display name"), display_name
    )
    chosen_role = validation.choice("role", translate("Fields", "Role"), role, Role)
    with database.session() as session:
        user = _load(session, user_id)
        _keep_an_admin(session, user, chosen_role, user.active)
        changed = [
            name
            for name, value in (("display_name", shown), ("role", chosen_role))
            if getattr(user, name) != value
        ]
        user.display_name = shown
        user.role = chosen_role
        session.add(user)
        if changed:
            record(session, actor, AuditAction.UPDATE, "user", user_id, changed)
        session.commit()
        accounts_changed(database.engine)  # open sessions check the new role at once
        return user


def set_active(database: Database, actor: Actor, user_id: int, active: bool) -> None:
    """Deactivate or reactivate an account; a deactivated user is stopped at the next action."""
    actor.require(Permission.USERS_MANAGE)
    with database.session() as session:
        user = _load(session, user_id)
        _keep_an_admin(session, user, Role(user.role), active)
        if user.active != active:
            user.active = active
            session.add(user)
            record(session, actor, AuditAction.UPDATE, "user", user_id, ["active"])
        if not active and _has_key_file(database):
            keys = load_keys(database.location)
            keys.remove_user_slot(user_id)
            save_keys(database.location, keys)
        session.commit()
    accounts_changed(database.engine)  # an open session of the user stops at once


def reset_password(database: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """An admin sets a temporary password; the user must choose a new one at next login."""
    actor.require(Permission.USERS_MANAGE)
    with database.session() as session:
        user = _load(session, user_id)
        check_strength(
            new_password,
            user_inputs=(user.username, user.display_name, *_club_words(session)),
        )
        assert user.id is not None
        set_key_slot(database, user.id, user.username, new_password)
        user.password_hash = hash_password(new_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        session.add(user)
        record(session, actor, AuditAction.UPDATE, "user", user_id, ["password"],
               reason="reset by an administrator")  # fmt: skip
        session.commit()


def unlock(database: Database, actor: Actor, user_id: int) -> None:
    """End the wait after too many wrong passwords."""
    actor.require(Permission.USERS_MANAGE)
    with database.session() as session:
        user = _load(session, user_id)
        user.failed_logins = 0
        user.locked_until = None
        if _has_key_file(database):
            keys = load_keys(database.location)
            keys.lockouts.pop(user_id, None)
            save_keys(database.location, keys)
        session.add(user)
        record(session, actor, AuditAction.UPDATE, "user", user_id, ["locked_until"],
               reason="unlocked")  # fmt: skip
        session.commit()


def change_own_password(
    database: Database, actor: Actor, current_password: str, new_password: str
) -> None:
    """Every user may change their own password, knowing the current one."""
    actor.current_role()  # a deactivated account cannot
    if new_password == current_password:
        raise ValidationError(
            "new_password",
            translate("Errors", "New password: please choose a password you did not use now."),
        )
    with database.session() as session:
        user = _load(session, actor.user_id)
        check_strength(
            new_password,
            "new_password",
            (user.username, user.display_name, *_club_words(session)),
        )
        if not _current_password_opens(database, user, current_password):
            raise AuthenticationFailed(translate("Errors", "The current password is wrong."))
        set_key_slot(database, actor.user_id, user.username, new_password)
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        session.add(user)
        record(session, actor, AuditAction.UPDATE, "user", actor.user_id, ["password"])
        session.commit()


def _current_password_opens(database: Database, user: User, password: str) -> bool:
    """Laptop: the password opens the user's key slot; team mode: it matches the hash."""
    if not _has_key_file(database):
        return verify_password(user.password_hash, password)
    assert user.id is not None
    slot = load_keys(database.location).slot_of(user.id)
    return slot is not None and slot.open(password) == database.key


def set_own_language(database: Database, actor: Actor, language: str | None) -> Actor:
    """Every user chooses the language Lotse shows them (None: this computer's).

    Returns the actor carrying the new choice, for the window that is rebuilt in it.
    """
    actor.current_role()  # a deactivated account cannot
    if language is not None and language not in INTERFACE_LANGUAGES:
        raise ValidationError(
            "language",
            translate("Errors", "Language: please choose one of {choices}.").format(
                choices=", ".join(own_name(code) for code in INTERFACE_LANGUAGES)
            ),
        )
    with database.session() as session:
        user = _load(session, actor.user_id)
        if user.language != language:
            user.language = language
            session.add(user)
            record(session, actor, AuditAction.UPDATE, "user", actor.user_id, ["language"])
            session.commit()
    return replace(actor, language=language)


def link_volunteer(
    database: Database, actor: Actor, user_id: int, volunteer_id: int | None
) -> None:
    """The volunteer record a volunteer's login enters hours for ("Meine Stunden")."""
    actor.require(Permission.USERS_MANAGE)
    with database.session() as session:
        user = _load(session, user_id)
        if volunteer_id is not None and user.role != Role.VOLUNTEER:
            raise ValidationError(
                "volunteer",
                translate(
                    "Errors", "Volunteer record: only a login with the role volunteer is linked."
                ),
            )
        for current in session.exec(select(Volunteer).where(Volunteer.user_id == user_id)):
            current.user_id = None
            session.add(current)
        session.flush()
        if volunteer_id is not None:
            volunteer = session.get(Volunteer, volunteer_id)
            if volunteer is None:
                raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
            if volunteer.user_id not in (None, user_id):
                raise ValidationError(
                    "volunteer",
                    translate(
                        "Errors", "Volunteer record: {number} already has another login."
                    ).format(number=volunteer.number),
                )
            volunteer.user_id = user_id
            session.add(volunteer)
        record(session, actor, AuditAction.UPDATE, "user", user_id, ["volunteer"])
        session.commit()


def unlinked_volunteers(database: Database, actor: Actor) -> list[tuple[int, str]]:
    """Volunteers without a login, to link one."""
    actor.require(Permission.USERS_MANAGE)
    with database.session() as session:
        return [
            (v.id or 0, f"{v.first_name} {v.last_name} ({v.number})")
            for v in session.exec(
                select(Volunteer)
                .where(Volunteer.user_id == None)  # noqa: E711
                .order_by(Volunteer.last_name, Volunteer.first_name)
            )
        ]
