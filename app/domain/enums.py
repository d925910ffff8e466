"""Enumerations of the domain.

Every enumeration stores a stable English code in the database; the user
interface shows a translated label for it (see ``app.ui.labels``).
"""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    ADVISOR = "advisor"
    COORDINATOR = "coordinator"
    TREASURER = "treasurer"
    VOLUNTEER = "volunteer"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNSPECIFIED = "unspecified"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ANONYMISED = "anonymised"


class ResidenceStatus(StrEnum):
    PERMISSION_TO_REMAIN = "permission_to_remain"  # Aufenthaltsgestattung
    TOLERATION = "toleration"  # Duldung
    TEMPORARY_PROTECTION = "temporary_protection"  # Aufenthaltserlaubnis § 24
    HUMANITARIAN = "humanitarian"  # Aufenthaltserlaubnis § 25
    RESIDENCE_PERMIT_OTHER = "residence_permit_other"  # other Aufenthaltserlaubnis
    SETTLEMENT_PERMIT = "settlement_permit"  # Niederlassungserlaubnis
    EU_CITIZEN = "eu_citizen"
    GERMAN = "german"
    OTHER = "other"
    UNKNOWN = "unknown"


class SchoolQualification(StrEnum):
    NONE = "none"
    LOWER_SECONDARY = "lower_secondary"  # Hauptschulabschluss
    INTERMEDIATE = "intermediate"  # mittlerer Abschluss
    UPPER_SECONDARY = "upper_secondary"  # Abitur / Fachhochschulreife
    UNKNOWN = "unknown"


class VocationalQualification(StrEnum):
    NONE = "none"
    VOCATIONAL_TRAINING = "vocational_training"
    MASTER_TECHNICIAN = "master_technician"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"
    UNKNOWN = "unknown"


def has_qualification(value: SchoolQualification | VocationalQualification | None) -> bool:
    """Whether there is a qualification that was obtained somewhere (a country for "none"
    or "unknown" would mean nothing)."""
    return value is not None and str(value) not in ("none", "unknown")


class RecognitionStatus(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    NOT_STARTED = "not_started"
    APPLIED = "applied"
    FULL_EQUIVALENCE = "full_equivalence"
    PARTIAL_EQUIVALENCE = "partial_equivalence"
    REJECTED = "rejected"
    COMPENSATION_MEASURE = "compensation_measure"


class RecognitionResult(StrEnum):
    """The decision of the competent authority on a recognition procedure."""

    FULL_EQUIVALENCE = "full_equivalence"  # volle Gleichwertigkeit
    PARTIAL_EQUIVALENCE = "partial_equivalence"  # teilweise, mit Ausgleichsmaßnahme
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # the application was withdrawn before a decision


class AdaptationKind(StrEnum):
    """An adaptation qualification (Anpassungsqualifizierung) after a partial decision."""

    ADAPTATION_COURSE = "adaptation_course"  # Anpassungslehrgang
    APTITUDE_TEST = "aptitude_test"  # Eignungsprüfung
    KNOWLEDGE_TEST = "knowledge_test"  # Kenntnisprüfung
    QUALIFICATION = "qualification"  # Anpassungsqualifizierung (not regulated)
    OTHER = "other"


class ContractType(StrEnum):
    """The kind of work or training a person took up (placement)."""

    SOCIAL_INSURANCE = "social_insurance"  # sozialversicherungspflichtig
    MARGINAL = "marginal"  # geringfügig (Minijob)
    SELF_EMPLOYED = "self_employed"
    APPRENTICESHIP = "apprenticeship"  # Ausbildung
    INTERNSHIP = "internship"  # Praktikum


class EconomicSector(StrEnum):
    """Sections A–U of the German classification of economic activities (WZ 2008)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    G = "G"
    H = "H"
    I = "I"  # noqa: E741 (the section's official letter)
    J = "J"
    K = "K"
    L = "L"
    M = "M"
    N = "N"
    O = "O"  # noqa: E741
    P = "P"
    Q = "Q"
    R = "R"
    S = "S"
    T = "T"
    U = "U"


class ReferralSource(StrEnum):
    """How the person found the service."""

    SELF = "self"
    FAMILY_FRIENDS = "family_friends"
    JOBCENTER = "jobcenter"
    COMMUNITY_ORGANISATION = "community_organisation"
    INTERNET = "internet"
    OTHER = "other"


class EmploymentStatus(StrEnum):
    """Labour-market status at ESF entry (EECO02, EECO04, EECO05)."""

    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"


class EducationLevel(StrEnum):
    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"
    UNKNOWN = "unknown"


class SensitiveAnswer(StrEnum):
    """Answer to a special-category question (Art. 9 GDPR) that may be refused."""

    YES = "yes"
    NO = "no"
    REFUSED = "refused"
    UNKNOWN = "unknown"


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class GermanLevel(StrEnum):
    """Knowledge of German (CEFR level), as the person or a certificate states it."""

    NONE = "none"
    A1 = "a1"
    A2 = "a2"
    B1 = "b1"
    B2 = "b2"
    C1 = "c1"
    C2 = "c2"
    NATIVE = "native"
    UNKNOWN = "unknown"


class LongTermUnemploymentRule(StrEnum):
    """Which rule makes an unemployed person long-term unemployed (EECO03)."""

    SGB3 = "sgb3"  # § 18 SGB III: unemployed for one year or longer
    EU_SURVEY = "eu_survey"  # over 12 months; over 6 months below the age of 25


class ExitReasonCategory(StrEnum):
    """What an exit reason means for the outcome rates of a project."""

    FINISHED = "finished"
    DROPPED_OUT = "dropped_out"
    OTHER = "other"


class SupportedOrganisationKind(StrEnum):
    """Entities supported by a project (EECO18, EECO19)."""

    PUBLIC_ADMINISTRATION = "public_administration"
    SME = "sme"


class ExitStatus(StrEnum):
    """Situation within four weeks after exit (EECR01, EECR02, EECR04)."""

    JOB_SEEKING = "job_seeking"
    EDUCATION_TRAINING = "education_training"
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    NONE = "none"
    UNKNOWN = "unknown"


class ConsultationKind(StrEnum):
    FIRST = "first"
    FOLLOW_UP = "follow_up"


class ConsultationFormat(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    WRITTEN = "written"
    OUTREACH = "outreach"
    GROUP = "group"


class ConsentKind(StrEnum):
    DATA_PROCESSING = "data_processing"
    ART13_NOTICE = "art13_notice"  # information notice handed over (not a consent)
    FUNDER_TRANSFER = "funder_transfer"
    PHOTOS = "photos"
    CONTACT = "contact"
    # Passing contact data to one named partner organisation (consent.partner_id).
    PARTNER_TRANSFER = "partner_transfer"


class ConsentForm(StrEnum):
    """How a consent was given (Art. 7 (1) GDPR: the club must be able to show it)."""

    WRITTEN = "written"
    ORAL = "oral"
    ELECTRONIC = "electronic"


class VolunteerStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


class HoursStatus(StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


class Activity(StrEnum):
    MENTORING = "mentoring"
    ACCOMPANIMENT = "accompaniment"
    LANGUAGE_SUPPORT = "language_support"
    INTERPRETING = "interpreting"
    EVENT = "event"
    ADMINISTRATION = "administration"
    OTHER = "other"


class MentorshipStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class MeetingRhythm(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    IRREGULAR = "irregular"


class MentorshipGoal(StrEnum):
    GERMAN_LANGUAGE = "german_language"
    APPLICATIONS = "applications"
    TRAINING = "training"
    AUTHORITIES = "authorities"
    LEISURE_SOCIAL = "leisure_social"
    OTHER = "other"


class AllowanceKind(StrEnum):
    TRAINER_ALLOWANCE = "trainer_allowance"  # Übungsleiterpauschale, § 3 Nr. 26 EStG
    VOLUNTEER_ALLOWANCE = "volunteer_allowance"  # Ehrenamtspauschale, § 3 Nr. 26a EStG
    EXPENSE_REFUND = "expense_refund"  # Auslagenersatz, no cap


class EventKind(StrEnum):
    INFO_EVENT = "info_event"
    WORKSHOP = "workshop"
    OFFICE_HOURS = "office_hours"


class DocumentKind(StrEnum):
    """What a file kept with a case, a volunteer or a tandem is (ESF audits ask for the
    signed papers)."""

    SIGNED_QUESTIONNAIRE = "signed_questionnaire"
    CONSENT = "consent"
    RECOGNITION_DECISION = "recognition_decision"
    CERTIFICATE = "certificate"
    AGREEMENT = "agreement"
    OTHER = "other"


class ErasureGround(StrEnum):
    """Why a person asks for erasure: the grounds of Art. 17 (1) GDPR."""

    NO_LONGER_NEEDED = "no_longer_needed"  # (a)
    CONSENT_WITHDRAWN = "consent_withdrawn"  # (b)
    OBJECTION = "objection"  # (c)
    UNLAWFUL = "unlawful"  # (d)
    LEGAL_OBLIGATION = "legal_obligation"  # (e)


class CourseKind(StrEnum):
    LANGUAGE_COURSE = "language_course"
    QUALIFICATION = "qualification"
    APPLICATION_TRAINING = "application_training"
    ORIENTATION = "orientation"
    OTHER = "other"


class AttendanceState(StrEnum):
    """A ticked cell of an attendance list; an unticked cell has no row at all."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class AppointmentStatus(StrEnum):
    """Where an appointment stands. A new one is planned: that is a fact of scheduling,
    not an answer anybody gave; the others are set when it is known."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    NOT_ATTENDED = "not_attended"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    IMPORT = "import"
    EXPORT = "export"
    DEMO = "demo"
    INIT = "init"
    VIEW = "view"  # a case file, notes or a special-category report was shown
    BACKUP = "backup"
    RESTORE = "restore"
