"""ESF Plus participant indicators, counted in SQL as esf-plus-indicators.md prescribes.

- Output indicators (EECO…) count the enrollments of the project whose entry
  date lies in the period, with the answers frozen at entry; age is whole
  years on the entry date (29 February birthdays are reached on 1 March).
- EECO01 is EECO02 + EECO04 + EECO05: an enrollment without an employment
  status at entry is not reportable. It counts in no indicator and appears on
  its own line and, as blocking, on the data-quality sheet.
- A project may set a minimum of support hours (de minimis): people below it
  are counselling contacts and count in no indicator either. Support is the
  project's consultations plus the sessions of the project's courses the person
  attended (``course_hours.py``), up to the period's end.
- Immediate results (EECR01–04) count exits whose exit date lies in the
  period; longer-term results (EECR05/06) the same exits, with "not yet due"
  and "unknown" apart; EECR06 only for people employed at entry.
- Every row is broken down into women, men, non-binary and "no answer", so
  the columns always add up to the total.

Codes of the domain enumerations are bound as parameters, never written into the SQL.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from sqlalchemy import Connection, Integer, TextClause, bindparam, text

from app.domain.deadlines import DATA_DEADLINE, latest_exit_due_by, six_months_after
from app.domain.enums import (
    Answer,
    ConsentKind,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    Gender,
    LongTermUnemploymentRule,
    SensitiveAnswer,
    SupportedOrganisationKind,
)
from app.domain.esf import (
    EMPLOYED_AFTER_EXIT,
    EMPLOYED_AT_ENTRY,
    LONG_TERM_MONTHS,
    REPORTABLE_EMPLOYMENT,
    YOUNG_AGE_LIMIT,
    YOUNG_LONG_TERM_MONTHS,
    missing_entry_answers,
    missing_exit_answers,
)
from app.domain.sheet_labels import (
    ANSWER,
    ANSWER_UNKNOWN,
    EDUCATION,
    EMPLOYMENT,
    EXIT_STATUS,
    GENDER,
    QUESTIONS,
    SENSITIVE,
    YES_NO,
    label_of,
)
from app.reports.by_gender import GENDER_COLUMNS, counts_by_gender, sums_sql
from app.reports.course_hours import ATTENDED_PARAMETERS, ATTENDED_SQL
from app.reports.model import CellFormat, Period, PersonFilter, Report, Table
from app.reports.working_tables import WorkingTables
from app.storage.sql_dialect import age_at, in_code_point_order


def birth_age_sql(dialect: str) -> str:
    """Age at entry in whole years from the birth date (``e`` the enrollment, ``p`` the
    participant); anonymisation stores its result in ``enrollment.entry_age`` before the
    birth date goes."""
    return age_at(dialect, "p.birth_date", "e.entry_date")


def age_sql(dialect: str) -> str:
    """The ESF age at entry: from the birth date, else the age anonymisation kept."""
    return f"coalesce({birth_age_sql(dialect)}, e.entry_age)"


NOT_REPORTABLE_LABEL = "nicht meldefähig: Erwerbsstatus bei Eintritt fehlt"

# Every enum code the SQL compares with, as a bound parameter.
CODES: dict[str, object] = {
    "unemployed": EmploymentStatus.UNEMPLOYED.value,
    "inactive": EmploymentStatus.INACTIVE.value,
    "isced_0_2": EducationLevel.ISCED_0_2.value,
    "isced_3_4": EducationLevel.ISCED_3_4.value,
    "isced_5_8": EducationLevel.ISCED_5_8.value,
    "education_unknown": EducationLevel.UNKNOWN.value,
    "yes": Answer.YES.value,
    "answer_unknown": Answer.UNKNOWN.value,
    "refused": SensitiveAnswer.REFUSED.value,
    "job_seeking": ExitStatus.JOB_SEEKING.value,
    "education_training": ExitStatus.EDUCATION_TRAINING.value,
    "eu_survey": LongTermUnemploymentRule.EU_SURVEY.value,
    "long_term_months": LONG_TERM_MONTHS,
    "young_age": YOUNG_AGE_LIMIT,
    "young_months": YOUNG_LONG_TERM_MONTHS,
}
LISTS: dict[str, list[str]] = {
    "reportable": [s.value for s in REPORTABLE_EMPLOYMENT],
    "employed_at_entry": [s.value for s in EMPLOYED_AT_ENTRY],
    "employed_after_exit": [s.value for s in EMPLOYED_AFTER_EXIT],
}


# Enrollments with the person's gender and age, whether they are reportable, and
# whether they reached the project's minimum support (de minimis) by the period's end.
# ``min_minutes`` is typed: PostgreSQL cannot tell the type of a parameter that is
# only compared with NULL.
@cache
def base_sql(dialect: str) -> str:
    return f"""
WITH support AS (
    SELECT participant_id, sum(minutes) AS minutes FROM (
        SELECT participant_id, duration_minutes AS minutes FROM consultation
        WHERE project_id = :project AND date <= :end AND participant_id IS NOT NULL
        UNION ALL
        SELECT participant_id, minutes FROM ({ATTENDED_SQL}) AS attended
        WHERE project_id = :project AND date <= :end
    ) AS support_parts GROUP BY participant_id
)
SELECT e.*, p.gender, p.case_number, {age_sql(dialect)} AS age,
    coalesce(s.minutes, 0) AS support_minutes,
    (:min_minutes IS NULL OR coalesce(s.minutes, 0) >= :min_minutes) AS supported,
    coalesce(e.employment_status IN :reportable, FALSE) AS reportable
FROM enrollment e JOIN participant p ON p.id = e.participant_id
LEFT JOIN support s ON s.participant_id = e.participant_id
WHERE e.project_id = :project
"""


LONG_TERM = (
    "b.employment_status = :unemployed AND b.unemployed_months IS NOT NULL AND "
    "CASE WHEN :rule = :eu_survey THEN (b.unemployed_months > :long_term_months OR "
    "(b.age < :young_age AND b.unemployed_months > :young_months)) "
    "ELSE b.unemployed_months >= :long_term_months END"
)
COUNTED = "b.supported AND b.reportable"
NOT_ANSWERED_6 = "({column} IS NULL OR {column} = :answer_unknown)"

# (code, German label, SQL condition over the base row b)
ENTRY_INDICATORS: tuple[tuple[str, str, str], ...] = (
    ("EECO01", "Teilnehmende insgesamt", COUNTED),
    ("EECO02", "Arbeitslose, einschl. Langzeitarbeitslose",
     f"{COUNTED} AND b.employment_status = :unemployed"),
    ("EECO03", "Langzeitarbeitslose", f"{COUNTED} AND {LONG_TERM}"),
    ("EECO04", "Nichterwerbstätige", f"{COUNTED} AND b.employment_status = :inactive"),
    ("EECO05", "Erwerbstätige, einschl. Selbstständige",
     f"{COUNTED} AND b.employment_status IN :employed_at_entry"),
    ("", NOT_REPORTABLE_LABEL, "b.supported AND NOT b.reportable"),
    ("EECO06", "Kinder unter 18 Jahren", f"{COUNTED} AND b.age < 18"),
    ("EECO07", "Junge Menschen zwischen 18 und 29 Jahren",
     f"{COUNTED} AND b.age BETWEEN 18 AND 29"),
    ("EECO08", "Teilnehmende ab 55 Jahren", f"{COUNTED} AND b.age >= 55"),
    ("EECO09", "höchstens Sekundarstufe I (ISCED 0–2)",
     f"{COUNTED} AND b.education_level = :isced_0_2"),
    ("EECO10", "Sekundarstufe II oder postsekundär (ISCED 3–4)",
     f"{COUNTED} AND b.education_level = :isced_3_4"),
    ("EECO11", "tertiäre Bildung (ISCED 5–8)", f"{COUNTED} AND b.education_level = :isced_5_8"),
    ("", "Bildungsniveau: keine Angabe oder nicht erfragt",
     f"{COUNTED} AND (b.education_level IS NULL OR b.education_level = :education_unknown)"),
    ("EECO12", "Teilnehmende mit Behinderungen", f"{COUNTED} AND b.disability = :yes"),
    ("", "Behinderung: Angabe verweigert", f"{COUNTED} AND b.disability = :refused"),
    ("EECO13", "Drittstaatsangehörige", f"{COUNTED} AND b.third_country_national = :yes"),
    ("EECO14", "Teilnehmende ausländischer Herkunft", f"{COUNTED} AND b.foreign_origin = :yes"),
    ("EECO15", "Minderheiten (einschl. marginalisierter Gemeinschaften wie Roma)",
     f"{COUNTED} AND b.minority = :yes"),
    ("", "Minderheit: Angabe verweigert", f"{COUNTED} AND b.minority = :refused"),
    ("EECO16", "Obdachlose oder von Ausgrenzung auf dem Wohnungsmarkt Betroffene",
     f"{COUNTED} AND b.homeless = :yes"),
    ("EECO17", "Teilnehmende aus ländlichen Gebieten", f"{COUNTED} AND b.rural_area = :yes"),
)  # fmt: skip

BELOW_MINIMUM = "NOT b.supported"

EXIT_INDICATORS: tuple[tuple[str, str, str], ...] = (
    ("", "Austritte im Zeitraum", COUNTED),
    ("EECR01", "Arbeitsuchende nach ihrer Teilnahme",
     f"{COUNTED} AND b.exit_status = :job_seeking"),
    ("EECR02", "Teilnehmende in Schul-/Berufsbildung nach ihrer Teilnahme",
     f"{COUNTED} AND b.exit_status = :education_training"),
    ("EECR03", "Teilnehmende, die nach ihrer Teilnahme eine Qualifizierung erlangen",
     f"{COUNTED} AND b.qualification_gained"),
    ("EECR04", "Teilnehmende, die nach ihrer Teilnahme einen Arbeitsplatz haben, "
               "einschl. Selbstständige", f"{COUNTED} AND b.exit_status IN :employed_after_exit"),
    ("EECR05", "Teilnehmende, die sechs Monate nach ihrer Teilnahme einen Arbeitsplatz haben, "
               "einschl. Selbstständige", f"{COUNTED} AND b.employed_after_6_months = :yes"),
    ("", "EECR05: noch nicht fällig (Austritt weniger als sechs Monate vor Zeitraumende)",
     f"{COUNTED} AND {NOT_ANSWERED_6.format(column='b.employed_after_6_months')} "
     "AND b.exit_date > :due_by"),
    ("", "EECR05: unbekannt (fällig, keine Antwort)",
     f"{COUNTED} AND {NOT_ANSWERED_6.format(column='b.employed_after_6_months')} "
     "AND b.exit_date <= :due_by"),
    ("EECR06", "Teilnehmende, deren Situation auf dem Arbeitsmarkt sich sechs Monate nach ihrer "
               "Teilnahme verbessert hat (nur bei Eintritt Erwerbstätige)",
     f"{COUNTED} AND b.employment_status IN :employed_at_entry "
     "AND b.improved_after_6_months = :yes"),
    ("", "EECR06: noch nicht fällig (bei Eintritt Erwerbstätige)",
     f"{COUNTED} AND b.employment_status IN :employed_at_entry AND "
     f"{NOT_ANSWERED_6.format(column='b.improved_after_6_months')} AND b.exit_date > :due_by"),
    ("", "EECR06: unbekannt (bei Eintritt Erwerbstätige, fällig, keine Antwort)",
     f"{COUNTED} AND b.employment_status IN :employed_at_entry AND "
     f"{NOT_ANSWERED_6.format(column='b.improved_after_6_months')} AND b.exit_date <= :due_by"),
    ("", "Austritte nicht meldefähig: Erwerbsstatus bei Eintritt fehlt",
     "b.supported AND NOT b.reportable"),
)  # fmt: skip

ENTITY_INDICATORS = (
    ("EECO18", "Unterstützte öffentliche Verwaltungen oder öffentliche Dienste",
     SupportedOrganisationKind.PUBLIC_ADMINISTRATION),
    ("EECO19", "Unterstützte Kleinst-, kleine und mittlere Unternehmen",
     SupportedOrganisationKind.SME),
)  # fmt: skip

LONG_TERM_RULES = {
    LongTermUnemploymentRule.SGB3: "EECO03: arbeitslos seit zwölf Monaten oder länger "
    "(§ 18 SGB III).",
    LongTermUnemploymentRule.EU_SURVEY: "EECO03: arbeitslos seit mehr als zwölf Monaten, "
    "unter 25-Jährige seit mehr als sechs Monaten (EU-Erhebungsregel, Projekteinstellung).",
}

COUNTING_RULES = [
    "Ausgangsindikatoren (EECO): Teilnahmen des Projekts mit Eintrittsdatum im Zeitraum; "
    "Angaben zum Stand am Eintrittstag.",
    "EECO01 = EECO02 + EECO04 + EECO05. Teilnahmen ohne Erwerbsstatus bei Eintritt sind nicht "
    "meldefähig: sie zählen in keinem Indikator, stehen in einer eigenen Zeile und im Blatt "
    "Datenqualität als blockierend.",
    "Alter in vollendeten Jahren am Eintrittstag; ein Geburtstag am Eintrittstag zählt; "
    "29. Februar gilt in Nicht-Schaltjahren ab dem 1. März.",
    "EECO09 bis EECO11 und „Bildungsniveau: keine Angabe oder nicht erfragt“ ergeben EECO01.",
    "EECO13: keine Staatsangehörigkeit eines EU-Mitgliedstaats; Staatenlose zählen, "
    "Doppelstaatler*innen mit einer EU-Staatsangehörigkeit nicht.",
    "EECO12/EECO15: verweigerte Angaben werden getrennt ausgewiesen, nie geschätzt.",
    "Ergebnisindikatoren (EECR): Austritte mit Austrittsdatum im Zeitraum; Verbleib innerhalb "
    "von 4 Wochen nach Austritt.",
    "EECR05/EECR06: sechs Monate nach Austritt; „noch nicht fällig“ (Austritt weniger als "
    "sechs Monate vor dem Ende des Zeitraums) und „unbekannt“ (fällig, keine Antwort) in "
    "eigenen Zeilen; EECR06 nur für Personen, die bei Eintritt erwerbstätig waren.",
    "Jede Zeile nach Frauen, Männern, Divers und ohne Angabe; die Spalten ergeben die Summe.",
]


@dataclass(frozen=True)
class EsfParameters:
    project_id: int
    period: Period
    cumulative: bool = False
    # Whose enrollments the per-person sheets (participant list, data quality) list;
    # None: no per-person sheets, the data quality as counts only (roles that may not
    # read the special categories of a person get aggregates only).
    listing: PersonFilter | None = field(default_factory=PersonFilter)


def _sql(statement: str) -> TextClause:
    """A statement whose list parameters (``IN :name``) expand to their values."""
    used = [name for name in LISTS if f":{name}" in statement]
    typed = [bindparam("min_minutes", type_=Integer)] if ":min_minutes" in statement else []
    return text(statement).bindparams(*(bindparam(name, expanding=True) for name in used), *typed)


def _parameters(
    project_id: int, period: Period, rule: str, min_minutes: int | None
) -> dict[str, object]:
    return {
        **CODES,
        **LISTS,
        **ATTENDED_PARAMETERS,
        "project": project_id,
        "start": period.start,
        "end": period.end,
        "rule": rule,
        "min_minutes": min_minutes,
        "due_by": latest_exit_due_by(period.end),
    }


# The enrollments with an entry or exit in the period, with their support hours: computed
# once per report (the support sums read all of the project's consultations) and then
# counted and listed by name (``WorkingTables``), instead of written out three times.
BASE_TABLE = "esf_base"


def _add_base(tables: WorkingTables, parameters: dict[str, object]) -> None:
    tables.add(
        BASE_TABLE,
        f"SELECT * FROM ({base_sql(tables.connection.dialect.name)}) AS base "
        "WHERE entry_date BETWEEN :start AND :end OR exit_date BETWEEN :start AND :end",
        parameters,
    )


def _count_rows(
    tables: WorkingTables,
    indicators: tuple[tuple[str, str, str], ...],
    date_column: str,
    parameters: dict[str, object],
) -> list[list[object]]:
    sums = sums_sql([condition for _, _, condition in indicators])
    sql = tables.sql(
        f"SELECT b.gender, {sums} FROM {BASE_TABLE} b "
        f"WHERE b.{date_column} BETWEEN :start AND :end GROUP BY b.gender"
    )
    counts = counts_by_gender(tables.connection, _sql(sql), parameters, len(indicators))
    return [[code, label, *row] for (code, label, _), row in zip(indicators, counts, strict=True)]


def esf_report(
    connection: Connection,
    parameters: EsfParameters,
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    project = connection.execute(
        text(
            "SELECT code, name, start_date, funder, programme, long_term_rule, "
            "min_support_hours, supports_organisations FROM project WHERE id = :id"
        ),
        {"id": parameters.project_id},
    ).one()
    period = parameters.period
    if parameters.cumulative:
        period = Period(date.fromisoformat(str(project.start_date)), period.end)
    generated = now or datetime.now()
    today = generated.date()
    min_hours = project.min_support_hours
    values = _parameters(
        parameters.project_id,
        period,
        str(project.long_term_rule),
        int(min_hours) * 60 if min_hours else None,
    )
    entry_indicators = ENTRY_INDICATORS
    if min_hours:
        entry_indicators += (
            (
                "",
                f"unter der Mindestförderung von {min_hours} Stunden: Beratungskontakte, "
                "keine ESF-Teilnehmenden",
                BELOW_MINIMUM,
            ),
        )
    working = WorkingTables(connection, _sql)
    try:
        _add_base(working, values)
        indicator_rows = _count_rows(working, entry_indicators, "entry_date", values) + _count_rows(
            working, EXIT_INDICATORS, "exit_date", values
        )
        participants, quality = _enrollment_sheets(working, values, today, parameters.listing)
    finally:
        working.drop()
    indicators = Table(
        "ESF-Indikatoren",
        ["Indikator", "Bezeichnung", *GENDER_COLUMNS],
        indicator_rows,
        frozenset({2, 3, 4, 5, 6}),
    )
    tables = [indicators]
    if project.supports_organisations:
        tables.append(_entities(connection, parameters.project_id, period))
    tables += [participants, quality] if participants is not None else [quality]
    period_text = f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"
    rules = [
        *COUNTING_RULES[:3],
        LONG_TERM_RULES[LongTermUnemploymentRule(str(project.long_term_rule))],
        *COUNTING_RULES[3:],
        (
            f"Mindestförderung: erst ab {min_hours} Stunden Unterstützung (Beratungen und "
            "besuchte Kurstermine des Projekts bis zum Ende des Zeitraums) "
            "ESF-Teilnehmende/r; darunter "
            "Beratungskontakt, in keinem Indikator gezählt."
            if min_hours
            else "Mindestförderung: keine Schwelle eingestellt; jede Teilnahme zählt."
        ),
    ]
    notes_rows: list[list[object]] = [
        ["Projekt", f"{project.code} – {project.name}"],
        ["Förderprogramm", project.programme],
        ["Fördermittelgeber", project.funder or ""],
        [
            "Zeitraum",
            period_text + (" (kumuliert ab Projektbeginn)" if parameters.cumulative else ""),
        ],
        ["Erstellt am", generated.strftime("%d.%m.%Y %H:%M")],
        ["Erstellt von", generated_by],
        *[list[object](["Zählregel", rule]) for rule in rules],
    ]
    tables.append(Table("Hinweise", ["Angabe", "Wert"], notes_rows))
    return Report(
        title=f"ESF-Plus-Teilnehmendendaten {project.code}",
        organisation=organisation,
        parameters=[("Projekt", str(project.code)), ("Zeitraum", period_text)],
        tables=tables,
        generated_at=generated,
        generated_by=generated_by,
        notes=rules,
    )


def _entities(connection: Connection, project_id: int, period: Period) -> Table:
    counts: dict[str, int] = dict(
        connection.execute(
            text(
                "SELECT kind, count(*) FROM supported_organisation WHERE project_id = :project "
                "AND supported_on BETWEEN :start AND :end GROUP BY kind"
            ),
            {"project": project_id, "start": period.start, "end": period.end},
        ).all()
    )
    return Table(
        "Unterstützte Einrichtungen",
        ["Indikator", "Bezeichnung", "Anzahl"],
        [[code, label, int(counts.get(kind.value, 0))] for code, label, kind in ENTITY_INDICATORS],
        frozenset({2}),
        notes=["Gezählt: Einträge im Register des Projekts mit Datum im Zeitraum."],
    )


def _enrollment_sheets(
    tables: WorkingTables,
    values: dict[str, object],
    today: date,
    people: PersonFilter | None,
) -> tuple[Table | None, Table]:
    """The participant list and the data-quality sheet of the enrollments whose entry or
    exit lies in the period; without ``people`` only the data quality, as counts."""
    who = people or PersonFilter()
    # A person with several enrollments in the project: listed in the order they were recorded.
    sql = (
        f"SELECT b.*, (SELECT count(*) FROM consent c WHERE c.participant_id = b.participant_id "
        f"AND c.kind = :notice) AS notices FROM {BASE_TABLE} b "
        f"WHERE b.participant_id IN (SELECT p.id FROM participant p WHERE {who.sql}) "
        f"ORDER BY {in_code_point_order(tables.connection.dialect.name, 'b.case_number')}, b.id"
    )
    notice = {"notice": ConsentKind.ART13_NOTICE.value}
    rows = tables.execute(sql, {**values, **notice, **who.params}).mappings().all()
    listing: list[list[object]] = []
    quality: list[list[object]] = []
    for r in rows:
        entry = date.fromisoformat(str(r["entry_date"]))
        exit_date = date.fromisoformat(str(r["exit_date"])) if r["exit_date"] else None
        qualification = r["qualification_gained"]
        listing.append(
            [
                r["case_number"],
                label_of(GENDER, r["gender"]),
                r["age"],
                entry,
                label_of(EMPLOYMENT, r["employment_status"]),
                r["unemployed_months"],
                label_of(EDUCATION, r["education_level"]),
                label_of(SENSITIVE, r["disability"]),
                label_of(SENSITIVE, r["minority"]),
                label_of(ANSWER, r["third_country_national"]),
                label_of(ANSWER, r["foreign_origin"]),
                label_of(ANSWER, r["homeless"]),
                label_of(ANSWER, r["rural_area"]),
                "ja" if r["reportable"] and r["supported"] else "nein",
                round(int(r["support_minutes"]) / 60, 2),
                exit_date,
                label_of(EXIT_STATUS, r["exit_status"]),
                label_of(YES_NO, None if qualification is None else bool(qualification)),
                label_of(ANSWER_UNKNOWN, r["employed_after_6_months"]),
                label_of(ANSWER_UNKNOWN, r["improved_after_6_months"]),
            ]
        )
        quality_row = _quality(r, entry, exit_date, today)
        if quality_row is not None:
            quality.append(quality_row)
    listing_columns = [
        "Fallnummer",
        "Geschlecht",
        "Alter bei Eintritt",
        "Eintrittsdatum",
        *(
            QUESTIONS[key]
            for key in ("employment_status", "unemployed_months", "education_level", "disability")
        ),
        QUESTIONS["minority"],
        "Drittstaatsangehörig",
        *(QUESTIONS[key] for key in ("foreign_origin", "homeless", "rural_area")),
        "Meldefähig",
        "Unterstützung (Stunden)",
        "Austrittsdatum",
        *(
            QUESTIONS[key]
            for key in (
                "exit_status",
                "qualification_gained",
                "employed_after_6_months",
                "improved_after_6_months",
            )
        ),
    ]
    counts = _quality_counts(len(rows), quality)
    if people is None:
        return None, counts
    scoped = [] if people.everyone else [OWN_CASES_NOTE]
    return (
        Table(
            "Teilnehmendenliste",
            listing_columns,
            listing,
            frozenset({2, 5, 14}),
            notes=scoped,
            formats={0: CellFormat.TEXT, 14: CellFormat.HOURS},
            on_paper=Table(
                "Teilnehmendenliste",
                ["Kennzahl", "Teilnahmen"],
                [["Teilnahmen mit Eintritt oder Austritt im Zeitraum", len(rows)]],
                frozenset({1}),
                notes=[*scoped, ON_PAPER_NOTE],
            ),
        ),
        Table(
            "Datenqualität",
            ["Fallnummer", "Blockiert die Meldung", "Fehlende Angaben", "Überfällige Fristen"],
            quality,
            notes=scoped,
            on_paper=Table(
                counts.title,
                counts.columns,
                counts.rows,
                counts.number_columns,
                notes=[*scoped, ON_PAPER_NOTE],
            ),
        ),
    )


# Which lists go on paper: the funder's forms need the indicator tables and the state of
# the data; the list per enrollment (7,000 and more rows, 290 pages) is for checking and
# correcting on screen or in the workbook, where it can be filtered.
ON_PAPER_NOTE = (
    "Im PDF als Übersicht; die Liste je Teilnahme steht in der Excel-Datei und in der Vorschau."
)

OWN_CASES_NOTE = (
    "Nur die Fälle, die Sie öffnen dürfen (Einstellung „Beratende sehen nur ihre eigenen "
    "Fälle“); die Indikatoren zählen alle Teilnahmen des Projekts."
)


def _quality_counts(enrollments: int, quality: list[list[object]]) -> Table:
    """The data-quality sheet as counts, for roles that may not see a person's answers."""

    def count(column: int) -> int:
        return sum(1 for row in quality if row[column])

    return Table(
        "Datenqualität",
        ["Kennzahl", "Teilnahmen"],
        [
            ["Teilnahmen mit Eintritt oder Austritt im Zeitraum", enrollments],
            ["davon blockieren die Meldung (Erwerbsstatus fehlt)", count(1)],
            ["davon mit fehlenden Angaben", count(2)],
            ["davon mit überfälligen Fristen", count(3)],
        ],
        frozenset({1}),
        notes=[
            "Die Liste je Fallnummer sehen nur Rollen, die Fallakten mit besonderen "
            "Kategorien lesen dürfen (Beratung, Verwaltung)."
        ],
    )


def _quality(r: object, entry: date, exit_date: date | None, today: date) -> list[object] | None:
    """One line of the data-quality sheet: what blocks, what is missing, what is overdue."""
    row = dict(r)  # type: ignore[call-overload]
    blocking = ""
    if row["supported"] and not row["reportable"]:
        blocking = (
            "Erwerbsstatus: keine Angabe – nicht meldefähig"
            if row["employment_status"] is not None
            else "Erwerbsstatus nicht erfragt – nicht meldefähig"
        )
    missing = []
    if row["age"] is None:
        missing.append("Geburtsdatum")
    if row["gender"] == Gender.UNSPECIFIED:
        missing.append("Geschlecht")
    not_asked = missing_entry_answers(row)
    if not_asked:
        missing.append("nicht erfragt: " + ", ".join(QUESTIONS[key] for key in not_asked))
    if row["third_country_national"] == Answer.UNKNOWN:
        missing.append("Staatsangehörigkeit")
    if exit_date is not None:
        exit_missing = missing_exit_answers(row)
        if exit_missing:
            missing.append(
                "Austritt nicht erfragt: " + ", ".join(QUESTIONS[key] for key in exit_missing)
            )
    if not row["notices"]:
        missing.append("Informationen nach Art. 13 DSGVO")
    overdue = []
    if row["entry_recorded_on"] is None and today > entry + DATA_DEADLINE:
        overdue.append(f"Eintrittsdaten seit {entry + DATA_DEADLINE:%d.%m.%Y}")
    if (
        exit_date is not None
        and row["exit_recorded_on"] is None
        and today > exit_date + (DATA_DEADLINE)
    ):
        overdue.append(f"Austrittsdaten seit {exit_date + DATA_DEADLINE:%d.%m.%Y}")
    if exit_date is not None and row["six_month_recorded_on"] is None:
        due = six_months_after(exit_date)
        if today >= due:
            overdue.append(f"6-Monats-Nachbefragung fällig seit {due:%d.%m.%Y}")
    if not (blocking or missing or overdue):
        return None
    return [row["case_number"], blocking, "; ".join(missing), "; ".join(overdue)]
