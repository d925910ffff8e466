"""Appointments (Termine) of the advisors: with a case file, or an anonymous slot
(office hours, someone without a case file yet) under a name."""

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.appointments import MAX_APPOINTMENT_MINUTES, MIN_APPOINTMENT_MINUTES
from app.domain.enums import AppointmentStatus
from app.domain.models._columns import enum_type, utcnow


class Appointment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    advisor_id: int = Field(foreign_key="user.id")
    date: dt.date
    start_time: dt.time
    duration_minutes: int
    place: str | None = None
    # The case file it belongs to; None: an anonymous slot, then ``name`` may say whom.
    participant_id: int | None = Field(default=None, foreign_key="participant.id", index=True)
    name: str | None = None
    subject: str | None = None
    status: AppointmentStatus = Field(
        default=AppointmentStatus.PLANNED,
        sa_type=enum_type(AppointmentStatus, "appointment_status"),
    )
    # The consultation it became (held); erased with it.
    consultation_id: int | None = Field(
        default=None, foreign_key="consultation.id", ondelete="SET NULL", index=True
    )
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        sa.CheckConstraint(
            f"duration_minutes BETWEEN {MIN_APPOINTMENT_MINUTES} AND {MAX_APPOINTMENT_MINUTES}",
            name="duration_range",
        ),
        sa.CheckConstraint("participant_id IS NULL OR name IS NULL", name="case_or_name"),
        # A week of one advisor, or of everybody: one seek.
        sa.Index("ix_appointment_advisor_date", "advisor_id", "date"),
        sa.Index("ix_appointment_date", "date"),
    )
