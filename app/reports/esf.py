"""ESF Plus participant indicators, counted in SQL as esf-plus-indicators.md prescribes.

- Output indicators (EECO…) count the enrollments of the project whose entry
  date lies in the period, with the answers frozen at entry; age is whole
  years on the entry date (29 February birthdays are reached on 1 March).
- Immediate results (EECR01–04) count exits whose exit date lies in the
  period; longer-term results (EECR05/06) the same exits, "unknown" included.
- Every row is broken down into women, men, non-binary and "no answer", so
  the columns always add up to the total.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, text

from app.domain.deadlines import DATA_DEADLINE, six_months_after
from app.domain.sheet_labels import (
    ANSWER,
    ANSWER_UNKNOWN,
    EDUCATION,
    EMPLOYMENT,
    EXIT_STATUS,
    GENDER,
    SENSITIVE,
    YES_NO,
    label_of,
)
from app.reports.model import Period, Report, Table

GENDERS = ("female", "male", "diverse", "unspecified")
GENDER_COLUMNS = ["Gesamt", "Frauen", "Männer", "Divers", "ohne Angabe"]

AGE_SQL = (
    "(CAST(strftime('%Y', e.entry_date) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER)"
    " - (strftime('%m-%d', e.entry_date) < strftime('%m-%d', p.birth_date)))"
)

# (code, German label, SQL condition over enrollment e and participant p)
ENTRY_INDICATORS: tuple[tuple[str, str, str], ...] = (
    ("EECO01", "Teilnehmende insgesamt", "1"),
    ("EECO02", "Arbeitslose, einschl. Langzeitarbeitslose", "e.employment_status = 'unemployed'"),
    ("EECO03", "Langzeitarbeitslose",
     "e.employment_status = 'unemployed' AND e.unemployed_months > 12"),
    ("EECO04", "Nichterwerbstätige", "e.employment_status = 'inactive'"),
    ("EECO05", "Erwerbstätige, einschl. Selbstständige",
     "e.employment_status IN ('employed', 'self_employed')"),
    ("", "Erwerbsstatus unbekannt", "e.employment_status = 'unknown'"),
    ("EECO06", "Kinder unter 18 Jahren", f"p.birth_date IS NOT NULL AND {AGE_SQL} < 18"),
    ("EECO07", "Junge Menschen zwischen 18 und 29 Jahren",
     f"p.birth_date IS NOT NULL AND {AGE_SQL} BETWEEN 18 AND 29"),
    ("EECO08", "Teilnehmende ab 55 Jahren", f"p.birth_date IS NOT NULL AND {AGE_SQL} >= 55"),
    ("EECO09", "höchstens Sekundarstufe I (ISCED 0–2)", "e.education_level = 'isced_0_2'"),
    ("EECO10", "Sekundarstufe II oder postsekundär (ISCED 3–4)", "e.education_level = 'isced_3_4'"),
    ("EECO11", "tertiäre Bildung (ISCED 5–8)", "e.education_level = 'isced_5_8'"),
    ("EECO12", "Teilnehmende mit Behinderungen", "e.disability = 'yes'"),
    ("", "Behinderung: Angabe verweigert", "e.disability = 'refused'"),
    ("EECO13", "Drittstaatsangehörige", "e.third_country_national = 'yes'"),
    ("EECO14", "Teilnehmende ausländischer Herkunft", "e.foreign_origin = 'yes'"),
    ("EECO15", "Minderheiten (einschl. marginalisierter Gemeinschaften wie Roma)",
     "e.minority = 'yes'"),
    ("", "Minderheit: Angabe verweigert", "e.minority = 'refused'"),
    ("EECO16", "Obdachlose oder von Ausgrenzung auf dem Wohnungsmarkt Betroffene",
     "e.homeless = 'yes'"),
    ("EECO17", "Teilnehmende aus ländlichen Gebieten", "e.rural_area = 'yes'"),
)  # fmt: skip

EXIT_INDICATORS: tuple[tuple[str, str, str], ...] = (
    ("", "Austritte im Zeitraum", "1"),
    ("EECR01", "Arbeitsuchende nach ihrer Teilnahme", "e.exit_status = 'job_seeking'"),
    ("EECR02", "Teilnehmende in Schul-/Berufsbildung nach ihrer Teilnahme",
     "e.exit_status = 'education_training'"),
    ("EECR03", "Teilnehmende, die nach ihrer Teilnahme eine Qualifizierung erlangen",
     "e.qualification_gained = 1"),
    ("EECR04", "Teilnehmende, die nach ihrer Teilnahme einen Arbeitsplatz haben, "
               "einschl. Selbstständige", "e.exit_status IN ('employed', 'self_employed')"),
    ("EECR05", "Teilnehmende, die sechs Monate nach ihrer Teilnahme einen Arbeitsplatz haben, "
               "einschl. Selbstständige", "e.employed_after_6_months = 'yes'"),
    ("", "EECR05 unbekannt",
     "e.employed_after_6_months IS NULL OR e.employed_after_6_months = 'unknown'"),
    ("EECR06", "Teilnehmende, deren Situation auf dem Arbeitsmarkt sich sechs Monate nach ihrer "
               "Teilnahme verbessert hat", "e.improved_after_6_months = 'yes'"),
    ("", "EECR06 unbekannt",
     "e.improved_after_6_months IS NULL OR e.improved_after_6_months = 'unknown'"),
)  # fmt: skip

COUNTING_RULES = [
    "Ausgangsindikatoren (EECO): Teilnahmen des Projekts mit Eintrittsdatum im Zeitraum; "
    "Angaben zum Stand am Eintrittstag.",
    "Alter in vollendeten Jahren am Eintrittstag; ein Geburtstag am Eintrittstag zählt; "
    "29. Februar gilt in Nicht-Schaltjahren ab dem 1. März.",
    "EECO02, EECO04, EECO05 und „Erwerbsstatus unbekannt“ ergeben zusammen EECO01; "
    "EECO03 ist Teil von EECO02 (mehr als 12 Monate arbeitslos).",
    "EECO13: keine Staatsangehörigkeit eines EU-Mitgliedstaats; Staatenlose zählen, "
    "Doppelstaatler*innen mit einer EU-Staatsangehörigkeit nicht.",
    "EECO12/EECO15: verweigerte Angaben werden getrennt ausgewiesen, nie geschätzt.",
    "Ergebnisindikatoren (EECR): Austritte mit Austrittsdatum im Zeitraum; Verbleib innerhalb "
    "von 4 Wochen; EECR05/06 sechs Monate nach Austritt, „unbekannt“ eigene Zeile.",
    "Jede Zeile nach Frauen, Männern, Divers und ohne Angabe; die Spalten ergeben die Summe.",
]


@dataclass(frozen=True)
class EsfParameters:
    project_id: int
    period: Period
    cumulative: bool = False


def _count_rows(
    connection: Connection,
    indicators: tuple[tuple[str, str, str], ...],
    date_column: str,
    project_id: int,
    period: Period,
) -> list[list[object]]:
    sums = ", ".join(
        f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)" for _, _, condition in indicators
    )
    sql = text(
        f"SELECT p.gender, {sums} FROM enrollment e JOIN participant p ON p.id = e.participant_id "
        f"WHERE e.project_id = :project AND e.{date_column} BETWEEN :start AND :end "
        "GROUP BY p.gender"
    )
    by_gender = {
        row[0]: row[1:]
        for row in connection.execute(
            sql, {"project": project_id, "start": period.start, "end": period.end}
        )
    }
    rows = []
    for index, (code, label, _) in enumerate(indicators):
        counts = [int(by_gender[g][index] or 0) if g in by_gender else 0 for g in GENDERS]
        rows.append([code, label, sum(counts), *counts])
    return rows


def esf_report(
    connection: Connection,
    parameters: EsfParameters,
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    project = connection.execute(
        text("SELECT code, name, start_date, funder, programme FROM project WHERE id = :id"),
        {"id": parameters.project_id},
    ).one()
    period = parameters.period
    if parameters.cumulative:
        period = Period(date.fromisoformat(str(project.start_date)), period.end)
    today = (now or datetime.now()).date()
    indicator_rows = _count_rows(
        connection, ENTRY_INDICATORS, "entry_date", parameters.project_id, period
    ) + _count_rows(connection, EXIT_INDICATORS, "exit_date", parameters.project_id, period)
    indicators = Table(
        "ESF-Indikatoren",
        ["Indikator", "Bezeichnung", *GENDER_COLUMNS],
        indicator_rows,
        frozenset({2, 3, 4, 5, 6}),
    )
    participants, quality = _enrollment_sheets(connection, parameters.project_id, period, today)
    period_text = f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"
    generated = now or datetime.now()
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
        *[list[object](["Zählregel", rule]) for rule in COUNTING_RULES],
    ]
    return Report(
        title=f"ESF-Plus-Teilnehmendendaten {project.code}",
        organisation=organisation,
        parameters=[("Projekt", str(project.code)), ("Zeitraum", period_text)],
        tables=[indicators, participants, quality,
                Table("Hinweise", ["Angabe", "Wert"], notes_rows)],
        generated_at=generated,
        generated_by=generated_by,
        notes=COUNTING_RULES,
    )  # fmt: skip


def _enrollment_sheets(
    connection: Connection, project_id: int, period: Period, today: date
) -> tuple[Table, Table]:
    rows = connection.execute(
        text(
            f"SELECT p.case_number, p.gender, p.birth_date, {AGE_SQL} AS age, e.entry_date, "
            "e.employment_status, e.unemployed_months, e.education_level, e.disability, "
            "e.minority, "
            "e.third_country_national, e.foreign_origin, e.homeless, e.rural_area, e.exit_date, "
            "e.exit_status, e.qualification_gained, e.employed_after_6_months, "
            "e.improved_after_6_months, e.entry_recorded_on, e.exit_recorded_on, "
            "e.six_month_recorded_on, (SELECT count(*) FROM consent c "
            "WHERE c.participant_id = p.id "
            "AND c.kind = 'art13_notice') AS notices "
            "FROM enrollment e JOIN participant p ON p.id = e.participant_id "
            "WHERE e.project_id = :project AND (e.entry_date BETWEEN :start AND :end "
            "OR e.exit_date BETWEEN :start AND :end) ORDER BY p.case_number"
        ),
        {"project": project_id, "start": period.start, "end": period.end},
    ).all()
    listing: list[list[object]] = []
    quality: list[list[object]] = []
    for r in rows:
        entry = date.fromisoformat(str(r.entry_date))
        exit_date = date.fromisoformat(str(r.exit_date)) if r.exit_date else None
        listing.append(
            [
                r.case_number,
                label_of(GENDER, r.gender),
                r.age,
                entry,
                label_of(EMPLOYMENT, r.employment_status),
                r.unemployed_months,
                label_of(EDUCATION, r.education_level),
                label_of(SENSITIVE, r.disability),
                label_of(SENSITIVE, r.minority),
                label_of(ANSWER, r.third_country_national),
                label_of(ANSWER, r.foreign_origin),
                label_of(ANSWER, r.homeless),
                label_of(ANSWER, r.rural_area),
                exit_date,
                label_of(EXIT_STATUS, r.exit_status) if r.exit_status else "",
                label_of(YES_NO, bool(r.qualification_gained))
                if r.qualification_gained is not None
                else "",
                label_of(ANSWER_UNKNOWN, r.employed_after_6_months)
                if r.employed_after_6_months
                else "",
                label_of(ANSWER_UNKNOWN, r.improved_after_6_months)
                if r.improved_after_6_months
                else "",
            ]
        )
        missing = []
        if r.birth_date is None:
            missing.append("Geburtsdatum")
        if r.gender == "unspecified":
            missing.append("Geschlecht")
        for value, label in (
            (r.employment_status, "Erwerbsstatus"),
            (r.education_level, "Bildungsniveau"),
            (r.disability, "Behinderung (nicht gefragt)"),
            (r.minority, "Minderheit (nicht gefragt)"),
            (r.third_country_national, "Staatsangehörigkeit"),
        ):
            if value == "unknown":
                missing.append(label)
        if r.employment_status == "unemployed" and r.unemployed_months is None:
            missing.append("Arbeitslos seit Monaten")
        if exit_date is not None and not r.exit_status:
            missing.append("Status nach Austritt")
        if not r.notices:
            missing.append("Informationen nach Art. 13 DSGVO")
        overdue = []
        if r.entry_recorded_on is None and today > entry + DATA_DEADLINE:
            overdue.append(f"Eintrittsdaten seit {entry + DATA_DEADLINE:%d.%m.%Y}")
        if (
            exit_date is not None
            and r.exit_recorded_on is None
            and today > exit_date + DATA_DEADLINE
        ):
            overdue.append(f"Austrittsdaten seit {exit_date + DATA_DEADLINE:%d.%m.%Y}")
        if exit_date is not None and r.six_month_recorded_on is None:
            due = six_months_after(exit_date)
            if today >= due:
                overdue.append(f"6-Monats-Nachbefragung fällig seit {due:%d.%m.%Y}")
        if missing or overdue:
            quality.append([r.case_number, "; ".join(missing), "; ".join(overdue)])
    listing_columns = [
        "Fallnummer",
        "Geschlecht",
        "Alter bei Eintritt",
        "Eintrittsdatum",
        "Erwerbsstatus bei Eintritt",
        "Arbeitslos seit Monaten",
        "Bildungsniveau",
        "Behinderung",
        "Minderheit",
        "Drittstaatsangehörig",
        "Ausländische Herkunft",
        "Obdachlos oder Wohnungsausgrenzung",
        "Ländliches Gebiet",
        "Austrittsdatum",
        "Status nach Austritt",
        "Qualifikation erlangt",
        "Erwerbstätig 6 Monate nach Austritt",
        "Situation nach 6 Monaten verbessert",
    ]
    return (
        Table("Teilnehmendenliste", listing_columns, listing, frozenset({2, 5})),
        Table("Datenqualität", ["Fallnummer", "Fehlende Angaben", "Überfällige Fristen"], quality),
    )
