"""Recognition counselling (Anerkennungsberatung): procedures started and decided, their
results by occupation area (KldB 2010) and by the country of the qualification, and how
long authorities took from application to decision.

Counting rules (also on the report's Hinweise sheet):

- A procedure counts as *started* in the period when its application date lies in it,
  as *ended* when its decision date does (a withdrawal's date is its decision date).
  Procedures without these dates are in no period.
- *Open* at the period's end: applied by then and neither decided by then nor with a
  result whose date is unknown.
- The *duration* is the number of days from application to decision (``duration_days``,
  the one definition), for the decisions of the period with both dates; withdrawals are
  no decision and are left out. Median and average in days, rounded to one decimal.
- Occupation area: the first digit of the KldB code; procedures without a code form a
  row of their own.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from app.domain.catalogues import country_name
from app.domain.enums import Answer, RecognitionResult
from app.domain.occupations import KLDB_AREAS
from app.domain.search_text import fold
from app.reports.model import Base, Period, Report, Table
from app.storage.sql_dialect import as_int, days_between

STARTED = "r.applied_on BETWEEN :start AND :end"
ENDED = "r.decided_on BETWEEN :start AND :end"
OPEN_AT_END = (
    "r.applied_on <= :end AND (r.decided_on > :end OR (r.decided_on IS NULL AND r.result IS NULL))"
)
RESULTS: tuple[tuple[str, RecognitionResult], ...] = (
    ("volle Gleichwertigkeit", RecognitionResult.FULL_EQUIVALENCE),
    ("teilweise Gleichwertigkeit", RecognitionResult.PARTIAL_EQUIVALENCE),
    ("abgelehnt", RecognitionResult.REJECTED),
    ("zurückgezogen", RecognitionResult.WITHDRAWN),
)
NO_CODE = "ohne KldB-Code"
NO_COUNTRY = "ohne Angabe"
TOTAL = "Summe"
# Columns of the breakdowns: started in the period, ended in it, and each result.
BREAKDOWN_COLUMNS = ["begonnen", "entschieden", *(name for name, _ in RESULTS)]
DURATION_COLUMNS = [
    "Bescheide mit Antrags- und Bescheiddatum",
    "Median (Tage)",
    "Mittelwert (Tage)",
]


def _params(period: Period) -> dict[str, Any]:
    params: dict[str, Any] = {"start": period.start, "end": period.end}
    params.update({f"result_{i}": code.value for i, (_, code) in enumerate(RESULTS)})
    params.update(yes=Answer.YES.value, no=Answer.NO.value)
    return params


def duration_days(dialect: str) -> str:
    """Days from application to decision of a procedure ``r``: the one definition."""
    return days_between(dialect, "r.decided_on", "r.applied_on")


def _count(condition: str) -> str:
    """How many procedures ``r`` meet ``condition`` (0 when there are none)."""
    return f"coalesce(sum({as_int(condition)}), 0)"


def _breakdown_sums() -> str:
    """The columns of ``BREAKDOWN_COLUMNS`` as sums over procedures ``r``."""
    conditions = [STARTED, ENDED]
    conditions += [f"{ENDED} AND r.result = :result_{i}" for i in range(len(RESULTS))]
    return ", ".join(_count(condition) for condition in conditions)


def _breakdown(
    connection: Connection,
    params: dict[str, Any],
    title: str,
    first: str,
    key: str,
    name: Callable[[Any], str],
    missing: str,
    base: Base,
) -> Table:
    rows = connection.execute(
        text(
            f"SELECT {key} AS k, {_breakdown_sums()} FROM recognition_procedure r "
            f"WHERE {STARTED} OR {ENDED} GROUP BY k"
        ),
        params,
    ).all()
    # By name (a country's, an area's number and title); the row without a value last.
    body: list[list[object]] = sorted(
        ([name(row[0]), *(int(v) for v in row[1:])] for row in rows if row[0] is not None),
        key=lambda row: fold(str(row[0])),
    )
    body += [[missing, *(int(v) for v in row[1:])] for row in rows if row[0] is None]
    width = len(BREAKDOWN_COLUMNS)
    total: list[object] = [TOTAL, *(sum(int(row[i]) for row in rows) for i in range(1, width + 1))]
    return Table(
        title,
        [first, *BREAKDOWN_COLUMNS],
        [*body, total],
        frozenset(range(1, width + 1)),
        chart_column=2,
        base=base,
        total_row=True,
    )


def _durations(connection: Connection, params: dict[str, Any]) -> Table:
    groups: list[tuple[str, str]] = [("alle Entscheidungen", "1 = 1")]
    groups += [(name, f"r.result = :result_{i}") for i, (name, _) in enumerate(RESULTS[:3])]
    groups += [
        ("reglementierte Berufe", "r.regulated = :yes"),
        ("nicht reglementierte Berufe", "r.regulated = :no"),
    ]
    rows: list[list[object]] = []
    for name, condition in groups:
        decided = (
            f"SELECT {duration_days(connection.dialect.name)} AS days "
            f"FROM recognition_procedure r WHERE {ENDED} "
            f"AND r.applied_on IS NOT NULL AND r.result <> :result_3 AND ({condition})"
        )
        count, average, median = connection.execute(
            text(
                f"WITH x AS ({decided}), "
                "ranked AS (SELECT days, row_number() OVER (ORDER BY days) AS n, "
                "count(*) OVER () AS c FROM x) "
                "SELECT (SELECT count(*) FROM x), (SELECT avg(days) FROM x), "
                "(SELECT avg(days) FROM ranked WHERE n IN ((c + 1) / 2, (c + 2) / 2))"
            ),
            params,
        ).one()
        rows.append(
            [
                name,
                int(count),
                round(float(median), 1) if median is not None else "",
                round(float(average), 1) if average is not None else "",
            ]
        )
    return Table(
        "Dauer bis zur Entscheidung",
        ["Verfahren", *DURATION_COLUMNS],
        rows,
        frozenset({1, 2, 3}),
        notes=[
            "Tage vom Antrag bis zum Bescheid, für die Bescheide im Zeitraum mit beiden "
            "Daten; zurückgezogene Anträge sind keine Entscheidung und fehlen hier."
        ],
    )


def recognition_report(
    connection: Connection,
    period: Period,
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    params = _params(period)
    result_sums = ", ".join(
        _count(f"{ENDED} AND r.result = :result_{i}") for i in range(len(RESULTS))
    )
    figures = connection.execute(
        text(
            f"SELECT {_count(STARTED)}, {_count(f'{STARTED} AND r.regulated = :yes')}, "
            f"{_count(ENDED)}, {result_sums}, {_count(OPEN_AT_END)}, "
            f"{_count('r.adaptation_from BETWEEN :start AND :end')}, "
            f"{_count('r.adaptation_to BETWEEN :start AND :end AND r.adaptation_completed')}, "
            f"count(DISTINCT CASE WHEN {STARTED} OR {ENDED} THEN r.participant_id END) "
            "FROM recognition_procedure r"
        ),
        params,
    ).one()
    started, regulated, ended = (int(v) for v in figures[:3])
    by_result = [int(v) for v in figures[3 : 3 + len(RESULTS)]]
    open_at_end, adaptation_started, adaptation_completed, people = (
        int(v) for v in figures[3 + len(RESULTS) :]
    )
    overview = Table(
        "Überblick",
        ["Kennzahl", "Anzahl"],
        [
            ["Verfahren begonnen (Antrag im Zeitraum)", started],
            ["davon reglementierte Berufe", regulated],
            ["Verfahren entschieden oder zurückgezogen (Datum im Zeitraum)", ended],
            *[[f"davon {name}", n] for (name, _), n in zip(RESULTS, by_result, strict=True)],
            ["offene Verfahren am Ende des Zeitraums", open_at_end],
            ["Anpassungsqualifizierungen begonnen", adaptation_started],
            ["Anpassungsqualifizierungen abgeschlossen", adaptation_completed],
            ["Personen mit begonnenen oder entschiedenen Verfahren", people],
        ],
        frozenset({1}),
    )
    base = Base(
        "Verfahren mit Antrag oder Entscheidung im Zeitraum", _in_period(connection, params)
    )
    by_area = _breakdown(
        connection,
        params,
        "Nach Berufsbereich",
        "Berufsbereich (KldB 2010)",
        "substr(r.kldb_code, 1, 1)",
        lambda digit: f"{digit} {KLDB_AREAS[str(digit)]}",
        NO_CODE,
        base,
    )
    by_country = _breakdown(
        connection,
        params,
        "Nach Land des Abschlusses",
        "Land des Abschlusses",
        "r.qualification_country",
        lambda code: country_name(str(code)),
        NO_COUNTRY,
        base,
    )
    tables = [overview, by_area, by_country, _durations(connection, params)]
    return Report(
        title="Anerkennungsberatung",
        organisation=organisation,
        parameters=[("Zeitraum", f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}")],
        tables=tables,
        generated_at=now or datetime.now(),
        generated_by=generated_by,
        notes=[
            "Begonnen: Antragsdatum im Zeitraum; entschieden: Datum des Bescheids (oder der "
            "Rücknahme) im Zeitraum. Verfahren ohne diese Daten zählen in keinem Zeitraum.",
            "Offen: bis zum Ende des Zeitraums beantragt und bis dahin nicht entschieden.",
            "Berufsbereich: erste Ziffer des KldB-2010-Codes des Referenzberufs.",
        ],
    )


def _in_period(connection: Connection, params: dict[str, Any]) -> int:
    return int(
        connection.execute(
            text(f"SELECT count(*) FROM recognition_procedure r WHERE {STARTED} OR {ENDED}"),
            params,
        ).scalar_one()
    )
