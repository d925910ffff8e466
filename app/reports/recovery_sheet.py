"""The Notfallschlüssel: the recovery key on one printable page.

It names the organisation and the date and carries the key, large and in groups, with
what to do with it; nothing else (no user names, no data). Written in German like the
other documents a club files on paper.
"""

from datetime import date
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.reports.a4 import write_a4
from app.reports.fonts import BOLD, REGULAR, register_fonts

MARGIN = 22 * mm


def write_recovery_sheet_pdf(organisation: str, recovery_key: str, day: date, path: Path) -> None:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10.5, leading=15, shaping=1)
    title = ParagraphStyle(
        "title",
        parent=base,
        fontName=BOLD,
        fontSize=20,
        leading=26,
        textColor=colors.HexColor("#1d4f73"),
        spaceAfter=4,
    )
    heading = ParagraphStyle("heading", parent=base, fontName=BOLD, spaceBefore=10, spaceAfter=3)
    groups = recovery_key.split("-")
    rows = [groups[: len(groups) // 2], groups[len(groups) // 2 :]]
    key_table = Table(rows, colWidths=[30 * mm] * len(rows[0]), rowHeights=[14 * mm] * 2)
    key_table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 17),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1d4f73")),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb7c9")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f5f9")),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph("Notfallschlüssel für Lotse", title),
        Paragraph(escape(organisation), base),
        Paragraph(f"Erstellt am {day:%d.%m.%Y}", base),
        Spacer(1, 8 * mm),
        key_table,
        Spacer(1, 8 * mm),
        Paragraph("Wofür ist dieser Schlüssel?", heading),
        Paragraph(
            "Die Daten in Lotse sind verschlüsselt. Ohne ein Passwort oder diesen "
            "Notfallschlüssel kann niemand sie lesen – auch nicht, wer den Laptop oder "
            "eine Sicherung findet. Hat keine Administratorin und kein Administrator mehr "
            "ein Passwort (vergessen, Person ausgeschieden), setzt dieser Schlüssel ein neues "
            "Administrator-Passwort: im Anmeldefenster unter „Passwort vergessen? "
            "Notfallschlüssel verwenden…“ oder mit dem Befehl <i>lotse recover</i>.",
            base,
        ),
        Paragraph("Wie bewahren wir ihn auf?", heading),
        Paragraph(
            "• Ausgedruckt und verschlossen aufbewahren, getrennt vom Laptop (z. B. im "
            "Vereinstresor oder beim Vorstand).<br/>"
            "• Nicht fotografieren, nicht per E-Mail oder Messenger verschicken, nicht auf "
            "dem Laptop speichern.<br/>"
            "• Wer diesen Schlüssel und eine Kopie der Daten hat, kann alles lesen. Ist er "
            "verloren gegangen oder gesehen worden, erstellt eine Administratorin oder ein "
            "Administrator in Lotse einen neuen; dieser hier gilt dann nicht mehr.",
            base,
        ),
    ]
    write_a4(path, story, "Notfallschlüssel für Lotse", MARGIN)
