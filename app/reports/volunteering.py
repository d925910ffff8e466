"""The volunteer report of a period: approved hours, their value, allowances against the caps.

Hours are valued with their project's value for the hour's year (a period may
span years: 2025 hours at 12,82 €, 2026 hours at 13,90 € by default). Hours an
allowance compensates are paid work: counted, but not valued as an unpaid
in-kind contribution. Allowances are summed per volunteer, kind and year against
that year's tax-free cap, with what the volunteer declared to have received from
other clubs; the part above the cap is taxable.
"""

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from app.domain.allowances import cap_for_year, taxable_part
from app.domain.enums import AllowanceKind, HoursStatus, MentorshipStatus, VolunteerStatus
from app.domain.formatting import format_number, month_name
from app.domain.sheet_labels import ACTIVITY, ALLOWANCE_KIND, label_of
from app.reports.hour_values import COMPENSATED_PARAMETERS, COMPENSATED_SQL, load_hour_values
from app.reports.model import CellFormat, Period, Report, Table
from app.storage.sql_dialect import in_code_point_order, year_month_of, year_of


def euros(cents: int) -> float:
    return round(cents / 100, 2)


def hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def volunteer_report(
    connection: Connection,
    period: Period,
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
    per_person: bool = True,
) -> Report:
    """``per_person`` False: hours and allowances without names (for roles that may not
    see what a volunteer was paid); the other sheets are the same."""
    params: dict[str, Any] = {
        "start": period.start,
        "end": period.end,
        "approved": HoursStatus.APPROVED.value,
        "active": VolunteerStatus.ACTIVE.value,
        "proposed": MentorshipStatus.PROPOSED.value,
        **COMPENSATED_PARAMETERS,
    }
    approved = "h.status = :approved AND h.date BETWEEN :start AND :end"
    dialect = connection.dialect.name

    def rows(sql: str) -> list[list[Any]]:
        return [list(r) for r in connection.execute(text(sql), params)]

    values = load_hour_values(connection)
    # Minutes per volunteer, project and year, paid (compensated) or not: the finest
    # grain the value needs; everything else adds these up (in this order, which decides
    # the order of volunteers with the same last name).
    grains = rows(
        f"SELECT h.volunteer_id, h.project_id, {year_of(dialect, 'h.date')}, "
        f"{COMPENSATED_SQL}, sum(h.minutes) FROM volunteer_hours h WHERE {approved} "
        "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2 NULLS FIRST, 3, 4"
    )
    people = {
        int(r[0]): (str(r[1]), str(r[2]))
        for r in rows("SELECT id, number, first_name || ' ' || last_name FROM volunteer")
    }
    projects = {int(r[0]): str(r[1]) for r in rows("SELECT id, code FROM project")}
    per_volunteer: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_project: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0])
    rates: dict[int | None, set[int]] = defaultdict(set)
    for volunteer_id, project_id, year, compensated, minutes in grains:
        value = 0 if compensated else values.value_cents(int(minutes), project_id, int(year))
        for totals in (per_volunteer[int(volunteer_id)], per_project[project_id]):
            totals[0] += int(minutes)
            totals[1] += int(minutes) if compensated else 0
            totals[2] += value
        rate = values.cents_per_hour(project_id, int(year))
        if rate is not None:
            rates[project_id].add(rate)
    by_volunteer = Table(
        "Stunden nach Ehrenamtlichen",
        ["Nummer", "Name", "Stunden", "davon vergütet", "Wert unentgeltlicher Stunden (EUR)"],
        [
            [*people[v], hours(m), hours(paid), euros(cents)]
            for v, (m, paid, cents) in sorted(
                per_volunteer.items(), key=lambda item: people[item[0]][1].split()[-1]
            )
        ],
        frozenset({2, 3, 4}),
        formats={2: CellFormat.HOURS, 3: CellFormat.HOURS, 4: CellFormat.MONEY},
    )
    by_project = Table(
        "Stunden nach Projekt",
        [
            "Projekt",
            "Stunden",
            "davon vergütet",
            "unentgeltliche Stunden",
            "Stundenwert (EUR)",
            "Wert als Eigenleistung (EUR)",
        ],
        [
            [
                projects.get(project_id, "ohne Projekt") if project_id else "ohne Projekt",
                hours(m),
                hours(paid),
                hours(m - paid),
                " / ".join(format_number(r / 100, 2) for r in sorted(rates[project_id])),
                euros(cents),
            ]
            for project_id, (m, paid, cents) in sorted(
                per_project.items(), key=lambda item: projects.get(item[0] or 0, "")
            )
        ],
        frozenset({1, 2, 3, 4, 5}),
        formats={i: CellFormat.HOURS for i in (1, 2, 3)} | {5: CellFormat.MONEY},
        notes=[
            "Stundenwert des Jahres der Stunde: eigener Wert des Projekts für das Jahr, sonst "
            "sein pauschaler Wert, sonst der gesetzliche Mindestlohn; mehrere Werte bei "
            "Zeiträumen über mehrere Jahre."
        ],
    )
    by_activity = Table(
        "Stunden nach Tätigkeit",
        ["Tätigkeit", "Stunden"],
        [
            [label_of(ACTIVITY, a), hours(int(m))]
            for a, m in rows(
                f"SELECT h.activity, sum(h.minutes) FROM volunteer_hours h WHERE {approved} "
                "GROUP BY h.activity "
                f"ORDER BY sum(h.minutes) DESC, {in_code_point_order(dialect, 'h.activity')}"
            )
        ],
        frozenset({1}),
        formats={1: CellFormat.HOURS},
    )
    by_month = Table(
        "Stunden nach Monat",
        ["Monat", "Stunden"],
        [
            [f"{month_name(int(m[5:7]))} {m[:4]}", hours(int(minutes))]
            for m, minutes in rows(
                f"SELECT {year_month_of(dialect, 'h.date')}, sum(h.minutes) FROM volunteer_hours h "
                f"WHERE {approved} GROUP BY 1 ORDER BY 1"
            )
        ],
        frozenset({1}),
        chart_column=1,
        formats={1: CellFormat.HOURS},
    )
    allowances = _allowances(connection, params, people, per_person)
    counts = rows(
        "SELECT (SELECT count(DISTINCT h.volunteer_id) FROM volunteer_hours h WHERE "
        f"{approved}), (SELECT count(*) FROM volunteer WHERE status = :active), "
        "(SELECT count(*) FROM mentorship WHERE start_date <= :end AND "
        "(end_date IS NULL OR end_date >= :start) AND status != :proposed)"
    )[0]
    total = [sum(t[i] for t in per_volunteer.values()) for i in range(3)]
    overview = Table(
        "Überblick",
        ["Kennzahl", "Wert"],
        [
            ["Ehrenamtliche mit Stunden", counts[0]],
            ["aktive Ehrenamtliche (heute)", counts[1]],
            ["Tandems im Zeitraum", counts[2]],
            ["freigegebene Stunden", hours(total[0])],
            ["davon durch Aufwandsentschädigung vergütet", hours(total[1])],
            ["unentgeltlich geleistete Stunden", hours(total[0] - total[1])],
            ["Wert als Eigenleistung (EUR)", euros(total[2])],
            ["gezahlte Aufwandsentschädigungen (EUR)", euros(allowances.paid_cents)],
            ["davon steuerpflichtig (EUR)", euros(allowances.taxable_cents)],
        ],
        frozenset({1}),
    )
    single_year = period.start.year == period.end.year
    period_text = f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"
    label = str(period.start.year) if _whole_year(period) else period_text
    notes = [
        "Nur freigegebene Stunden zählen.",
        "Wert als Eigenleistung = unentgeltliche Stunden × Stundenwert ihres Jahres. Stunden an "
        "Tagen, die eine Aufwandsentschädigung abgilt, sind vergütet und keine unbare "
        "Eigenleistung (sie werden nie doppelt gezählt).",
        "Jahresgrenzen je Jahr aus den hinterlegten Werten; erklärte Zahlungen anderer Vereine "
        "zählen mit; der Betrag über der Grenze ist steuerpflichtig.",
    ]
    if allowances.without_period:
        notes.append(
            f"{allowances.without_period} Zahlung(en) ohne Einsatzzeitraum: die abgegoltenen "
            "Stunden sind nicht bekannt und wurden als unentgeltlich bewertet."
        )
    return Report(
        title=f"Ehrenamtsbericht {label}",
        organisation=organisation,
        parameters=[("Jahr" if single_year and _whole_year(period) else "Zeitraum", label)],
        tables=[
            overview,
            *([by_volunteer] if per_person else []),
            by_project,
            by_activity,
            by_month,
            allowances.table,
        ],
        generated_at=now or datetime.now(),
        generated_by=generated_by,
        notes=notes,
    )


def _whole_year(period: Period) -> bool:
    return (
        period.start.year == period.end.year
        and (period.start.month, period.start.day) == (1, 1)
        and (period.end.month, period.end.day) == (12, 31)
    )


class _Allowances:
    def __init__(self, table: Table, paid: int, taxable: int, without_period: int) -> None:
        self.table = table
        self.paid_cents = paid
        self.taxable_cents = taxable
        self.without_period = without_period


def _allowances(
    connection: Connection,
    params: dict[str, Any],
    people: dict[int, tuple[str, str]],
    per_person: bool = True,
) -> _Allowances:
    """Payments per volunteer, kind and year, against the cap with the declarations."""
    caps = [
        (AllowanceKind(k), int(y), int(c))
        for k, y, c in connection.execute(
            text("SELECT kind, valid_from_year, cap_cents FROM allowance_cap")
        )
    ]
    declared = {
        (int(v), str(k), int(y)): int(c)
        for v, k, y, c in connection.execute(
            text("SELECT volunteer_id, kind, year, other_clubs_cents FROM allowance_declaration")
        )
    }
    payments = connection.execute(
        text(
            "SELECT volunteer_id, kind, paid_on, amount_cents, covers_from FROM allowance_payment "
            "WHERE paid_on BETWEEN :start AND :end ORDER BY paid_on, id"
        ),
        params,
    ).all()
    # Everything paid earlier in the same year counts against the cap, also before the period.
    paid_year = year_of(connection.dialect.name, "paid_on")
    earlier = {
        (int(v), str(k), int(y)): int(c)
        for v, k, y, c in connection.execute(
            text(
                f"SELECT volunteer_id, kind, {paid_year}, sum(amount_cents) "
                "FROM allowance_payment WHERE paid_on < :start "
                f"AND {paid_year} = :start_year GROUP BY 1, 2, 3"
            ),
            {**params, "start_year": params["start"].year},
        )
    }
    sums: dict[tuple[int, str, int], list[int]] = {}
    without_period = 0
    for volunteer_id, kind, paid_on, amount, covers_from in payments:
        year = int(str(paid_on)[:4])
        key = (int(volunteer_id), str(kind), year)
        cap = cap_for_year(caps, AllowanceKind(str(kind)), year)
        received = declared.get(key, 0) + earlier.get(key, 0)
        entry = sums.setdefault(key, [0, 0])
        entry[1] += taxable_part(cap, received + entry[0], int(amount))
        entry[0] += int(amount)
        if covers_from is None and str(kind) != AllowanceKind.EXPENSE_REFUND.value:
            without_period += 1
    rows: list[list[object]] = []
    for (volunteer_id, kind, year), (paid, taxable) in sorted(
        sums.items(), key=lambda item: (people[item[0][0]][1].split()[-1], item[0][2])
    ):
        cap = cap_for_year(caps, AllowanceKind(kind), year)
        rows.append(
            [
                *people[volunteer_id],
                label_of(ALLOWANCE_KIND, AllowanceKind(kind)),
                str(year),
                euros(paid),
                euros(declared.get((volunteer_id, kind, year), 0)),
                euros(cap) if cap is not None else "",
                euros(taxable),
            ]
        )
    if not per_person:
        return _Allowances(
            _allowance_totals(sums),
            sum(paid for paid, _ in sums.values()),
            sum(taxable for _, taxable in sums.values()),
            without_period,
        )
    table = Table(
        "Aufwandsentschädigungen",
        [
            "Nummer",
            "Name",
            "Art",
            "Jahr",
            "Gezahlt (EUR)",
            "von anderen Vereinen erklärt (EUR)",
            "Jahresgrenze (EUR)",
            "steuerpflichtig (EUR)",
        ],
        rows,
        frozenset({4, 5, 6, 7}),
        formats={i: CellFormat.MONEY for i in (4, 5, 6, 7)},
    )
    return _Allowances(
        table,
        sum(paid for paid, _ in sums.values()),
        sum(taxable for _, taxable in sums.values()),
        without_period,
    )


def _allowance_totals(sums: dict[tuple[int, str, int], list[int]]) -> Table:
    """Allowances per kind and year without names: how many volunteers, paid, taxable."""
    totals: dict[tuple[str, int], list[int]] = {}
    for (_volunteer, kind, year), (paid, taxable) in sums.items():
        entry = totals.setdefault((kind, year), [0, 0, 0])
        entry[0] += 1
        entry[1] += paid
        entry[2] += taxable
    return Table(
        "Aufwandsentschädigungen",
        ["Art", "Jahr", "Ehrenamtliche", "Gezahlt (EUR)", "steuerpflichtig (EUR)"],
        [
            [
                label_of(ALLOWANCE_KIND, AllowanceKind(kind)),
                str(year),
                n,
                euros(paid),
                euros(taxable),
            ]
            for (kind, year), (n, paid, taxable) in sorted(totals.items())
        ],
        frozenset({2, 3, 4}),
        notes=[
            "Ohne Namen: Zahlungen je Person sehen nur Rollen, die Aufwandsentschädigungen "
            "verwalten."
        ],
        formats={3: CellFormat.MONEY, 4: CellFormat.MONEY},
    )
