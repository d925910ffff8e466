"""Events record their partner organisation, the people reached beyond those who came,
their languages and topics (for the events report)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-23 03:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_language",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("language_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "length(language_code) = 2", name=op.f("ck_event_language_language_code_length")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_language_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "language_code", name=op.f("pk_event_language")),
    )
    op.create_table(
        "event_topic",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_topic_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_event_topic_topic_id_topic")
        ),
        sa.PrimaryKeyConstraint("event_id", "topic_id", name=op.f("pk_event_topic")),
    )
    op.create_index(op.f("ix_event_topic_topic_id"), "event_topic", ["topic_id"], unique=False)
    # Existing events keep their rows; the new fields are empty (not counted, not named).
    # Added in place, not by rebuilding the table: hours and the new tables refer to it.
    op.add_column(
        "event",
        sa.Column("partner_organisation", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    )
    op.add_column(
        "event",
        sa.Column(
            "people_reached",
            sa.Integer(),
            sa.CheckConstraint(
                "people_reached IS NULL OR people_reached >= 0",
                name=op.f("ck_event_people_reached_positive"),
            ),
            nullable=True,
        ),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE event DROP COLUMN people_reached")
    op.execute("ALTER TABLE event DROP COLUMN partner_organisation")
    op.drop_index(op.f("ix_event_topic_topic_id"), table_name="event_topic")
    op.drop_table("event_topic")
    op.drop_table("event_language")
