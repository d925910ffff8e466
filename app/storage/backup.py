"""Copies of the database file, taken with SQLite's online backup API.

The backup API copies a consistent snapshot even while the file is in WAL
mode, which a plain file copy does not guarantee.
"""

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_file(source: Path, target_dir: Path, label: str) -> Path:
    """Copy ``source`` into ``target_dir`` as ``lotse-<label>-<timestamp>.sqlite3``."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"lotse-{label}-{stamp}.sqlite3"
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
