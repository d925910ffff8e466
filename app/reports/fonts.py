"""The fonts PDFs embed: DejaVu Sans, shipped as package data in app/resources/fonts.

DejaVu Sans covers German, Turkish, Cyrillic and Arabic script, so the
names of a club's people print as they were typed. The fonts are found with
importlib.resources, so a wheel or a frozen build finds them as a checkout
does; ``LOTSE_FONTS_DIR`` points elsewhere (e.g. a distribution's own fonts).
"""

import os
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONTS_ENV = "LOTSE_FONTS_DIR"


def fonts_dir() -> Path:
    chosen = os.environ.get(FONTS_ENV)
    if chosen:
        return Path(chosen)
    return resources.path("fonts")


def _no_discretionary_ligatures() -> None:
    """reportlab shapes with "dlig" on, and DejaVu then prints "st" as a historic ligature
    (Beratungsſtatiſtik). German office documents use standard ligatures only."""
    from reportlab.pdfbase import ttfonts

    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None)
    if defaults and isinstance(defaults[0], dict):
        defaults[0]["dlig"] = False


def _marks_may_start_a_line() -> None:
    """reportlab (5.1.0) fails with an IndexError when a right-to-left line starts with a
    raised mark: the hamza of Persian "تأمین‌کنندهٔ" or an Arabic tanween at a word's end
    lands first on the reversed line, and ``setRise`` reads the last instruction of a
    text object that has none yet. With nothing before it, there is nothing to merge."""
    from reportlab.pdfgen.textobject import PDFTextObject

    original = PDFTextObject.setRise
    if getattr(original, "lotse_guarded", False):
        return

    def set_rise(self: PDFTextObject, rise: float) -> None:
        code: list[str] = self._code  # type: ignore[attr-defined]  # reportlab's own state
        if not code:
            code.append("")  # an empty instruction: the PDF reads the same
        original(self, rise)

    set_rise.lotse_guarded = True  # type: ignore[attr-defined]
    PDFTextObject.setRise = set_rise  # type: ignore[method-assign]


def register_fonts() -> None:
    _no_discretionary_ligatures()
    _marks_may_start_a_line()
    registered = pdfmetrics.getRegisteredFontNames()
    for name in (REGULAR, BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
