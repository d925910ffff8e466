"""Consultations (Beratungen), the topic catalogue and follow-ups."""

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.enums import ConsultationFormat, ConsultationKind
from app.domain.models._columns import enum_type, not_blank, row_version_column, utcnow


class Topic(SQLModel, table=True):
    """A consultation topic of the club's catalogue (data, edited by admins)."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str = Field(unique=True)
    active: bool = True
    position: int = 0

    __table_args__ = (not_blank("code"), not_blank("name"))


# Module level, not a class attribute: pydantic would take an underscored class attribute
# for a private attribute and deep-copy the column (its whole table) for every new record.
_CONSULTATION_VERSION = row_version_column()


class Consultation(SQLModel, table=True):
    """One counselling contact. Without a participant it is an anonymous short contact."""

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int | None = Field(default=None, foreign_key="participant.id", index=True)
    project_id: int | None = Field(default=None, foreign_key="project.id", index=True)
    advisor_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    date: dt.date
    start_time: dt.time | None = None
    duration_minutes: int
    kind: ConsultationKind = Field(sa_type=enum_type(ConsultationKind, "consultation_kind"))
    format: ConsultationFormat = Field(
        default=ConsultationFormat.IN_PERSON,
        sa_type=enum_type(ConsultationFormat, "consultation_format"),
    )
    language_code: str | None = None
    interpreter: bool = False
    # The advisor's note: sensitive, never shown to volunteers or treasurers.
    note: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    row_version: int = Field(default=1, sa_column=_CONSULTATION_VERSION)

    __mapper_args__ = {"version_id_col": _CONSULTATION_VERSION}
    __table_args__ = (
        sa.CheckConstraint("duration_minutes BETWEEN 1 AND 600", name="duration_range"),
        sa.CheckConstraint(
            "language_code IS NULL OR length(language_code) = 2", name="language_code_length"
        ),
        # A person's last contact and the case file's consultations by date: one seek.
        sa.Index("ix_consultation_participant_date", "participant_id", "date"),
        # A period's consultations and the people they reached, read from the index
        # alone (the start page's month, every report's period).
        sa.Index("ix_consultation_date_participant", "date", "participant_id"),
    )


class ConsultationTopic(SQLModel, table=True):
    __tablename__ = "consultation_topic"
    consultation_id: int = Field(
        foreign_key="consultation.id", primary_key=True, ondelete="CASCADE"
    )
    topic_id: int = Field(foreign_key="topic.id", primary_key=True, index=True)


class ReferralTarget(SQLModel, table=True):
    """A service the club refers people to (Jobcenter, Ausländerbehörde …): club data."""

    __tablename__ = "referral_target"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    active: bool = True
    position: int = 0

    __table_args__ = (not_blank("name"),)


class ConsultationReferral(SQLModel, table=True):
    """A referral made in a consultation."""

    __tablename__ = "consultation_referral"

    consultation_id: int = Field(
        foreign_key="consultation.id", primary_key=True, ondelete="CASCADE"
    )
    referral_target_id: int = Field(foreign_key="referral_target.id", primary_key=True, index=True)


class FollowUp(SQLModel, table=True):
    """A Wiedervorlage: something to do for a case by a due date."""

    __tablename__ = "follow_up"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    consultation_id: int | None = Field(default=None, foreign_key="consultation.id")
    assignee_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    due_date: dt.date = Field(index=True)
    subject: str
    done_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (not_blank("subject"),)
