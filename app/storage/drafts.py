"""Drafts of unsaved input, kept as small JSON files so a crash loses nothing.

Each draft is written to a temporary file and renamed into place, so a
crash while saving leaves either the old draft or the new one, never half.
"""

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def save_draft(folder: Path, key: str, content: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".draft-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(content, stream, ensure_ascii=False)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, folder / f"{key}.json")
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_drafts(folder: Path, prefix: str) -> dict[str, dict[str, Any]]:
    """Drafts whose key starts with ``prefix``; unreadable files are skipped."""
    drafts: dict[str, dict[str, Any]] = {}
    if not folder.is_dir():
        return drafts
    for path in sorted(folder.glob(f"{prefix}*.json")):
        try:
            drafts[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return drafts


def delete_draft(folder: Path, key: str) -> None:
    (folder / f"{key}.json").unlink(missing_ok=True)
