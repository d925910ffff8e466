"""First start: create the database with the organisation, first admin and first project.

The database is built under a temporary name and renamed into place only
when everything is committed, so a failed or cancelled setup leaves no file.
It is encrypted from the start with a random key; the admin's password and a new
recovery key each unlock a copy of it (``storage/keyslots.py``). The recovery key is
returned once, to be shown and printed, and is stored nowhere.
"""

import os
from dataclasses import dataclass
from typing import NamedTuple

from sqlmodel import select

from app.domain.enums import AuditAction, Role
from app.domain.models import Organisation, User
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.database import (
    create_fresh,
    ensure_writable,
    is_initialised,
    open_database,
    save_keys,
)
from app.services.errors import AlreadyInitialised
from app.services.i18n import translate
from app.services.passwords import check_strength, hash_password
from app.services.projects import ProjectInput, insert_project, validate_project
from app.storage import keyslots
from app.storage.database import Database
from app.storage.location import Location

CREATING_SUFFIX = ".creating"


@dataclass(frozen=True)
class SetupInput:
    organisation_name: str
    admin_username: str
    admin_password: str
    admin_display_name: str | None = None
    first_project: ProjectInput | None = None


class Initialised(NamedTuple):
    database: Database
    actor: Actor
    # Shown once (and offered as the printable Notfallschlüssel), never stored.
    recovery_key: str


def initialise(location: Location, setup: SetupInput) -> Initialised:
    """Create the database; returns it opened, the new admin as actor, the recovery key."""
    if is_initialised(location):
        raise AlreadyInitialised(
            translate(
                "Errors",
                "A Lotse database already exists in {path}; nothing was changed. "
                "Use another data folder (--data-dir) for a new organisation.",
            ).format(path=location.data_dir)
        )
    org_name = validation.required_text(
        "organisation", translate("Fields", "Organisation"), setup.organisation_name
    )
    username = validation.username(setup.admin_username)
    display_name = validation.optional_text(
        "display_name", translate("Fields", "Display name"), setup.admin_display_name
    )
    check_strength(setup.admin_password, user_inputs=(username, display_name or "", org_name))
    project = validate_project(setup.first_project) if setup.first_project else None

    ensure_writable(location.data_dir)
    temporary = location.database.with_name(location.database.name + CREATING_SUFFIX)
    _remove_with_sidecars(temporary)
    key = keyslots.new_database_key()
    keys = keyslots.new_key_file(key)
    recovery_key = keyslots.new_recovery_key()
    recovery_secret = keyslots.recovery_secret(recovery_key)
    assert recovery_secret is not None
    database = create_fresh(temporary, location.backup_dir, key)
    try:
        with database.session() as session:
            organisation = Organisation(name=org_name)
            admin = User(
                username=username,
                display_name=display_name or username,
                role=Role.ADMIN,
                password_hash=hash_password(setup.admin_password),
            )
            session.add(organisation)
            session.add(admin)
            session.flush()
            assert organisation.id is not None and admin.id is not None
            actor = Actor(admin.id, admin.username, admin.display_name, admin.role)
            record(session, actor, AuditAction.INIT, "organisation", organisation.id, ["name"])
            record(
                session,
                actor,
                AuditAction.CREATE,
                "user",
                admin.id,
                ["username", "display_name", "role", "password"],
            )
            if project is not None:
                insert_project(session, actor, organisation.id, project)
            keys.set_user_slot(admin.id, username, setup.admin_password, key)
            keys.set_recovery_slot(recovery_secret, key)
            session.commit()
    finally:
        database.close()
    # The keys are in place before the database takes its name: it is never without them.
    save_keys(location, keys)
    os.replace(temporary, location.database)
    _remove_with_sidecars(temporary)
    opened = open_database(location, key)
    return Initialised(opened, actor, recovery_key)


def organisation_name(database: Database) -> str:
    with database.session() as session:
        organisation = session.exec(select(Organisation)).first()
        return organisation.name if organisation else ""


def _remove_with_sidecars(path: os.PathLike[str]) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = f"{os.fspath(path)}{suffix}"
        if os.path.exists(candidate):
            os.remove(candidate)
