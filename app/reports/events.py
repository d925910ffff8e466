"""The events report of a period: information events, workshops and office hours with
who came, who was reached, in which languages, on which topics, with which partners,
and the volunteers' hours that made them happen.

Every figure is an aggregate of the period's events (no person is named): the list of
events, then totals by kind, partner organisation, language, topic and gender.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text

from app.domain.catalogues import language_name
from app.domain.enums import EventKind, HoursStatus
from app.domain.sheet_labels import EVENT_KIND, label_of
from app.reports.model import Base, CellFormat, Period, Report, Table
from app.storage.sql_dialect import in_code_point_order

NO_PARTNER = "ohne Partnerorganisation"
NOT_RECORDED = "ohne Angabe"
UNKNOWN = (NO_PARTNER, NOT_RECORDED)
LISTING_COLUMNS = [
    "Datum",
    "Art",
    "Titel",
    "Projekt",
    "Partnerorganisation",
    "Sprachen",
    "Themen",
    "Teilnehmende",
    "weitere erreicht",
    "Ehrenamtliche",
    "Ehrenamtsstunden",
]


def hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def events_report(
    connection: Connection,
    period: Period,
    project_ids: list[int],
    organisation: str,
    generated_by: str,
    now: datetime | None = None,
) -> Report:
    """``project_ids`` empty: every event of the period, with or without a project."""
    params: dict[str, Any] = {
        "start": period.start,
        "end": period.end,
        "approved": HoursStatus.APPROVED.value,
    }
    where = "e.date BETWEEN :start AND :end"
    chosen = "(" + ", ".join(str(int(i)) for i in project_ids) + ")"
    if project_ids:
        where += f" AND e.project_id IN {chosen}"

    def rows(sql: str) -> list[list[Any]]:
        return [list(r) for r in connection.execute(text(sql), params)]

    def in_order(expression: str) -> str:
        return in_code_point_order(connection.dialect.name, expression)

    # One pass over the period's events with their helpers' approved hours.
    events = rows(
        "SELECT e.id, e.date, e.kind, e.title, coalesce(p.code, ''), "
        "coalesce(trim(e.partner_organisation), ''), e.attendees_total, e.attendees_female, "
        "e.attendees_male, e.attendees_diverse, coalesce(e.people_reached, 0), "
        "(SELECT count(DISTINCT h.volunteer_id) FROM volunteer_hours h "
        " WHERE h.event_id = e.id AND h.status = :approved), "
        "(SELECT coalesce(sum(h.minutes), 0) FROM volunteer_hours h "
        " WHERE h.event_id = e.id AND h.status = :approved) "
        f"FROM event e LEFT JOIN project p ON p.id = e.project_id WHERE {where} "
        "ORDER BY e.date, e.id"
    )
    ids = [int(row[0]) for row in events]
    id_list = "(" + ", ".join(str(i) for i in ids) + ")" if ids else "(NULL)"
    languages: dict[int, list[str]] = {}
    for event_id, code in rows(
        f"SELECT event_id, language_code FROM event_language WHERE event_id IN {id_list} "
        f"ORDER BY event_id, {in_order('language_code')}"
    ):
        languages.setdefault(int(event_id), []).append(language_name(str(code)))
    topics: dict[int, list[str]] = {}
    for event_id, name in rows(
        "SELECT et.event_id, t.name FROM event_topic et JOIN topic t ON t.id = et.topic_id "
        f"WHERE et.event_id IN {id_list} "
        f"ORDER BY et.event_id, t.position, {in_order('t.name')}"
    ):
        topics.setdefault(int(event_id), []).append(str(name))

    def kind_label(code: str) -> str:
        return label_of(EVENT_KIND, EventKind(code))

    listing = [
        [
            date.fromisoformat(str(row[1])),
            kind_label(row[2]),
            row[3],
            row[4],
            row[5],
            ", ".join(languages.get(int(row[0]), [])),
            ", ".join(topics.get(int(row[0]), [])),
            row[6],
            row[10],
            row[11],
            hours(int(row[12])),
        ]
        for row in events
    ]
    attendees = sum(int(row[6]) for row in events)
    reached = sum(int(row[10]) for row in events)
    helper_minutes = sum(int(row[12]) for row in events)
    listing.append(
        ["Summe", "", f"{len(events)} Veranstaltungen", "", "", "", "", attendees, reached, "",
         hours(helper_minutes)]
    )  # fmt: skip

    def grouped(keys_of: Any) -> list[list[Any]]:
        """Events, attendees, people reached and helper hours per key (an event counts
        under each of its keys)."""
        totals: dict[str, list[int]] = {}
        for row in events:
            for key in keys_of(row):
                entry = totals.setdefault(key, [0, 0, 0, 0])
                entry[0] += 1
                entry[1] += int(row[6])
                entry[2] += int(row[10])
                entry[3] += int(row[12])
        # Most events first; what was not recorded closes the table.
        ordered = sorted(
            totals.items(),
            key=lambda item: (item[0] in UNKNOWN, -item[1][0], item[0].casefold()),
        )
        return [[key, n, came, more, hours(minutes)] for key, (n, came, more, minutes) in ordered]

    columns = ["", "Veranstaltungen", "Teilnehmende", "weitere erreicht", "Ehrenamtsstunden"]
    numbers = frozenset({1, 2, 3})
    by_kind = grouped(lambda row: [kind_label(row[2])])
    by_kind.append(["Summe", len(events), attendees, reached, hours(helper_minutes)])
    base = Base("Veranstaltungen", len(events))
    several = Base("Veranstaltungen", len(events), multiple=True)
    counted = [row for row in events if any(v is not None for v in (row[7], row[8], row[9]))]
    women = sum(int(row[7] or 0) for row in counted)
    men = sum(int(row[8] or 0) for row in counted)
    diverse = sum(int(row[9] or 0) for row in counted)
    by_gender = [
        ["Frauen", women],
        ["Männer", men],
        ["divers", diverse],
        [NOT_RECORDED, attendees - women - men - diverse],
        ["Summe", attendees],
    ]
    codes = (
        [
            str(r[0])
            for r in rows(
                f"SELECT code FROM project WHERE id IN {chosen} ORDER BY {in_order('code')}"
            )
        ]
        if project_ids
        else []
    )
    return Report(
        title="Veranstaltungsbericht",
        organisation=organisation,
        parameters=[
            ("Zeitraum", f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"),
            ("Projekte", ", ".join(codes) if codes else "alle Veranstaltungen"),
        ],
        tables=[
            Table(
                "Veranstaltungen",
                LISTING_COLUMNS,
                listing,
                number_columns=frozenset({7, 8, 9}),
                total_row=True,
                formats={10: CellFormat.HOURS},
                notes=[
                    "Weitere erreicht: Personen, die nicht kamen, aber über die Veranstaltung "
                    "erreicht wurden (z. B. über Messenger-Gruppen der Community), soweit "
                    "gezählt. Ehrenamtsstunden: freigegebene Stunden der Helfenden."
                ],
            ),
            Table(
                "Nach Art",
                ["Art", *columns[1:]],
                by_kind,
                number_columns=numbers,
                chart_column=2,
                base=base,
                total_row=True,
                formats={4: CellFormat.HOURS},
            ),
            Table(
                "Nach Partnerorganisation",
                ["Partnerorganisation", *columns[1:]],
                grouped(lambda row: [row[5] or NO_PARTNER]),
                number_columns=numbers,
                base=base,
                formats={4: CellFormat.HOURS},
            ),
            Table(
                "Nach Sprache",
                ["Sprache", *columns[1:]],
                grouped(lambda row: languages.get(int(row[0])) or [NOT_RECORDED]),
                number_columns=numbers,
                chart_column=2,
                base=several,
                formats={4: CellFormat.HOURS},
            ),
            Table(
                "Nach Thema",
                ["Thema", *columns[1:]],
                grouped(lambda row: topics.get(int(row[0])) or [NOT_RECORDED]),
                number_columns=numbers,
                base=several,
                formats={4: CellFormat.HOURS},
            ),
            Table(
                "Teilnehmende nach Geschlecht",
                ["Geschlecht", "Teilnehmende"],
                by_gender,
                number_columns=frozenset({1}),
                base=Base("Teilnehmende", attendees),
                total_row=True,
                notes=[
                    "Ohne Angabe: Teilnehmende von Veranstaltungen, bei denen nicht nach "
                    "Geschlecht gezählt wurde, und der Rest, wo die Zählung nicht aufging."
                ],
            ),
        ],
        generated_at=now or datetime.now(),
        generated_by=generated_by,
    )
