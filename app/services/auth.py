"""Logging in: a user name and password unlock the database key and become an Actor.

The password opens the user's key slot (``storage/keyslots.py``); without it the
database cannot be read, so everything a login must know before that lives in the key
file: after five wrong passwords in a row an account waits before the next try, longer
with every further wrong password (30 seconds, doubling up to an hour); the wait is
stored, so restarting Lotse does not reset it, and an admin can unlock. A failed
attempt is audited under the account it was for – kept in the key file until the
database is open again, then moved into the audit trail – and a name that is no
account (which may be a password typed into the wrong field) is never stored. An
unknown name costs the same key derivation as a wrong password, so the login does not
reveal who has an account.

A database from before encryption is encrypted at the first administrator's login
(``legacy.py``); the login then hands the new recovery key over to be shown once.

In team mode the server password (of the workstation's database role) opens the
database, and the login checks the account's argon2 hash in the ``user`` table; the wait
after wrong passwords lives in that row (``failed_logins``, ``locked_until``), with the
same rule and messages, and a failed attempt is audited at once. No key file exists there.
"""

import math
import time
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from app.domain.enums import AuditAction, Role
from app.domain.models import AuditEvent, User
from app.domain.models._columns import utcnow
from app.services.actor import AccountState, Actor
from app.services.audit import record
from app.services.database import (
    load_keys,
    needs_encryption,
    open_database,
    open_server,
    save_keys,
)
from app.services.errors import AuthenticationFailed
from app.services.i18n import translate
from app.services.passwords import hash_password, verify_password, verify_without_account
from app.services.team import password_missing
from app.services.team import server_password as known_server_password
from app.storage import keyslots
from app.storage.database import Database
from app.storage.engine import READ_ONLY
from app.storage.location import Location

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


# How long an account's state, read for one permission check, serves the next ones: a
# login runs about thirty checks in a row, each a reading of its own. Changes made in
# this process are seen at once (``accounts_changed``); those of another process (the
# command line, another workstation) within this time.
ACCOUNT_STATE_SECONDS = 0.5
# Per database engine: how often accounts were changed in this process.
_ACCOUNT_CHANGES: "weakref.WeakKeyDictionary[Engine, int]" = weakref.WeakKeyDictionary()


def accounts_changed(engine: Engine) -> None:
    """A role or an account's activity changed: every session's next check reads it."""
    _ACCOUNT_CHANGES[engine] = _ACCOUNT_CHANGES.get(engine, 0) + 1


class AccountReader:
    """Reads an account's current state for an Actor's permission checks."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # user id -> (when read, changes seen then, state)
        self._read: dict[int, tuple[float, int, AccountState | None]] = {}

    def __call__(self, user_id: int) -> AccountState | None:
        changes = _ACCOUNT_CHANGES.get(self.engine, 0)
        now = time.monotonic()
        known = self._read.get(user_id)
        if known and known[1] == changes and now - known[0] < ACCOUNT_STATE_SECONDS:
            return known[2]
        # Read-only: a permission check must not wait for another process's write lock.
        with self.engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            row = connection.execute(
                text('SELECT active, role FROM "user" WHERE id = :id'), {"id": user_id}
            ).first()
        state = AccountState(bool(row[0]), Role(row[1])) if row else None
        self._read[user_id] = (now, changes, state)
        return state


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


_no_account_params: dict[tuple[int, int, int], keyslots.KdfParams] = {}


def _derive_for_no_account(password: str) -> None:
    """The key derivation a real slot costs, for a name that is no account."""
    cost = keyslots.DEFAULT_COST
    wanted = (cost.time_cost, cost.memory_cost, cost.parallelism)
    if wanted not in _no_account_params:
        _no_account_params[wanted] = keyslots.new_params(cost)
    _no_account_params[wanted].derive(password)


def _failed(
    location: Location,
    keys: keyslots.KeyFile,
    user_id: int | None,
    now: datetime,
    count: bool = True,
) -> AuthenticationFailed:
    """Remember a failed attempt in the key file; the error to raise."""
    if user_id is None:
        keys.add_pending(keyslots.PendingFailure(now, None, None))
        save_keys(location, keys)
        return _wrong()
    lock = keys.lockouts.get(user_id, keyslots.Lockout())
    if count:
        failed = lock.failed + 1
        wait = lockout_wait(failed)
        lock = keyslots.Lockout(failed, now + wait if wait else None)
        keys.lockouts[user_id] = lock
    reason = "locked" if lock.until and lock.until > now else None
    keys.add_pending(keyslots.PendingFailure(now, user_id, reason))
    save_keys(location, keys)
    return _waiting(lock.until, now) if lock.until and lock.until > now else _wrong()


def unlock_key(
    location: Location, username: str, password: str, now: datetime | None = None
) -> tuple[keyslots.KeyFile, keyslots.Slot, bytes]:
    """The database key from the user's slot; a wrong password counts towards the wait."""
    name = username.strip().lower()
    now = now or utcnow()
    keys = load_keys(location)
    slot = keys.user_slot(name)
    if slot is None or slot.user_id is None:
        _derive_for_no_account(password)  # the same time as a wrong password
        raise _failed(location, keys, None, now)
    lock = keys.lockouts.get(slot.user_id)
    if lock is not None and lock.until is not None and lock.until > now:
        raise _failed(location, keys, slot.user_id, now, count=False)
    key = slot.open(password)
    if key is None:
        raise _failed(location, keys, slot.user_id, now)
    return keys, slot, key


def flush_pending(session: Session, keys: keyslots.KeyFile) -> bool:
    """Move failed logins kept in the key file into the audit trail, and mirror the
    accounts' wait into the user table (the admin's list shows it). True if any moved."""
    moved = bool(keys.pending)
    names = {u.id: u.username for u in session.exec(select(User))}
    for failure in keys.pending:
        known = failure.user_id if failure.user_id in names else None
        session.add(
            AuditEvent(
                at=failure.at,
                user_id=None,
                username=names[known] if known is not None else "",
                action=AuditAction.LOGIN_FAILED,
                entity="user",
                entity_id=known,
                reason=failure.reason,
            )
        )
    keys.pending = []
    for user in session.exec(select(User)):
        assert user.id is not None
        lock = keys.lockouts.get(user.id, keyslots.Lockout())
        if (user.failed_logins, user.locked_until) != (lock.failed, lock.until):
            user.failed_logins = lock.failed
            user.locked_until = lock.until
            session.add(user)
    return moved


def _finish(
    database: Database,
    keys: keyslots.KeyFile,
    slot: keyslots.Slot,
    password: str,
    now: datetime,
) -> Actor:
    """The database is open: check the account, record the login, tidy the slot."""
    location = database.location
    with database.session() as session:
        user = session.get(User, slot.user_id)
        if user is None or not user.active:
            error = _failed(location, keys, slot.user_id, now)
            flush_pending(session, keys)
            save_keys(location, keys)
            session.commit()
            raise error
        assert user.id is not None
        keys.lockouts.pop(user.id, None)
        cost = keyslots.DEFAULT_COST
        if (slot.kdf.time_cost, slot.kdf.memory_cost, slot.kdf.parallelism) != (
            cost.time_cost,
            cost.memory_cost,
            cost.parallelism,
        ):
            # A slot from the encryption of an old database, or from older parameters:
            # wrap the key anew with a fresh salt and today's cost.
            keys.set_user_slot(user.id, user.username, password, database.key)
            user.password_hash = hash_password(password)
        flush_pending(session, keys)
        save_keys(location, keys)
        user.last_login_at = now
        user.failed_logins = 0
        user.locked_until = None
        actor = Actor(
            user.id,
            user.username,
            user.display_name,
            user.role,
            user.must_change_password,
            user.language,
            AccountReader(database.engine),
        )
        record(session, actor, AuditAction.LOGIN, "user", user.id)
        session.add(user)
        session.commit()
        return actor


def authenticate(
    database: Database, username: str, password: str, now: datetime | None = None
) -> Actor:
    """The actor for valid credentials on an open database (another user at the same
    computer, the password asked again after the idle lock); failures are audited."""
    now = now or utcnow()
    if database.location.server is not None:
        return _check_account(database, username, password, now)
    try:
        keys, slot, key = unlock_key(database.location, username, password, now)
    except AuthenticationFailed:
        keys = load_keys(database.location)
        with database.session() as session:
            if flush_pending(session, keys):
                save_keys(database.location, keys)
            session.commit()
        raise
    if key != database.key:
        raise _wrong()
    return _finish(database, keys, slot, password, now)


@dataclass(frozen=True)
class Login:
    database: Database
    actor: Actor
    # Set when this login encrypted a database from before encryption: shown once.
    recovery_key: str | None = None
    # Files overwritten and removed by that encryption (plain database, backups, drafts).
    wiped: tuple[str, ...] = ()


def log_in(
    location: Location,
    username: str,
    password: str,
    now: datetime | None = None,
    server_password: str | None = None,
) -> Login:
    """Open the database with the user's password: the start of every session.

    In team mode the server password comes from ``server_password``, else the credential
    store or ``LOTSE_SERVER_PASSWORD``; the daily backup is the server's (pg_dump)."""
    from app.services import backups, legacy

    now = now or utcnow()
    if location.server is not None:
        return _log_in_team(location, username, password, now, server_password)
    recovery_key = None
    wiped: tuple[str, ...] = ()
    if needs_encryption(location):
        recovery_key, wiped = legacy.encrypt_at_login(location, username, password)
    keys, slot, key = unlock_key(location, username, password, now)
    database = open_database(location, key)
    try:
        actor = _finish(database, keys, slot, password, now)
        backups.daily_backup(database)
    except BaseException:
        database.close()
        raise
    return Login(database, actor, recovery_key, wiped)


def _log_in_team(
    location: Location, username: str, password: str, now: datetime, server_password: str | None
) -> Login:
    assert location.server is not None
    secret = server_password or known_server_password(location.server)
    if secret is None:
        raise password_missing(location.server)
    database = open_server(location, secret)
    try:
        actor = _check_account(database, username, password, now)
    except BaseException:
        database.close()
        raise
    return Login(database, actor)


def _check_account(database: Database, username: str, password: str, now: datetime) -> Actor:
    """Team mode: the account's hash, wait and activity are in its row of ``user``.

    The row is locked while it is checked, so wrong passwords typed at two workstations
    at once both count. A failed attempt is committed (counted and audited) before the
    refusal is raised."""
    name = username.strip().lower()
    with database.session() as session:
        user = session.exec(select(User).where(User.username == name).with_for_update()).first()
        if user is None:
            verify_without_account(password)  # the same time as a wrong password
            _audit_failure(session, None, now, None)
            session.commit()
            raise _wrong()
        if user.locked_until is not None and user.locked_until > now:
            _audit_failure(session, user, now, "locked")
            session.commit()
            raise _waiting(user.locked_until, now)
        if not verify_password(user.password_hash, password) or not user.active:
            error = _count_failure(session, user, now)
            session.commit()
            raise error
        actor = _actor_of(database, user)
        user.last_login_at = now
        user.failed_logins = 0
        user.locked_until = None
        session.add(user)
        record(session, actor, AuditAction.LOGIN, "user", user.id)
        session.commit()
        return actor


def _count_failure(session: Session, user: User, now: datetime) -> AuthenticationFailed:
    """One more wrong password (or a disabled account) for ``user``: the row's count and
    wait, its audit event, and the error to raise."""
    user.failed_logins += 1
    wait = lockout_wait(user.failed_logins)
    user.locked_until = now + wait if wait else None
    session.add(user)
    _audit_failure(session, user, now, "locked" if user.locked_until else None)
    return _waiting(user.locked_until, now) if user.locked_until else _wrong()


def _actor_of(database: Database, user: User) -> Actor:
    assert user.id is not None
    return Actor(
        user.id,
        user.username,
        user.display_name,
        user.role,
        user.must_change_password,
        user.language,
        AccountReader(database.engine),
    )


def _audit_failure(session: Session, user: User | None, now: datetime, reason: str | None) -> None:
    """The audit event a failed login leaves, as ``flush_pending`` writes it on a laptop."""
    session.add(
        AuditEvent(
            at=now,
            user_id=None,
            username=user.username if user is not None else "",
            action=AuditAction.LOGIN_FAILED,
            entity="user",
            entity_id=user.id if user is not None else None,
            reason=reason,
        )
    )


def log_out(database: Database, actor: Actor) -> None:
    """The end of a session, for the audit trail (the window closes either way)."""
    with database.session() as session:
        record(session, actor, AuditAction.LOGOUT, "user", actor.user_id)
        session.commit()
