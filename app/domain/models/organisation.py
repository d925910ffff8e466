"""The club itself, its funded projects, settings and number sequences."""

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.enums import (
    ExitReasonCategory,
    ExitStatus,
    LongTermUnemploymentRule,
    SupportedOrganisationKind,
)
from app.domain.models._columns import enum_type, not_blank, utcnow


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
    # Who answers data-protection questions (printed on notices and consent forms).
    privacy_contact: str | None = None
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (not_blank("name"),)


class ClubLanguage(SQLModel, table=True):
    """A language the club counsels in: offered first wherever a language is chosen."""

    __tablename__ = "club_language"

    code: str = Field(primary_key=True)  # ISO 639-1
    active: bool = True
    position: int = 0

    __table_args__ = (sa.CheckConstraint("length(code) = 2", name="code_length"),)


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
    # Value of one volunteer hour in euro cents for every year without a rate of its
    # own (project_hourly_rate); without either, the statutory minimum wage applies.
    hourly_rate_cents: int | None = None
    # How long after the last payment personal data must be kept.
    retention_years: int = 5
    archived: bool = False
    # ESF settings: which rule makes someone long-term unemployed (EECO03), and the
    # hours of support below which a person stays a counselling contact (de minimis).
    long_term_rule: LongTermUnemploymentRule = Field(
        default=LongTermUnemploymentRule.SGB3,
        sa_type=enum_type(LongTermUnemploymentRule, "long_term_rule"),
    )
    min_support_hours: int | None = None
    # The project supports organisations (EECO18/EECO19) and keeps a register of them.
    supports_organisations: bool = False
    # A qualification gained counts as success in the outcome report.
    qualification_counts_as_success: bool = True
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
        sa.CheckConstraint(
            "min_support_hours IS NULL OR min_support_hours BETWEEN 1 AND 1000",
            name="min_support_hours_range",
        ),
    )


class ProjectHourlyRate(SQLModel, table=True):
    """The value of one volunteer hour in a project for one calendar year."""

    __tablename__ = "project_hourly_rate"

    project_id: int = Field(foreign_key="project.id", primary_key=True, ondelete="CASCADE")
    year: int = Field(primary_key=True)
    rate_cents: int

    __table_args__ = (
        sa.CheckConstraint("rate_cents >= 0", name="rate_positive"),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
    )


class MinimumWage(SQLModel, table=True):
    """The statutory minimum wage per hour, by the year it applies (changes by law)."""

    __tablename__ = "minimum_wage"

    year: int = Field(primary_key=True)
    cents: int

    __table_args__ = (
        sa.CheckConstraint("cents > 0", name="cents_positive"),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
    )


class ProjectSuccessStatus(SQLModel, table=True):
    """A situation after exit that counts as success in the project's outcome report."""

    __tablename__ = "project_success_status"

    project_id: int = Field(foreign_key="project.id", primary_key=True, ondelete="CASCADE")
    exit_status: ExitStatus = Field(sa_type=enum_type(ExitStatus, "exit_status"), primary_key=True)


class ExitReason(SQLModel, table=True):
    """Why a participation or a tandem ended: the project's own list, maintained by the club.

    A retired reason (``active`` false) stays on old records and leaves the choice lists.
    """

    __tablename__ = "exit_reason"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    name: str
    category: ExitReasonCategory = Field(
        sa_type=enum_type(ExitReasonCategory, "exit_reason_category")
    )
    counts_as_success: bool = False
    active: bool = True
    position: int = 0

    __table_args__ = (
        not_blank("name"),
        sa.UniqueConstraint("project_id", "name"),
    )


class SupportedOrganisation(SQLModel, table=True):
    """An administration or enterprise a project supported (EECO18, EECO19)."""

    __tablename__ = "supported_organisation"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    name: str
    kind: SupportedOrganisationKind = Field(
        sa_type=enum_type(SupportedOrganisationKind, "supported_organisation_kind")
    )
    supported_on: date
    remarks: str | None = None
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (not_blank("name"),)


class Partner(SQLModel, table=True):
    """An organisation the club passes people's contact data to, with their consent
    (a consent of kind ``partner_transfer`` names it)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    # What the partner does with the data (the consent form and the record of
    # processing say it).
    purpose: str | None = None
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (not_blank("name"),)


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
