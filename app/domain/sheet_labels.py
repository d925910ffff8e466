"""The German choice labels of the spreadsheet templates and the codes they stand for.

These labels are part of the file format clubs exchange (see the template
reference), not interface text: they never change with the UI language.
"""

from collections.abc import Mapping
from enum import StrEnum

from app.domain.enums import (
    Activity,
    AdaptationKind,
    AllowanceKind,
    Answer,
    AttendanceState,
    CaseStatus,
    ConsentForm,
    ConsentKind,
    ConsultationFormat,
    ConsultationKind,
    ContractType,
    CourseKind,
    DocumentKind,
    EducationLevel,
    EmploymentStatus,
    EventKind,
    ExitStatus,
    Gender,
    GermanLevel,
    HoursStatus,
    MeetingRhythm,
    MentorshipGoal,
    MentorshipStatus,
    RecognitionResult,
    RecognitionStatus,
    ReferralSource,
    ResidenceStatus,
    SchoolQualification,
    SensitiveAnswer,
    VocationalQualification,
)

GENDER = {"weiblich": Gender.FEMALE, "männlich": Gender.MALE, "divers": Gender.DIVERSE,
          "keine Angabe": Gender.UNSPECIFIED}  # fmt: skip
EMPLOYMENT = {"erwerbstätig": EmploymentStatus.EMPLOYED,
              "selbstständig": EmploymentStatus.SELF_EMPLOYED,
              "arbeitslos": EmploymentStatus.UNEMPLOYED,
              "nicht erwerbstätig": EmploymentStatus.INACTIVE,
              "keine Angabe": EmploymentStatus.UNKNOWN}  # fmt: skip
EDUCATION = {"ISCED 0-2": EducationLevel.ISCED_0_2, "ISCED 3-4": EducationLevel.ISCED_3_4,
             "ISCED 5-8": EducationLevel.ISCED_5_8,
             "keine Angabe": EducationLevel.UNKNOWN}  # fmt: skip
SENSITIVE = {"ja": SensitiveAnswer.YES, "nein": SensitiveAnswer.NO,
             "verweigert": SensitiveAnswer.REFUSED,
             "keine Angabe": SensitiveAnswer.UNKNOWN}  # fmt: skip
ANSWER = {"ja": Answer.YES, "nein": Answer.NO, "keine Angabe": Answer.UNKNOWN}
ANSWER_UNKNOWN = {"ja": Answer.YES, "nein": Answer.NO, "unbekannt": Answer.UNKNOWN}
EXIT_STATUS = {"arbeitsuchend": ExitStatus.JOB_SEEKING,
               "Schule/Ausbildung": ExitStatus.EDUCATION_TRAINING,
               "erwerbstätig": ExitStatus.EMPLOYED, "selbstständig": ExitStatus.SELF_EMPLOYED,
               "keiner davon": ExitStatus.NONE, "unbekannt": ExitStatus.UNKNOWN}  # fmt: skip
YES_NO = {"ja": True, "nein": False}
GERMAN_LEVEL = {"keine": GermanLevel.NONE, "A1": GermanLevel.A1, "A2": GermanLevel.A2,
                "B1": GermanLevel.B1, "B2": GermanLevel.B2, "C1": GermanLevel.C1,
                "C2": GermanLevel.C2, "Muttersprache": GermanLevel.NATIVE,
                "keine Angabe": GermanLevel.UNKNOWN}  # fmt: skip

RESIDENCE = {"Aufenthaltsgestattung": ResidenceStatus.PERMISSION_TO_REMAIN,
             "Duldung": ResidenceStatus.TOLERATION,
             "Aufenthaltserlaubnis § 24 (vorübergehender Schutz)":
                 ResidenceStatus.TEMPORARY_PROTECTION,
             "Aufenthaltserlaubnis § 25 (humanitär)": ResidenceStatus.HUMANITARIAN,
             "andere Aufenthaltserlaubnis": ResidenceStatus.RESIDENCE_PERMIT_OTHER,
             "Niederlassungserlaubnis": ResidenceStatus.SETTLEMENT_PERMIT,
             "EU-Bürger*in": ResidenceStatus.EU_CITIZEN, "deutsch": ResidenceStatus.GERMAN,
             "anderer Status": ResidenceStatus.OTHER,
             "unbekannt": ResidenceStatus.UNKNOWN}  # fmt: skip
RECOGNITION = {"nicht zutreffend": RecognitionStatus.NOT_APPLICABLE,
               "noch nicht begonnen": RecognitionStatus.NOT_STARTED,
               "beantragt": RecognitionStatus.APPLIED,
               "volle Gleichwertigkeit": RecognitionStatus.FULL_EQUIVALENCE,
               "teilweise Gleichwertigkeit": RecognitionStatus.PARTIAL_EQUIVALENCE,
               "abgelehnt": RecognitionStatus.REJECTED,
               "Ausgleichsmaßnahme": RecognitionStatus.COMPENSATION_MEASURE}  # fmt: skip
RECOGNITION_RESULT = {"volle Gleichwertigkeit": RecognitionResult.FULL_EQUIVALENCE,
                      "teilweise Gleichwertigkeit": RecognitionResult.PARTIAL_EQUIVALENCE,
                      "abgelehnt": RecognitionResult.REJECTED,
                      "zurückgezogen": RecognitionResult.WITHDRAWN}  # fmt: skip
ADAPTATION_KIND = {"Anpassungslehrgang": AdaptationKind.ADAPTATION_COURSE,
                   "Eignungsprüfung": AdaptationKind.APTITUDE_TEST,
                   "Kenntnisprüfung": AdaptationKind.KNOWLEDGE_TEST,
                   "Anpassungsqualifizierung": AdaptationKind.QUALIFICATION,
                   "andere": AdaptationKind.OTHER}  # fmt: skip
CONTRACT_TYPE = {"sozialversicherungspflichtig": ContractType.SOCIAL_INSURANCE,
                 "geringfügig": ContractType.MARGINAL,
                 "selbstständig": ContractType.SELF_EMPLOYED,
                 "Ausbildung": ContractType.APPRENTICESHIP,
                 "Praktikum": ContractType.INTERNSHIP}  # fmt: skip
REFERRAL_SOURCE = {"selbst gekommen": ReferralSource.SELF,
                   "Familie oder Bekannte": ReferralSource.FAMILY_FRIENDS,
                   "Jobcenter / Agentur für Arbeit": ReferralSource.JOBCENTER,
                   "Migrant*innenorganisation / Verein": ReferralSource.COMMUNITY_ORGANISATION,
                   "Internet": ReferralSource.INTERNET,
                   "anderer Zugang": ReferralSource.OTHER}  # fmt: skip
SCHOOL_QUALIFICATION = {"kein Schulabschluss": SchoolQualification.NONE,
                        "Hauptschulabschluss": SchoolQualification.LOWER_SECONDARY,
                        "Mittlerer Abschluss": SchoolQualification.INTERMEDIATE,
                        "Abitur / Fachhochschulreife": SchoolQualification.UPPER_SECONDARY,
                        "unbekannt": SchoolQualification.UNKNOWN}  # fmt: skip
VOCATIONAL_QUALIFICATION = {
    "kein Berufsabschluss": VocationalQualification.NONE,
    "abgeschlossene Ausbildung": VocationalQualification.VOCATIONAL_TRAINING,
    "Meister*in / Techniker*in": VocationalQualification.MASTER_TECHNICIAN,
    "Bachelor": VocationalQualification.BACHELOR,
    "Master / Diplom / Staatsexamen": VocationalQualification.MASTER,
    "Promotion": VocationalQualification.DOCTORATE,
    "unbekannt": VocationalQualification.UNKNOWN,
}
CASE_STATUS = {"offen": CaseStatus.OPEN, "abgeschlossen": CaseStatus.CLOSED,
               "anonymisiert": CaseStatus.ANONYMISED}  # fmt: skip

MENTORSHIP_GOAL = {"Deutsch lernen und üben": MentorshipGoal.GERMAN_LANGUAGE,
                   "Bewerbungen um Ausbildung und Arbeit": MentorshipGoal.APPLICATIONS,
                   "Unterstützung in Ausbildung und Schule": MentorshipGoal.TRAINING,
                   "Behörden und Formulare": MentorshipGoal.AUTHORITIES,
                   "Freizeit und soziale Kontakte": MentorshipGoal.LEISURE_SOCIAL,
                   "anderes Ziel": MentorshipGoal.OTHER}  # fmt: skip

CONSENT_KIND = {"Einwilligung in die Datenverarbeitung": ConsentKind.DATA_PROCESSING,
                "Informationen nach Art. 13 DSGVO ausgehändigt": ConsentKind.ART13_NOTICE,
                "Einwilligung in die Übermittlung an den Fördermittelgeber":
                    ConsentKind.FUNDER_TRANSFER,
                "Einwilligung in Fotos": ConsentKind.PHOTOS,
                "Einwilligung in Kontaktaufnahme": ConsentKind.CONTACT,
                "Einwilligung in die Weitergabe an einen Partner":
                    ConsentKind.PARTNER_TRANSFER}  # fmt: skip
CONSENT_FORM = {"schriftlich": ConsentForm.WRITTEN, "mündlich": ConsentForm.ORAL,
                "elektronisch": ConsentForm.ELECTRONIC}  # fmt: skip
MEETING_RHYTHM = {"wöchentlich": MeetingRhythm.WEEKLY, "alle zwei Wochen": MeetingRhythm.BIWEEKLY,
                  "monatlich": MeetingRhythm.MONTHLY,
                  "nach Absprache": MeetingRhythm.IRREGULAR}  # fmt: skip
MENTORSHIP_STATUS = {"vorgeschlagen": MentorshipStatus.PROPOSED, "aktiv": MentorshipStatus.ACTIVE,
                     "pausiert": MentorshipStatus.PAUSED,
                     "beendet": MentorshipStatus.ENDED}  # fmt: skip
ALLOWANCE_KIND = {"Übungsleiterpauschale (§ 3 Nr. 26 EStG)": AllowanceKind.TRAINER_ALLOWANCE,
                  "Ehrenamtspauschale (§ 3 Nr. 26a EStG)": AllowanceKind.VOLUNTEER_ALLOWANCE,
                  "Auslagenersatz": AllowanceKind.EXPENSE_REFUND}  # fmt: skip
DOCUMENT_KIND = {
    "unterschriebener Fragebogen": DocumentKind.SIGNED_QUESTIONNAIRE,
    "Einwilligung": DocumentKind.CONSENT,
    "Anerkennungsbescheid": DocumentKind.RECOGNITION_DECISION,
    "Zeugnis oder Bescheinigung": DocumentKind.CERTIFICATE,
    "Vereinbarung": DocumentKind.AGREEMENT,
    "Sonstiges": DocumentKind.OTHER,
}
EVENT_KIND = {"Informationsveranstaltung": EventKind.INFO_EVENT, "Workshop": EventKind.WORKSHOP,
              "Sprechstunde": EventKind.OFFICE_HOURS}  # fmt: skip
COURSE_KIND = {"Sprachkurs": CourseKind.LANGUAGE_COURSE,
               "Qualifizierung": CourseKind.QUALIFICATION,
               "Bewerbungstraining": CourseKind.APPLICATION_TRAINING,
               "Orientierungskurs": CourseKind.ORIENTATION,
               "Sonstiger Kurs": CourseKind.OTHER}  # fmt: skip
ATTENDANCE = {"anwesend": AttendanceState.PRESENT, "entschuldigt": AttendanceState.EXCUSED,
              "unentschuldigt": AttendanceState.ABSENT}  # fmt: skip

# The ESF questions by their German name, as the template headers and reports write them.
QUESTIONS = {
    "employment_status": "Erwerbsstatus bei Eintritt",
    "unemployed_months": "Arbeitslos seit Monaten",
    "education_level": "Bildungsniveau",
    "disability": "Behinderung",
    "minority": "Minderheit",
    "foreign_origin": "Ausländische Herkunft",
    "homeless": "Obdachlos oder Wohnungsausgrenzung",
    "rural_area": "Ländliches Gebiet",
    "exit_status": "Status nach Austritt",
    "qualification_gained": "Qualifikation erlangt",
    "employed_after_6_months": "Erwerbstätig 6 Monate nach Austritt",
    "improved_after_6_months": "Situation nach 6 Monaten verbessert",
}
CONSULTATION_KIND = {"Erstberatung": ConsultationKind.FIRST,
                     "Folgeberatung": ConsultationKind.FOLLOW_UP}  # fmt: skip
CONSULTATION_FORMAT = {"persönlich": ConsultationFormat.IN_PERSON,
                       "telefonisch": ConsultationFormat.PHONE,
                       "Video": ConsultationFormat.VIDEO,
                       "schriftlich": ConsultationFormat.WRITTEN,
                       "aufsuchend": ConsultationFormat.OUTREACH,
                       "Gruppe": ConsultationFormat.GROUP}  # fmt: skip
ACTIVITY = {"Mentoring": Activity.MENTORING, "Begleitung": Activity.ACCOMPANIMENT,
            "Sprachhilfe": Activity.LANGUAGE_SUPPORT, "Dolmetschen": Activity.INTERPRETING,
            "Veranstaltung": Activity.EVENT, "Verwaltung": Activity.ADMINISTRATION,
            "Sonstiges": Activity.OTHER}  # fmt: skip
HOURS_STATUS = {"freigegeben": HoursStatus.APPROVED, "eingereicht": HoursStatus.SUBMITTED,
                "abgelehnt": HoursStatus.REJECTED}  # fmt: skip


def label_of(labels: Mapping[str, object], code: object) -> str:
    """The German label written for a code (first label wins); empty for None (not asked)."""
    for text, value in labels.items():
        if value == code:
            return text
    return ""


def codes(labels: dict[str, StrEnum]) -> list[str]:
    return list(labels)
