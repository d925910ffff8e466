"""Reading dates and amounts the way German users type them."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
# What people type into a date field: 31.12.2027, 31.12.27, 31.12. (this year), 2027-12-31.
_TYPED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$")
# A two-digit year means the nearest century that lies no more than this far ahead.
TWO_DIGIT_YEAR_AHEAD = 20
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_AMOUNT = re.compile(r"^\d{1,9}([.,]\d{1,2})?$")
_GROUPED_AMOUNT = re.compile(r"^\d{1,3}(\.\d{3}){1,2}(,\d{1,2})?$")


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


def parse_typed_date(text: str, today: date, past: bool = False) -> date:
    """A date as typed into a form: everything ``parse_date`` reads, plus a two-digit
    year (``31.12.27``) and a missing year (``31.12.``, this year).

    A two-digit year is taken in this century unless that lies beyond the end of
    the year ``TWO_DIGIT_YEAR_AHEAD`` years ahead — or, with ``past`` (a birth
    date), beyond today — then in the last one. Raises ValueError for anything
    else, including impossible dates such as 31.02.: a date is never shifted.
    """
    text = text.strip()
    match = _TYPED_DATE.match(text)
    if match is None:
        return parse_date(text)
    day, month = int(match.group(1)), int(match.group(2))
    year_text = match.group(3)
    if year_text is None:
        return date(today.year, month, day)
    if len(year_text) == 4:
        return date(int(year_text), month, day)
    century = today.year // 100 * 100
    candidate = date(century + int(year_text), month, day)
    limit = today if past else date(today.year + TWO_DIGIT_YEAR_AHEAD, 12, 31)
    if candidate > limit:
        candidate = date(century - 100 + int(year_text), month, day)
    return candidate


def parse_euro_cents(text: str) -> int:
    """ "15", "15,50", "15.5" or with thousands points "1.234,50" euro as integer cents;
    raises ValueError otherwise. A point before exactly three digits groups thousands
    ("1.234" is 1234 €), before one or two it is the decimal point ("15.50")."""
    cleaned = text.strip().removesuffix("€").strip()
    if _GROUPED_AMOUNT.match(cleaned):
        cleaned = cleaned.replace(".", "")
    elif not _AMOUNT.match(cleaned):
        raise ValueError(text)
    try:
        amount = Decimal(cleaned.replace(",", "."))
    except InvalidOperation as error:
        raise ValueError(text) from error
    return int(amount * 100)
