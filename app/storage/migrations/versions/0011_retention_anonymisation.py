"""Retention and anonymisation: what an anonymised case keeps of the birth date (birth
year, age at entry), the police-clearance facts § 72a (5) SGB VIII allows, when a
volunteer was anonymised, and an audit trail whose reasons can be blanked when the
person they may quote is anonymised or erased

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.storage import triggers

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Nullable columns without a default: no table rebuild, existing rows read "not stored".
_COLUMNS = (
    ("participant", "birth_year", sa.Integer()),
    ("enrollment", "entry_age", sa.Integer()),
    ("volunteer", "clearance_issued_on", sa.Date()),
    ("volunteer", "clearance_relevant_entry", sa.Boolean()),
    # Aware like the model's UTCDateTime (timestamptz on PostgreSQL; DATETIME on SQLite).
    ("volunteer", "anonymised_at", sa.DateTime(timezone=True)),
)

_OLD_READ_ONLY = """
CREATE TRIGGER audit_event_read_only BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event: audit events cannot be changed');
END
"""
# The one change allowed: blanking the reason (it may quote a person who is anonymised
# or erased). Who did what to which entity and when stays as it was.
_READ_ONLY = """
CREATE TRIGGER audit_event_read_only BEFORE UPDATE ON audit_event
WHEN NOT (NEW.reason IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at
    AND NEW.user_id IS OLD.user_id AND NEW.username IS OLD.username
    AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity
    AND NEW.entity_id IS OLD.entity_id AND NEW.fields IS OLD.fields)
BEGIN
    SELECT RAISE(ABORT, 'audit_event: audit events cannot be changed');
END
"""


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    for table, column, type_ in _COLUMNS:
        op.add_column(table, sa.Column(column, type_, nullable=True))
    if _on_postgresql():  # the trigger stays; its function is replaced
        op.execute(triggers.AUDIT_REASON_BLANKABLE_FUNCTION)
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_read_only")
        op.execute(_READ_ONLY)


def downgrade() -> None:
    if _on_postgresql():
        op.execute(triggers.AUDIT_READ_ONLY_FUNCTION)
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_read_only")
        op.execute(_OLD_READ_ONLY)
    for table, column, _type in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
