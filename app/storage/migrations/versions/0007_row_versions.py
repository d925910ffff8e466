"""Case files, consultations and volunteers carry a row version (optimistic concurrency)

A form remembers the version of the record it showed; a save over a record that was
changed in the meantime is shown as a conflict instead of silently overwriting it.
Existing rows start at version 1. Adding a column with a constant default changes no
data and needs no table rebuild, so the foreign keys stay as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("participant", "consultation", "volunteer")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        )


def downgrade() -> None:
    # SQLite (3.35 and later) drops a plain column in place; a batch rebuild of these
    # tables would trip over the foreign keys that point at them.
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
