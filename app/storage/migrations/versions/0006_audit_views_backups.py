"""The audit trail records views of personal data, backups and restores

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ACTIONS = (
    "create",
    "update",
    "delete",
    "login",
    "login_failed",
    "logout",
    "import",
    "export",
    "demo",
    "init",
)
ACTIONS = (*OLD_ACTIONS, "view", "backup", "restore")

_READ_ONLY = """
CREATE TRIGGER audit_event_read_only BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event: audit events cannot be changed');
END
"""
_NO_DELETE = """
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event: audit events cannot be deleted');
END
"""


def _actions(codes: tuple[str, ...]) -> str:
    return "action IN (" + ", ".join(f"'{code}'" for code in codes) + ")"


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _rebuild(codes: tuple[str, ...]) -> None:
    # SQLite rebuilds the table to widen its CHECK and its triggers go with the old
    # table; PostgreSQL alters the CHECK in place and keeps them.
    rebuilt = not _on_postgresql()
    if rebuilt:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_event_read_only")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_audit_event_action"), type_="check")
        batch_op.create_check_constraint("action", _actions(codes))
    if rebuilt:
        op.execute(_READ_ONLY)
        op.execute(_NO_DELETE)


def upgrade() -> None:
    _rebuild(ACTIONS)


def downgrade() -> None:
    _rebuild(OLD_ACTIONS)
