"""All table models; importing this package registers them on ``SQLModel.metadata``."""

from app.domain.models.accounts import AuditEvent, User
from app.domain.models.counselling import Consultation, ConsultationTopic, FollowUp, Topic
from app.domain.models.organisation import NumberSequence, Organisation, Project, Setting
from app.domain.models.participant import (
    Consent,
    Enrollment,
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
)
from app.domain.models.volunteering import (
    AllowanceCap,
    AllowancePayment,
    Event,
    Mentorship,
    MentorshipGoalLink,
    Volunteer,
    VolunteerHours,
    VolunteerLanguage,
)

__all__ = [
    "AllowanceCap",
    "AllowancePayment",
    "AuditEvent",
    "Consent",
    "Consultation",
    "ConsultationTopic",
    "Enrollment",
    "Event",
    "FollowUp",
    "Mentorship",
    "MentorshipGoalLink",
    "NumberSequence",
    "Organisation",
    "Participant",
    "ParticipantLanguage",
    "ParticipantNationality",
    "Project",
    "Setting",
    "Topic",
    "User",
    "Volunteer",
    "VolunteerHours",
    "VolunteerLanguage",
]
