"""Counselling statistics for boards and funders (domain.md), counted in SQL.

Consultations and distinct people; anonymous short contacts are counted
apart and never as people. Projects filter on the project a consultation
was booked to; without projects every consultation counts.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from app.domain.catalogues import country_name, language_name
from app.domain.sheet_labels import CONSULTATION_FORMAT, CONSULTATION_KIND, GENDER, label_of
from app.reports.model import Period, Report, Table

TOP_NATIONALITIES = 10
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
REFERRALS = {
    "self": "selbst gekommen",
    "family_friends": "Familie oder Bekannte",
    "jobcenter": "Jobcenter / Agentur für Arbeit",
    "community_organisation": "Migrant*innenorganisation / Verein",
    "internet": "Internet",
    "other": "sonstiges",
}


def counselling_report(
    connection: Connection,
    period: Period,
    project_ids: list[int],
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    where = "c.date BETWEEN :start AND :end"
    params: dict[str, object] = {"start": period.start, "end": period.end}
    if project_ids:
        marks = ", ".join(f":p{i}" for i in range(len(project_ids)))
        where += f" AND c.project_id IN ({marks})"
        params.update({f"p{i}": pid for i, pid in enumerate(project_ids)})
    named = where + " AND c.participant_id IS NOT NULL"

    def rows(sql: str) -> list[list[Any]]:
        return [list(r) for r in connection.execute(text(sql), params)]

    overview = rows(
        "SELECT count(*), count(DISTINCT c.participant_id), "
        "sum(c.participant_id IS NOT NULL AND c.kind = 'first'), "
        "sum(c.participant_id IS NOT NULL AND c.kind = 'follow_up'), "
        "sum(c.participant_id IS NULL), coalesce(sum(c.duration_minutes), 0), "
        f"sum(c.interpreter) FROM consultation c WHERE {where}"
    )[0]
    total, people, first, follow, anonymous, minutes, interpreted = (int(v or 0) for v in overview)
    overview_table = Table(
        "Überblick",
        ["Kennzahl", "Anzahl"],
        [
            ["Beratungen (ohne anonyme Kurzkontakte)", total - anonymous],
            ["beratene Personen", people],
            ["Erstberatungen", first],
            ["Folgeberatungen", follow],
            ["anonyme Kurzkontakte", anonymous],
            ["Beratungsstunden", round(minutes / 60, 1)],
            ["mit Dolmetschung", interpreted],
        ],
        frozenset({1}),
    )

    def counted(
        title: str, first_column: str, sql: str, label: object = None, chart: int | None = None
    ) -> Table:
        data = rows(sql)
        shown = [
            [
                label(r[0]) if callable(label) else (r[0] if r[0] is not None else "unbekannt"),
                *r[1:],
            ]
            for r in data
        ]
        columns = [first_column, "Beratungen", "Personen"][: len(shown[0]) if shown else 3]
        return Table(title, columns, shown, frozenset({1, 2}), chart_column=chart)

    by_format = counted(
        "Nach Form",
        "Form",
        f"SELECT c.format, count(*), count(DISTINCT c.participant_id) FROM consultation c "
        f"WHERE {where} GROUP BY c.format ORDER BY count(*) DESC",
        lambda code: label_of(CONSULTATION_FORMAT, code),
    )
    by_kind = counted(
        "Erst- und Folgeberatung",
        "Art",
        f"SELECT c.kind, count(*), count(DISTINCT c.participant_id) FROM consultation c "
        f"WHERE {named} GROUP BY c.kind ORDER BY c.kind",
        lambda code: label_of(CONSULTATION_KIND, code),
    )
    languages = rows(
        "SELECT c.language_code, count(*), sum(c.interpreter) FROM consultation c "
        f"WHERE {where} GROUP BY c.language_code ORDER BY count(*) DESC"
    )
    by_language = Table(
        "Nach Sprache",
        ["Sprache", "Beratungen", "davon mit Dolmetschung"],
        [
            [language_name(str(code)) if code else "unbekannt", n, int(i or 0)]
            for code, n, i in languages
        ],
        frozenset({1, 2}),
    )
    by_topic = counted(
        "Nach Thema",
        "Thema",
        "SELECT t.name, count(*), count(DISTINCT c.participant_id) "
        "FROM consultation c JOIN consultation_topic ct ON ct.consultation_id = c.id "
        f"JOIN topic t ON t.id = ct.topic_id WHERE {where} GROUP BY t.name "
        "ORDER BY count(*) DESC, t.name",
        chart=1,
    )
    durations = rows(
        "SELECT CASE WHEN c.duration_minutes < 15 THEN 1 WHEN c.duration_minutes <= 30 THEN 2 "
        "WHEN c.duration_minutes <= 60 THEN 3 ELSE 4 END AS band, count(*) "
        f"FROM consultation c WHERE {where} GROUP BY band ORDER BY band"
    )
    band_names = {
        1: "unter 15 Minuten",
        2: "15–30 Minuten",
        3: "31–60 Minuten",
        4: "über 60 Minuten",
    }
    found = dict((int(b), int(n)) for b, n in durations)
    by_duration = Table(
        "Nach Dauer",
        ["Dauer", "Beratungen"],
        [[name, found.get(band, 0)] for band, name in band_names.items()],
        frozenset({1}),
    )
    person_scope = f"SELECT DISTINCT c.participant_id AS id FROM consultation c WHERE {named}"
    by_gender = Table(
        "Nach Geschlecht",
        ["Geschlecht", "Personen"],
        [
            [label_of(GENDER, g), n]
            for g, n in connection.execute(
                text(
                    "SELECT p.gender, count(*) FROM participant p "
                    f"JOIN ({person_scope}) s ON s.id = p.id "
                    "GROUP BY p.gender ORDER BY count(*) DESC"
                ),
                params,
            )
        ],
        frozenset({1}),
    )
    age_sql = (
        "(CAST(strftime('%Y', :end) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER)"
        " - (strftime('%m-%d', :end) < strftime('%m-%d', p.birth_date)))"
    )
    ages = rows(
        f"SELECT CASE WHEN p.birth_date IS NULL THEN 6 WHEN {age_sql} < 18 THEN 1 "
        f"WHEN {age_sql} < 30 THEN 2 WHEN {age_sql} < 45 THEN 3 WHEN {age_sql} < 55 THEN 4 "
        f"ELSE 5 END AS band, count(*) FROM participant p JOIN ({person_scope}) s ON s.id = p.id "
        "GROUP BY band ORDER BY band"
    )
    age_names = {
        1: "unter 18",
        2: "18–29",
        3: "30–44",
        4: "45–54",
        5: "55 und älter",
        6: "unbekannt",
    }
    found_ages = dict((int(b), int(n)) for b, n in ages)
    by_age = Table(
        "Nach Alter",
        ["Altersgruppe (am Ende des Zeitraums)", "Personen"],
        [[name, found_ages.get(band, 0)] for band, name in age_names.items()],
        frozenset({1}),
    )
    nationalities = rows(
        "SELECT coalesce(n.country_code, ''), count(*) FROM participant p "
        f"JOIN ({person_scope}) s ON s.id = p.id LEFT JOIN participant_nationality n "
        "ON n.participant_id = p.id AND n.position = 0 GROUP BY 1 ORDER BY count(*) DESC, 1"
    )
    top = nationalities[:TOP_NATIONALITIES]
    rest = sum(int(n) for _, n in nationalities[TOP_NATIONALITIES:])
    nationality_rows = [[country_name(str(c)) if c else "unbekannt", n] for c, n in top]
    if rest:
        nationality_rows.append(["andere", rest])
    by_nationality = Table(
        "Nach Staatsangehörigkeit",
        ["Staatsangehörigkeit (erste)", "Personen"],
        nationality_rows,
        frozenset({1}),
    )
    referrals = rows(
        "SELECT p.referral_source, count(*) FROM participant p "
        f"JOIN ({person_scope}) s ON s.id = p.id GROUP BY 1 ORDER BY count(*) DESC"
    )
    by_referral = Table(
        "Zugang",
        ["Zugang über", "Personen"],
        [[REFERRALS.get(str(code), "unbekannt"), n] for code, n in referrals],
        frozenset({1}),
    )
    by_advisor = counted(
        "Nach Berater_in",
        "Berater*in",
        "SELECT coalesce(u.display_name, 'ohne'), count(*), "
        "count(DISTINCT c.participant_id) FROM consultation c "
        f"LEFT JOIN user u ON u.id = c.advisor_id WHERE {where} "
        "GROUP BY 1 ORDER BY count(*) DESC",
    )
    months = rows(
        "SELECT strftime('%Y-%m', c.date), count(*), count(DISTINCT c.participant_id), "
        f"sum(c.participant_id IS NULL) FROM consultation c WHERE {where} GROUP BY 1 ORDER BY 1"
    )
    by_month = Table(
        "Nach Monat",
        ["Monat", "Beratungen", "Personen", "anonyme Kurzkontakte"],
        [
            [f"{MONTHS[int(m[5:7]) - 1]} {m[:4]}", n - int(a or 0), p, int(a or 0)]
            for m, n, p, a in months
        ],
        frozenset({1, 2, 3}),
        chart_column=1,
    )
    generated = now or datetime.now()
    period_text = f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"
    project_codes = (
        [
            str(r[0])
            for r in connection.execute(
                text(
                    "SELECT code FROM project WHERE id IN ("
                    + ",".join(str(int(p)) for p in project_ids)
                    + ")"
                )
            )
        ]
        if project_ids
        else []
    )
    scope = ", ".join(project_codes) if project_codes else "alle Projekte"
    notes = [
        "Beratungen ohne Fallakte (anonyme Kurzkontakte) zählen getrennt und nicht als Personen.",
        "Personen zählen je Person einmal, auch bei mehreren Beratungen.",
        "Staatsangehörigkeit: die erste angegebene; Alter am Ende des Zeitraums.",
    ]
    return Report(
        title="Beratungsstatistik",
        organisation=organisation,
        parameters=[("Zeitraum", period_text), ("Projekte", scope)],
        tables=[
            overview_table,
            by_kind,
            by_format,
            by_language,
            by_topic,
            by_duration,
            by_gender,
            by_age,
            by_nationality,
            by_referral,
            by_advisor,
            by_month,
        ],
        generated_at=generated,
        generated_by=generated_by,
        notes=notes,
    )
