"""Writing a report as an A4 PDF: header with organisation and parameters, page numbers,
tables that break across pages with repeated headers, and bar charts where a table asks.
A table with an ``on_paper`` summary prints that summary instead of its rows (the ESF
participant list and data-quality list: the workbook and the preview carry them).

Text is set in the embedded DejaVu Sans; Arabic and Farsi names are shaped
(uharfbuzz) and set right to left (python-bidi) by reportlab.
"""

import io
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from app.domain.formatting import format_cell
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.model import Report, Table
from app.storage.atomic import replaced_when_complete

BLUE = colors.HexColor("#1d4f73")
LIGHT = colors.HexColor("#eef3f7")
WIDE_TABLE = 8  # more columns than this: landscape pages
PADDING = 3
CHUNK = 250
SMALLEST_FONT = 5.0
LONG_TEXT = 40  # values longer than this wrap in a column about this wide
CHART_ROWS = 24
CHART_FONT = 7
CHART_LABEL = 45
KEEP_WITH_HEADING = 30  # rows


def _styles() -> dict[str, ParagraphStyle]:
    # Shaping (harfbuzz) is only needed for complex scripts; Latin text skips its cost.
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=8.5, leading=10.5, shaping=0)
    return {
        "cell": base,
        "shaped": ParagraphStyle("shaped", parent=base, shaping=1),
        "number": ParagraphStyle("number", parent=base, alignment=2),
        # Header words are never split: the layout makes every column wide enough.
        "head": ParagraphStyle(
            "head", parent=base, fontName=BOLD, textColor=colors.white, splitLongWords=0
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=BLUE,
            spaceAfter=4,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=14,
            textColor=BLUE,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "meta": ParagraphStyle(
            "meta", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#555555")
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontSize=8, leading=10.5, textColor=colors.HexColor("#444444")
        ),
    }


def _complex_script(text: str) -> bool:
    """Hebrew, Arabic and later blocks need shaping and right-to-left ordering."""
    return any(ord(ch) >= 0x0590 for ch in text)


@dataclass(frozen=True)
class _Layout:
    """How a table fits the page: the font size, the column widths, and abbreviated headers
    (with their legend) when even the smallest font cannot keep every header word whole."""

    size: float
    widths: list[float]
    headers: list[str]
    legend: str | None


def _words(text: str) -> list[str]:
    return text.split() or [""]


def _layout(table: Table, width: float, largest: float) -> _Layout:
    """Headers wrap only between words, never inside one: the font shrinks until every
    header word fits its column, and only below the smallest size are headers numbered."""
    values = [[format_cell(row[i]) for row in table.rows[:300]] for i in range(len(table.columns))]
    size = largest
    while size >= SMALLEST_FONT:
        natural, minimal = [], []
        for title, column in zip(table.columns, values, strict=True):
            header = max(stringWidth(word, BOLD, size) for word in _words(title))
            short = [v for v in column if len(v) <= LONG_TEXT]
            widest = max((stringWidth(v, REGULAR, size) for v in short), default=0)
            if any(len(v) > LONG_TEXT for v in column):
                widest = max(widest, stringWidth("n" * LONG_TEXT, REGULAR, size))
            longest_word = max(
                (stringWidth(w, REGULAR, size) for v in column for w in _words(v)), default=0
            )
            natural.append(max(header, widest) + 2 * PADDING + 1)
            minimal.append(max(header, longest_word) + 2 * PADDING + 1)
        if sum(minimal) <= width:
            spare = width - sum(minimal)
            wanted = sum(n - m for n, m in zip(natural, minimal, strict=True))
            share = min(1.0, spare / wanted) if wanted else 0.0
            widths = [m + (n - m) * share for n, m in zip(natural, minimal, strict=True)]
            scale = width / sum(widths)
            return _Layout(size, [w * scale for w in widths], list(table.columns), None)
        size = round(size - 0.4, 1)
    numbers = [f"({index})" for index in range(1, len(table.columns) + 1)]
    legend = "Spalten: " + "; ".join(
        f"{number} {title}" for number, title in zip(numbers, table.columns, strict=True)
    )
    abbreviated = Table(table.title, numbers, table.rows, table.number_columns)
    layout = _layout(abbreviated, width, largest)
    return _Layout(layout.size, layout.widths, numbers, legend)


def _table(
    table: Table, width: float, styles: dict[str, ParagraphStyle]
) -> tuple[list[LongTable], str | None]:
    """The table in pieces of at most CHUNK rows, and the legend of numbered headers."""
    wide = len(table.columns) > WIDE_TABLE
    layout = _layout(table, width, 6.2 if wide else styles["cell"].fontSize)
    size = layout.size
    leading = round(size * 1.24, 1)
    styles = {
        key: ParagraphStyle(f"{key}-{size}", parent=style, fontSize=size, leading=leading)
        for key, style in styles.items()
    }
    widths = layout.widths
    head = [Paragraph(escape(c), styles["head"]) for c in layout.headers]
    # Cells are plain strings, wrapped here with simpleSplit, and row heights are measured
    # once: reportlab's Paragraph for every cell would take ten times as long for big lists.
    # Only complex scripts (Arabic, Farsi) become Paragraphs, to be shaped right to left.
    head_height = max(p.wrap(w - 2 * PADDING, 1000)[1] for p, w in zip(head, widths, strict=True))
    heights = [head_height + 4]
    body: list[list[object]] = []
    for row in table.rows:
        cells: list[object] = []
        height = leading + 4
        for index, value in enumerate(row):
            text = format_cell(value)
            room = widths[index] - 2 * PADDING
            if _complex_script(text):
                paragraph = Paragraph(escape(text), styles["shaped"])
                height = max(height, paragraph.wrap(room, 10_000)[1] + 4)
                cells.append(paragraph)
            elif len(text) > 8 and stringWidth(text, REGULAR, size) > room:
                lines = simpleSplit(text, REGULAR, size, room)
                height = max(height, len(lines) * leading + 4)
                cells.append("\n".join(lines))
            else:
                cells.append(text)
        body.append(cells)
        heights.append(height)
    # Splitting one huge table page by page copies its remaining rows each time; tables of
    # at most CHUNK rows (each repeating the header) keep long lists fast.
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d3dc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 1), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), leading),
        *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in table.number_columns],
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    pieces = []
    for first in range(0, max(len(body), 1), CHUNK):
        rows = body[first : first + CHUNK]
        piece = LongTable(
            [head, *rows],
            colWidths=widths,
            repeatRows=1,
            rowHeights=[heights[0], *heights[1 + first : 1 + first + len(rows)]],
        )
        style = list(commands)
        if table.total_row and first + CHUNK >= len(body) and rows:
            style += [
                ("FONTNAME", (0, -1), (-1, -1), BOLD),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, BLUE),
            ]
        piece.setStyle(TableStyle(style))
        pieces.append(piece)
    return pieces, layout.legend


def _chart(table: Table, width: float) -> Drawing | None:
    """Horizontal bars with the whole label beside each: nothing is cut off or rotated."""
    column = table.chart_column
    if column is None or not table.rows:
        return None
    rows = [r for r in table.rows if not (table.total_row and r is table.rows[-1])][:CHART_ROWS]
    if not rows:
        return None
    labels = [_chart_label(str(r[0])) for r in rows]
    label_width = max(stringWidth(text, REGULAR, CHART_FONT) for text in labels) + 6
    bar = 11
    drawing = Drawing(width, len(rows) * bar + 26)
    chart = HorizontalBarChart()
    chart.x = int(label_width)
    chart.y = 14
    chart.width = int(width - label_width - 20)
    chart.height = int(len(rows) * bar)
    # The first row on top, as in the table.
    chart.data = [[float(str(r[column] or 0)) for r in reversed(rows)]]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = CHART_FONT
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = CHART_FONT
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _chart_label(text: str) -> str:
    return text if len(text) <= CHART_LABEL else text[: CHART_LABEL - 1] + "…"


def write_pdf(report: Report, path: Path) -> None:
    register_fonts()
    styles = _styles()
    # A long per-person list prints as its summary (``Table.on_paper``).
    printed = [table.on_paper or table for table in report.tables]
    wide = any(len(t.columns) > WIDE_TABLE for t in printed)
    pagesize = landscape(A4) if wide else A4
    margin = 15 * mm
    document = SimpleDocTemplate(
        "",  # the file name is set at build: a temporary file beside ``path``
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=22 * mm,
        bottomMargin=16 * mm,
        title=report.title,
        author=report.organisation,
    )
    width = pagesize[0] - 2 * margin
    story: list[Any] = []
    if report.logo_png:
        story.append(
            Image(io.BytesIO(report.logo_png), width=30 * mm, height=15 * mm, kind="proportional")
        )
    story.append(Paragraph(escape(report.title), styles["title"]))
    organisation_style = "shaped" if _complex_script(report.organisation) else "meta"
    story.append(Paragraph(escape(report.organisation), styles[organisation_style]))
    meta = " · ".join(f"{label}: {value}" for label, value in report.parameters)
    created = f"erstellt am {report.generated_at:%d.%m.%Y %H:%M} von {report.generated_by}"
    story.append(Paragraph(escape(f"{meta} · {created}"), styles["meta"]))
    for table in printed:
        block: list[Any] = [Paragraph(escape(table.title), styles["h2"])]
        if table.base is not None:
            block.append(Paragraph(escape(table.base.text()), styles["note"]))
        chart = _chart(table, width)
        if chart is not None:
            block.append(chart)
        pieces, legend = _table(table, width, styles)
        if legend:  # numbered headers: the legend comes first, as the key to the table
            block.append(Paragraph(escape(legend), styles["note"]))
        if len(table.rows) <= KEEP_WITH_HEADING:
            # A short table moves with its heading rather than leave the heading alone.
            story.append(KeepTogether([*block, *pieces]))
        else:
            story.append(KeepTogether(block))
            story.extend(pieces)
        story.extend(Paragraph(escape(note), styles["note"]) for note in table.notes)
    if report.notes:
        story.append(
            KeepTogether(
                [
                    Paragraph("Hinweise", styles["h2"]),
                    *(Paragraph(escape(note), styles["note"]) for note in report.notes),
                ]
            )
        )
    story.append(Spacer(1, 4 * mm))
    header = f"{report.organisation} – {report.title}"
    with replaced_when_complete(path) as partial:
        document.filename = str(partial)
        document.build(story, canvasmaker=_numbered_canvas(header))


def _numbered_canvas(header: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Writes "Seite x von y": pages are kept until the total is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            page_width, page_height = self._pagesize  # type: ignore[attr-defined]
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(15 * mm, page_height - 12 * mm, header)
            self.drawRightString(
                page_width - 15 * mm,
                9 * mm,
                f"Seite {self._pageNumber} von {total}",  # type: ignore[attr-defined]
            )

    return NumberedCanvas
