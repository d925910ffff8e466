"""Courses (Kurse) with sessions, the case files enrolled in them, attendance per session
and the certificate issued; a trigger keeps a ticked cell within one course

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-23 03:02:07
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from app.storage import triggers

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A ticked cell names a session and an enrolment of the same course, whatever path
# writes it (the service checks it first and says so in words).
SAME_COURSE_TRIGGERS = [
    f"""CREATE TRIGGER attendance_same_course_{event.lower()} BEFORE {event} ON attendance
    WHEN (SELECT course_id FROM course_session WHERE id = NEW.session_id)
        IS NOT (SELECT course_id FROM course_participant WHERE id = NEW.course_participant_id)
    BEGIN SELECT RAISE(ABORT, 'attendance: session and enrolment of different courses'); END"""
    for event in ("INSERT", "UPDATE")
]


def upgrade() -> None:
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "language_course",
                "qualification",
                "application_training",
                "orientation",
                "other",
                name="course_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("location", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("remarks", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_course_end_after_start")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_course_title_not_blank")),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_course_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_project_id"), ["project_id"], unique=False)

    op.create_table(
        "course_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("certificate_issued_on", sa.Date(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_course_participant_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_course_participant_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_participant")),
        sa.UniqueConstraint(
            "course_id",
            "participant_id",
            name=op.f("uq_course_participant_course_id_participant_id"),
        ),
    )
    with op.batch_alter_table("course_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_participant_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "course_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 15 AND 600", name=op.f("ck_course_session_duration_range")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_course_session_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_session")),
        sa.UniqueConstraint(
            "course_id",
            "date",
            "start_time",
            name=op.f("uq_course_session_course_id_date_start_time"),
        ),
    )
    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("course_participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "present",
                "excused",
                "absent",
                name="attendance_state",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_participant_id"],
            ["course_participant.id"],
            name=op.f("fk_attendance_course_participant_id_course_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["course_session.id"],
            name=op.f("fk_attendance_session_id_course_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "course_participant_id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_course_participant_id"),
            ["course_participant_id"],
            unique=False,
        )
    for statement in triggers.ATTENDANCE_SAME_COURSE if _on_postgresql() else SAME_COURSE_TRIGGERS:
        op.execute(statement)


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def downgrade() -> None:
    if _on_postgresql():
        for statement in triggers.ATTENDANCE_SAME_COURSE_DROP:
            op.execute(statement)
    else:
        op.execute("DROP TRIGGER IF EXISTS attendance_same_course_insert")
        op.execute("DROP TRIGGER IF EXISTS attendance_same_course_update")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_course_participant_id"))

    op.drop_table("attendance")
    op.drop_table("course_session")
    with op.batch_alter_table("course_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_participant_participant_id"))

    op.drop_table("course_participant")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_project_id"))

    op.drop_table("course")
