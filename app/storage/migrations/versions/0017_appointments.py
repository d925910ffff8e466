"""Appointments (Termine) of the advisors: with a case file or an anonymous slot, their
status and the consultation they became

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-23 03:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "cancelled",
                "not_attended",
                name="appointment_status",
                native_enum=False,
                create_constraint=True,
                length=12,
            ),
            nullable=False,
        ),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 5 AND 480", name=op.f("ck_appointment_duration_range")
        ),
        sa.CheckConstraint(
            "participant_id IS NULL OR name IS NULL", name=op.f("ck_appointment_case_or_name")
        ),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["user.id"], name=op.f("fk_appointment_advisor_id_user")
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_appointment_consultation_id_consultation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_appointment_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    op.create_index("ix_appointment_advisor_date", "appointment", ["advisor_id", "date"])
    op.create_index("ix_appointment_date", "appointment", ["date"])
    op.create_index(op.f("ix_appointment_consultation_id"), "appointment", ["consultation_id"])
    op.create_index(op.f("ix_appointment_participant_id"), "appointment", ["participant_id"])


def downgrade() -> None:
    op.drop_table("appointment")
