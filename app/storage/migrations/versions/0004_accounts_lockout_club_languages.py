"""Accounts: forced password change and lockout; privacy contact; the club's languages

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 21:30:17.495736
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The languages a new club counsels in until it says otherwise: German and the
# languages most asked for in migrant counselling.
_LANGUAGES = ("de", "ar", "fa", "uk", "ru", "tr", "en", "ku", "ps", "ti")


def upgrade() -> None:
    op.create_table(
        "club_language",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(code) = 2", name=op.f("ck_club_language_code_length")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_club_language")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("privacy_contact", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("locked_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch_op.create_check_constraint("failed_logins_positive", "failed_logins >= 0")
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.alter_column("must_change_password", server_default=None)
        batch_op.alter_column("failed_logins", server_default=None)
    language = sa.table(
        "club_language",
        sa.column("code", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        language,
        [
            {"code": code, "active": True, "position": position}
            for position, code in enumerate(_LANGUAGES)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_user_failed_logins_positive"), type_="check")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("must_change_password")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("privacy_contact")
    op.drop_table("club_language")
