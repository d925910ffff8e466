"""Country and language names in German, as clubs type and read them.

Codes are ISO 3166-1 alpha-2 (countries) and ISO 639-1 (languages). The
lists hold the countries and languages clubs meet most; any other valid
two-letter code is still accepted and shown as the code itself.
"""

import re

from app.domain.countries import STATELESS

COUNTRIES: dict[str, str] = {
    "AF": "Afghanistan", "EG": "Ägypten", "AL": "Albanien", "DZ": "Algerien",
    "AM": "Armenien", "AZ": "Aserbaidschan", "ET": "Äthiopien", "BD": "Bangladesch",
    "BY": "Belarus", "BE": "Belgien", "BA": "Bosnien und Herzegowina", "BR": "Brasilien",
    "BG": "Bulgarien", "CN": "China", "CI": "Côte d'Ivoire", "DK": "Dänemark",
    "DE": "Deutschland", "ER": "Eritrea", "EE": "Estland", "FI": "Finnland",
    "FR": "Frankreich", "GM": "Gambia", "GE": "Georgien", "GH": "Ghana",
    "GR": "Griechenland", "GN": "Guinea", "IN": "Indien", "ID": "Indonesien",
    "IQ": "Irak", "IR": "Iran", "IE": "Irland", "IT": "Italien", "JP": "Japan",
    "YE": "Jemen", "JO": "Jordanien", "CM": "Kamerun", "KZ": "Kasachstan",
    "KE": "Kenia", "KG": "Kirgisistan", "CO": "Kolumbien", "CD": "Kongo (Dem. Rep.)",
    "XK": "Kosovo", "HR": "Kroatien", "CU": "Kuba", "LV": "Lettland", "LB": "Libanon",
    "LY": "Libyen", "LT": "Litauen", "LU": "Luxemburg", "MA": "Marokko",
    "MK": "Nordmazedonien", "MX": "Mexiko", "MD": "Moldau", "MN": "Mongolei",
    "ME": "Montenegro", "NP": "Nepal", "NL": "Niederlande", "NG": "Nigeria",
    "AT": "Österreich", "PK": "Pakistan", "PS": "Palästinensische Gebiete",
    "PE": "Peru", "PH": "Philippinen", "PL": "Polen", "PT": "Portugal",
    "RO": "Rumänien", "RU": "Russland", "SA": "Saudi-Arabien", "SE": "Schweden",
    "CH": "Schweiz", "SN": "Senegal", "RS": "Serbien", "SL": "Sierra Leone",
    "SK": "Slowakei", "SI": "Slowenien", "SO": "Somalia", "ES": "Spanien",
    "LK": "Sri Lanka", "SD": "Sudan", "SS": "Südsudan", "SY": "Syrien",
    "TJ": "Tadschikistan", "TH": "Thailand", "TG": "Togo", "TN": "Tunesien",
    "TR": "Türkei", "TM": "Turkmenistan", "UG": "Uganda", "UA": "Ukraine",
    "HU": "Ungarn", "US": "Vereinigte Staaten", "GB": "Vereinigtes Königreich",
    "UZ": "Usbekistan", "VE": "Venezuela", "VN": "Vietnam", "CY": "Zypern",
    "CZ": "Tschechien", "MT": "Malta", STATELESS: "staatenlos",
}  # fmt: skip

LANGUAGES: dict[str, str] = {
    "ar": "Arabisch", "sq": "Albanisch", "am": "Amharisch", "hy": "Armenisch",
    "az": "Aserbaidschanisch", "bn": "Bengalisch", "bs": "Bosnisch", "bg": "Bulgarisch",
    "zh": "Chinesisch", "fa": "Persisch (Farsi/Dari)", "de": "Deutsch", "en": "Englisch",
    "fr": "Französisch", "ka": "Georgisch", "el": "Griechisch", "hi": "Hindi",
    "it": "Italienisch", "ku": "Kurdisch", "hr": "Kroatisch", "mk": "Mazedonisch",
    "ps": "Paschtu", "pl": "Polnisch", "pt": "Portugiesisch", "ro": "Rumänisch",
    "ru": "Russisch", "sr": "Serbisch", "so": "Somali", "es": "Spanisch",
    "sw": "Swahili", "ta": "Tamil", "ti": "Tigrinya", "tr": "Türkisch",
    "uk": "Ukrainisch", "hu": "Ungarisch", "ur": "Urdu", "vi": "Vietnamesisch",
}  # fmt: skip

_CODE = re.compile(r"^[A-Za-z]{2}$")


def country_name(code: str) -> str:
    return COUNTRIES.get(code.upper(), code.upper())


def language_name(code: str) -> str:
    return LANGUAGES.get(code.lower(), code.lower())


_COUNTRY_BY_NAME = {name.casefold(): code for code, name in COUNTRIES.items()}
_LANGUAGE_BY_NAME = {name.casefold(): code for code, name in LANGUAGES.items()}
_LANGUAGE_BY_NAME.update({name.split(" ")[0].casefold(): code for code, name in LANGUAGES.items()})


def country_code(text: str) -> str | None:
    """ISO code for a code or German name typed by a user; None if unknown."""
    cleaned = text.strip()
    found = _COUNTRY_BY_NAME.get(cleaned.casefold())
    if found is not None:
        return found
    return cleaned.upper() if _CODE.match(cleaned) else None


def language_code(text: str) -> str | None:
    cleaned = text.strip()
    found = _LANGUAGE_BY_NAME.get(cleaned.casefold())
    if found is not None:
        return found
    return cleaned.lower() if _CODE.match(cleaned) else None
