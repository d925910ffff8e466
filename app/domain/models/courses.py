"""Courses (Kurse) with their sessions (Termine), the case files enrolled in them and who
attended which session (Anwesenheit).

A course itself names no person; who takes part and who attended is case data and
follows the case file's scope. An attendance cell that nobody ticked has no row: the
list never records an answer nobody gave.
"""

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.courses import MAX_SESSION_MINUTES, MIN_SESSION_MINUTES
from app.domain.enums import AttendanceState, CourseKind
from app.domain.models._columns import enum_type, not_blank, utcnow


class Course(SQLModel, table=True):
    """A language course, qualification, application training … the club runs or refers to."""

    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: CourseKind = Field(sa_type=enum_type(CourseKind, "course_kind"))
    # Who runs it (the club itself, a language school …); free text.
    provider: str | None = None
    # The project whose support it is: its attended hours count towards that project's
    # minimum support (de minimis) of the ESF statistics.
    project_id: int | None = Field(default=None, foreign_key="project.id", index=True)
    start_date: dt.date
    end_date: dt.date
    location: str | None = None
    remarks: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        not_blank("title"),
        sa.CheckConstraint("end_date >= start_date", name="end_after_start"),
    )


class CourseSession(SQLModel, table=True):
    """One Termin of a course: a day, a start time and how long it lasts."""

    __tablename__ = "course_session"

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="course.id", ondelete="CASCADE")
    date: dt.date
    start_time: dt.time
    duration_minutes: int

    __table_args__ = (
        sa.CheckConstraint(
            f"duration_minutes BETWEEN {MIN_SESSION_MINUTES} AND {MAX_SESSION_MINUTES}",
            name="duration_range",
        ),
        sa.UniqueConstraint("course_id", "date", "start_time"),
    )


class CourseParticipant(SQLModel, table=True):
    """A case file enrolled in a course, and the certificate it was given."""

    __tablename__ = "course_participant"

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="course.id", ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participant.id", index=True)
    enrolled_on: dt.date
    # Teilnahmebescheinigung: the day it was issued (None: not yet).
    certificate_issued_on: dt.date | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (sa.UniqueConstraint("course_id", "participant_id"),)


class Attendance(SQLModel, table=True):
    """A ticked cell: whether an enrolled person attended one session."""

    session_id: int = Field(foreign_key="course_session.id", primary_key=True, ondelete="CASCADE")
    course_participant_id: int = Field(
        foreign_key="course_participant.id", primary_key=True, ondelete="CASCADE", index=True
    )
    state: AttendanceState = Field(sa_type=enum_type(AttendanceState, "attendance_state"))
    recorded_at: dt.datetime = Field(default_factory=utcnow)
