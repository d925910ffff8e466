"""An A4 document of flowables, written atomically (agreements, timesheets, the
Notfallschlüssel): the same page and the same safe write for every letter-like PDF."""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.reports.fonts import REGULAR
from app.storage.atomic import replaced_when_complete


def write_a4(
    path: Path, story: list[Flowable], title: str, margin: float, footer: str | None = None
) -> None:
    """Lay out ``story`` on A4 pages with ``margin`` on every side; the file replaces
    ``path`` only when complete. ``footer`` (with "Seite n") goes under every page, so
    a sheet that comes loose still says what it belongs to."""

    def page_footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        if footer is None:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawString(margin, margin / 2, footer)
        canvas.drawRightString(A4[0] - margin, margin / 2, f"Seite {document.page}")
        canvas.restoreState()

    with replaced_when_complete(path) as partial:
        SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=title,
        ).build(story, onFirstPage=page_footer, onLaterPages=page_footer)
