"""Consents record how they were given, and partner organisations the club passes
contact data to with a consent naming the partner (issue #14, first contact)

Existing consents keep their meaning: ``given_as`` stays empty (nobody recorded how
they were given) and no existing consent names a partner.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ("data_processing", "art13_notice", "funder_transfer", "photos", "contact")
NEW_KINDS = (*OLD_KINDS, "partner_transfer")


def _kind(kinds: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*kinds, name="consent_kind", native_enum=False, create_constraint=True)


def upgrade() -> None:
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("purpose", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_partner_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_name")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "given_as",
                sa.Enum(
                    "written",
                    "oral",
                    "electronic",
                    name="consent_form",
                    native_enum=False,
                    create_constraint=True,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("partner_id", sa.Integer(), nullable=True))
        batch_op.alter_column(
            "kind", existing_type=_kind(OLD_KINDS), type_=_kind(NEW_KINDS), existing_nullable=False
        )
        batch_op.create_index(batch_op.f("ix_consent_partner_id"), ["partner_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_consent_partner_id_partner"), "partner", ["partner_id"], ["id"]
        )
        batch_op.create_check_constraint(
            op.f("ck_consent_partner_only_for_transfer"),
            "(kind = 'partner_transfer') = (partner_id IS NOT NULL)",
        )


def downgrade() -> None:
    op.execute("DELETE FROM consent WHERE kind = 'partner_transfer'")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_consent_partner_only_for_transfer"), type_="check")
        batch_op.drop_constraint(op.f("ck_consent_consent_form"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_consent_partner_id_partner"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_consent_partner_id"))
        batch_op.alter_column(
            "kind", existing_type=_kind(NEW_KINDS), type_=_kind(OLD_KINDS), existing_nullable=False
        )
        batch_op.drop_column("partner_id")
        batch_op.drop_column("given_as")
    op.drop_table("partner")
