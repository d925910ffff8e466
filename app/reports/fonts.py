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


def register_fonts() -> None:
    _no_discretionary_ligatures()
    registered = pdfmetrics.getRegisteredFontNames()
    for name in (REGULAR, BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
