"""Reading dates and amounts the way German users type them."""

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_AMOUNT = re.compile(r"^\d{1,9}([.,]\d{1,2})?$")


def parse_date(text: str) -> date:
    """``TT.MM.JJJJ`` or ``JJJJ-MM-TT``; raises ValueError for anything else or a non-date."""
    text = text.strip()
    if match := _GERMAN_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def parse_euro_cents(text: str) -> int:
    """ "15", "15,50" or "15.5" euro as integer cents; raises ValueError otherwise."""
    cleaned = text.strip().removesuffix("€").strip()
    if not _AMOUNT.match(cleaned):
        raise ValueError(text)
    try:
        amount = Decimal(cleaned.replace(",", "."))
    except InvalidOperation as error:
        raise ValueError(text) from error
    return int(amount * 100)


def format_euro(cents: int) -> str:
    """German notation: ``1.234,50 €``."""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    sign = "-" if cents < 0 else ""
    return f"{sign}{grouped},{rest:02d} €"


def format_date(value: date | datetime) -> str:
    return value.strftime("%d.%m.%Y")
