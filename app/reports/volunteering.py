"""The volunteer report of a year: approved hours, their value, allowances against the caps."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text

from app.domain.allowances import cap_for_year
from app.domain.enums import AllowanceKind
from app.domain.sheet_labels import ACTIVITY, label_of
from app.reports.counselling import MONTHS
from app.reports.model import Report, Table

ALLOWANCE_NAMES = {
    "trainer_allowance": "Übungsleiterpauschale (§ 3 Nr. 26 EStG)",
    "volunteer_allowance": "Ehrenamtspauschale (§ 3 Nr. 26a EStG)",
    "expense_refund": "Auslagenersatz",
}


def euros(cents: int) -> float:
    return round(cents / 100, 2)


def volunteer_report(
    connection: Connection,
    year: int,
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    params = {"start": date(year, 1, 1), "end": date(year, 12, 31)}
    approved = "h.status = 'approved' AND h.date BETWEEN :start AND :end"

    def rows(sql: str) -> list[list[Any]]:
        return [list(r) for r in connection.execute(text(sql), params)]

    value = "coalesce(r.hourly_rate_cents, 0) * h.minutes / 60.0"
    per_volunteer = rows(
        f"SELECT v.number, v.first_name || ' ' || v.last_name, sum(h.minutes), sum({value}) "
        "FROM volunteer_hours h JOIN volunteer v ON v.id = h.volunteer_id "
        f"LEFT JOIN project r ON r.id = h.project_id WHERE {approved} "
        "GROUP BY v.id ORDER BY v.last_name, v.first_name"
    )
    by_volunteer = Table(
        "Stunden nach Ehrenamtlichen",
        ["Nummer", "Name", "Stunden", "Wert (EUR)"],
        [[n, name, round(m / 60, 2), round(float(w) / 100, 2)] for n, name, m, w in per_volunteer],
        frozenset({2, 3}),
    )
    per_project = rows(
        "SELECT coalesce(r.code, 'ohne Projekt'), sum(h.minutes), r.hourly_rate_cents, "
        f"sum({value}) FROM volunteer_hours h LEFT JOIN project r ON r.id = h.project_id "
        f"WHERE {approved} GROUP BY r.id ORDER BY 1"
    )
    by_project = Table(
        "Stunden nach Projekt",
        ["Projekt", "Stunden", "Stundensatz (EUR)", "Wert als Eigenleistung (EUR)"],
        [
            [
                code,
                round(m / 60, 2),
                euros(rate) if rate is not None else "",
                round(float(w) / 100, 2),
            ]
            for code, m, rate, w in per_project
        ],
        frozenset({1, 2, 3}),
    )
    by_activity = Table(
        "Stunden nach Tätigkeit",
        ["Tätigkeit", "Stunden"],
        [
            [label_of(ACTIVITY, a), round(m / 60, 2)]
            for a, m in rows(
                f"SELECT h.activity, sum(h.minutes) FROM volunteer_hours h WHERE {approved} "
                "GROUP BY h.activity ORDER BY sum(h.minutes) DESC"
            )
        ],
        frozenset({1}),
    )
    months = dict(
        (m, minutes)
        for m, minutes in rows(
            "SELECT strftime('%m', h.date), sum(h.minutes) FROM volunteer_hours h "
            f"WHERE {approved} "
            "GROUP BY 1"
        )
    )
    by_month = Table(
        "Stunden nach Monat",
        ["Monat", "Stunden"],
        [
            [MONTHS[index], round(int(months.get(f"{index + 1:02d}", 0)) / 60, 2)]
            for index in range(12)
        ],
        frozenset({1}),
    )
    caps = [
        (AllowanceKind(k), int(y), int(c))
        for k, y, c in connection.execute(
            text("SELECT kind, valid_from_year, cap_cents FROM allowance_cap")
        )
    ]
    allowance_rows = []
    for number, name, kind, paid in rows(
        "SELECT v.number, v.first_name || ' ' || v.last_name, a.kind, sum(a.amount_cents) "
        "FROM allowance_payment a JOIN volunteer v ON v.id = a.volunteer_id "
        "WHERE a.paid_on BETWEEN :start AND :end GROUP BY v.id, a.kind ORDER BY v.last_name"
    ):
        cap = cap_for_year(caps, AllowanceKind(str(kind)), year)
        exceeded = cap is not None and int(str(paid)) > cap
        allowance_rows.append(
            [
                number,
                name,
                ALLOWANCE_NAMES[str(kind)],
                euros(int(str(paid))),
                euros(cap) if cap is not None else "",
                "überschritten" if exceeded else "",
            ]
        )
    allowances = Table(
        "Aufwandsentschädigungen",
        ["Nummer", "Name", "Art", "Gezahlt (EUR)", "Jahresgrenze (EUR)", "Hinweis"],
        allowance_rows,
        frozenset({3, 4}),
    )
    counts = rows(
        "SELECT (SELECT count(DISTINCT h.volunteer_id) FROM volunteer_hours h WHERE "
        f"{approved}), (SELECT count(*) FROM volunteer WHERE status = 'active'), "
        "(SELECT count(*) FROM mentorship WHERE start_date <= :end AND "
        "(end_date IS NULL OR end_date >= :start))"
    )[0]
    total_minutes = sum(int(str(m)) for _, _, m, _ in per_volunteer)
    total_value = sum(float(str(w)) for _, _, _, w in per_volunteer)
    overview = Table(
        "Überblick",
        ["Kennzahl", "Wert"],
        [
            ["Ehrenamtliche mit Stunden", counts[0]],
            ["aktive Ehrenamtliche (heute)", counts[1]],
            ["Tandems im Jahr", counts[2]],
            ["freigegebene Stunden", round(total_minutes / 60, 2)],
            ["Wert als Eigenleistung (EUR)", round(total_value / 100, 2)],
        ],
        frozenset({1}),
    )
    return Report(
        title=f"Ehrenamtsbericht {year}",
        organisation=organisation,
        parameters=[("Jahr", str(year))],
        tables=[overview, by_volunteer, by_project, by_activity, by_month, allowances],
        generated_at=now or datetime.now(),
        generated_by=generated_by,
        notes=[
            "Nur freigegebene Stunden zählen.",
            "Wert = Stunden × Stundensatz des Projekts; Jahresgrenzen nach Jahr aus den "
            "hinterlegten Werten.",
        ],
    )
