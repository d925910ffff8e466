"""An A4 document of flowables, written atomically (agreements, timesheets, the
Notfallschlüssel): the same page and the same safe write for every letter-like PDF."""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.storage.atomic import replaced_when_complete


def write_a4(path: Path, story: list[Flowable], title: str, margin: float) -> None:
    """Lay out ``story`` on A4 pages with ``margin`` on every side; the file replaces
    ``path`` only when complete."""
    with replaced_when_complete(path) as partial:
        SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=title,
        ).build(story)
