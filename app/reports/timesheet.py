"""Stundennachweis: a volunteer's hours of a month or year on one PDF page (or more),
with totals, the in-kind value and signature lines for volunteer and coordinator."""

from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle
from sqlalchemy import Connection, text

from app.domain.enums import HoursStatus
from app.domain.formatting import format_euro, format_number
from app.domain.sheet_labels import ACTIVITY, label_of
from app.reports.a4 import write_a4
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.hour_values import COMPENSATED_PARAMETERS, COMPENSATED_SQL, load_hour_values
from app.reports.letterhead import Letterhead, letterhead_flowables
from app.reports.model import Period
from app.reports.signatures import signature_lines

MARGIN = 18 * mm


@dataclass(frozen=True)
class TimesheetEntry:
    day: date
    hours: float
    activity: str
    project: str
    value_cents: int  # 0 for hours an allowance compensates
    compensated: bool = False


@dataclass(frozen=True)
class Timesheet:
    organisation: Letterhead
    number: str
    name: str
    period: Period
    entries: list[TimesheetEntry]

    @property
    def total_hours(self) -> float:
        return sum(e.hours for e in self.entries)

    @property
    def total_value_cents(self) -> int:
        return sum(e.value_cents for e in self.entries)

    @property
    def compensated_hours(self) -> float:
        return sum(e.hours for e in self.entries if e.compensated)

    def statement(self) -> str:
        """Whether the hours were unpaid or compensated: what the signatures confirm."""
        paid = self.compensated_hours
        unpaid = self.total_hours - paid
        if not paid:
            return (
                "Die Angaben sind vollständig und richtig. Es handelt sich um unentgeltlich "
                "geleistete ehrenamtliche Tätigkeit; der Wert ist als unbare Eigenleistung "
                "angesetzt."
            )
        text = (
            "Die Angaben sind vollständig und richtig. "
            f"{format_number(paid, 2)} Stunden sind durch eine "
            "Aufwandsentschädigung abgegolten (mit * markiert): sie sind vergütet und keine "
            "unbare Eigenleistung, ihr Wert ist nicht angesetzt."
        )
        if unpaid:
            text += (
                f" Die übrigen {format_number(unpaid, 2)} Stunden wurden unentgeltlich "
                "geleistet und sind "
                "als unbare Eigenleistung bewertet."
            )
        return text


def timesheet(
    connection: Connection, volunteer_id: int, period: Period, organisation: Letterhead
) -> Timesheet:
    volunteer = connection.execute(
        text("SELECT number, first_name || ' ' || last_name FROM volunteer WHERE id = :id"),
        {"id": volunteer_id},
    ).one()
    rows = connection.execute(
        text(
            "SELECT h.date, h.minutes, h.activity, coalesce(r.code, ''), h.project_id, "
            f"{COMPENSATED_SQL} FROM volunteer_hours h "
            "LEFT JOIN project r ON r.id = h.project_id WHERE h.volunteer_id = :id "
            "AND h.status = :approved AND h.date BETWEEN :start AND :end ORDER BY h.date, h.id"
        ),
        {
            "id": volunteer_id,
            "start": period.start,
            "end": period.end,
            "approved": HoursStatus.APPROVED.value,
            **COMPENSATED_PARAMETERS,
        },
    ).all()
    values = load_hour_values(connection)
    entries = []
    for d, minutes, activity, project, project_id, compensated in rows:
        day = date.fromisoformat(str(d))
        value = 0 if compensated else values.value_cents(int(minutes), project_id, day.year)
        entries.append(
            TimesheetEntry(
                day, minutes / 60, label_of(ACTIVITY, activity), project, value, bool(compensated)
            )
        )
    return Timesheet(organisation, str(volunteer[0]), str(volunteer[1]), period, entries)


def write_timesheet_pdf(sheet: Timesheet, path: Path, now: datetime | None = None) -> None:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12, shaping=1)
    title = ParagraphStyle(
        "title",
        parent=base,
        fontName=BOLD,
        fontSize=15,
        leading=19,
        textColor=colors.HexColor("#1d4f73"),
    )
    story: list[Flowable] = [
        *letterhead_flowables(sheet.organisation, base),
        Spacer(1, 5 * mm),
        Paragraph("Stundennachweis Ehrenamt", title),
        Spacer(1, 3 * mm),
        Paragraph(escape(f"Ehrenamtliche/r: {sheet.name} ({sheet.number})"), base),
        Paragraph(f"Zeitraum: {sheet.period.start:%d.%m.%Y} – {sheet.period.end:%d.%m.%Y}", base),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[object]] = [["Datum", "Tätigkeit", "Projekt", "Stunden", "Wert"]]
    rows += [
        [
            e.day.strftime("%d.%m.%Y"),
            e.activity,
            e.project,
            format_number(e.hours, 2) + (" *" if e.compensated else ""),
            "vergütet" if e.compensated else format_euro(e.value_cents),
        ]
        for e in sheet.entries
    ]
    rows.append(
        ["Summe", "", "", format_number(sheet.total_hours, 2), format_euro(sheet.total_value_cents)]
    )
    table = LongTable(rows, colWidths=[28 * mm, 50 * mm, 40 * mm, 25 * mm, 32 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTNAME", (0, -1), (-1, -1), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d4f73")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("GRID", (0, 0), (-1, -2), 0.25, colors.HexColor("#c8d3dc")),
                ("ALIGN", (3, 0), (4, -1), "RIGHT"),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 8 * mm),
        Paragraph(escape(sheet.statement()), base),
        Spacer(1, 22 * mm),
    ]
    story.append(
        signature_lines(
            "Ort, Datum, Unterschrift Ehrenamtliche/r",
            "Ort, Datum, Unterschrift Koordination",
            A4[0] - 2 * MARGIN,
        )
    )
    created = (now or datetime.now()).strftime("%d.%m.%Y")
    story += [Spacer(1, 6 * mm), Paragraph(f"Erstellt am {created} mit Lotse.", base)]
    write_a4(path, story, f"Stundennachweis {sheet.name}", MARGIN)
