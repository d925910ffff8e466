"""Developer tool: write a new migration from the difference between models and head.

Usage: ``python -m app.storage.new_revision "what changed"`` (``make migration``).
Upgrades a scratch database to head, then lets Alembic autogenerate the rest.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.storage.engine import create_sqlite_engine
from app.storage.keyslots import new_database_key
from app.storage.migrate import alembic_config, head_revision, upgrade


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print('usage: python -m app.storage.new_revision "message"', file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "scratch.sqlite3"
        key = new_database_key()
        engine = create_sqlite_engine(path, key)
        try:
            has_head = True
            try:
                head_revision()
            except Exception:
                has_head = False
            if has_head:
                upgrade(engine, path, Path(scratch), key)
            with engine.begin() as connection:
                command.revision(alembic_config(connection), message=argv[0], autogenerate=True)
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
