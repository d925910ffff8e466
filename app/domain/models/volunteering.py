"""Volunteers, their hours, mentoring tandems, allowances and events."""

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.domain.enums import (
    Activity,
    AllowanceKind,
    EventKind,
    HoursStatus,
    MeetingRhythm,
    MentorshipGoal,
    MentorshipStatus,
    VolunteerStatus,
)
from app.domain.models._columns import enum_type, not_blank, row_version_column, utcnow

# Module level, not a class attribute: pydantic would take an underscored class attribute
# for a private attribute and deep-copy the column (its whole table) for every new record.
_VOLUNTEER_VERSION = row_version_column()


class Volunteer(SQLModel, table=True):
    """An Ehrenamtliche/r of the club."""

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True)
    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    region: str | None = None
    skills: str | None = None
    availability: str | None = None
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    status: VolunteerStatus = Field(
        default=VolunteerStatus.ACTIVE, sa_type=enum_type(VolunteerStatus, "volunteer_status")
    )
    # Erweitertes Führungszeugnis, only what § 72a (5) SGB VIII allows: the day it was
    # inspected, the certificate's issue date, and whether it shows a relevant entry
    # (None: not recorded). Deleted three months after the volunteer stops.
    clearance_seen_on: dt.date | None = None
    clearance_issued_on: dt.date | None = None
    clearance_relevant_entry: bool | None = None
    training_on: dt.date | None = None
    agreement_signed_on: dt.date | None = None
    # The login of a volunteer who enters their own hours.
    user_id: int | None = Field(default=None, foreign_key="user.id", unique=True)
    remarks: str | None = None
    search_text: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)
    anonymised_at: dt.datetime | None = None
    row_version: int = Field(default=1, sa_column=_VOLUNTEER_VERSION)

    __mapper_args__ = {"version_id_col": _VOLUNTEER_VERSION}
    __table_args__ = (
        not_blank("number"),
        not_blank("first_name"),
        not_blank("last_name"),
        sa.CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="left_after_joined"
        ),
        sa.Index("ix_volunteer_name", "last_name", "first_name"),
    )


class VolunteerLanguage(SQLModel, table=True):
    __tablename__ = "volunteer_language"
    volunteer_id: int = Field(foreign_key="volunteer.id", primary_key=True, ondelete="CASCADE")
    language_code: str = Field(primary_key=True)

    __table_args__ = (sa.CheckConstraint("length(language_code) = 2", name="language_code_length"),)


class Event(SQLModel, table=True):
    """An information event, workshop or office hours with an attendee count."""

    id: int | None = Field(default=None, primary_key=True)
    project_id: int | None = Field(default=None, foreign_key="project.id", index=True)
    kind: EventKind = Field(sa_type=enum_type(EventKind, "event_kind"))
    title: str
    date: dt.date = Field(index=True)
    start_time: dt.time | None = None
    duration_minutes: int | None = None
    location: str | None = None
    attendees_total: int = 0
    attendees_female: int | None = None
    attendees_male: int | None = None
    attendees_diverse: int | None = None
    # Who organised it with the club (a community, an association, the Jobcenter): the
    # events report groups by this name.
    partner_organisation: str | None = None
    # People reached beyond those who came (through the community's messenger groups,
    # flyers handed on): None when not counted.
    people_reached: int | None = None
    remarks: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        not_blank("title"),
        sa.CheckConstraint("attendees_total >= 0", name="attendees_positive"),
        sa.CheckConstraint(
            "coalesce(attendees_female, 0) >= 0 AND coalesce(attendees_male, 0) >= 0 "
            "AND coalesce(attendees_diverse, 0) >= 0 AND coalesce(attendees_female, 0) "
            "+ coalesce(attendees_male, 0) + coalesce(attendees_diverse, 0) <= attendees_total",
            name="attendees_by_gender_within_total",
        ),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440",
            name="duration_range",
        ),
        sa.CheckConstraint(
            "people_reached IS NULL OR people_reached >= 0", name="people_reached_positive"
        ),
    )


class EventLanguage(SQLModel, table=True):
    """A language the event was held in (ISO 639-1)."""

    __tablename__ = "event_language"
    event_id: int = Field(foreign_key="event.id", primary_key=True, ondelete="CASCADE")
    language_code: str = Field(primary_key=True)

    __table_args__ = (sa.CheckConstraint("length(language_code) = 2", name="language_code_length"),)


class EventTopic(SQLModel, table=True):
    """A topic of the event, from the club's topic list (the consultations' topics)."""

    __tablename__ = "event_topic"
    event_id: int = Field(foreign_key="event.id", primary_key=True, ondelete="CASCADE")
    topic_id: int = Field(foreign_key="topic.id", primary_key=True, index=True)


class Mentorship(SQLModel, table=True):
    """A mentoring tandem of one volunteer and one participant."""

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    project_id: int | None = Field(default=None, foreign_key="project.id")
    start_date: dt.date
    end_date: dt.date | None = None
    rhythm: MeetingRhythm = Field(
        default=MeetingRhythm.WEEKLY, sa_type=enum_type(MeetingRhythm, "rhythm")
    )
    status: MentorshipStatus = Field(
        default=MentorshipStatus.ACTIVE, sa_type=enum_type(MentorshipStatus, "mentorship_status")
    )
    goals_text: str | None = None
    agreement_signed_on: dt.date | None = None
    # Why the tandem ended, from its project's list of exit reasons.
    end_reason_id: int | None = Field(default=None, foreign_key="exit_reason.id")
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
    )


class MentorshipGoalLink(SQLModel, table=True):
    """A goal from the catalogue agreed for a tandem."""

    __tablename__ = "mentorship_goal"

    mentorship_id: int = Field(foreign_key="mentorship.id", primary_key=True, ondelete="CASCADE")
    goal: MentorshipGoal = Field(sa_type=enum_type(MentorshipGoal, "goal"), primary_key=True)
    # Asked when the tandem ends: None until then.
    reached: bool | None = None


class VolunteerHours(SQLModel, table=True):
    """Einsatzstunden: time a volunteer gave on one day, in quarter hours.

    Stored in whole minutes (15 to 600, multiples of 15) so no rounding of
    fractional hours can creep in; a trigger keeps a day at most 10 hours.
    """

    __tablename__ = "volunteer_hours"

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id")
    date: dt.date
    minutes: int
    activity: Activity = Field(default=Activity.OTHER, sa_type=enum_type(Activity, "activity"))
    project_id: int | None = Field(default=None, foreign_key="project.id", index=True)
    participant_id: int | None = Field(default=None, foreign_key="participant.id", index=True)
    event_id: int | None = Field(default=None, foreign_key="event.id", index=True)
    note: str | None = None
    status: HoursStatus = Field(
        default=HoursStatus.SUBMITTED, sa_type=enum_type(HoursStatus, "hours_status")
    )
    entered_by_id: int | None = Field(default=None, foreign_key="user.id")
    approved_by_id: int | None = Field(default=None, foreign_key="user.id")
    approved_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        sa.CheckConstraint(
            "minutes BETWEEN 15 AND 600 AND minutes % 15 = 0", name="quarter_hours_up_to_ten"
        ),
        sa.Index("ix_volunteer_hours_volunteer_date", "volunteer_id", "date"),
        # A period's approved hours (start page, reports): status alone narrows nothing.
        sa.Index("ix_volunteer_hours_status_date", "status", "date"),
    )


class AllowanceCap(SQLModel, table=True):
    """Yearly tax-free cap of an allowance kind, valid from a year on (changes by law)."""

    __tablename__ = "allowance_cap"

    kind: AllowanceKind = Field(sa_type=enum_type(AllowanceKind, "kind"), primary_key=True)
    valid_from_year: int = Field(primary_key=True)
    cap_cents: int

    __table_args__ = (
        sa.CheckConstraint("cap_cents >= 0", name="cap_positive"),
        sa.CheckConstraint("valid_from_year BETWEEN 2000 AND 2100", name="year_range"),
    )


class AllowancePayment(SQLModel, table=True):
    """An allowance (Aufwandsentschädigung) paid to a volunteer."""

    __tablename__ = "allowance_payment"

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True)
    project_id: int | None = Field(default=None, foreign_key="project.id")
    kind: AllowanceKind = Field(sa_type=enum_type(AllowanceKind, "kind"))
    paid_on: dt.date
    amount_cents: int
    # The days of work the allowance compensates: their hours are paid, not an
    # unpaid in-kind contribution. Expense refunds compensate costs, not time.
    covers_from: dt.date | None = None
    covers_to: dt.date | None = None
    note: str | None = None
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        sa.CheckConstraint("amount_cents > 0", name="amount_positive"),
        sa.CheckConstraint(
            "(covers_from IS NULL) = (covers_to IS NULL) AND "
            "(covers_to IS NULL OR covers_to >= covers_from)",
            name="covered_period",
        ),
    )


class AllowanceDeclaration(SQLModel, table=True):
    """What a volunteer declared to have received from other clubs in a year.

    The tax-free cap is per person across all clubs, so it counts against the cap.
    """

    __tablename__ = "allowance_declaration"

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True)
    year: int
    kind: AllowanceKind = Field(sa_type=enum_type(AllowanceKind, "kind"))
    other_clubs_cents: int
    declared_on: dt.date
    note: str | None = None
    recorded_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: dt.datetime = Field(default_factory=utcnow)

    __table_args__ = (
        sa.UniqueConstraint("volunteer_id", "year", "kind"),
        sa.CheckConstraint("other_clubs_cents >= 0", name="other_clubs_positive"),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
    )
