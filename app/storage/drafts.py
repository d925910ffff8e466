"""Drafts of unsaved input, kept as small encrypted files so a crash loses nothing.

A draft holds what an advisor typed (notes are sensitive), so it is encrypted with
AES-256-GCM under a key derived from the database key: without a password or the
recovery key a draft is as unreadable as the database. Each draft is written to a
temporary file and renamed into place, so a crash while saving leaves either the old
draft or the new one, never half.
"""

import json
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.storage import files

MAGIC = b"LOTSE-DRAFT1"
SUFFIX = ".draft"


def _draft_key(database_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"lotse drafts").derive(database_key)


def save_draft(folder: Path, key: str, content: dict[str, Any], database_key: bytes) -> None:
    files.private_dir(folder)
    nonce = secrets.token_bytes(12)
    plain = json.dumps(content, ensure_ascii=False).encode("utf-8")
    sealed = AESGCM(_draft_key(database_key)).encrypt(nonce, plain, key.encode("utf-8"))
    files.write_private(folder / f"{key}{SUFFIX}", MAGIC + nonce + sealed)


def load_drafts(folder: Path, prefix: str, database_key: bytes) -> dict[str, dict[str, Any]]:
    """Drafts whose key starts with ``prefix``; unreadable files are skipped."""
    drafts: dict[str, dict[str, Any]] = {}
    if not folder.is_dir():
        return drafts
    cipher = AESGCM(_draft_key(database_key))
    for path in sorted(folder.glob(f"{prefix}*{SUFFIX}")):
        key = path.name[: -len(SUFFIX)]
        try:
            raw = path.read_bytes()
            if not raw.startswith(MAGIC):
                continue
            nonce = raw[len(MAGIC) : len(MAGIC) + 12]
            plain = cipher.decrypt(nonce, raw[len(MAGIC) + 12 :], key.encode("utf-8"))
            drafts[key] = json.loads(plain.decode("utf-8"))
        except (OSError, ValueError, InvalidTag):
            continue
    return drafts


def delete_draft(folder: Path, key: str) -> None:
    (folder / f"{key}{SUFFIX}").unlink(missing_ok=True)
    # A plain draft left by a version before encryption goes too.
    files.wipe(folder / f"{key}.json")
