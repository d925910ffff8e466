"""All table models; importing this package registers them on ``SQLModel.metadata``."""

from app.domain.models.accounts import AuditEvent, User
from app.domain.models.counselling import (
    Consultation,
    ConsultationReferral,
    ConsultationTopic,
    FollowUp,
    ReferralTarget,
    Topic,
)
from app.domain.models.organisation import (
    ClubLanguage,
    ExitReason,
    MinimumWage,
    NumberSequence,
    Organisation,
    Project,
    ProjectHourlyRate,
    ProjectSuccessStatus,
    Setting,
    SupportedOrganisation,
)
from app.domain.models.participant import (
    Consent,
    Enrollment,
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
)
from app.domain.models.recognition import Placement, RecognitionProcedure
from app.domain.models.volunteering import (
    AllowanceCap,
    AllowanceDeclaration,
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
    "AllowanceDeclaration",
    "AllowancePayment",
    "AuditEvent",
    "ClubLanguage",
    "Consent",
    "Consultation",
    "ConsultationReferral",
    "ConsultationTopic",
    "Enrollment",
    "Event",
    "ExitReason",
    "FollowUp",
    "Mentorship",
    "MentorshipGoalLink",
    "MinimumWage",
    "NumberSequence",
    "Organisation",
    "Participant",
    "ParticipantLanguage",
    "ParticipantNationality",
    "Placement",
    "Project",
    "ProjectHourlyRate",
    "ProjectSuccessStatus",
    "RecognitionProcedure",
    "ReferralTarget",
    "Setting",
    "SupportedOrganisation",
    "Topic",
    "User",
    "Volunteer",
    "VolunteerHours",
    "VolunteerLanguage",
]
