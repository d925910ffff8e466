"""The written mentoring agreement (Tandemvereinbarung) with goals and two signature lines."""

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.reports.a4 import write_a4
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.letterhead import Letterhead, letterhead_flowables
from app.reports.signatures import signature_lines

MARGIN = 20 * mm


@dataclass(frozen=True)
class AgreementData:
    organisation: Letterhead
    mentor: str
    mentee: str
    start: date
    rhythm: str
    goals: list[str]


def write_agreement_pdf(data: AgreementData, path: Path) -> None:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10.5, leading=14.5, shaping=1)
    title = ParagraphStyle(
        "title",
        parent=base,
        fontName=BOLD,
        fontSize=16,
        leading=21,
        textColor=colors.HexColor("#1d4f73"),
        spaceAfter=6,
    )
    heading = ParagraphStyle("heading", parent=base, fontName=BOLD, spaceBefore=8, spaceAfter=3)
    story: list[Flowable] = [
        *letterhead_flowables(data.organisation, base),
        Spacer(1, 6 * mm),
        Paragraph("Tandemvereinbarung", title),
        Spacer(1, 3 * mm),
        Paragraph(escape(f"zwischen {data.mentor} (Mentor*in) und {data.mentee} (Mentee)"), base),
        Paragraph(f"Beginn: {data.start:%d.%m.%Y} · Treffen: {escape(data.rhythm)}", base),
        Paragraph("Unsere Ziele", heading),
        *[Paragraph(f"• {escape(goal)}", base) for goal in data.goals],
        Paragraph("Wie wir zusammenarbeiten", heading),
        Paragraph(
            "Wir treffen uns regelmäßig und sagen ab, wenn etwas dazwischenkommt. Beide "
            "machen freiwillig mit; das Tandem kann jederzeit von beiden Seiten beendet "
            "werden. Persönliches bleibt unter uns. Bei Fragen helfen die Koordinator*innen "
            "des Vereins.",
            base,
        ),
    ]
    if data.organisation.privacy_contact:
        story += [
            Paragraph("Datenschutz", heading),
            Paragraph(
                escape(
                    "Fragen zum Umgang mit Ihren Daten beantwortet: "
                    + data.organisation.privacy_contact
                ),
                base,
            ),
        ]
    story.append(Spacer(1, 24 * mm))
    story.append(
        signature_lines(
            "Ort, Datum, Unterschrift Mentor*in",
            "Ort, Datum, Unterschrift Mentee",
            A4[0] - 2 * MARGIN,
        )
    )
    write_a4(path, story, f"Tandemvereinbarung {data.mentor} – {data.mentee}", MARGIN)
