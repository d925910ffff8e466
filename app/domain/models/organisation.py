"""The club itself, its funded projects, settings and number sequences."""

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.models._columns import not_blank, utcnow


class Organisation(SQLModel, table=True):
    """The club (Träger, Verein) using this database. Exactly one row."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None
    logo_png: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (not_blank("name"),)


class Project(SQLModel, table=True):
    """A funded project (Förderprojekt) with its reporting settings."""

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id")
    code: str = Field(unique=True)
    name: str
    programme: str
    funder: str | None = None
    start_date: date
    end_date: date | None = None
    esf: bool = False
    # Value of one volunteer hour in euro cents, for the in-kind contribution.
    hourly_rate_cents: int | None = None
    # How long after the last payment personal data must be kept.
    retention_years: int = 5
    archived: bool = False
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (
        not_blank("code"),
        not_blank("name"),
        not_blank("programme"),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period_order"),
        sa.CheckConstraint(
            "hourly_rate_cents IS NULL OR hourly_rate_cents >= 0", name="hourly_rate_positive"
        ),
        sa.CheckConstraint("retention_years BETWEEN 1 AND 30", name="retention_range"),
    )


class Setting(SQLModel, table=True):
    """A key/value setting of the organisation; values are JSON text."""

    key: str = Field(primary_key=True)
    value: str


class NumberSequence(SQLModel, table=True):
    """Last number handed out per series, so that numbers are never reused.

    Case numbers (``2026-0042``) count per year; deleting or anonymising a case
    never lowers the counter.
    """

    __tablename__ = "number_sequence"

    name: str = Field(primary_key=True)
    last_value: int = 0

    __table_args__ = (sa.CheckConstraint("last_value >= 0", name="last_value_positive"),)
