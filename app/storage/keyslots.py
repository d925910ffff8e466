"""Key slots: the random database key, wrapped once per user and once for recovery.

The SQLCipher database is encrypted with 32 random bytes. ``lotse.keys``, a small JSON
file beside the database, holds that key several times, each copy wrapped with
AES-256-GCM under a key-encryption key (KEK):

- a user slot's KEK is derived from the user's password by argon2id, with the
  parameters and salt stored in the slot;
- the recovery slot's KEK is derived the same way from the recovery key (shown once
  at set-up, printable as the "Notfallschlüssel").

The file has to be readable before the database is, so it cannot live inside it.
User names are not in clear text: a slot names its user by an HMAC of the name under a
random salt of the file. The additional data of each wrap binds a slot to its id, kind
and user, so slots cannot be swapped. Adding, removing or re-passwording a user adds,
removes or rewrites one slot; the database is never re-encrypted for it.

The file also keeps what a login has to know before the database is open: the count of
wrong passwords per account and the wait that follows, and the failed attempts not yet
written to the audit trail (they are moved into it at the next successful login).
"""

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.storage import files

KEY_FILE = "lotse.keys"
FORMAT = 1
KEY_BYTES = 32
USER = "user"
RECOVERY = "recovery"
# Failed logins waiting for the audit trail; a flood of guesses is not kept without bound.
MAX_PENDING = 1000


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters; about 0.3–0.5 s on a small laptop with the defaults."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int
    salt: bytes

    def derive(self, secret: str | bytes) -> bytes:
        raw = secret.encode("utf-8") if isinstance(secret, str) else secret
        return hash_secret_raw(
            raw,
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


@dataclass(frozen=True)
class KdfCost:
    time_cost: int = 3
    memory_cost: int = 128 * 1024
    parallelism: int = 2


# Tests replace this with a cheap cost, as they do for the password hasher.
DEFAULT_COST = KdfCost()


def new_params(cost: KdfCost | None = None) -> KdfParams:
    chosen = cost or DEFAULT_COST
    return KdfParams(
        chosen.time_cost, chosen.memory_cost, chosen.parallelism, secrets.token_bytes(16)
    )


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str  # USER or RECOVERY
    user_id: int | None
    name: str | None  # HMAC of the user name under the file's salt
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def _aad(self) -> bytes:
        return f"lotse-slot:{self.id}:{self.kind}:{self.user_id}".encode()

    def open(self, secret: str | bytes) -> bytes | None:
        """The database key, or None when ``secret`` is not this slot's."""
        return self.open_with_kek(self.kdf.derive(secret))

    def open_with_kek(self, kek: bytes) -> bytes | None:
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped, self._aad())
        except InvalidTag:
            return None


def make_slot(
    kind: str,
    secret: str | bytes,
    key: bytes,
    user_id: int | None = None,
    name: str | None = None,
    params: KdfParams | None = None,
) -> Slot:
    kdf = params or new_params()
    slot = Slot(secret_id(), kind, user_id, name, kdf, secrets.token_bytes(12), b"")
    wrapped = AESGCM(kdf.derive(secret)).encrypt(slot.nonce, key, slot._aad())
    return replace(slot, wrapped=wrapped)


def make_slot_with_kek(
    kind: str,
    kek: bytes,
    key: bytes,
    user_id: int | None,
    name: str | None,
    params: KdfParams,
) -> Slot:
    """A slot for a key-encryption key derived elsewhere with ``params`` (the old password
    hashes of a database from before encryption)."""
    slot = Slot(secret_id(), kind, user_id, name, params, secrets.token_bytes(12), b"")
    return replace(slot, wrapped=AESGCM(kek).encrypt(slot.nonce, key, slot._aad()))


def secret_id() -> str:
    return secrets.token_hex(8)


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A short fingerprint of a database key (tells which key a backup needs)."""
    return hmac.new(key, b"lotse key id", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class Lockout:
    failed: int = 0
    until: datetime | None = None


@dataclass(frozen=True)
class PendingFailure:
    """A failed login not yet in the audit trail (the database was locked then)."""

    at: datetime
    user_id: int | None
    reason: str | None


@dataclass
class KeyFile:
    salt: bytes
    key_id: str
    slots: list[Slot] = field(default_factory=list)
    lockouts: dict[int, Lockout] = field(default_factory=dict)
    pending: list[PendingFailure] = field(default_factory=list)

    def name_hash(self, username: str) -> str:
        return hmac.new(self.salt, username.encode("utf-8"), hashlib.sha256).hexdigest()

    def user_slot(self, username: str) -> Slot | None:
        wanted = self.name_hash(username)
        return next((s for s in self.slots if s.kind == USER and s.name == wanted), None)

    def slot_of(self, user_id: int) -> Slot | None:
        return next((s for s in self.slots if s.kind == USER and s.user_id == user_id), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == RECOVERY), None)

    def set_user_slot(self, user_id: int, username: str, password: str, key: bytes) -> None:
        """Add or replace the slot of ``user_id`` (a new password or a new name)."""
        self.remove_user_slot(user_id)
        self.slots.append(make_slot(USER, password, key, user_id, self.name_hash(username)))

    def remove_user_slot(self, user_id: int) -> None:
        self.slots = [s for s in self.slots if not (s.kind == USER and s.user_id == user_id)]

    def set_recovery_slot(self, recovery_key: bytes, key: bytes) -> None:
        self.slots = [s for s in self.slots if s.kind != RECOVERY]
        self.slots.append(make_slot(RECOVERY, recovery_key, key))

    def add_pending(self, failure: PendingFailure) -> None:
        self.pending = [*self.pending, failure][-MAX_PENDING:]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "salt": _b64(self.salt),
            "key_id": self.key_id,
            "slots": [
                {
                    "id": s.id,
                    "kind": s.kind,
                    "user_id": s.user_id,
                    "name": s.name,
                    "kdf": {
                        "algorithm": "argon2id",
                        "time_cost": s.kdf.time_cost,
                        "memory_cost": s.kdf.memory_cost,
                        "parallelism": s.kdf.parallelism,
                        "salt": _b64(s.kdf.salt),
                    },
                    "cipher": "aes-256-gcm",
                    "nonce": _b64(s.nonce),
                    "wrapped": _b64(s.wrapped),
                }
                for s in self.slots
            ],
            "lockouts": {
                str(user_id): {
                    "failed": lock.failed,
                    "until": lock.until.isoformat() if lock.until else None,
                }
                for user_id, lock in self.lockouts.items()
                if lock.failed or lock.until
            },
            "pending": [
                {"at": p.at.isoformat(), "user_id": p.user_id, "reason": p.reason}
                for p in self.pending
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "KeyFile":
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown key file format {data.get('format')!r}")
        slots = []
        for raw in data["slots"]:
            kdf = raw["kdf"]
            if kdf.get("algorithm") != "argon2id" or raw.get("cipher") != "aes-256-gcm":
                raise ValueError("unknown key slot algorithm")
            slots.append(
                Slot(
                    id=str(raw["id"]),
                    kind=str(raw["kind"]),
                    user_id=int(raw["user_id"]) if raw.get("user_id") is not None else None,
                    name=raw.get("name"),
                    kdf=KdfParams(
                        int(kdf["time_cost"]),
                        int(kdf["memory_cost"]),
                        int(kdf["parallelism"]),
                        _unb64(kdf["salt"]),
                    ),
                    nonce=_unb64(raw["nonce"]),
                    wrapped=_unb64(raw["wrapped"]),
                )
            )
        lockouts = {
            int(user_id): Lockout(
                int(lock.get("failed", 0)),
                datetime.fromisoformat(lock["until"]) if lock.get("until") else None,
            )
            for user_id, lock in data.get("lockouts", {}).items()
        }
        pending = [
            PendingFailure(
                datetime.fromisoformat(p["at"]),
                int(p["user_id"]) if p.get("user_id") is not None else None,
                p.get("reason"),
            )
            for p in data.get("pending", [])
        ]
        return cls(_unb64(data["salt"]), str(data["key_id"]), slots, lockouts, pending)

    def encode(self) -> bytes:
        return json.dumps(self.to_json(), indent=1).encode("utf-8")

    @classmethod
    def decode(cls, content: bytes) -> "KeyFile":
        return cls.from_json(json.loads(content.decode("utf-8")))


def new_key_file(key: bytes) -> KeyFile:
    return KeyFile(secrets.token_bytes(16), key_id(key))


def key_file_path(database: Path) -> Path:
    return database.with_name(KEY_FILE)


def load(path: Path) -> KeyFile | None:
    """The key file at ``path``; None when there is none. A damaged file raises ValueError."""
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return KeyFile.decode(content)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: {error}") from error


def save(path: Path, key_file: KeyFile) -> None:
    files.write_private(path, key_file.encode())


# -- the recovery key ----------------------------------------------------------

RECOVERY_BYTES = 20  # 160 bits: 32 characters of base32
RECOVERY_GROUP = 4


def new_recovery_key() -> str:
    """A random recovery key as people write it down: eight groups of four characters."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def recovery_secret(typed: str) -> bytes | None:
    """The bytes of a typed recovery key (spaces, dashes and case do not matter; 0/O, 1/I
    and 8/B are read as the letters base32 uses); None when it cannot be one."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        return None


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _unb64(value: str) -> bytes:
    return base64.b64decode(value.encode("ascii"), validate=True)
