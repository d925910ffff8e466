"""Encrypting a database from before encryption, at the first administrator's login.

Every account keeps its password: the old argon2id hash of a password *is* a key
derived from it (with the salt and parameters stored in the hash), so each account gets
a slot wrapped with its hash as key-encryption key. The old hash then exists only
inside the encrypted database, and each slot is wrapped anew with a fresh salt at that
user's next login. A new recovery key is made and shown once to the administrator.
"""

import base64
import sqlite3

from argon2 import extract_parameters
from argon2.exceptions import InvalidHashError

from app.domain.enums import Role
from app.services.errors import AuthenticationFailed, ServiceError
from app.services.i18n import translate
from app.services.passwords import verify_password, verify_without_account
from app.storage import keyslots
from app.storage.encrypt import EncryptionFailed, encrypt_plain_database
from app.storage.location import Location


class EncryptionRefused(ServiceError):
    pass


def slot_from_password_hash(
    keys: keyslots.KeyFile, user_id: int, username: str, password_hash: str, key: bytes
) -> keyslots.Slot | None:
    """A slot whose key-encryption key is the raw argon2id hash of the password: the
    account opens it with its password without Lotse knowing it (the encryption of an
    old database, and backups written from a server). None for a hash of another kind."""
    try:
        params = extract_parameters(password_hash)
    except InvalidHashError:
        return None
    parts = password_hash.split("$")
    if params.type.name != "ID" or params.hash_len != keyslots.KEY_BYTES or len(parts) != 6:
        return None
    salt = base64.b64decode(parts[4] + "=" * (-len(parts[4]) % 4))
    kek = base64.b64decode(parts[5] + "=" * (-len(parts[5]) % 4))
    kdf = keyslots.KdfParams(params.time_cost, params.memory_cost, params.parallelism, salt)
    return keyslots.make_slot_with_kek(
        keyslots.USER, kek, key, user_id, keys.name_hash(username), kdf
    )


def encrypt_at_login(
    location: Location, username: str, password: str
) -> tuple[str, tuple[str, ...]]:
    """Check an administrator's password against the plain database, then encrypt it.

    Returns the new recovery key and the plain files that were overwritten and removed."""
    name = username.strip().lower()
    connection = sqlite3.connect(location.database)
    try:
        rows = connection.execute(
            'SELECT id, username, password_hash, role, active FROM "user"'
        ).fetchall()
    finally:
        connection.close()
    me = next((row for row in rows if row[1] == name), None)
    if me is None:
        verify_without_account(password)
        raise AuthenticationFailed(
            translate("Errors", "User name or password is wrong, or the account is disabled.")
        )
    if not verify_password(me[2], password) or not me[4]:
        raise AuthenticationFailed(
            translate("Errors", "User name or password is wrong, or the account is disabled.")
        )
    if me[3] != Role.ADMIN.value:
        raise EncryptionRefused(
            translate(
                "Errors",
                "This Lotse version encrypts the database once before it is used again. "
                "Please ask an administrator to log in first.",
            )
        )
    key = keyslots.new_database_key()
    keys = keyslots.new_key_file(key)
    for user_id, user_name, password_hash, _role, active in rows:
        if not active:
            continue
        slot = slot_from_password_hash(keys, int(user_id), str(user_name), str(password_hash), key)
        if slot is not None:
            keys.slots.append(slot)
    recovery_key = keyslots.new_recovery_key()
    secret = keyslots.recovery_secret(recovery_key)
    assert secret is not None
    keys.set_recovery_slot(secret, key)
    try:
        result = encrypt_plain_database(
            location.database, key, keys, location.backup_dir, location.drafts_dir
        )
    except EncryptionFailed as error:
        raise EncryptionRefused(
            translate(
                "Errors",
                "Encrypting the database failed and nothing was changed: {reason}",
            ).format(reason=str(error))
        ) from error
    return recovery_key, tuple(str(path) for path in result.wiped)
