"""Enrollments carry a row version: the ESF entry, exit and 6-month forms do not
overwrite answers someone else saved meanwhile (optimistic concurrency, as 0007)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A column with a constant default: no table rebuild, existing rows start at 1.
    op.add_column(
        "enrollment", sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
    )


def downgrade() -> None:
    op.execute("ALTER TABLE enrollment DROP COLUMN row_version")
