"""Logging out is audited; the audit trail refuses deleting as well as changing

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

from app.storage import triggers

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIONS = (
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


OLD_ACTIONS = tuple(a for a in ACTIONS if a != "logout")


def upgrade() -> None:
    if _on_postgresql():
        # The CHECK is altered in place; the read-only trigger stays with the table.
        _alter_actions(ACTIONS)
        for statement in triggers.AUDIT_NO_DELETE:
            op.execute(statement)
        return
    # The table is rebuilt to widen its CHECK; its trigger goes with the old table.
    op.execute("DROP TRIGGER IF EXISTS audit_event_read_only")
    _alter_actions(ACTIONS)
    op.execute(_READ_ONLY)
    op.execute(_NO_DELETE)


def _alter_actions(codes: tuple[str, ...]) -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_audit_event_action"), type_="check")
        batch_op.create_check_constraint("action", _actions(codes))


def downgrade() -> None:
    if _on_postgresql():
        for statement in triggers.AUDIT_NO_DELETE_DROP:
            op.execute(statement)
        _alter_actions(OLD_ACTIONS)
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_event_read_only")
    _alter_actions(OLD_ACTIONS)
    op.execute(_READ_ONLY)
