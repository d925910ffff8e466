"""Counselling statistics for boards and funders (domain.md), counted in SQL.

Every sheet states its base – consultations (with or without the anonymous
short contacts) or people counselled – and a sheet that counts each unit once
ends with a "Summe" row equal to that base on the overview. Sheets where one
unit can appear in several rows (topics, nationalities, referrals) say so.
Projects filter on the project a consultation was booked to; without projects
every consultation counts.
"""

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, text

from app.domain.catalogues import country_name, language_name
from app.domain.enums import ConsultationKind
from app.domain.formatting import month_name
from app.domain.sheet_labels import (
    ANSWER,
    CONSULTATION_FORMAT,
    CONSULTATION_KIND,
    GENDER,
    GERMAN_LEVEL,
    RECOGNITION,
    REFERRAL_SOURCE,
    RESIDENCE,
    label_of,
)
from app.reports.model import Base, Period, Report, Table
from app.reports.working_tables import WorkingTables
from app.storage.sql_dialect import as_int, in_code_point_order, year_month_of, year_of

TOP_NATIONALITIES = 10
UNKNOWN = "unbekannt"
NO_ANSWER = "ohne Angabe"
TOTAL = "Summe"

# The overview's figures that other sheets take as their base.
ALL = "Beratungen insgesamt, mit anonymen Kurzkontakten"
NAMED = "Beratungen mit Fallakte"
ANONYMOUS = "anonyme Kurzkontakte"
PEOPLE = "beratene Personen"

CONSULTATIONS_PEOPLE = ["Beratungen", "Personen"]
# Counted per consultation ``c``: without a case file, with an interpreter.
ANONYMOUS_SQL = as_int("c.participant_id IS NULL")
INTERPRETED_SQL = as_int("c.interpreter")
PEOPLE_NOTE = (
    "„Personen“ zählt je Zeile jede Person einmal; wer in mehreren Zeilen vorkommt, wird in "
    "jeder gezählt, die Spalte ergibt daher mehr als die beratenen Personen."
)


# The period's consultations and people, named once per report (``WorkingTables``): the
# report's twenty breakdowns then read these instead of each selecting the period's
# consultations again.
CONSULTATIONS = "report_consultation"
PEOPLE_TABLE = "report_person"


class _Counter:
    """Runs the report's statements over the consultations of the period and projects."""

    def __init__(self, connection: Connection, period: Period, project_ids: list[int]) -> None:
        self.connection = connection
        self.dialect = connection.dialect.name
        self.params: dict[str, object] = {
            "start": period.start,
            "end": period.end,
            "end_year": period.end.year,
            "first": ConsultationKind.FIRST.value,
            "follow_up": ConsultationKind.FOLLOW_UP.value,
        }
        chosen = "c.date BETWEEN :start AND :end"
        if project_ids:
            chosen += " AND c.project_id IN :projects"
            self.params["projects"] = project_ids
        self.tables = WorkingTables(connection, _statement)
        self.tables.add(
            CONSULTATIONS,
            "SELECT c.id, c.participant_id, c.kind, c.format, c.language_code, "
            "c.duration_minutes, c.interpreter, c.advisor_id, c.date "
            f"FROM consultation c WHERE {chosen}",
            self.params,
        )
        self.tables.add(
            PEOPLE_TABLE,
            f"SELECT DISTINCT participant_id AS id FROM {CONSULTATIONS} "
            "WHERE participant_id IS NOT NULL",
            self.params,
            columns="id INTEGER PRIMARY KEY",
        )
        # Statements read ``FROM {self.consultations} c WHERE {self.where}``.
        self.consultations = CONSULTATIONS
        self.where = "1 = 1"
        self.named = "c.participant_id IS NOT NULL"
        # Every person counselled in the period, once.
        self.people = f"SELECT id FROM {PEOPLE_TABLE}"

    def text(self, expression: str) -> str:
        """A text column to sort by, in the same order on every back end."""
        return in_code_point_order(self.dialect, expression)

    def drop(self) -> None:
        self.tables.drop()

    def rows(self, sql: str) -> list[list[Any]]:
        return [list(r) for r in self.tables.execute(sql, self.params)]

    def per_person(self, column: str) -> list[list[Any]]:
        """People counted by one of their own columns (most first; equal counts by the
        value, the missing one first)."""
        return self.rows(
            f"SELECT p.{column}, count(*) FROM participant p JOIN ({self.people}) s "
            f"ON s.id = p.id GROUP BY 1 ORDER BY count(*) DESC, {self.text(f'p.{column}')} "
            "NULLS FIRST"
        )


def _statement(sql: str) -> TextClause:
    statement = text(sql)
    if ":projects" in sql:
        statement = statement.bindparams(bindparam("projects", expanding=True))
    return statement


def _with_total(rows: list[list[Any]], numbers: int, width: int) -> list[list[Any]]:
    """The rows and a "Summe" row adding up the ``numbers`` count columns after the first;
    the other columns of the ``width`` stay empty there (people do not add up)."""
    sums = [sum(int(row[i] or 0) for row in rows) for i in range(1, numbers + 1)]
    return [*rows, [TOTAL, *sums, *[""] * (width - 1 - numbers)]]


def _labelled(
    rows: list[list[Any]], name: Callable[[Any], str], missing: str = NO_ANSWER
) -> list[list[Any]]:
    return [[name(row[0]) if row[0] is not None else missing, *row[1:]] for row in rows]


def _choice(labels: Mapping[str, object]) -> Callable[[Any], str]:
    def name(code: Any) -> str:
        return label_of(labels, code) or str(code)

    return name


def counselling_report(
    connection: Connection,
    period: Period,
    project_ids: list[int],
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    q = _Counter(connection, period, project_ids)
    try:
        return _report(q, period, project_ids, organisation, generated_by, now)
    finally:
        q.drop()


def _report(
    q: _Counter,
    period: Period,
    project_ids: list[int],
    organisation: str,
    generated_by: str,
    now: datetime | None,
) -> Report:
    where, named = q.where, q.named
    overview = q.rows(
        "SELECT count(*), count(DISTINCT c.participant_id), "
        f"sum({as_int('c.participant_id IS NOT NULL AND c.kind = :first')}), "
        f"sum({as_int('c.participant_id IS NOT NULL AND c.kind = :follow_up')}), "
        f"sum({ANONYMOUS_SQL}), coalesce(sum(c.duration_minutes), 0), "
        f"sum({INTERPRETED_SQL}) FROM {q.consultations} c WHERE {where}"
    )[0]
    total, people, first, follow, anonymous, minutes, interpreted = (int(v or 0) for v in overview)
    bases = {
        ALL: Base(ALL, total),
        NAMED: Base(NAMED, total - anonymous),
        PEOPLE: Base(PEOPLE, people),
    }
    overview_table = Table(
        "Überblick",
        ["Kennzahl", "Anzahl"],
        [
            [ALL, total],
            [NAMED, total - anonymous],
            [ANONYMOUS, anonymous],
            [PEOPLE, people],
            ["Erstberatungen", first],
            ["Folgeberatungen", follow],
            ["Beratungsstunden", round(minutes / 60, 1)],
            ["mit Dolmetschung", interpreted],
        ],
        frozenset({1}),
        notes=[
            "Anonyme Kurzkontakte haben keine Fallakte: sie zählen als Beratungen, nie als "
            "Personen.",
            "Erst- und Folgeberatungen gibt es nur mit Fallakte.",
        ],
    )

    def consultations(
        title: str,
        first_column: str,
        sql: str,
        name: Callable[[Any], str],
        base: str = ALL,
        chart: int | None = None,
        missing: str = UNKNOWN,
    ) -> Table:
        """Consultations and people by one property: each consultation in one row."""
        rows = _labelled(q.rows(sql), name, missing)
        return Table(
            title,
            [first_column, *CONSULTATIONS_PEOPLE],
            _with_total(rows, 1, 3),
            frozenset({1, 2}),
            notes=[PEOPLE_NOTE],
            chart_column=chart,
            base=bases[base],
            total_row=True,
        )

    def persons(title: str, first_column: str, column: str, name: Callable[[Any], str]) -> Table:
        """People by one of their properties: each person in one row."""
        rows = _labelled(q.per_person(column), name)
        return Table(
            title,
            [first_column, "Personen"],
            _with_total(rows, 1, 2),
            frozenset({1}),
            base=bases[PEOPLE],
            total_row=True,
        )

    by_kind = consultations(
        "Erst- und Folgeberatung",
        "Art",
        f"SELECT c.kind, count(*), count(DISTINCT c.participant_id) FROM {q.consultations} c "
        f"WHERE {named} GROUP BY c.kind ORDER BY {q.text('c.kind')} NULLS FIRST",
        _choice(CONSULTATION_KIND),
        base=NAMED,
    )
    by_format = consultations(
        "Nach Form",
        "Form",
        f"SELECT c.format, count(*), count(DISTINCT c.participant_id) FROM {q.consultations} c "
        f"WHERE {where} GROUP BY c.format "
        f"ORDER BY count(*) DESC, {q.text('c.format')} NULLS FIRST",
        _choice(CONSULTATION_FORMAT),
    )
    languages = _labelled(
        q.rows(
            f"SELECT c.language_code, count(*), sum({INTERPRETED_SQL}) FROM {q.consultations} c "
            f"WHERE {where} GROUP BY c.language_code "
            f"ORDER BY count(*) DESC, {q.text('c.language_code')} NULLS FIRST"
        ),
        lambda code: language_name(str(code)),
        UNKNOWN,
    )
    by_language = Table(
        "Nach Sprache",
        ["Sprache", "Beratungen", "davon mit Dolmetschung"],
        _with_total([[n, c, int(i or 0)] for n, c, i in languages], 2, 3),
        frozenset({1, 2}),
        base=bases[ALL],
        total_row=True,
    )
    topics = q.rows(
        "SELECT t.name, count(*), count(DISTINCT c.participant_id) "
        f"FROM {q.consultations} c JOIN consultation_topic ct ON ct.consultation_id = c.id "
        f"JOIN topic t ON t.id = ct.topic_id WHERE {where} GROUP BY t.name "
        f"ORDER BY count(*) DESC, {q.text('t.name')}"
    )
    without_topic = q.rows(
        f"SELECT count(*), count(DISTINCT c.participant_id) FROM {q.consultations} c "
        f"WHERE {where} AND NOT EXISTS (SELECT 1 FROM consultation_topic ct "
        "WHERE ct.consultation_id = c.id)"
    )[0]
    by_topic = Table(
        "Nach Thema",
        ["Thema", *CONSULTATIONS_PEOPLE],
        [*topics, ["ohne Thema", *without_topic]],
        frozenset({1, 2}),
        notes=[PEOPLE_NOTE],
        chart_column=1,
        base=Base(ALL, total, multiple=True),
    )
    durations = dict(
        (int(b), int(n))
        for b, n in q.rows(
            "SELECT CASE WHEN c.duration_minutes < 15 THEN 1 WHEN c.duration_minutes <= 30 "
            "THEN 2 WHEN c.duration_minutes <= 60 THEN 3 ELSE 4 END AS band, count(*) "
            f"FROM {q.consultations} c WHERE {where} GROUP BY band ORDER BY band"
        )
    )
    band_names = ("unter 15 Minuten", "15–30 Minuten", "31–60 Minuten", "über 60 Minuten")
    by_duration = Table(
        "Nach Dauer",
        ["Dauer", "Beratungen"],
        _with_total([[name, durations.get(i, 0)] for i, name in enumerate(band_names, 1)], 1, 2),
        frozenset({1}),
        base=bases[ALL],
        total_row=True,
    )
    by_gender = persons("Nach Geschlecht", "Geschlecht", "gender", _choice(GENDER))
    # Age reached in the year the period ends, from the birth year: what an anonymised
    # case keeps of the birth date, so the figures do not change when it is anonymised.
    birth_year = f"coalesce({year_of(q.dialect, 'p.birth_date')}, p.birth_year)"
    age_sql = f"(:end_year - {birth_year})"
    ages = dict(
        (int(b), int(n))
        for b, n in q.rows(
            f"SELECT CASE WHEN {birth_year} IS NULL THEN 6 WHEN {age_sql} < 18 THEN 1 "
            f"WHEN {age_sql} < 30 THEN 2 WHEN {age_sql} < 45 THEN 3 WHEN {age_sql} < 55 THEN 4 "
            f"ELSE 5 END AS band, count(*) FROM participant p JOIN ({q.people}) s "
            "ON s.id = p.id GROUP BY band ORDER BY band"
        )
    )
    age_names = ("unter 18", "18–29", "30–44", "45–54", "55 und älter", UNKNOWN)
    by_age = Table(
        "Nach Alter",
        ["Altersgruppe (Alter im Jahr des Zeitraumendes)", "Personen"],
        _with_total([[name, ages.get(i, 0)] for i, name in enumerate(age_names, 1)], 1, 2),
        frozenset({1}),
        base=bases[PEOPLE],
        total_row=True,
    )
    by_nationality = _nationalities(q, people)
    by_residence = persons(
        "Nach Aufenthaltsstatus", "Aufenthaltsstatus", "residence_status", _choice(RESIDENCE)
    )
    by_german = persons(
        "Nach Deutschkenntnissen", "Deutschkenntnisse", "german_level", _choice(GERMAN_LEVEL)
    )
    by_referral_source = persons(
        "Zugang", "Zugang über", "referral_source", _choice(REFERRAL_SOURCE)
    )
    by_occupation = persons(
        "Nach Referenzberuf", "Referenzberuf", "reference_occupation", lambda name: str(name)
    )
    by_regulated = persons(
        "Reglementierter Beruf", "Reglementierter Beruf", "regulated_profession", _choice(ANSWER)
    )
    by_qualification_country = persons(
        "Land des Berufsabschlusses",
        "Land des Berufsabschlusses",
        "vocational_qualification_country",
        lambda code: country_name(str(code)),
    )
    by_recognition = persons(
        "Nach Anerkennungsstatus", "Anerkennungsstatus", "recognition_status", _choice(RECOGNITION)
    )
    referrals = q.rows(
        f"SELECT t.name, count(*), count(DISTINCT c.participant_id) FROM {q.consultations} c "
        "JOIN consultation_referral r ON r.consultation_id = c.id "
        f"JOIN referral_target t ON t.id = r.referral_target_id WHERE {named} "
        f"GROUP BY t.name ORDER BY count(*) DESC, {q.text('t.name')}"
    )
    without_referral = q.rows(
        f"SELECT count(*), count(DISTINCT c.participant_id) FROM {q.consultations} c "
        f"WHERE {named} AND NOT EXISTS (SELECT 1 FROM consultation_referral r "
        "WHERE r.consultation_id = c.id)"
    )[0]
    by_referral = Table(
        "Verweisungen",
        ["Verwiesen an", *CONSULTATIONS_PEOPLE],
        [*referrals, ["ohne Verweisung", *without_referral]],
        frozenset({1, 2}),
        notes=[PEOPLE_NOTE],
        base=Base(NAMED, total - anonymous, multiple=True),
    )
    by_advisor = consultations(
        "Nach Berater_in",
        "Berater*in",
        "SELECT u.display_name, count(*), count(DISTINCT c.participant_id) "
        f"FROM {q.consultations} c "
        f'LEFT JOIN "user" u ON u.id = c.advisor_id WHERE {where} '
        "GROUP BY c.advisor_id, u.display_name "
        "ORDER BY count(*) DESC, c.advisor_id NULLS FIRST",
        lambda name: str(name),
        missing="ohne Berater*in",
    )
    months = q.rows(
        f"SELECT {year_month_of(q.dialect, 'c.date')}, count(*), "
        f"count(DISTINCT c.participant_id), sum({ANONYMOUS_SQL}) "
        f"FROM {q.consultations} c WHERE {where} GROUP BY 1 ORDER BY 1"
    )
    by_month = Table(
        "Nach Monat",
        ["Monat", "Beratungen insgesamt", "mit Fallakte", ANONYMOUS, "Personen"],
        _with_total(
            [
                [f"{month_name(int(m[5:7]))} {m[:4]}", n, n - int(a or 0), int(a or 0), p]
                for m, n, p, a in months
            ],
            3,
            5,
        ),
        frozenset({1, 2, 3, 4}),
        chart_column=1,
        notes=[PEOPLE_NOTE],
        base=bases[ALL],
        total_row=True,
    )
    generated = now or datetime.now()
    period_text = f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"
    project_codes = (
        [
            str(r[0])
            for r in q.rows(
                f"SELECT code FROM project WHERE id IN :projects ORDER BY {q.text('code')}"
            )
        ]
        if project_ids
        else []
    )
    scope = ", ".join(project_codes) if project_codes else "alle Projekte"
    notes = [
        "Beratungen ohne Fallakte (anonyme Kurzkontakte) zählen getrennt und nicht als Personen.",
        "Personen zählen je Person einmal, auch bei mehreren Beratungen.",
        "Staatsangehörigkeit: alle angegebenen; Alter: im Jahr, in dem der Zeitraum endet, "
        "erreichtes Lebensjahr (nach Geburtsjahr, so bleibt es nach der Anonymisierung gleich).",
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
            by_referral,
            by_gender,
            by_age,
            by_nationality,
            by_residence,
            by_german,
            by_referral_source,
            by_occupation,
            by_regulated,
            by_qualification_country,
            by_recognition,
            by_advisor,
            by_month,
        ],
        generated_at=generated,
        generated_by=generated_by,
        notes=notes,
    )


def _nationalities(q: _Counter, people: int) -> Table:
    """Every nationality of a person counts: dual nationals appear in two rows."""
    counted = q.rows(
        "SELECT n.country_code, count(DISTINCT p.id) FROM participant p "
        f"JOIN ({q.people}) s ON s.id = p.id JOIN participant_nationality n "
        "ON n.participant_id = p.id GROUP BY 1 "
        f"ORDER BY count(DISTINCT p.id) DESC, {q.text('n.country_code')}"
    )
    without = q.rows(
        f"SELECT count(*) FROM participant p JOIN ({q.people}) s ON s.id = p.id "
        "WHERE NOT EXISTS (SELECT 1 FROM participant_nationality n "
        "WHERE n.participant_id = p.id)"
    )[0][0]
    rows: list[list[Any]] = [[country_name(str(c)), n] for c, n in counted[:TOP_NATIONALITIES]]
    rest = sum(int(n) for _, n in counted[TOP_NATIONALITIES:])
    if rest:
        rows.append(["andere Staatsangehörigkeiten", rest])
    rows.append([UNKNOWN, int(without or 0)])
    return Table(
        "Nach Staatsangehörigkeit",
        ["Staatsangehörigkeit", "Personen"],
        rows,
        frozenset({1}),
        base=Base(PEOPLE, people, multiple=True),
    )
