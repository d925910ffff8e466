"""Outcomes of a project, as programmes publish them ("178 finished, 135 succeeded").

For the exits of a period: how many finished regularly, dropped out or left for
other reasons (the project's own exit reasons say which), how many succeeded
(a reason that counts as success, a situation after exit the project counts as
success, or – if the project says so – a qualification gained), the rates in
percent, all by gender, and for ESF projects the situation six months later where
it is known. Tandems of the project add their own section: started, ended by end
reason, and the agreed goals reached. Placements (work or training taken up) of the
project's participants are grouped by economic sector (WZ 2008) with their shares.
"""

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, text

from app.domain.enums import Answer, EconomicSector, ExitReasonCategory, MentorshipStatus
from app.domain.occupations import sector_title
from app.domain.sheet_labels import EXIT_STATUS, MENTORSHIP_GOAL, label_of
from app.reports.by_gender import GENDER_COLUMNS, counts_by_gender, sums_sql
from app.reports.model import Base, Period, Report, Table
from app.storage.sql_dialect import add_days, as_int, in_code_point_order

PERCENT_NOTE = "Quoten in Prozent, bezogen auf die Austritte im Zeitraum der jeweiligen Spalte."

# The exits of the period with what makes them a success, one row per enrollment.
EXITS_SQL = """
SELECT e.*, p.gender, r.name AS reason, r.category, coalesce(r.counts_as_success, FALSE)
    OR e.exit_status IN (SELECT exit_status FROM project_success_status
                         WHERE project_id = :project)
    OR (:qualification AND coalesce(e.qualification_gained, FALSE)) AS success
FROM enrollment e JOIN participant p ON p.id = e.participant_id
LEFT JOIN exit_reason r ON r.id = e.exit_reason_id
WHERE e.project_id = :project AND e.exit_date BETWEEN :start AND :end
"""

OVERVIEW_ROWS: tuple[tuple[str, str], ...] = (
    ("Austritte im Zeitraum", "1 = 1"),
    ("davon regulär beendet", "x.category = :finished"),
    ("davon abgebrochen", "x.category = :dropped_out"),
    ("davon aus anderen Gründen", "x.category = :other"),
    ("davon ohne Austrittsgrund", "x.category IS NULL"),
    ("erfolgreich", "x.success"),
)
SIX_MONTH_ROWS: tuple[tuple[str, str], ...] = (
    ("6 Monate nach Austritt: Ergebnis bekannt", "x.employed_after_6_months IN (:yes, :no)"),
    ("6 Monate nach Austritt: erwerbstätig", "x.employed_after_6_months = :yes"),
)


def _rate(part: list[int], whole: list[int]) -> list[object]:
    return [round(100 * p / w, 1) if w else "" for p, w in zip(part, whole, strict=True)]


def outcome_report(
    connection: Connection,
    project_id: int,
    period: Period,
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    project = connection.execute(
        text(
            "SELECT code, name, esf, qualification_counts_as_success FROM project "
            "WHERE id = :project"
        ),
        {"project": project_id},
    ).one()
    params: dict[str, Any] = {
        "project": project_id,
        "start": period.start,
        "end": period.end,
        "qualification": bool(project.qualification_counts_as_success),
        "finished": ExitReasonCategory.FINISHED.value,
        "dropped_out": ExitReasonCategory.DROPPED_OUT.value,
        "other": ExitReasonCategory.OTHER.value,
        "yes": Answer.YES.value,
        "no": Answer.NO.value,
    }
    rows = OVERVIEW_ROWS + (SIX_MONTH_ROWS if project.esf else ())
    counted = counts_by_gender(
        connection,
        text(
            f"SELECT x.gender, {sums_sql([c for _, c in rows])} FROM ({EXITS_SQL}) AS x "
            "GROUP BY x.gender"
        ),
        params,
        len(rows),
    )
    entries = counts_by_gender(
        connection,
        text(
            f"SELECT p.gender, {sums_sql(['1 = 1'])} FROM enrollment e JOIN participant p "
            "ON p.id = e.participant_id WHERE e.project_id = :project "
            "AND e.entry_date BETWEEN :start AND :end GROUP BY p.gender"
        ),
        params,
        1,
    )[0]
    figures = dict(zip([name for name, _ in rows], counted, strict=True))
    exits = figures["Austritte im Zeitraum"]
    overview_rows: list[list[object]] = [["Eintritte im Zeitraum", *entries]]
    overview_rows += [[name, *figures[name]] for name, _ in OVERVIEW_ROWS]
    overview_rows += [
        ["Erfolgsquote (%)", *_rate(figures["erfolgreich"], exits)],
        ["Quote regulär beendet (%)", *_rate(figures["davon regulär beendet"], exits)],
        ["Abbruchquote (%)", *_rate(figures["davon abgebrochen"], exits)],
    ]
    if project.esf:
        known = figures["6 Monate nach Austritt: Ergebnis bekannt"]
        employed = figures["6 Monate nach Austritt: erwerbstätig"]
        overview_rows += [
            ["6 Monate nach Austritt: Ergebnis bekannt", *known],
            ["6 Monate nach Austritt: erwerbstätig", *employed],
            ["Quote erwerbstätig nach 6 Monaten (% der bekannten)", *_rate(employed, known)],
        ]
    numbers = frozenset(range(1, 6))
    tables = [
        Table(
            "Überblick",
            ["Kennzahl", *GENDER_COLUMNS],
            overview_rows,
            numbers,
            notes=[PERCENT_NOTE],
        ),
        _by_reason(connection, params),
    ]
    if project.esf:
        tables.append(_by_status(connection, params))
    tables.append(_by_sector(connection, params))
    tandems = _tandem_tables(connection, params)
    tables += tandems
    period_text = f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"
    return Report(
        title=f"Verbleib und Erfolg {project.code}",
        organisation=organisation,
        parameters=[("Projekt", f"{project.code} – {project.name}"), ("Zeitraum", period_text)],
        tables=tables,
        generated_at=now or datetime.now(),
        generated_by=generated_by,
        notes=_rules(connection, params, bool(project.qualification_counts_as_success)),
    )


def _rules(connection: Connection, params: dict[str, Any], qualification: bool) -> list[str]:
    reasons = [
        str(name)
        for (name,) in connection.execute(
            text(
                "SELECT name FROM exit_reason WHERE project_id = :project AND counts_as_success "
                "ORDER BY position, id"
            ),
            params,
        )
    ]
    statuses = [
        label_of(EXIT_STATUS, status)
        for (status,) in connection.execute(
            text("SELECT exit_status FROM project_success_status WHERE project_id = :project"),
            params,
        )
    ]
    parts = []
    if reasons:
        parts.append("Austrittsgrund " + ", ".join(f"„{r}“" for r in reasons))
    if statuses:
        parts.append("Verbleib " + ", ".join(sorted(statuses)))
    if qualification:
        parts.append("eine erlangte Qualifikation")
    success = " oder ".join(parts) if parts else "keine Festlegung im Projekt"
    return [
        "Gezählt werden die Austritte mit Austrittsdatum im Zeitraum; Eintritte zum Vergleich.",
        f"Als Erfolg zählt: {success}.",
        "Regulär beendet, abgebrochen und andere Gründe nach den Austrittsgründen des Projekts.",
    ]


def _by_reason(connection: Connection, params: dict[str, Any]) -> Table:
    reasons = connection.execute(
        text(
            "SELECT id, name, category, counts_as_success FROM exit_reason "
            "WHERE project_id = :project ORDER BY position, id"
        ),
        params,
    ).all()
    conditions = [f"x.exit_reason_id = {int(r.id)}" for r in reasons] + ["x.exit_reason_id IS NULL"]
    counted = counts_by_gender(
        connection,
        text(f"SELECT x.gender, {sums_sql(conditions)} FROM ({EXITS_SQL}) AS x GROUP BY x.gender"),
        params,
        len(conditions),
    )
    category = {
        ExitReasonCategory.FINISHED.value: "regulär beendet",
        ExitReasonCategory.DROPPED_OUT.value: "abgebrochen",
        ExitReasonCategory.OTHER.value: "anderer Grund",
    }
    rows: list[list[object]] = [
        [r.name, category[str(r.category)], "ja" if r.counts_as_success else "nein", *counts]
        for r, counts in zip(reasons, counted[:-1], strict=True)
        if counts[0]
    ]
    rows.append(["ohne Austrittsgrund", "", "", *counted[-1]])
    return Table(
        "Nach Austrittsgrund",
        ["Austrittsgrund", "zählt als", "Erfolg", *GENDER_COLUMNS],
        rows,
        frozenset(range(3, 8)),
    )


def _by_status(connection: Connection, params: dict[str, Any]) -> Table:
    statuses = list(EXIT_STATUS.values())
    conditions = [f"x.exit_status = :status_{i}" for i in range(len(statuses))]
    conditions.append("x.exit_status IS NULL")
    values = {**params, **{f"status_{i}": s.value for i, s in enumerate(statuses)}}
    counted = counts_by_gender(
        connection,
        text(f"SELECT x.gender, {sums_sql(conditions)} FROM ({EXITS_SQL}) AS x GROUP BY x.gender"),
        values,
        len(conditions),
    )
    names = [label_of(EXIT_STATUS, s) for s in statuses] + ["nicht erfragt"]
    return Table(
        "Verbleib nach Austritt",
        ["Verbleib innerhalb von 4 Wochen", *GENDER_COLUMNS],
        [[name, *counts] for name, counts in zip(names, counted, strict=True)],
        frozenset(range(1, 6)),
    )


# Placements (Arbeitsaufnahmen) a project counts: linked to the exit of one of its
# enrollments, or, unlinked, of a person in the project who started work while enrolled or
# within 4 weeks (28 days) after the exit (the ESF window of the situation after exit).
AFTER_EXIT_DAYS = 28


@cache
def placements_sql(dialect: str) -> str:
    window_end = add_days(dialect, "e.exit_date", AFTER_EXIT_DAYS)
    return f"""
SELECT pl.* FROM placement pl
WHERE pl.start_date BETWEEN :start AND :end AND (
    pl.enrollment_id IN (SELECT id FROM enrollment WHERE project_id = :project)
    OR (pl.enrollment_id IS NULL AND EXISTS (
        SELECT 1 FROM enrollment e WHERE e.project_id = :project
        AND e.participant_id = pl.participant_id AND e.entry_date <= pl.start_date
        AND (e.exit_date IS NULL OR pl.start_date <= {window_end})))
)
"""


NO_SECTOR = "ohne Angabe"


def share(part: int, whole: int) -> float | str:
    """A part's share of the whole in percent, one decimal; empty when there is no whole."""
    return round(100 * part / whole, 1) if whole else ""


def _by_sector(connection: Connection, params: dict[str, Any]) -> Table:
    """Placements that started in the period by WZ 2008 section, with their shares."""
    counted = connection.execute(
        text(
            "SELECT x.sector, count(*), count(DISTINCT x.participant_id) "
            f"FROM ({placements_sql(connection.dialect.name)}) AS x GROUP BY x.sector "
            "ORDER BY x.sector IS NULL, count(*) DESC, "
            f"{in_code_point_order(connection.dialect.name, 'x.sector')}"
        ),
        params,
    ).all()
    total = sum(int(n) for _, n, _ in counted)
    rows: list[list[object]] = [
        [
            sector_title(EconomicSector(sector)) if sector else NO_SECTOR,
            int(n),
            int(people),
            share(int(n), total),
        ]
        for sector, n, people in counted
    ]
    rows.append(["Summe", total, "", share(total, total)])
    return Table(
        "Nach Wirtschaftszweig",
        ["Wirtschaftszweig (WZ 2008)", "Arbeitsaufnahmen", "Personen", "Anteil (%)"],
        rows,
        frozenset({1, 2, 3}),
        chart_column=1,
        base=Base("Arbeitsaufnahmen mit Beginn im Zeitraum", total),
        total_row=True,
        notes=[
            "Gezählt werden Arbeitsaufnahmen mit Beginn im Zeitraum, die mit einem Austritt "
            "aus dem Projekt verknüpft sind oder, ohne Verknüpfung, von Teilnehmenden des "
            "Projekts während der Teilnahme oder bis 4 Wochen nach dem Austritt begonnen "
            "wurden. Anteil: an allen diesen Arbeitsaufnahmen."
        ],
    )


def _tandem_tables(connection: Connection, params: dict[str, Any]) -> list[Table]:
    """Tandems of the project: started and ended in the period, end reasons, goals reached."""
    values = {**params, "ended": MentorshipStatus.ENDED.value}
    started, ended = connection.execute(
        text(
            f"SELECT sum({as_int('start_date BETWEEN :start AND :end')}), "
            f"sum({as_int('status = :ended AND end_date BETWEEN :start AND :end')}) "
            "FROM mentorship WHERE project_id = :project"
        ),
        values,
    ).one()
    if not (started or ended):
        return []
    ended_in_period = (
        "FROM mentorship m WHERE m.project_id = :project AND m.status = :ended "
        "AND m.end_date BETWEEN :start AND :end"
    )
    reason = "coalesce(r.name, 'ohne Grund')"
    reasons = connection.execute(
        text(
            f"SELECT {reason}, coalesce(r.counts_as_success, FALSE), count(*) "
            f"FROM (SELECT m.* {ended_in_period}) t LEFT JOIN exit_reason r "
            "ON r.id = t.end_reason_id GROUP BY 1, 2 ORDER BY count(*) DESC, "
            f"{in_code_point_order(connection.dialect.name, reason)}"
        ),
        values,
    ).all()
    successful = sum(int(n) for _, success, n in reasons if success)
    ended_count = int(ended or 0)
    overview = Table(
        "Tandems",
        ["Kennzahl", "Anzahl"],
        [
            ["begonnen im Zeitraum", int(started or 0)],
            ["beendet im Zeitraum", ended_count],
            ["davon erfolgreich (Grund zählt als Erfolg)", successful],
            ["Erfolgsquote (%)", round(100 * successful / ended_count, 1) if ended_count else ""],
        ],
        frozenset({1}),
    )
    by_reason = Table(
        "Tandems nach Endgrund",
        ["Endgrund", "Erfolg", "Tandems"],
        [[name, "ja" if success else "nein", int(n)] for name, success, n in reasons],
        frozenset({2}),
    )
    goals = connection.execute(
        text(
            f"SELECT g.goal, count(*), sum({as_int('g.reached')}), "
            f"sum({as_int('g.reached IS NULL')}) "
            f"FROM mentorship_goal g WHERE g.mentorship_id IN (SELECT m.id {ended_in_period}) "
            "GROUP BY g.goal ORDER BY count(*) DESC, "
            f"{in_code_point_order(connection.dialect.name, 'g.goal')}"
        ),
        values,
    ).all()
    by_goal = Table(
        "Tandemziele",
        ["Ziel", "vereinbart", "erreicht", "nicht erfragt", "erreicht (%)"],
        [
            [
                label_of(MENTORSHIP_GOAL, goal),
                int(agreed),
                int(reached or 0),
                int(open_ or 0),
                round(100 * int(reached or 0) / int(agreed), 1),
            ]
            for goal, agreed, reached, open_ in goals
        ],
        frozenset({1, 2, 3, 4}),
        notes=["Ziele der im Zeitraum beendeten Tandems."],
    )
    return [overview, by_reason, by_goal]
