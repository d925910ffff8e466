"""Case search through FTS5 indexes (trigram indexes on PostgreSQL); indexes for sorting
by age and last contact, and for a period's consultations

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 00:45:00
"""

from collections.abc import Sequence

from alembic import op

from app.storage import search_index

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index("ix_participant_birth_date", ["birth_date"], unique=False)
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consultation_participant_date", ["participant_id", "date"], unique=False
        )
        # Replaces the index on date alone: same prefix, and it covers the person too.
        batch_op.drop_index("ix_consultation_date")
        batch_op.create_index(
            "ix_consultation_date_participant", ["date", "participant_id"], unique=False
        )
    # SQLite: the index is filled from the stored keys ('rebuild'); triggers keep it in
    # step. PostgreSQL: trigram indexes on the keys themselves.
    for statement in search_index.POSTGRESQL_CREATE if _on_postgresql() else search_index.CREATE:
        op.execute(statement)


def downgrade() -> None:
    for statement in search_index.POSTGRESQL_DROP if _on_postgresql() else search_index.DROP:
        op.execute(statement)
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_date_participant")
        batch_op.create_index("ix_consultation_date", ["date"], unique=False)
        batch_op.drop_index("ix_consultation_participant_date")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_birth_date")
