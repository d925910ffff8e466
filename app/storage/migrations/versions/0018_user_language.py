"""The interface language each user chose (empty: the computer's or the system's)

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-23 05:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN, not a batch rebuild: "user" is referenced by many foreign keys.
    op.add_column(
        "user", sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True)
    )


def downgrade() -> None:
    # SQLite drops a plain column in place; a batch rebuild of "user" breaks its references.
    op.drop_column("user", "language")
