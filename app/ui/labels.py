"""Translated labels for the English codes of the domain enumerations."""

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain import enums as e
from app.services.i18n import QT_TRANSLATE_NOOP

# (member, English label), translated in the context "Labels.<enumeration>"; members of
# different enumerations may share a code
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (e.Role.ADMIN, QT_TRANSLATE_NOOP("Labels.Role", "Administrator")),
    (e.Role.ADVISOR, QT_TRANSLATE_NOOP("Labels.Role", "Advisor")),
    (e.Role.COORDINATOR, QT_TRANSLATE_NOOP("Labels.Role", "Volunteer coordinator")),
    (e.Role.TREASURER, QT_TRANSLATE_NOOP("Labels.Role", "Treasurer")),
    (e.Role.VOLUNTEER, QT_TRANSLATE_NOOP("Labels.Role", "Volunteer")),
    (e.Gender.FEMALE, QT_TRANSLATE_NOOP("Labels.Gender", "female")),
    (e.Gender.MALE, QT_TRANSLATE_NOOP("Labels.Gender", "male")),
    (e.Gender.DIVERSE, QT_TRANSLATE_NOOP("Labels.Gender", "non-binary")),
    (e.Gender.UNSPECIFIED, QT_TRANSLATE_NOOP("Labels.Gender", "not specified")),
    (e.CaseStatus.OPEN, QT_TRANSLATE_NOOP("Labels.CaseStatus", "open")),
    (e.CaseStatus.CLOSED, QT_TRANSLATE_NOOP("Labels.CaseStatus", "closed")),
    (e.CaseStatus.ANONYMISED, QT_TRANSLATE_NOOP("Labels.CaseStatus", "anonymised")),
    (
        e.ErasureGround.NO_LONGER_NEEDED,
        QT_TRANSLATE_NOOP(
            "Labels.ErasureGround", "The data are no longer needed (Art. 17 (1) (a))"
        ),
    ),
    (
        e.ErasureGround.CONSENT_WITHDRAWN,
        QT_TRANSLATE_NOOP(
            "Labels.ErasureGround", "The person withdrew their consent (Art. 17 (1) (b))"
        ),
    ),
    (
        e.ErasureGround.OBJECTION,
        QT_TRANSLATE_NOOP(
            "Labels.ErasureGround", "The person objected to the processing (Art. 17 (1) (c))"
        ),
    ),
    (
        e.ErasureGround.UNLAWFUL,
        QT_TRANSLATE_NOOP(
            "Labels.ErasureGround", "The data were processed unlawfully (Art. 17 (1) (d))"
        ),
    ),
    (
        e.ErasureGround.LEGAL_OBLIGATION,
        QT_TRANSLATE_NOOP(
            "Labels.ErasureGround", "A legal obligation requires the erasure (Art. 17 (1) (e))"
        ),
    ),
    (e.VolunteerStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels.VolunteerStatus", "active")),
    (e.VolunteerStatus.PAUSED, QT_TRANSLATE_NOOP("Labels.VolunteerStatus", "paused")),
    (e.VolunteerStatus.LEFT, QT_TRANSLATE_NOOP("Labels.VolunteerStatus", "left")),
    (e.ConsultationKind.FIRST, QT_TRANSLATE_NOOP("Labels.ConsultationKind", "first consultation")),
    (
        e.ConsultationKind.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Labels.ConsultationKind", "follow-up consultation"),
    ),
    (e.ConsultationFormat.IN_PERSON, QT_TRANSLATE_NOOP("Labels.ConsultationFormat", "in person")),
    (e.ConsultationFormat.PHONE, QT_TRANSLATE_NOOP("Labels.ConsultationFormat", "phone")),
    (e.ConsultationFormat.VIDEO, QT_TRANSLATE_NOOP("Labels.ConsultationFormat", "video")),
    (e.ConsultationFormat.WRITTEN, QT_TRANSLATE_NOOP("Labels.ConsultationFormat", "written")),
    (e.ConsultationFormat.OUTREACH, QT_TRANSLATE_NOOP("Labels.ConsultationFormat", "outreach")),
    (e.ConsultationFormat.GROUP, QT_TRANSLATE_NOOP("Labels.ConsultationFormat", "group")),
    (e.EventKind.INFO_EVENT, QT_TRANSLATE_NOOP("Labels.EventKind", "information event")),
    (e.EventKind.WORKSHOP, QT_TRANSLATE_NOOP("Labels.EventKind", "workshop")),
    (e.EventKind.OFFICE_HOURS, QT_TRANSLATE_NOOP("Labels.EventKind", "office hours")),
    (
        e.DocumentKind.SIGNED_QUESTIONNAIRE,
        QT_TRANSLATE_NOOP("Labels.DocumentKind", "signed questionnaire"),
    ),
    (e.DocumentKind.CONSENT, QT_TRANSLATE_NOOP("Labels.DocumentKind", "consent")),
    (
        e.DocumentKind.RECOGNITION_DECISION,
        QT_TRANSLATE_NOOP("Labels.DocumentKind", "recognition decision"),
    ),
    (
        e.DocumentKind.CERTIFICATE,
        QT_TRANSLATE_NOOP("Labels.DocumentKind", "certificate or attestation"),
    ),
    (e.DocumentKind.AGREEMENT, QT_TRANSLATE_NOOP("Labels.DocumentKind", "agreement")),
    (e.DocumentKind.OTHER, QT_TRANSLATE_NOOP("Labels.DocumentKind", "other")),
    (e.CourseKind.LANGUAGE_COURSE, QT_TRANSLATE_NOOP("Labels.CourseKind", "language course")),
    (e.CourseKind.QUALIFICATION, QT_TRANSLATE_NOOP("Labels.CourseKind", "qualification")),
    (
        e.CourseKind.APPLICATION_TRAINING,
        QT_TRANSLATE_NOOP("Labels.CourseKind", "application training"),
    ),
    (e.CourseKind.ORIENTATION, QT_TRANSLATE_NOOP("Labels.CourseKind", "orientation course")),
    (e.CourseKind.OTHER, QT_TRANSLATE_NOOP("Labels.CourseKind", "other")),
    (e.AttendanceState.PRESENT, QT_TRANSLATE_NOOP("Labels.AttendanceState", "present")),
    (e.AttendanceState.EXCUSED, QT_TRANSLATE_NOOP("Labels.AttendanceState", "excused")),
    (e.AttendanceState.ABSENT, QT_TRANSLATE_NOOP("Labels.AttendanceState", "absent")),
    (e.AppointmentStatus.PLANNED, QT_TRANSLATE_NOOP("Labels.AppointmentStatus", "planned")),
    (e.AppointmentStatus.HELD, QT_TRANSLATE_NOOP("Labels.AppointmentStatus", "held")),
    (e.AppointmentStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels.AppointmentStatus", "cancelled")),
    (
        e.AppointmentStatus.NOT_ATTENDED,
        QT_TRANSLATE_NOOP("Labels.AppointmentStatus", "not attended"),
    ),
    (e.HoursStatus.SUBMITTED, QT_TRANSLATE_NOOP("Labels.HoursStatus", "submitted")),
    (e.HoursStatus.APPROVED, QT_TRANSLATE_NOOP("Labels.HoursStatus", "approved")),
    (e.HoursStatus.REJECTED, QT_TRANSLATE_NOOP("Labels.HoursStatus", "rejected")),
    (
        e.AllowanceKind.TRAINER_ALLOWANCE,
        QT_TRANSLATE_NOOP("Labels.AllowanceKind", "Trainer allowance (§ 3 No. 26 EStG)"),
    ),
    (
        e.AllowanceKind.VOLUNTEER_ALLOWANCE,
        QT_TRANSLATE_NOOP("Labels.AllowanceKind", "Volunteer allowance (§ 3 No. 26a EStG)"),
    ),
    (e.AllowanceKind.EXPENSE_REFUND, QT_TRANSLATE_NOOP("Labels.AllowanceKind", "Expense refund")),
    (
        e.ResidenceStatus.PERMISSION_TO_REMAIN,
        QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "Permission to remain (asylum procedure)"),
    ),
    (
        e.ResidenceStatus.TOLERATION,
        QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "Toleration (Duldung)"),
    ),
    (
        e.ResidenceStatus.TEMPORARY_PROTECTION,
        QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "Residence permit § 24 (temporary protection)"),
    ),
    (
        e.ResidenceStatus.HUMANITARIAN,
        QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "Residence permit § 25 (humanitarian)"),
    ),
    (
        e.ResidenceStatus.RESIDENCE_PERMIT_OTHER,
        QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "Other residence permit"),
    ),
    (
        e.ResidenceStatus.SETTLEMENT_PERMIT,
        QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "Settlement permit"),
    ),
    (e.ResidenceStatus.EU_CITIZEN, QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "EU citizen")),
    (e.ResidenceStatus.GERMAN, QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "German citizen")),
    (e.ResidenceStatus.OTHER, QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "other")),
    (e.ResidenceStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels.ResidenceStatus", "unknown")),
    (
        e.SchoolQualification.NONE,
        QT_TRANSLATE_NOOP("Labels.SchoolQualification", "no school qualification"),
    ),
    (
        e.SchoolQualification.LOWER_SECONDARY,
        QT_TRANSLATE_NOOP("Labels.SchoolQualification", "lower secondary (Hauptschulabschluss)"),
    ),
    (
        e.SchoolQualification.INTERMEDIATE,
        QT_TRANSLATE_NOOP("Labels.SchoolQualification", "intermediate (Mittlerer Abschluss)"),
    ),
    (
        e.SchoolQualification.UPPER_SECONDARY,
        QT_TRANSLATE_NOOP(
            "Labels.SchoolQualification", "upper secondary (Abitur, Fachhochschulreife)"
        ),
    ),
    (e.SchoolQualification.UNKNOWN, QT_TRANSLATE_NOOP("Labels.SchoolQualification", "unknown")),
    (
        e.VocationalQualification.NONE,
        QT_TRANSLATE_NOOP("Labels.VocationalQualification", "no vocational qualification"),
    ),
    (
        e.VocationalQualification.VOCATIONAL_TRAINING,
        QT_TRANSLATE_NOOP("Labels.VocationalQualification", "vocational training"),
    ),
    (
        e.VocationalQualification.MASTER_TECHNICIAN,
        QT_TRANSLATE_NOOP("Labels.VocationalQualification", "master craftsman / technician"),
    ),
    (
        e.VocationalQualification.BACHELOR,
        QT_TRANSLATE_NOOP("Labels.VocationalQualification", "bachelor"),
    ),
    (
        e.VocationalQualification.MASTER,
        QT_TRANSLATE_NOOP("Labels.VocationalQualification", "master, diploma, state exam"),
    ),
    (
        e.VocationalQualification.DOCTORATE,
        QT_TRANSLATE_NOOP("Labels.VocationalQualification", "doctorate"),
    ),
    (
        e.VocationalQualification.UNKNOWN,
        QT_TRANSLATE_NOOP("Labels.VocationalQualification", "unknown"),
    ),
    (
        e.RecognitionStatus.NOT_APPLICABLE,
        QT_TRANSLATE_NOOP("Labels.RecognitionStatus", "not applicable"),
    ),
    (e.RecognitionStatus.NOT_STARTED, QT_TRANSLATE_NOOP("Labels.RecognitionStatus", "not started")),
    (e.RecognitionStatus.APPLIED, QT_TRANSLATE_NOOP("Labels.RecognitionStatus", "applied")),
    (
        e.RecognitionStatus.FULL_EQUIVALENCE,
        QT_TRANSLATE_NOOP("Labels.RecognitionStatus", "full equivalence"),
    ),
    (
        e.RecognitionStatus.PARTIAL_EQUIVALENCE,
        QT_TRANSLATE_NOOP("Labels.RecognitionStatus", "partial equivalence"),
    ),
    (e.RecognitionStatus.REJECTED, QT_TRANSLATE_NOOP("Labels.RecognitionStatus", "rejected")),
    (
        e.RecognitionStatus.COMPENSATION_MEASURE,
        QT_TRANSLATE_NOOP("Labels.RecognitionStatus", "compensation measure"),
    ),
    (e.ReferralSource.SELF, QT_TRANSLATE_NOOP("Labels.ReferralSource", "came by themselves")),
    (
        e.ReferralSource.FAMILY_FRIENDS,
        QT_TRANSLATE_NOOP("Labels.ReferralSource", "family or friends"),
    ),
    (
        e.ReferralSource.JOBCENTER,
        QT_TRANSLATE_NOOP("Labels.ReferralSource", "Jobcenter / employment agency"),
    ),
    (
        e.ReferralSource.COMMUNITY_ORGANISATION,
        QT_TRANSLATE_NOOP("Labels.ReferralSource", "community organisation"),
    ),
    (e.ReferralSource.INTERNET, QT_TRANSLATE_NOOP("Labels.ReferralSource", "internet")),
    (e.ReferralSource.OTHER, QT_TRANSLATE_NOOP("Labels.ReferralSource", "other")),
    (e.EmploymentStatus.EMPLOYED, QT_TRANSLATE_NOOP("Labels.EmploymentStatus", "employed")),
    (
        e.EmploymentStatus.SELF_EMPLOYED,
        QT_TRANSLATE_NOOP("Labels.EmploymentStatus", "self-employed"),
    ),
    (
        e.EmploymentStatus.UNEMPLOYED,
        QT_TRANSLATE_NOOP("Labels.EmploymentStatus", "unemployed (registered)"),
    ),
    (
        e.EmploymentStatus.INACTIVE,
        QT_TRANSLATE_NOOP("Labels.EmploymentStatus", "not employed, not registered"),
    ),
    (e.EmploymentStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels.EmploymentStatus", "not specified")),
    (
        e.EducationLevel.ISCED_0_2,
        QT_TRANSLATE_NOOP("Labels.EducationLevel", "ISCED 0-2 (up to lower secondary)"),
    ),
    (
        e.EducationLevel.ISCED_3_4,
        QT_TRANSLATE_NOOP(
            "Labels.EducationLevel", "ISCED 3-4 (upper secondary, vocational training)"
        ),
    ),
    (
        e.EducationLevel.ISCED_5_8,
        QT_TRANSLATE_NOOP("Labels.EducationLevel", "ISCED 5-8 (tertiary)"),
    ),
    (e.EducationLevel.UNKNOWN, QT_TRANSLATE_NOOP("Labels.EducationLevel", "not specified")),
    (e.SensitiveAnswer.YES, QT_TRANSLATE_NOOP("Labels.SensitiveAnswer", "yes")),
    (e.SensitiveAnswer.NO, QT_TRANSLATE_NOOP("Labels.SensitiveAnswer", "no")),
    (e.SensitiveAnswer.REFUSED, QT_TRANSLATE_NOOP("Labels.SensitiveAnswer", "refused")),
    (e.SensitiveAnswer.UNKNOWN, QT_TRANSLATE_NOOP("Labels.SensitiveAnswer", "not specified")),
    (e.Answer.YES, QT_TRANSLATE_NOOP("Labels.Answer", "yes")),
    (e.Answer.NO, QT_TRANSLATE_NOOP("Labels.Answer", "no")),
    (e.Answer.UNKNOWN, QT_TRANSLATE_NOOP("Labels.Answer", "not specified")),
    (e.ExitStatus.JOB_SEEKING, QT_TRANSLATE_NOOP("Labels.ExitStatus", "job-seeking")),
    (
        e.ExitStatus.EDUCATION_TRAINING,
        QT_TRANSLATE_NOOP("Labels.ExitStatus", "in school or training"),
    ),
    (e.ExitStatus.EMPLOYED, QT_TRANSLATE_NOOP("Labels.ExitStatus", "employed")),
    (e.ExitStatus.SELF_EMPLOYED, QT_TRANSLATE_NOOP("Labels.ExitStatus", "self-employed")),
    (e.ExitStatus.NONE, QT_TRANSLATE_NOOP("Labels.ExitStatus", "none of these")),
    (e.ExitStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels.ExitStatus", "unknown")),
    (
        e.ConsentKind.DATA_PROCESSING,
        QT_TRANSLATE_NOOP("Labels.ConsentKind", "consent to data processing"),
    ),
    (
        e.ConsentKind.ART13_NOTICE,
        QT_TRANSLATE_NOOP("Labels.ConsentKind", "Art. 13 GDPR notice handed over"),
    ),
    (
        e.ConsentKind.FUNDER_TRANSFER,
        QT_TRANSLATE_NOOP("Labels.ConsentKind", "consent to transfer to funder"),
    ),
    (e.ConsentKind.PHOTOS, QT_TRANSLATE_NOOP("Labels.ConsentKind", "consent to photos")),
    (e.ConsentKind.CONTACT, QT_TRANSLATE_NOOP("Labels.ConsentKind", "consent to be contacted")),
    (
        e.ConsentKind.PARTNER_TRANSFER,
        QT_TRANSLATE_NOOP("Labels.ConsentKind", "consent to pass contact data to a partner"),
    ),
    (e.ConsentForm.WRITTEN, QT_TRANSLATE_NOOP("Labels.ConsentForm", "given in writing")),
    (e.ConsentForm.ORAL, QT_TRANSLATE_NOOP("Labels.ConsentForm", "given orally")),
    (e.ConsentForm.ELECTRONIC, QT_TRANSLATE_NOOP("Labels.ConsentForm", "given electronically")),
    (e.Activity.MENTORING, QT_TRANSLATE_NOOP("Labels.Activity", "mentoring")),
    (e.Activity.ACCOMPANIMENT, QT_TRANSLATE_NOOP("Labels.Activity", "accompaniment")),
    (e.Activity.LANGUAGE_SUPPORT, QT_TRANSLATE_NOOP("Labels.Activity", "language support")),
    (e.Activity.INTERPRETING, QT_TRANSLATE_NOOP("Labels.Activity", "interpreting")),
    (e.Activity.EVENT, QT_TRANSLATE_NOOP("Labels.Activity", "event")),
    (e.Activity.ADMINISTRATION, QT_TRANSLATE_NOOP("Labels.Activity", "administration")),
    (e.Activity.OTHER, QT_TRANSLATE_NOOP("Labels.Activity", "other activity")),
    (e.MentorshipStatus.PROPOSED, QT_TRANSLATE_NOOP("Labels.MentorshipStatus", "proposed")),
    (e.MentorshipStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels.MentorshipStatus", "active")),
    (e.MentorshipStatus.PAUSED, QT_TRANSLATE_NOOP("Labels.MentorshipStatus", "paused")),
    (e.MentorshipStatus.ENDED, QT_TRANSLATE_NOOP("Labels.MentorshipStatus", "ended")),
    (e.MeetingRhythm.WEEKLY, QT_TRANSLATE_NOOP("Labels.MeetingRhythm", "weekly")),
    (e.MeetingRhythm.BIWEEKLY, QT_TRANSLATE_NOOP("Labels.MeetingRhythm", "every two weeks")),
    (e.MeetingRhythm.MONTHLY, QT_TRANSLATE_NOOP("Labels.MeetingRhythm", "monthly")),
    (e.MeetingRhythm.IRREGULAR, QT_TRANSLATE_NOOP("Labels.MeetingRhythm", "as agreed")),
    (
        e.MentorshipGoal.GERMAN_LANGUAGE,
        QT_TRANSLATE_NOOP("Labels.MentorshipGoal", "learning and practising German"),
    ),
    (
        e.MentorshipGoal.APPLICATIONS,
        QT_TRANSLATE_NOOP("Labels.MentorshipGoal", "applications for training and jobs"),
    ),
    (
        e.MentorshipGoal.TRAINING,
        QT_TRANSLATE_NOOP("Labels.MentorshipGoal", "support in training and school"),
    ),
    (
        e.MentorshipGoal.AUTHORITIES,
        QT_TRANSLATE_NOOP("Labels.MentorshipGoal", "authorities and forms"),
    ),
    (
        e.MentorshipGoal.LEISURE_SOCIAL,
        QT_TRANSLATE_NOOP("Labels.MentorshipGoal", "leisure and social contacts"),
    ),
    (e.MentorshipGoal.OTHER, QT_TRANSLATE_NOOP("Labels.MentorshipGoal", "other goal")),
    (e.GermanLevel.NONE, QT_TRANSLATE_NOOP("Labels.GermanLevel", "no German")),
    (e.GermanLevel.A1, QT_TRANSLATE_NOOP("Labels.GermanLevel", "A1 (beginner)")),
    (e.GermanLevel.A2, QT_TRANSLATE_NOOP("Labels.GermanLevel", "A2 (elementary)")),
    (e.GermanLevel.B1, QT_TRANSLATE_NOOP("Labels.GermanLevel", "B1 (intermediate)")),
    (e.GermanLevel.B2, QT_TRANSLATE_NOOP("Labels.GermanLevel", "B2 (upper intermediate)")),
    (e.GermanLevel.C1, QT_TRANSLATE_NOOP("Labels.GermanLevel", "C1 (advanced)")),
    (e.GermanLevel.C2, QT_TRANSLATE_NOOP("Labels.GermanLevel", "C2 (proficient)")),
    (e.GermanLevel.NATIVE, QT_TRANSLATE_NOOP("Labels.GermanLevel", "German as first language")),
    (e.GermanLevel.UNKNOWN, QT_TRANSLATE_NOOP("Labels.GermanLevel", "not specified")),
    (
        e.LongTermUnemploymentRule.SGB3,
        QT_TRANSLATE_NOOP("Labels.LongTermUnemploymentRule", "12 months or longer (§ 18 SGB III)"),
    ),
    (
        e.LongTermUnemploymentRule.EU_SURVEY,
        QT_TRANSLATE_NOOP(
            "Labels.LongTermUnemploymentRule",
            "over 12 months, below 25 over 6 months (EU survey rule)",
        ),
    ),
    (e.ExitReasonCategory.FINISHED, QT_TRANSLATE_NOOP("Labels.ExitReasonCategory", "finished")),
    (
        e.ExitReasonCategory.DROPPED_OUT,
        QT_TRANSLATE_NOOP("Labels.ExitReasonCategory", "dropped out"),
    ),
    (e.ExitReasonCategory.OTHER, QT_TRANSLATE_NOOP("Labels.ExitReasonCategory", "other reason")),
    (
        e.SupportedOrganisationKind.PUBLIC_ADMINISTRATION,
        QT_TRANSLATE_NOOP(
            "Labels.SupportedOrganisationKind", "public administration or service (EECO18)"
        ),
    ),
    (
        e.SupportedOrganisationKind.SME,
        QT_TRANSLATE_NOOP(
            "Labels.SupportedOrganisationKind", "micro, small or medium-sized enterprise (EECO19)"
        ),
    ),
    (
        e.RecognitionResult.FULL_EQUIVALENCE,
        QT_TRANSLATE_NOOP("Labels.RecognitionResult", "full equivalence"),
    ),
    (
        e.RecognitionResult.PARTIAL_EQUIVALENCE,
        QT_TRANSLATE_NOOP("Labels.RecognitionResult", "partial equivalence (adaptation measure)"),
    ),
    (e.RecognitionResult.REJECTED, QT_TRANSLATE_NOOP("Labels.RecognitionResult", "rejected")),
    (e.RecognitionResult.WITHDRAWN, QT_TRANSLATE_NOOP("Labels.RecognitionResult", "withdrawn")),
    (
        e.AdaptationKind.ADAPTATION_COURSE,
        QT_TRANSLATE_NOOP("Labels.AdaptationKind", "adaptation course"),
    ),
    (e.AdaptationKind.APTITUDE_TEST, QT_TRANSLATE_NOOP("Labels.AdaptationKind", "aptitude test")),
    (
        e.AdaptationKind.KNOWLEDGE_TEST,
        QT_TRANSLATE_NOOP("Labels.AdaptationKind", "knowledge test"),
    ),
    (
        e.AdaptationKind.QUALIFICATION,
        QT_TRANSLATE_NOOP("Labels.AdaptationKind", "adaptation qualification"),
    ),
    (e.AdaptationKind.OTHER, QT_TRANSLATE_NOOP("Labels.AdaptationKind", "other")),
    (
        e.ContractType.SOCIAL_INSURANCE,
        QT_TRANSLATE_NOOP("Labels.ContractType", "employment subject to social insurance"),
    ),
    (e.ContractType.MARGINAL, QT_TRANSLATE_NOOP("Labels.ContractType", "marginal employment")),
    (e.ContractType.SELF_EMPLOYED, QT_TRANSLATE_NOOP("Labels.ContractType", "self-employed")),
    (e.ContractType.APPRENTICESHIP, QT_TRANSLATE_NOOP("Labels.ContractType", "apprenticeship")),
    (e.ContractType.INTERNSHIP, QT_TRANSLATE_NOOP("Labels.ContractType", "internship")),
    (
        e.EconomicSector.A,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "A Agriculture, forestry and fishing"),
    ),
    (e.EconomicSector.B, QT_TRANSLATE_NOOP("Labels.EconomicSector", "B Mining and quarrying")),
    (e.EconomicSector.C, QT_TRANSLATE_NOOP("Labels.EconomicSector", "C Manufacturing")),
    (e.EconomicSector.D, QT_TRANSLATE_NOOP("Labels.EconomicSector", "D Energy supply")),
    (
        e.EconomicSector.E,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "E Water supply, sewerage and waste management"),
    ),
    (e.EconomicSector.F, QT_TRANSLATE_NOOP("Labels.EconomicSector", "F Construction")),
    (
        e.EconomicSector.G,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "G Trade; repair of motor vehicles"),
    ),
    (
        e.EconomicSector.H,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "H Transportation and storage"),
    ),
    (
        e.EconomicSector.I,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "I Accommodation and food service"),
    ),
    (
        e.EconomicSector.J,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "J Information and communication"),
    ),
    (
        e.EconomicSector.K,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "K Financial and insurance services"),
    ),
    (e.EconomicSector.L, QT_TRANSLATE_NOOP("Labels.EconomicSector", "L Real estate")),
    (
        e.EconomicSector.M,
        QT_TRANSLATE_NOOP(
            "Labels.EconomicSector", "M Professional, scientific and technical services"
        ),
    ),
    (
        e.EconomicSector.N,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "N Administrative and support services"),
    ),
    (
        e.EconomicSector.O,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "O Public administration; social security"),
    ),
    (e.EconomicSector.P, QT_TRANSLATE_NOOP("Labels.EconomicSector", "P Education")),
    (
        e.EconomicSector.Q,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "Q Human health and social work"),
    ),
    (
        e.EconomicSector.R,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "R Arts, entertainment and recreation"),
    ),
    (e.EconomicSector.S, QT_TRANSLATE_NOOP("Labels.EconomicSector", "S Other services")),
    (e.EconomicSector.T, QT_TRANSLATE_NOOP("Labels.EconomicSector", "T Private households")),
    (
        e.EconomicSector.U,
        QT_TRANSLATE_NOOP("Labels.EconomicSector", "U Extraterritorial organisations"),
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


def label_context(members: type[StrEnum]) -> str:
    """Each list translates in a context of its own: "other" or "unknown" may need a
    different German word in each list, and no list can borrow another's."""
    return f"Labels.{members.__name__}"


def label(code: StrEnum) -> str:
    """The translated label of an enum member in its own list; its code if none is defined."""
    source = _LABELS.get((type(code), code.value))
    if source is None:
        return code.value
    return QCoreApplication.translate(label_context(type(code)), source)
