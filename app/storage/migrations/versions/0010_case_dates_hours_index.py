"""Cases keep their last contact and next open follow-up (kept by triggers) so the case
list sorts 50,000 cases by them through an index; volunteer hours get an index on
status and date for the month's approved hours on the start page

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.storage import case_dates

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    # Nullable columns without a default: no table rebuild.
    op.add_column("participant", sa.Column("last_contact_on", sa.Date(), nullable=True))
    op.add_column("participant", sa.Column("next_follow_up_on", sa.Date(), nullable=True))
    op.execute(case_dates.FILL)
    op.create_index("ix_participant_last_contact_on", "participant", ["last_contact_on"])
    op.create_index("ix_participant_next_follow_up_on", "participant", ["next_follow_up_on"])
    for statement in case_dates.POSTGRESQL_TRIGGERS if _on_postgresql() else case_dates.TRIGGERS:
        op.execute(statement)
    # Replaces the index on status alone (same prefix): almost every entry is approved,
    # so status alone narrowed nothing and the month's sum read every entry.
    op.drop_index("ix_volunteer_hours_status", table_name="volunteer_hours")
    op.create_index("ix_volunteer_hours_status_date", "volunteer_hours", ["status", "date"])


def downgrade() -> None:
    op.drop_index("ix_volunteer_hours_status_date", table_name="volunteer_hours")
    op.create_index("ix_volunteer_hours_status", "volunteer_hours", ["status"])
    for statement in case_dates.POSTGRESQL_DROP if _on_postgresql() else case_dates.DROP:
        op.execute(statement)
    op.drop_index("ix_participant_next_follow_up_on", table_name="participant")
    op.drop_index("ix_participant_last_contact_on", table_name="participant")
    op.execute("ALTER TABLE participant DROP COLUMN next_follow_up_on")
    op.execute("ALTER TABLE participant DROP COLUMN last_contact_on")
