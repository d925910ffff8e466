"""Recognition procedures (Anerkennungsverfahren) and placements (Arbeitsaufnahmen) of a
case file: case data, read and written with the case file's permissions and scope."""

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.enums import AdaptationKind, Answer, ContractType, EconomicSector, RecognitionResult
from app.domain.models._columns import check_per_dialect, enum_type, not_blank, utcnow

# Five digits, the last a level of requirement 1–4 (``domain/occupations.KLDB_CODE``):
# SQLite's GLOB and the same as a PostgreSQL regular expression.
KLDB_GLOB = "[0-9][0-9][0-9][0-9][1-4]"
KLDB_REGEX = "^[0-9]{4}[1-4]$"


class RecognitionProcedure(SQLModel, table=True):
    """One procedure to have a foreign qualification recognised for a German reference
    occupation; a person may have several (e.g. nurse, then midwife).

    Every answer may be unknown (None); the result stays empty until a decision."""

    __tablename__ = "recognition_procedure"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    # The German reference occupation (Referenzberuf) as text, with its KldB 2010 code
    # where known. Empty only for procedures taken over from the case form (migration 0015).
    occupation: str | None = None
    kldb_code: str | None = None
    regulated: Answer | None = Field(
        default=None, sa_type=enum_type(Answer, "recognition_regulated")
    )
    qualification_country: str | None = None  # ISO 3166-1 alpha-2
    qualification_year: int | None = None
    authority: str | None = None  # the competent authority (zuständige Stelle)
    applied_on: date | None = Field(default=None, index=True)
    decided_on: date | None = Field(default=None, index=True)
    result: RecognitionResult | None = Field(
        default=None, sa_type=enum_type(RecognitionResult, "recognition_result")
    )
    adaptation_kind: AdaptationKind | None = Field(
        default=None, sa_type=enum_type(AdaptationKind, "adaptation_kind")
    )
    adaptation_provider: str | None = None
    adaptation_from: date | None = None
    adaptation_to: date | None = None
    adaptation_completed: bool | None = None
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (
        *check_per_dialect(
            "kldb_code_format",
            sqlite=f"kldb_code IS NULL OR (length(kldb_code) = 5 AND kldb_code GLOB '{KLDB_GLOB}')",
            postgresql="kldb_code IS NULL OR "
            f"(length(kldb_code) = 5 AND kldb_code ~ '{KLDB_REGEX}')",
        ),
        sa.CheckConstraint(
            "qualification_country IS NULL OR length(qualification_country) = 2",
            name="qualification_country_code",
        ),
        sa.CheckConstraint(
            "qualification_year IS NULL OR qualification_year BETWEEN 1900 AND 2100",
            name="qualification_year_range",
        ),
        sa.CheckConstraint(
            "decided_on IS NULL OR applied_on IS NULL OR decided_on >= applied_on",
            name="decided_after_applied",
        ),
        sa.CheckConstraint(
            "adaptation_to IS NULL OR adaptation_from IS NULL OR adaptation_to >= adaptation_from",
            name="adaptation_to_after_from",
        ),
    )


class Placement(SQLModel, table=True):
    """Work or training a person took up (Arbeitsaufnahme), optionally linked to the
    enrollment whose exit it explains."""

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    enrollment_id: int | None = Field(default=None, foreign_key="enrollment.id", index=True)
    employer: str
    employer_town: str | None = None
    sector: EconomicSector | None = Field(
        default=None, sa_type=enum_type(EconomicSector, "economic_sector")
    )
    start_date: date = Field(index=True)
    contract_type: ContractType = Field(sa_type=enum_type(ContractType, "contract_type"))
    weekly_minutes: int | None = None  # hours per week, in minutes
    occupation: str | None = None
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (
        not_blank("employer"),
        sa.CheckConstraint(
            "weekly_minutes IS NULL OR weekly_minutes BETWEEN 1 AND 4800",
            name="weekly_minutes_range",
        ),
    )
