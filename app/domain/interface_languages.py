"""The languages Lotse's interface speaks, and which of them are written right to left.

German is the default; English is the source language of every text. Each language's
name is shown in that language, as CLDR spells it (Babel), so a user who cannot read
the current language still finds their own.
"""

from functools import cache

from babel import Locale

DEFAULT_LANGUAGE = "de"
INTERFACE_LANGUAGES = ("de", "en", "ar", "fa", "uk", "ru", "tr")


@cache
def _locale(code: str) -> Locale:
    return Locale.parse(code)


def is_right_to_left(code: str) -> bool:
    return _locale(code).text_direction == "rtl"


def own_name(code: str) -> str:
    """``"uk"`` → ``"Українська"``: the language's name in itself, capitalised."""
    name = _locale(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def interface_language(code: str | None) -> str | None:
    """The supported language for a code (``"de-AT"``, ``"uk_UA"`` → ``"de"``, ``"uk"``)."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].strip().lower()
    return base if base in INTERFACE_LANGUAGES else None


def cldr_locale(code: str) -> str:
    """The CLDR locale that formats dates and numbers for a language spoken in Germany:
    English in Germany writes "23 Nov 2026" and "1.234,50" (``en_DE``); the others have
    no German variant in CLDR and use their own."""
    return "en_DE" if code == "en" else code
