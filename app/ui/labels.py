"""Translated labels for the English codes of the domain enumerations."""

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain import enums as e

# (member, English label); members of different enumerations may share a code
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (e.Role.ADMIN, QT_TRANSLATE_NOOP("Labels", "Administrator")),
    (e.Role.ADVISOR, QT_TRANSLATE_NOOP("Labels", "Advisor")),
    (e.Role.COORDINATOR, QT_TRANSLATE_NOOP("Labels", "Volunteer coordinator")),
    (e.Role.TREASURER, QT_TRANSLATE_NOOP("Labels", "Treasurer")),
    (e.Role.VOLUNTEER, QT_TRANSLATE_NOOP("Labels", "Volunteer")),
    (e.Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "female")),
    (e.Gender.MALE, QT_TRANSLATE_NOOP("Labels", "male")),
    (e.Gender.DIVERSE, QT_TRANSLATE_NOOP("Labels", "non-binary")),
    (e.Gender.UNSPECIFIED, QT_TRANSLATE_NOOP("Labels", "not specified")),
    (e.CaseStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "open")),
    (e.CaseStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "closed")),
    (e.CaseStatus.ANONYMISED, QT_TRANSLATE_NOOP("Labels", "anonymised")),
    (e.VolunteerStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "active")),
    (e.VolunteerStatus.PAUSED, QT_TRANSLATE_NOOP("Labels", "paused")),
    (e.VolunteerStatus.LEFT, QT_TRANSLATE_NOOP("Labels", "left")),
    (e.ConsultationKind.FIRST, QT_TRANSLATE_NOOP("Labels", "first consultation")),
    (e.ConsultationKind.FOLLOW_UP, QT_TRANSLATE_NOOP("Labels", "follow-up consultation")),
    (e.ConsultationFormat.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "in person")),
    (e.ConsultationFormat.PHONE, QT_TRANSLATE_NOOP("Labels", "phone")),
    (e.ConsultationFormat.VIDEO, QT_TRANSLATE_NOOP("Labels", "video")),
    (e.ConsultationFormat.WRITTEN, QT_TRANSLATE_NOOP("Labels", "written")),
    (e.ConsultationFormat.OUTREACH, QT_TRANSLATE_NOOP("Labels", "outreach")),
    (e.ConsultationFormat.GROUP, QT_TRANSLATE_NOOP("Labels", "group")),
    (e.EventKind.INFO_EVENT, QT_TRANSLATE_NOOP("Labels", "information event")),
    (e.EventKind.WORKSHOP, QT_TRANSLATE_NOOP("Labels", "workshop")),
    (e.EventKind.OFFICE_HOURS, QT_TRANSLATE_NOOP("Labels", "office hours")),
    (e.HoursStatus.SUBMITTED, QT_TRANSLATE_NOOP("Labels", "submitted")),
    (e.HoursStatus.APPROVED, QT_TRANSLATE_NOOP("Labels", "approved")),
    (e.HoursStatus.REJECTED, QT_TRANSLATE_NOOP("Labels", "rejected")),
    (
        e.AllowanceKind.TRAINER_ALLOWANCE,
        QT_TRANSLATE_NOOP("Labels", "Trainer allowance (§ 3 No. 26 EStG)"),
    ),
    (
        e.AllowanceKind.VOLUNTEER_ALLOWANCE,
        QT_TRANSLATE_NOOP("Labels", "Volunteer allowance (§ 3 No. 26a EStG)"),
    ),
    (e.AllowanceKind.EXPENSE_REFUND, QT_TRANSLATE_NOOP("Labels", "Expense refund")),
    (
        e.ResidenceStatus.PERMISSION_TO_REMAIN,
        QT_TRANSLATE_NOOP("Labels", "Permission to remain (asylum procedure)"),
    ),
    (e.ResidenceStatus.TOLERATION, QT_TRANSLATE_NOOP("Labels", "Toleration (Duldung)")),
    (
        e.ResidenceStatus.TEMPORARY_PROTECTION,
        QT_TRANSLATE_NOOP("Labels", "Residence permit § 24 (temporary protection)"),
    ),
    (
        e.ResidenceStatus.HUMANITARIAN,
        QT_TRANSLATE_NOOP("Labels", "Residence permit § 25 (humanitarian)"),
    ),
    (
        e.ResidenceStatus.RESIDENCE_PERMIT_OTHER,
        QT_TRANSLATE_NOOP("Labels", "Other residence permit"),
    ),
    (e.ResidenceStatus.SETTLEMENT_PERMIT, QT_TRANSLATE_NOOP("Labels", "Settlement permit")),
    (e.ResidenceStatus.EU_CITIZEN, QT_TRANSLATE_NOOP("Labels", "EU citizen")),
    (e.ResidenceStatus.GERMAN, QT_TRANSLATE_NOOP("Labels", "German citizen")),
    (e.ResidenceStatus.OTHER, QT_TRANSLATE_NOOP("Labels", "other")),
    (e.ResidenceStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "unknown")),
    (e.SchoolQualification.NONE, QT_TRANSLATE_NOOP("Labels", "no school qualification")),
    (
        e.SchoolQualification.LOWER_SECONDARY,
        QT_TRANSLATE_NOOP("Labels", "lower secondary (Hauptschulabschluss)"),
    ),
    (
        e.SchoolQualification.INTERMEDIATE,
        QT_TRANSLATE_NOOP("Labels", "intermediate (Mittlerer Abschluss)"),
    ),
    (
        e.SchoolQualification.UPPER_SECONDARY,
        QT_TRANSLATE_NOOP("Labels", "upper secondary (Abitur, Fachhochschulreife)"),
    ),
    (e.SchoolQualification.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "unknown")),
    (e.VocationalQualification.NONE, QT_TRANSLATE_NOOP("Labels", "no vocational qualification")),
    (
        e.VocationalQualification.VOCATIONAL_TRAINING,
        QT_TRANSLATE_NOOP("Labels", "vocational training"),
    ),
    (
        e.VocationalQualification.MASTER_TECHNICIAN,
        QT_TRANSLATE_NOOP("Labels", "master craftsman / technician"),
    ),
    (e.VocationalQualification.BACHELOR, QT_TRANSLATE_NOOP("Labels", "bachelor")),
    (e.VocationalQualification.MASTER, QT_TRANSLATE_NOOP("Labels", "master, diploma, state exam")),
    (e.VocationalQualification.DOCTORATE, QT_TRANSLATE_NOOP("Labels", "doctorate")),
    (e.VocationalQualification.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "unknown")),
    (e.RecognitionStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "not applicable")),
    (e.RecognitionStatus.NOT_STARTED, QT_TRANSLATE_NOOP("Labels", "not started")),
    (e.RecognitionStatus.APPLIED, QT_TRANSLATE_NOOP("Labels", "applied")),
    (e.RecognitionStatus.FULL_EQUIVALENCE, QT_TRANSLATE_NOOP("Labels", "full equivalence")),
    (e.RecognitionStatus.PARTIAL_EQUIVALENCE, QT_TRANSLATE_NOOP("Labels", "partial equivalence")),
    (e.RecognitionStatus.REJECTED, QT_TRANSLATE_NOOP("Labels", "rejected")),
    (e.RecognitionStatus.COMPENSATION_MEASURE, QT_TRANSLATE_NOOP("Labels", "compensation measure")),
    (e.ReferralSource.SELF, QT_TRANSLATE_NOOP("Labels", "came by themselves")),
    (e.ReferralSource.FAMILY_FRIENDS, QT_TRANSLATE_NOOP("Labels", "family or friends")),
    (e.ReferralSource.JOBCENTER, QT_TRANSLATE_NOOP("Labels", "Jobcenter / employment agency")),
    (
        e.ReferralSource.COMMUNITY_ORGANISATION,
        QT_TRANSLATE_NOOP("Labels", "community organisation"),
    ),
    (e.ReferralSource.INTERNET, QT_TRANSLATE_NOOP("Labels", "internet")),
    (e.ReferralSource.OTHER, QT_TRANSLATE_NOOP("Labels", "other")),
    (e.EmploymentStatus.EMPLOYED, QT_TRANSLATE_NOOP("Labels", "employed")),
    (e.EmploymentStatus.SELF_EMPLOYED, QT_TRANSLATE_NOOP("Labels", "self-employed")),
    (e.EmploymentStatus.UNEMPLOYED, QT_TRANSLATE_NOOP("Labels", "unemployed (registered)")),
    (e.EmploymentStatus.INACTIVE, QT_TRANSLATE_NOOP("Labels", "not employed, not registered")),
    (e.EmploymentStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "not specified")),
    (e.EducationLevel.ISCED_0_2, QT_TRANSLATE_NOOP("Labels", "ISCED 0-2 (up to lower secondary)")),
    (
        e.EducationLevel.ISCED_3_4,
        QT_TRANSLATE_NOOP("Labels", "ISCED 3-4 (upper secondary, vocational training)"),
    ),
    (e.EducationLevel.ISCED_5_8, QT_TRANSLATE_NOOP("Labels", "ISCED 5-8 (tertiary)")),
    (e.EducationLevel.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "not specified")),
    (e.SensitiveAnswer.YES, QT_TRANSLATE_NOOP("Labels", "yes")),
    (e.SensitiveAnswer.NO, QT_TRANSLATE_NOOP("Labels", "no")),
    (e.SensitiveAnswer.REFUSED, QT_TRANSLATE_NOOP("Labels", "refused")),
    (e.SensitiveAnswer.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "not specified")),
    (e.Answer.YES, QT_TRANSLATE_NOOP("Labels", "yes")),
    (e.Answer.NO, QT_TRANSLATE_NOOP("Labels", "no")),
    (e.Answer.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "not specified")),
    (e.ExitStatus.JOB_SEEKING, QT_TRANSLATE_NOOP("Labels", "job-seeking")),
    (e.ExitStatus.EDUCATION_TRAINING, QT_TRANSLATE_NOOP("Labels", "in school or training")),
    (e.ExitStatus.EMPLOYED, QT_TRANSLATE_NOOP("Labels", "employed")),
    (e.ExitStatus.SELF_EMPLOYED, QT_TRANSLATE_NOOP("Labels", "self-employed")),
    (e.ExitStatus.NONE, QT_TRANSLATE_NOOP("Labels", "none of these")),
    (e.ExitStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "unknown")),
    (e.ConsentKind.DATA_PROCESSING, QT_TRANSLATE_NOOP("Labels", "consent to data processing")),
    (e.ConsentKind.ART13_NOTICE, QT_TRANSLATE_NOOP("Labels", "Art. 13 GDPR notice handed over")),
    (e.ConsentKind.FUNDER_TRANSFER, QT_TRANSLATE_NOOP("Labels", "consent to transfer to funder")),
    (e.ConsentKind.PHOTOS, QT_TRANSLATE_NOOP("Labels", "consent to photos")),
    (e.ConsentKind.CONTACT, QT_TRANSLATE_NOOP("Labels", "consent to be contacted")),
    (e.Activity.MENTORING, QT_TRANSLATE_NOOP("Labels", "mentoring")),
    (e.Activity.ACCOMPANIMENT, QT_TRANSLATE_NOOP("Labels", "accompaniment")),
    (e.Activity.LANGUAGE_SUPPORT, QT_TRANSLATE_NOOP("Labels", "language support")),
    (e.Activity.INTERPRETING, QT_TRANSLATE_NOOP("Labels", "interpreting")),
    (e.Activity.EVENT, QT_TRANSLATE_NOOP("Labels", "event")),
    (e.Activity.ADMINISTRATION, QT_TRANSLATE_NOOP("Labels", "administration")),
    (e.Activity.OTHER, QT_TRANSLATE_NOOP("Labels", "other activity")),
    (e.MentorshipStatus.PROPOSED, QT_TRANSLATE_NOOP("Labels", "proposed")),
    (e.MentorshipStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "active")),
    (e.MentorshipStatus.PAUSED, QT_TRANSLATE_NOOP("Labels", "paused")),
    (e.MentorshipStatus.ENDED, QT_TRANSLATE_NOOP("Labels", "ended")),
    (e.MeetingRhythm.WEEKLY, QT_TRANSLATE_NOOP("Labels", "weekly")),
    (e.MeetingRhythm.BIWEEKLY, QT_TRANSLATE_NOOP("Labels", "every two weeks")),
    (e.MeetingRhythm.MONTHLY, QT_TRANSLATE_NOOP("Labels", "monthly")),
    (e.MeetingRhythm.IRREGULAR, QT_TRANSLATE_NOOP("Labels", "as agreed")),
    (
        e.MentorshipGoal.GERMAN_LANGUAGE,
        QT_TRANSLATE_NOOP("Labels", "learning and practising German"),
    ),
    (
        e.MentorshipGoal.APPLICATIONS,
        QT_TRANSLATE_NOOP("Labels", "applications for training and jobs"),
    ),
    (e.MentorshipGoal.TRAINING, QT_TRANSLATE_NOOP("Labels", "support in training and school")),
    (e.MentorshipGoal.AUTHORITIES, QT_TRANSLATE_NOOP("Labels", "authorities and forms")),
    (e.MentorshipGoal.LEISURE_SOCIAL, QT_TRANSLATE_NOOP("Labels", "leisure and social contacts")),
    (e.MentorshipGoal.OTHER, QT_TRANSLATE_NOOP("Labels", "other goal")),
    (e.GermanLevel.NONE, QT_TRANSLATE_NOOP("Labels", "no German")),
    (e.GermanLevel.A1, QT_TRANSLATE_NOOP("Labels", "A1 (beginner)")),
    (e.GermanLevel.A2, QT_TRANSLATE_NOOP("Labels", "A2 (elementary)")),
    (e.GermanLevel.B1, QT_TRANSLATE_NOOP("Labels", "B1 (intermediate)")),
    (e.GermanLevel.B2, QT_TRANSLATE_NOOP("Labels", "B2 (upper intermediate)")),
    (e.GermanLevel.C1, QT_TRANSLATE_NOOP("Labels", "C1 (advanced)")),
    (e.GermanLevel.C2, QT_TRANSLATE_NOOP("Labels", "C2 (proficient)")),
    (e.GermanLevel.NATIVE, QT_TRANSLATE_NOOP("Labels", "German as first language")),
    (e.GermanLevel.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "not specified")),
    (
        e.LongTermUnemploymentRule.SGB3,
        QT_TRANSLATE_NOOP("Labels", "12 months or longer (§ 18 SGB III)"),
    ),
    (
        e.LongTermUnemploymentRule.EU_SURVEY,
        QT_TRANSLATE_NOOP("Labels", "over 12 months, below 25 over 6 months (EU survey rule)"),
    ),
    (e.ExitReasonCategory.FINISHED, QT_TRANSLATE_NOOP("Labels", "finished")),
    (e.ExitReasonCategory.DROPPED_OUT, QT_TRANSLATE_NOOP("Labels", "dropped out")),
    (e.ExitReasonCategory.OTHER, QT_TRANSLATE_NOOP("Labels", "other reason")),
    (
        e.SupportedOrganisationKind.PUBLIC_ADMINISTRATION,
        QT_TRANSLATE_NOOP("Labels", "public administration or service (EECO18)"),
    ),
    (
        e.SupportedOrganisationKind.SME,
        QT_TRANSLATE_NOOP("Labels", "micro, small or medium-sized enterprise (EECO19)"),
    ),
)
_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): text for member, text in _PAIRS
}


def please_choose() -> str:
    """The first entry of every choice that feeds statistics: nothing is pre-selected."""
    return QCoreApplication.translate("Labels", "— please choose —")


def question_combo(parent: QWidget, members: Iterable[StrEnum]) -> QComboBox:
    """A question's answers, starting on "— please choose —" (data None: not asked)."""
    combo = QComboBox(parent)
    fill_combo(combo, members, please_choose())
    return combo


def fill_combo(combo: QComboBox, members: Iterable[StrEnum], empty: str | None = None) -> None:
    """Fill a combo box with translated labels; the English code is the item data."""
    if empty is not None:
        combo.addItem(empty, None)
    for member in members:
        combo.addItem(label(member), member)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def has_label(code: StrEnum) -> bool:
    return (type(code), code.value) in _LABELS


def label(code: StrEnum) -> str:
    """The translated label of an enum member in its own list; its code if none is defined."""
    source = _LABELS.get((type(code), code.value))
    if source is None:
        return code.value
    return QCoreApplication.translate("Labels", source)
