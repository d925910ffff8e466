"""Column helpers shared by the table models.

The metadata carries a naming convention so that every constraint has a
stable name: Alembic's batch mode on SQLite needs names to alter tables.
"""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timestamps are time-zone aware and stored in UTC."""
    return datetime.now(UTC)


def enum_type(enum_cls: type[StrEnum], name: str) -> sa.Enum:
    """A VARCHAR column holding the enum's English code, guarded by a CHECK."""
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_cls),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def row_version_column() -> Any:
    """The version of a row that forms edit (optimistic concurrency).

    Mapped as SQLAlchemy's ``version_id_col``: every ORM update of the row adds one
    and checks the value it read, so no write path can skip it. A form remembers the
    version it showed; ``services/row_versions.py`` refuses a save over a newer one.
    """
    return sa.Column("row_version", sa.Integer, nullable=False, server_default="1")


def not_blank(column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"length(trim({column})) > 0", name=f"{column}_not_blank")


def check_per_dialect(name: str, sqlite: str, postgresql: str) -> tuple[sa.CheckConstraint, ...]:
    """One rule that SQLite and PostgreSQL spell differently (SQLite's GLOB, its booleans
    that add up as numbers): both constraints carry the same name, each is created only
    on its own back end. Alembic's autogenerate writes both without their ``ddl_if``:
    a migration that creates such a table adds ``.ddl_if(dialect=…)`` by hand."""
    return (
        sa.CheckConstraint(sqlite, name=name).ddl_if(dialect="sqlite"),
        sa.CheckConstraint(postgresql, name=name).ddl_if(dialect="postgresql"),
    )
