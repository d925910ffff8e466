"""The Unterschriftenliste of a course session, to sign, on the organisation's letterhead.
(The Teilnahmebescheinigung is a template per language: ``services/courses``.)"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from app.domain.formatting import format_hours, weekday_name
from app.reports.a4 import write_a4
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.letterhead import Letterhead, letterhead_flowables
from app.reports.signatures import signature_lines

MARGIN = 18 * mm


@dataclass(frozen=True)
class AttendanceListData:
    organisation: Letterhead
    course: str
    kind: str
    provider: str
    location: str
    day: date
    start: time
    minutes: int
    people: list[tuple[str, str]]  # (case number, "Last, First")
    # Enrolled people the writer may not name (other advisors' cases): counted only.
    not_listed: int = 0


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10.5, leading=14.5, shaping=1)
    title = ParagraphStyle(
        "title",
        parent=base,
        fontName=BOLD,
        fontSize=16,
        leading=21,
        textColor=colors.HexColor("#1d4f73"),
        spaceAfter=4,
    )
    strong = ParagraphStyle("strong", parent=base, fontName=BOLD)
    return base, title, strong


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def session_text(day: date, start: time, minutes: int) -> str:
    """ "Montag, 02.03.2026, 09:00–12:00 Uhr (3,00 Stunden)"."""
    end = (datetime.combine(day, start) + timedelta(minutes=minutes)).time()
    return (
        f"{weekday_name(day)}, {day:%d.%m.%Y}, {start:%H:%M}–{end:%H:%M} Uhr "
        f"({format_hours(minutes)} Stunden)"
    )


def write_attendance_list_pdf(data: AttendanceListData, path: Path) -> None:
    base, title, strong = _styles()
    width = A4[0] - 2 * MARGIN
    facts = [f"Kursart: {data.kind}"]
    if data.provider:
        facts.append(f"Träger: {data.provider}")
    if data.location:
        facts.append(f"Ort: {data.location}")
    story: list[Flowable] = [
        *letterhead_flowables(data.organisation, base),
        Spacer(1, 5 * mm),
        Paragraph("Unterschriftenliste", title),
        Paragraph(escape(data.course), strong),
        Paragraph(escape(" · ".join(facts)), base),
        Paragraph(escape("Termin: " + session_text(data.day, data.start, data.minutes)), base),
        Spacer(1, 5 * mm),
    ]
    cell = ParagraphStyle("cell", parent=base, fontSize=10, leading=12)
    rows: list[list[object]] = [["Nr.", "Name", "Fallnummer", "Unterschrift"]]
    rows += [
        [str(n), Paragraph(escape(name), cell), number, ""]
        for n, (number, name) in enumerate(data.people, start=1)
    ]
    table = LongTable(
        rows,
        colWidths=[11 * mm, 68 * mm, 27 * mm, width - 106 * mm],
        rowHeights=[8 * mm] + [11 * mm] * len(data.people),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4edf4")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a8a99")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    if not data.people and not data.not_listed:
        story.append(Paragraph("Noch niemand ist für diesen Kurs angemeldet.", base))
    if data.not_listed:
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                f"Weitere Teilnehmende ({data.not_listed}) aus Fällen anderer Berater*innen "
                "stehen nicht auf dieser Liste.",
                base,
            )
        )
    story += [
        Spacer(1, 16 * mm),
        signature_lines("Ort, Datum", "Unterschrift Kursleitung", width),
    ]
    write_a4(
        path,
        story,
        f"Unterschriftenliste {data.course} {data.day:%d.%m.%Y}",
        MARGIN,
        footer=f"Unterschriftenliste {_short(data.course)} · Termin {data.day:%d.%m.%Y}",
    )
