"""Outcomes of a project: exits in a period by their situation and the qualification gained."""

from datetime import datetime

from sqlalchemy import Connection, text

from app.domain.sheet_labels import EXIT_STATUS, label_of
from app.reports.model import Period, Report, Table

POSITIVE = ("employed", "self_employed", "education_training")


def outcome_report(
    connection: Connection,
    project_id: int,
    period: Period,
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    params = {"project": project_id, "start": period.start, "end": period.end}
    code = connection.execute(text("SELECT code FROM project WHERE id = :project"), params).scalar()
    exits = "e.project_id = :project AND e.exit_date BETWEEN :start AND :end"
    by_status = [
        list(r)
        for r in connection.execute(
            text(
                "SELECT coalesce(e.exit_status, 'unknown'), count(*), "
                "sum(e.qualification_gained = 1) "
                f"FROM enrollment e WHERE {exits} GROUP BY 1 ORDER BY count(*) DESC"
            ),
            params,
        )
    ]
    total = sum(int(n) for _, n, _ in by_status)
    positive = int(
        connection.execute(
            text(
                f"SELECT count(*) FROM enrollment e WHERE {exits} AND (e.exit_status IN "
                "('employed', 'self_employed', 'education_training') OR e.qualification_gained = 1)"
            ),
            params,
        ).scalar_one()
    )
    share = round(100 * positive / total, 1) if total else 0.0
    table = Table(
        "Verbleib nach Austritt",
        ["Verbleib", "Austritte", "davon mit Qualifikation"],
        [[label_of(EXIT_STATUS, s), n, int(q or 0)] for s, n, q in by_status],
        frozenset({1, 2}),
    )
    summary = Table(
        "Überblick",
        ["Kennzahl", "Wert"],
        [
            ["Austritte im Zeitraum", total],
            ["davon positiver Verbleib", positive],
            ["Anteil positiver Verbleib (%)", share],
        ],
        frozenset({1}),
    )
    period_text = f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"
    return Report(
        title=f"Verbleib {code}",
        organisation=organisation,
        parameters=[("Projekt", str(code)), ("Zeitraum", period_text)],
        tables=[summary, table],
        generated_at=now or datetime.now(),
        generated_by=generated_by,
        notes=[
            "Positiver Verbleib: erwerbstätig, selbstständig, in Schule oder Ausbildung, "
            "oder eine Qualifikation erlangt."
        ],
    )
