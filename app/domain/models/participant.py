"""Participants (case files), their project enrollments and consents."""

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.enums import (
    Answer,
    CaseStatus,
    ConsentForm,
    ConsentKind,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    Gender,
    GermanLevel,
    RecognitionStatus,
    ReferralSource,
    ResidenceStatus,
    SchoolQualification,
    SensitiveAnswer,
    VocationalQualification,
)
from app.domain.models._columns import (
    check_per_dialect,
    enum_type,
    not_blank,
    row_version_column,
    utcnow,
)

# Four digits, a hyphen, four digits, then anything (anonymised cases: "0000-…"):
# SQLite's GLOB and the same as a PostgreSQL regular expression.
CASE_NUMBER_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*"
CASE_NUMBER_REGEX = "^[0-9]{4}-[0-9]{4}"


# Module level, not a class attribute: pydantic would take an underscored class attribute
# for a private attribute and deep-copy the column (its whole table) for every new record.
_PARTICIPANT_VERSION = row_version_column()


class Participant(SQLModel, table=True):
    """One case file (Fallakte) per person counselled."""

    id: int | None = Field(default=None, primary_key=True)
    case_number: str = Field(unique=True)
    first_name: str
    last_name: str
    gender: Gender = Field(sa_type=enum_type(Gender, "gender"))
    birth_date: date | None = None
    # Kept instead of the birth date when the case is anonymised (reports count ages
    # by birth year); None while the birth date itself is stored.
    birth_year: int | None = None
    street: str | None = None
    postcode: str | None = Field(default=None, index=True)
    city: str | None = None
    # Where a person lives abroad (ISO 3166-1 alpha-2, never DE): advised before moving to
    # Germany. Empty for an address in Germany or none recorded; the German postcode
    # field stays empty then (a foreign postcode goes with the town).
    residence_country: str | None = None
    phone: str | None = None
    email: str | None = None
    birth_country: str | None = None  # ISO 3166-1 alpha-2
    residence_status: ResidenceStatus | None = Field(
        default=None, sa_type=enum_type(ResidenceStatus, "residence_status")
    )
    arrival_year: int | None = None
    school_qualification: SchoolQualification | None = Field(
        default=None, sa_type=enum_type(SchoolQualification, "school_qualification")
    )
    school_qualification_country: str | None = None
    vocational_qualification: VocationalQualification | None = Field(
        default=None, sa_type=enum_type(VocationalQualification, "vocational_qualification")
    )
    vocational_qualification_country: str | None = None
    reference_occupation: str | None = None  # German Referenzberuf
    regulated_profession: Answer | None = Field(
        default=None, sa_type=enum_type(Answer, "regulated_profession")
    )
    german_level: GermanLevel | None = Field(
        default=None, sa_type=enum_type(GermanLevel, "german_level")
    )
    recognition_status: RecognitionStatus | None = Field(
        default=None, sa_type=enum_type(RecognitionStatus, "recognition_status")
    )
    referral_source: ReferralSource | None = Field(
        default=None, sa_type=enum_type(ReferralSource, "referral_source")
    )
    advisor_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    status: CaseStatus = Field(
        default=CaseStatus.OPEN, sa_type=enum_type(CaseStatus, "case_status"), index=True
    )
    remarks: str | None = None
    # Lower-case, accent-free names, case number and phone for instant search.
    search_text: str = ""
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    closed_on: date | None = None
    # The latest consultation's date and the earliest open follow-up, kept by database
    # triggers (storage/case_dates.py) so the case list sorts by them through an index.
    # The application reads them and never writes them.
    last_contact_on: date | None = Field(default=None, index=True)
    next_follow_up_on: date | None = Field(default=None, index=True)
    anonymised_at: datetime | None = None
    row_version: int = Field(default=1, sa_column=_PARTICIPANT_VERSION)

    __mapper_args__ = {"version_id_col": _PARTICIPANT_VERSION}
    __table_args__ = (
        not_blank("first_name"),
        not_blank("last_name"),
        *check_per_dialect(
            "case_number_format",
            sqlite=f"case_number GLOB '{CASE_NUMBER_GLOB}'",
            postgresql=f"case_number ~ '{CASE_NUMBER_REGEX}'",
        ),
        *check_per_dialect(
            "postcode_format",
            sqlite="postcode IS NULL OR "
            "(length(postcode) = 5 AND postcode GLOB '[0-9][0-9][0-9][0-9][0-9]')",
            postgresql="postcode IS NULL OR (length(postcode) = 5 AND postcode ~ '^[0-9]{5}$')",
        ),
        sa.CheckConstraint(
            "residence_country IS NULL OR "
            "(length(residence_country) = 2 AND residence_country <> 'DE' AND postcode IS NULL)",
            name="residence_country_abroad",
        ),
        sa.CheckConstraint(
            "arrival_year IS NULL OR arrival_year BETWEEN 1900 AND 2100", name="arrival_year_range"
        ),
        sa.Index("ix_participant_name", "last_name", "first_name"),
        # Sorting the case list by age reads this index instead of sorting 50,000 rows.
        sa.Index("ix_participant_birth_date", "birth_date"),
    )


class ParticipantNationality(SQLModel, table=True):
    """A citizenship of the participant; ``XX`` marks a stateless person."""

    __tablename__ = "participant_nationality"

    participant_id: int = Field(foreign_key="participant.id", primary_key=True, ondelete="CASCADE")
    country_code: str = Field(primary_key=True)
    position: int = 0

    __table_args__ = (sa.CheckConstraint("length(country_code) = 2", name="country_code_length"),)


class ParticipantLanguage(SQLModel, table=True):
    """A language the participant speaks (ISO 639-1)."""

    __tablename__ = "participant_language"

    participant_id: int = Field(foreign_key="participant.id", primary_key=True, ondelete="CASCADE")
    language_code: str = Field(primary_key=True)

    __table_args__ = (sa.CheckConstraint("length(language_code) = 2", name="language_code_length"),)


# Module level, not a class attribute: pydantic would take an underscored class attribute
# for a private attribute and deep-copy the column (its whole table) for every new record.
_ENROLLMENT_VERSION = row_version_column()


class Enrollment(SQLModel, table=True):
    """Participation in one project with the frozen ESF entry answers.

    Entry answers describe the situation on ``entry_date`` and are not changed
    when the person's situation changes later.
    """

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    project_id: int = Field(foreign_key="project.id", index=True)
    entry_date: date = Field(index=True)
    # Entry answers: None means "not yet asked"; the UNKNOWN code is the answer
    # "keine Angabe" and REFUSED (special categories) a documented refusal.
    employment_status: EmploymentStatus | None = Field(
        default=None, sa_type=enum_type(EmploymentStatus, "employment_status")
    )
    unemployed_months: int | None = None
    education_level: EducationLevel | None = Field(
        default=None, sa_type=enum_type(EducationLevel, "education_level")
    )
    third_country_national: Answer = Field(
        default=Answer.UNKNOWN, sa_type=enum_type(Answer, "third_country_national")
    )
    disability: SensitiveAnswer | None = Field(
        default=None, sa_type=enum_type(SensitiveAnswer, "disability")
    )
    minority: SensitiveAnswer | None = Field(
        default=None, sa_type=enum_type(SensitiveAnswer, "minority")
    )
    foreign_origin: Answer | None = Field(default=None, sa_type=enum_type(Answer, "foreign_origin"))
    homeless: Answer | None = Field(default=None, sa_type=enum_type(Answer, "homeless"))
    rural_area: Answer | None = Field(default=None, sa_type=enum_type(Answer, "rural_area"))
    entry_recorded_on: date | None = None
    exit_date: date | None = Field(default=None, index=True)
    exit_status: ExitStatus | None = Field(
        default=None, sa_type=enum_type(ExitStatus, "exit_status")
    )
    qualification_gained: bool | None = None
    exit_recorded_on: date | None = None
    employed_after_6_months: Answer | None = Field(
        default=None, sa_type=enum_type(Answer, "employed_after_6_months")
    )
    improved_after_6_months: Answer | None = Field(
        default=None, sa_type=enum_type(Answer, "improved_after_6_months")
    )
    six_month_recorded_on: date | None = None
    # Age at entry in whole years, kept when the case is anonymised and the birth date
    # goes (the ESF age indicators count it); None while the birth date is stored.
    entry_age: int | None = None
    # Why the participation ended, from the project's own list (outcome report).
    exit_reason_id: int | None = Field(default=None, foreign_key="exit_reason.id")
    created_at: datetime = Field(default_factory=utcnow)
    # The entry, exit and 6-month forms save only over the version they showed.
    row_version: int = Field(default=1, sa_column=_ENROLLMENT_VERSION)

    __mapper_args__ = {"version_id_col": _ENROLLMENT_VERSION}
    __table_args__ = (
        sa.UniqueConstraint("participant_id", "project_id"),
        sa.CheckConstraint("exit_date IS NULL OR exit_date >= entry_date", name="exit_after_entry"),
        sa.CheckConstraint(
            "unemployed_months IS NULL OR (unemployed_months >= 0 AND "
            f"employment_status = '{EmploymentStatus.UNEMPLOYED.value}')",
            name="unemployed_months_only_when_unemployed",
        ),
    )


class Consent(SQLModel, table=True):
    """A consent given, or the Art. 13 information notice handed over."""

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    kind: ConsentKind = Field(sa_type=enum_type(ConsentKind, "consent_kind"))
    given_on: date
    version: str | None = None
    withdrawn_on: date | None = None
    recorded_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow)
    # How it was given; None on records from before Lotse asked (migration 0012).
    given_as: ConsentForm | None = Field(
        default=None, sa_type=enum_type(ConsentForm, "consent_form")
    )
    # The partner a "partner_transfer" consent allows passing data to (only that kind).
    partner_id: int | None = Field(default=None, foreign_key="partner.id", index=True)

    __table_args__ = (
        sa.CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="withdrawn_after_given"
        ),
        sa.CheckConstraint(
            "(kind = 'partner_transfer') = (partner_id IS NOT NULL)",
            name="partner_only_for_transfer",
        ),
    )
