"""First start: create the database with the organisation, first admin and first project.

The database is built under a temporary name and renamed into place only
when everything is committed, so a failed or cancelled setup leaves no file.
It is encrypted from the start with a random key; the admin's password and a new
recovery key each unlock a copy of it (``storage/keyslots.py``). The recovery key is
returned once, to be shown and printed, and is stored nowhere.

On a server (team mode, ``initialise_server``) the database must be empty; the schema
is migrated there and organisation, admin and first project are written in one
transaction. There is no key file and no recovery key.
"""

import os
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func
from sqlmodel import Session, select

from app.domain.enums import AuditAction, Role
from app.domain.models import Organisation, User
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.database import (
    BUSY,
    StorageProblem,
    create_fresh,
    ensure_writable,
    is_initialised,
    open_database,
    open_server,
    save_keys,
)
from app.services.errors import AlreadyInitialised, storage_message
from app.services.i18n import translate
from app.services.passwords import check_strength, hash_password
from app.services.projects import ProjectInput, ValidProject, insert_project, validate_project
from app.services.team import (
    ServerAddress,
    not_a_lotse_server,
    password_missing,
    plain_server_errors,
)
from app.services.team import server_password as known_server_password
from app.storage import keyslots
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.location import Location
from app.storage.migrate import SERVER_MIGRATION_LOCK, upgrade_server
from app.storage.server import Contents, create_server_engine, server_contents

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
    # Shown once (and offered as the printable Notfallschlüssel), never stored. None on a
    # server (team mode), which has no recovery key.
    recovery_key: str | None


def initialise(
    location: Location, setup: SetupInput, server_password: str | None = None
) -> Initialised:
    """Create the database; returns it opened, the new admin as actor, the recovery key.

    In team mode on the server (``initialise_server``), with ``server_password`` or the
    one from the credential store or the environment."""
    if location.server is not None:
        secret = server_password or known_server_password(location.server)
        if secret is None:
            raise password_missing(location.server)
        return initialise_server(location, secret, setup)
    if is_initialised(location):
        raise AlreadyInitialised(
            translate(
                "Errors",
                "A Lotse database already exists in {path}; nothing was changed. "
                "Use another data folder (--data-dir) for a new organisation.",
            ).format(path=location.data_dir)
        )
    checked = _checked(setup)
    username = checked.username

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
            actor = _write_club(session, checked, setup.admin_password)
            keys.set_user_slot(actor.user_id, username, setup.admin_password, key)
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


class _Checked(NamedTuple):
    organisation: str
    username: str
    display_name: str | None
    project: ValidProject | None


def _checked(setup: SetupInput) -> _Checked:
    """The set-up form checked before anything is created."""
    org_name = validation.required_text(
        "organisation", translate("Fields", "Organisation"), setup.organisation_name
    )
    username = validation.username(setup.admin_username)
    display_name = validation.optional_text(
        "display_name", translate("Fields", "Display name"), setup.admin_display_name
    )
    check_strength(setup.admin_password, user_inputs=(username, display_name or "", org_name))
    project = validate_project(setup.first_project) if setup.first_project else None
    return _Checked(org_name, username, display_name, project)


def _write_club(session: Session, checked: _Checked, password: str) -> Actor:
    """Organisation, first administrator and first project, audited; the admin as actor."""
    organisation = Organisation(name=checked.organisation)
    admin = User(
        username=checked.username,
        display_name=checked.display_name or checked.username,
        role=Role.ADMIN,
        password_hash=hash_password(password),
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
    if checked.project is not None:
        insert_project(session, actor, organisation.id, checked.project)
    return actor


def _already_set_up(address: ServerAddress) -> AlreadyInitialised:
    return AlreadyInitialised(
        translate(
            "Errors",
            "The database {database} on {host} already holds a Lotse organisation; nothing "
            "was changed. Log in to it, or ask the server's administrator for another "
            "database for a new organisation.",
        ).format(database=address.database, host=address.host)
    )


def initialise_server(location: Location, password: str, setup: SetupInput) -> Initialised:
    """Set up an empty database on ``location.server``: schema, organisation, admin and
    first project. Anything in it but an empty Lotse schema is refused untouched."""
    address = location.server
    assert address is not None, "initialise_server needs a team-mode location"
    checked = _checked(setup)
    engine = create_server_engine(address, password, BUSY)
    try:
        with plain_server_errors(address):
            with engine.connect() as connection:
                contents = server_contents(connection)
            if contents is Contents.FOREIGN:
                raise not_a_lotse_server(address)
            if contents is Contents.CLUB:
                raise _already_set_up(address)
            upgrade_server(engine)
            with Session(engine) as session:
                # Two set-ups at once: the second waits here, then finds the first's club.
                session.connection().execute(
                    select(func.pg_advisory_xact_lock(SERVER_MIGRATION_LOCK))
                )
                if server_contents(session.connection()) is not Contents.EMPTY_SCHEMA:
                    raise _already_set_up(address)
                actor = _write_club(session, checked, setup.admin_password)
                session.commit()
    except StorageError as error:
        raise StorageProblem(storage_message(error)) from error
    finally:
        engine.dispose()
    return Initialised(open_server(location, password), actor, None)


def organisation_name(database: Database) -> str:
    with database.session() as session:
        organisation = session.exec(select(Organisation)).first()
        return organisation.name if organisation else ""


def _remove_with_sidecars(path: os.PathLike[str]) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = f"{os.fspath(path)}{suffix}"
        if os.path.exists(candidate):
            os.remove(candidate)
