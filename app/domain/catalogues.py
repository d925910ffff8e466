"""Country and language names from the Unicode CLDR (through Babel), as clubs type and
read them.

Codes are ISO 3166-1 alpha-2 (countries, plus ``XK`` Kosovo and ``XX`` stateless)
and ISO 639-1 (languages). Names are shown in the interface language (German by
default); what a user types is understood in German or English, as a code, or
under a common other name ("Dari", "Farsi", "USA"). Anything else is refused,
with the nearest names offered ("did you mean …").
"""

import difflib
from functools import cache

from babel import Locale

from app.domain.countries import STATELESS
from app.domain.interface_languages import INTERFACE_LANGUAGES
from app.domain.search_text import fold

# Reports, exports and documents for offices name countries in German; the interface
# passes its own language.
DEFAULT_LOCALE = "de"
# The languages whose names a user may type: those of the interface, German and English
# first (a name two languages share means what it means in German).
INPUT_LOCALES = INTERFACE_LANGUAGES

# CLDR territories that are no country a person comes from or holds.
_NOT_COUNTRIES = {"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"}
# CLDR has no name for "no nationality".
_STATELESS_NAMES = {
    "de": "staatenlos", "en": "stateless", "ar": "عديم الجنسية", "fa": "بی‌تابعیت",
    "uk": "без громадянства", "ru": "без гражданства", "tr": "vatansız",
}  # fmt: skip

# Other names people use. Farsi and Dari are one language (Persian, fa); Sorani and
# Kurmanji are both recorded as Kurdish (ku): ISO 639-1 has no finer codes.
_LANGUAGE_ALIASES = {
    "farsi": "fa", "dari": "fa", "persisch (farsi/dari)": "fa", "sorani": "ku",
    "kurmanci": "ku", "kurmandschi": "ku", "kurmanji": "ku", "zentralkurdisch": "ku",
    "pashto": "ps", "paschto": "ps", "tigrinisch": "ti", "tigrinja": "ti",
}  # fmt: skip
_COUNTRY_ALIASES = {
    "usa": "US", "vereinigte staaten von amerika": "US", "uk": "GB", "england": "GB",
    "grossbritannien": "GB", "turkey": "TR", "turkiye": "TR", "palastina": "PS",
    "palastinensische gebiete": "PS", "mazedonien": "MK", "moldawien": "MD", "moldau": "MD",
    "elfenbeinkuste": "CI", "cote d'ivoire": "CI", "weissrussland": "BY", "burma": "MM",
    "tschechische republik": "CZ", "kongo (dem. rep.)": "CD", "demokratische republik kongo": "CD",
    "kongo (republik)": "CG", "sudsudan": "SS", "staatenlos": STATELESS, "stateless": STATELESS,
}  # fmt: skip


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


@cache
def countries(language: str = DEFAULT_LOCALE) -> dict[str, str]:
    """Code → country name in ``language``, sorted by name."""
    names = {
        code: name
        for code, name in _locale(language).territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    names[STATELESS] = _STATELESS_NAMES.get(language, _STATELESS_NAMES["en"])
    return dict(sorted(names.items(), key=lambda item: fold(item[1])))


@cache
def languages(language: str = DEFAULT_LOCALE) -> dict[str, str]:
    """Code → language name in ``language`` (ISO 639-1 codes only), sorted by name."""
    names = {
        code: name
        for code, name in _locale(language).languages.items()
        if len(code) == 2 and code.isalpha()
    }
    return dict(sorted(names.items(), key=lambda item: fold(item[1])))


def country_name(code: str, language: str = DEFAULT_LOCALE) -> str:
    return countries(language).get(code.upper(), code.upper())


def language_name(code: str, language: str = DEFAULT_LOCALE) -> str:
    return languages(language).get(code.lower(), code.lower())


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _key(text: str) -> str:
    return fold(text.strip())


def _keys(name: str) -> set[str]:
    """A name's keys: folded, and with umlauts written out ("Tuerkei" for "Türkei")."""
    return {_key(name), _key(name.translate(_UMLAUTS))}


@cache
def _country_index() -> dict[str, str]:
    index = {_key(code): code for code in countries()}
    for language in reversed(INPUT_LOCALES):  # German last: its meaning wins
        for code, name in countries(language).items():
            index.update(dict.fromkeys(_keys(name), code))
    index.update({_key(alias): code for alias, code in _COUNTRY_ALIASES.items()})
    return index


@cache
def _language_index() -> dict[str, str]:
    index = {_key(code): code for code in languages()}
    for language in reversed(INPUT_LOCALES):  # German last: its meaning wins
        for code, name in languages(language).items():
            index.update(dict.fromkeys(_keys(name), code))
    # CLDR's names of regional variants: "Dari" is fa_AF, "Zentralkurdisch" ckb.
    for language in INPUT_LOCALES:
        for code, name in _locale(language).languages.items():
            base = code.split("_")[0]
            if base in index.values() and _key(name) not in index:
                index[_key(name)] = base
    index.update({_key(alias): code for alias, code in _LANGUAGE_ALIASES.items()})
    return index


def country_code(text: str) -> str | None:
    """The ISO code of a country typed as a code or a German or English name; None if
    there is no such country."""
    return _country_index().get(_key(text))


def language_code(text: str) -> str | None:
    """The ISO 639-1 code of a language typed as a code or a German or English name;
    None if there is no such language."""
    return _language_index().get(_key(text))


def _suggest(text: str, index: dict[str, str], names: dict[str, str]) -> list[str]:
    matches = difflib.get_close_matches(_key(text), list(index), n=6, cutoff=0.75)
    return list(dict.fromkeys(names[index[match]] for match in matches if index[match] in names))[
        :3
    ]


def similar_countries(text: str) -> list[str]:
    """Up to three country names (in German) close to a mistyped ``text``."""
    return _suggest(text, _country_index(), countries())


def similar_languages(text: str) -> list[str]:
    """Up to three language names (in German) close to a mistyped ``text``."""
    return _suggest(text, _language_index(), languages())


def country_search_terms(code: str) -> str:
    """Everything a country is found by in a completer: names, code and other names."""
    return _search_terms(code, _country_index())


def language_search_terms(code: str) -> str:
    """Everything a language is found by in a completer: names, code and other names."""
    return _search_terms(code, _language_index())


def _search_terms(code: str, index: dict[str, str]) -> str:
    return " ".join(key for key, target in index.items() if target == code)
