"""The template sheets: their columns, what each accepts and how it is explained."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import sheet_labels as labels


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    WHOLE = "whole"  # whole number
    HOURS = "hours"  # 0.25 to 10 in quarter hours
    CHOICE = "choice"
    COUNTRIES = "countries"  # several, ";"
    COUNTRY = "country"
    LANGUAGES = "languages"
    LANGUAGE = "language"
    POSTCODE = "postcode"
    CASE_NUMBER = "case_number"
    TOPICS = "topics"
    PHONE = "phone"


# Digits that are codes, not numbers: a spreadsheet must keep them as typed (01067).
TEXT_KINDS = frozenset({Kind.POSTCODE, Kind.CASE_NUMBER, Kind.PHONE})


@dataclass(frozen=True, eq=False)
class Column:
    header: str
    key: str
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: Mapping[str, object] = field(default_factory=dict)
    help: str = ""
    low: int | None = None
    high: int | None = None
    # Part of the ESF questionnaires: only filled in for ESF projects; empty = not asked.
    esf_only: bool = False
    # Text: the same limit as the form's field (beyond 200 characters: multi-line).
    max_length: int = 200

    @property
    def is_text(self) -> bool:
        return self.kind in TEXT_KINDS


@dataclass(frozen=True)
class Sheet:
    key: str  # participants, consultations, volunteers, hours
    title: str  # sheet name in the workbook
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


# The forms' limits (consultation note, hours note).
NOTE_MAX = 20_000
HOURS_NOTE_MAX = 4000

C = Column
K = Kind
Q = labels.QUESTIONS

# Who the person is: the first columns of Teilnehmende and of "Fälle ohne Projekt".
PERSON_COLUMNS = (
    C("Fallnummer", "case_number", K.CASE_NUMBER,
      help="Vorhandene Fallnummer zum Aktualisieren; leer = neuer Fall"),
    C("Vorname", "first_name", required=True, max_length=100),
    C("Nachname", "last_name", required=True, max_length=100),
    C("Geschlecht", "gender", K.CHOICE, True, labels.GENDER),
    C("Geburtsdatum", "birth_date", K.DATE, True, help="TT.MM.JJJJ"),
    C("PLZ", "postcode", K.POSTCODE,
      help="5 Ziffern; die Spalte ist als Text formatiert, damit die führende Null bleibt"),
    C("Ort", "city"),
    C("Staatsangehörigkeit", "nationalities", K.COUNTRIES,
      help="ISO-Codes (SY) oder deutsche Ländernamen, mehrere mit ; trennen; staatenlos"),
    C("Geburtsland", "birth_country", K.COUNTRY, help="ISO-Code oder deutscher Ländername"),
    C("Sprachen", "languages", K.LANGUAGES,
      help="ISO-639-1-Codes (ar) oder deutsche Sprachnamen, mit ; trennen"),
)  # fmt: skip

# The rest of the case file form, after the enrollment's columns: optional, so that a
# club's own sheet works without them and the full export carries every case field.
CASE_COLUMNS = (
    C("Straße", "street"),
    C("Telefon", "phone", K.PHONE),
    C("E-Mail", "email"),
    C("Wohnsitz im Ausland", "residence_country", K.COUNTRY,
      help="Land, wenn die Person nicht in Deutschland lebt; die PLZ bleibt dann leer"),
    C("Aufenthaltsstatus", "residence_status", K.CHOICE, choices=labels.RESIDENCE),
    C("Einreisejahr", "arrival_year", K.WHOLE, low=1900, high=2100, help="z. B. 2022"),
    C("Schulabschluss", "school_qualification", K.CHOICE, choices=labels.SCHOOL_QUALIFICATION),
    C("Schulabschluss erworben in", "school_qualification_country", K.COUNTRY,
      help="ISO-Code oder deutscher Ländername; nur bei einem Abschluss"),
    C("Berufsabschluss", "vocational_qualification", K.CHOICE,
      choices=labels.VOCATIONAL_QUALIFICATION),
    C("Berufsabschluss erworben in", "vocational_qualification_country", K.COUNTRY,
      help="ISO-Code oder deutscher Ländername; nur bei einem Abschluss"),
    C("Referenzberuf", "reference_occupation"),
    C("Reglementierter Beruf", "regulated_profession", K.CHOICE, choices=labels.ANSWER),
    C("Anerkennungsstatus", "recognition_status", K.CHOICE, choices=labels.RECOGNITION),
    C("Deutschkenntnisse", "german_level", K.CHOICE, choices=labels.GERMAN_LEVEL),
    C("Zugang über", "referral_source", K.CHOICE, choices=labels.REFERRAL_SOURCE),
    C("Berater/in", "advisor", help="Benutzername in Lotse; leer = niemand zuständig"),
    C("Fallstatus", "status", K.CHOICE, choices=labels.CASE_STATUS, help="leer = offen"),
    C("Abgeschlossen am", "closed_on", K.DATE, help="TT.MM.JJJJ; nur bei abgeschlossen"),
    C("Bemerkungen", "remarks", max_length=4000),
)  # fmt: skip

PARTICIPANTS = Sheet("participants", "Teilnehmende", (
    *PERSON_COLUMNS,
    C("Projekt", "project", required=True, help="Projektkürzel, muss in Lotse angelegt sein"),
    C("Eintrittsdatum", "entry_date", K.DATE, True, help="TT.MM.JJJJ"),
    C(Q["employment_status"], "employment_status", K.CHOICE, choices=labels.EMPLOYMENT,
      esf_only=True),
    C(Q["unemployed_months"], "unemployed_months", K.WHOLE, low=0, high=600,
      help="ganze Zahl; nur bei arbeitslos", esf_only=True),
    C(Q["education_level"], "education_level", K.CHOICE, choices=labels.EDUCATION,
      esf_only=True),
    C(Q["disability"], "disability", K.CHOICE, choices=labels.SENSITIVE, esf_only=True),
    C(Q["minority"], "minority", K.CHOICE, choices=labels.SENSITIVE, esf_only=True),
    C(Q["foreign_origin"], "foreign_origin", K.CHOICE, choices=labels.ANSWER, esf_only=True),
    C(Q["homeless"], "homeless", K.CHOICE, choices=labels.ANSWER, esf_only=True),
    C(Q["rural_area"], "rural_area", K.CHOICE, choices=labels.ANSWER, esf_only=True),
    C("Austrittsdatum", "exit_date", K.DATE, help="TT.MM.JJJJ, nicht vor dem Eintrittsdatum"),
    C(Q["exit_status"], "exit_status", K.CHOICE, choices=labels.EXIT_STATUS, esf_only=True),
    C(Q["qualification_gained"], "qualification_gained", K.CHOICE, choices=labels.YES_NO,
      esf_only=True),
    C(Q["employed_after_6_months"], "employed_after_6_months", K.CHOICE,
      choices=labels.ANSWER_UNKNOWN, esf_only=True),
    C(Q["improved_after_6_months"], "improved_after_6_months", K.CHOICE,
      choices=labels.ANSWER_UNKNOWN, esf_only=True),
    *CASE_COLUMNS,
))  # fmt: skip

CONSULTATIONS = Sheet("consultations", "Beratungen", (
    C("Fallnummer", "case_number", K.CASE_NUMBER, True, help="vorhandener Fall"),
    C("Datum", "date", K.DATE, True, help="TT.MM.JJJJ"),
    C("Dauer Minuten", "duration_minutes", K.WHOLE, True, low=1, high=600,
      help="ganze Zahl von 1 bis 600"),
    C("Art", "kind", K.CHOICE, choices=labels.CONSULTATION_KIND,
      help="leer: die erste Beratung eines Falls ist die Erstberatung"),
    C("Form", "format", K.CHOICE, choices=labels.CONSULTATION_FORMAT),
    C("Sprache", "language_code", K.LANGUAGE, help="ISO-639-1-Code oder deutscher Sprachname"),
    C("Dolmetschung", "interpreter", K.CHOICE, choices=labels.YES_NO),
    C("Themen", "topics", K.TOPICS, help="Themen aus dem Katalog, mit ; trennen"),
    C("Projekt", "project", help="Projektkürzel"),
    C("Berater/in", "advisor", help="Benutzername in Lotse"),
    C("Notiz", "note", max_length=NOTE_MAX),
))  # fmt: skip

VOLUNTEERS = Sheet("volunteers", "Ehrenamtliche", (
    C("Nummer", "number", help="vorhandene Nummer zum Aktualisieren; leer = neu"),
    C("Vorname", "first_name", required=True, max_length=100),
    C("Nachname", "last_name", required=True, max_length=100),
    C("E-Mail", "email"),
    C("Telefon", "phone", K.PHONE),
    C("Sprachen", "languages", K.LANGUAGES, help="ISO-639-1-Codes oder deutsche Sprachnamen"),
    C("Kenntnisse", "skills", help="Beruf, Fähigkeiten", max_length=1000),
    C("Eintritt", "joined_on", K.DATE, help="TT.MM.JJJJ"),
    C("Führungszeugnis vorgelegt am", "clearance_seen_on", K.DATE, help="TT.MM.JJJJ"),
    C("Schulung am", "training_on", K.DATE, help="TT.MM.JJJJ"),
))  # fmt: skip

HOURS = Sheet("hours", "Ehrenamtsstunden", (
    C("Ehrenamtliche/r", "volunteer", required=True,
      help="Nummer oder „Vorname Nachname“ einer/eines Ehrenamtlichen"),
    C("Datum", "date", K.DATE, True, help="TT.MM.JJJJ, nicht in der Zukunft"),
    C("Stunden", "hours", K.HOURS, True, help="0,25 bis 10 in Viertelstunden"),
    C("Tätigkeit", "activity", K.CHOICE, choices=labels.ACTIVITY),
    C("Projekt", "project", help="Projektkürzel"),
    C("Fallnummer", "case_number", K.CASE_NUMBER,
      help="Teilnehmende/r, für die/den die Stunden waren"),
    C("Notiz", "note", max_length=HOURS_NOTE_MAX),
    C("Status", "status", K.CHOICE, choices=labels.HOURS_STATUS,
      help="freigegeben (wenn leer), eingereicht oder abgelehnt"),
))  # fmt: skip

# In the full export, read with Teilnehmende (not templates of their own): the follow-ups
# and consents of the cases.
FOLLOW_UPS = Sheet("follow_ups", "Wiedervorlagen", (
    C("Fallnummer", "case_number", K.CASE_NUMBER, True),
    C("Fällig am", "due_date", K.DATE, True),
    C("Betreff", "subject", required=True),
    C("Zuständig", "assignee", help="Benutzername in Lotse"),
    C("Erledigt am", "done_on", K.DATE),
))  # fmt: skip
CONSENTS = Sheet("consents", "Einwilligungen", (
    C("Fallnummer", "case_number", K.CASE_NUMBER, True),
    C("Art", "kind", K.CHOICE, True, labels.CONSENT_KIND),
    C("Erteilt am", "given_on", K.DATE, True),
    C("Fassung", "version"),
    C("Widerrufen am", "withdrawn_on", K.DATE),
    C("Form", "given_as", K.CHOICE, False, labels.CONSENT_FORM,
      help="wie die Einwilligung gegeben wurde; leer: nicht erfasst"),
    C("Partner", "partner", max_length=100,
      help="nur bei Weitergabe an einen Partner: sein Name wie in Lotse"),
))  # fmt: skip

# In the full export: cases that are in no project (not a template of its own).
CASES_WITHOUT_PROJECT = Sheet("cases", "Fälle ohne Projekt", (*PERSON_COLUMNS, *CASE_COLUMNS))

SHEETS = {sheet.key: sheet for sheet in (PARTICIPANTS, CONSULTATIONS, VOLUNTEERS, HOURS)}
