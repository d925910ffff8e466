"""Documents kept with a case file, a volunteer or a tandem (signed questionnaires and
consents, recognition decisions, certificates), their bytes in a table of their own

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-23 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("mentorship_id", sa.Integer(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "signed_questionnaire",
                "consent",
                "recognition_decision",
                "certificate",
                "agreement",
                "other",
                name="document_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("document_date", sa.Date(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        # Exactly one owner; PostgreSQL's booleans do not add up, it counts them instead.
        sa.CheckConstraint(
            "(participant_id IS NOT NULL) + (volunteer_id IS NOT NULL) + (mentorship_id IS NOT NULL) = 1",
            name=op.f("ck_document_one_owner"),
        ).ddl_if(dialect="sqlite"),
        sa.CheckConstraint(
            "num_nonnulls(participant_id, volunteer_id, mentorship_id) = 1",
            name=op.f("ck_document_one_owner"),
        ).ddl_if(dialect="postgresql"),
        sa.CheckConstraint(
            "length(trim(file_name)) > 0", name=op.f("ck_document_file_name_not_blank")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_document_title_not_blank")),
        sa.CheckConstraint("size BETWEEN 1 AND 20971520", name=op.f("ck_document_size_range")),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["user.id"], name=op.f("fk_document_added_by_id_user")
        ),
        sa.ForeignKeyConstraint(
            ["mentorship_id"], ["mentorship.id"], name=op.f("fk_document_mentorship_id_mentorship")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_document_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteer.id"], name=op.f("fk_document_volunteer_id_volunteer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_mentorship_id"), ["mentorship_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "document_content",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_content_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_content")),
    )


def downgrade() -> None:
    op.drop_table("document_content")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_document_participant_id"))
        batch_op.drop_index(batch_op.f("ix_document_mentorship_id"))

    op.drop_table("document")
