"""Turning one cell's text into a value of its column, or a message saying what is allowed."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from app.domain import text_rules
from app.domain.case_numbers import is_case_number
from app.domain.catalogues import country_code, language_code
from app.domain.parsing import parse_date
from app.services.i18n import translate
from app.services.spreadsheets.columns import Column, Kind
from app.services.validation import country_problem, language_problem

_WHOLE = re.compile(r"^[+-]?\d{1,9}$")
_DECIMAL = re.compile(r"^\d{1,3}([.,]\d{1,4})?$")
_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)(:00)?$")  # hours as 1:30 (or Excel's 01:30:00)
MAX_TEXT = 4000
# Several values in one cell; a semicolon or (for codes and names) a comma separates them.
_SEPARATORS = re.compile(r"[;,]")


class CellError(Exception):
    """What is wrong with the cell and what is allowed instead."""


def _parse_date(text: str) -> date:
    try:
        return parse_date(text[:10] if re.match(r"^\d{4}-\d{2}-\d{2} ", text) else text)
    except ValueError:
        raise CellError(
            translate(
                "Import",
                "'{value}' is not a date; allowed are DD.MM.YYYY, YYYY-MM-DD or an Excel date",
            ).format(value=text)
        ) from None


def _choice(column: Column, text: str) -> object:
    for label, value in column.choices.items():
        if label.casefold() == text.casefold():
            return value
    raise CellError(
        translate("Import", "'{value}' is not allowed; allowed: {allowed}").format(
            value=text, allowed=", ".join(column.choices)
        )
    )


def _several(text: str) -> list[str]:
    return [part.strip() for part in _SEPARATORS.split(text) if part.strip()]


def _hours(text: str) -> Decimal:
    """1,5 or 1.5 or 1:30 hours."""
    if clock := _CLOCK.match(text):
        return Decimal(int(clock.group(1))) + Decimal(int(clock.group(2))) / 60
    if not _DECIMAL.match(text):
        raise CellError(
            translate("Import", "'{value}' is not a number of hours such as 1,5 or 1:30").format(
                value=text
            )
        )
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise CellError(
            translate("Import", "'{value}' is not a number").format(value=text)
        ) from None


def _country(text: str) -> str:
    code = country_code(text)
    if code is None:
        raise CellError(country_problem(text))
    return code


def _language(text: str) -> str:
    code = language_code(text)
    if code is None:
        raise CellError(language_problem(text))
    return code


def parse_cell(column: Column, raw: str) -> tuple[object, str | None]:
    """The value of a non-empty cell and, where Lotse corrected the cell in an obvious way,
    what it did (for the preview); raises CellError."""
    text = raw.strip()
    if column.kind == Kind.POSTCODE and len(text) == 4 and text.isdigit():
        # Excel drops the leading zero of 01067 (Dresden) in a "General" cell.
        return "0" + text, translate(
            "Import", "{value} read as {postcode}: the leading zero was added"
        ).format(value=text, postcode="0" + text)
    return _value(column, raw), None


def _value(column: Column, raw: str) -> object:
    # The forms' rules (domain/text_rules): disguising characters removed, line breaks
    # unified, the field's length limit, no control characters.
    limit = column.max_length if column.kind in (Kind.TEXT, Kind.PHONE) else MAX_TEXT
    text = text_rules.clean(raw, multiline=limit > text_rules.SINGLE_LINE_MAX).strip()
    if len(text) > limit:
        raise CellError(
            translate("Import", "{count} characters; at most {n} are allowed").format(
                count=len(text), n=limit
            )
        )
    position = text_rules.first_control_character(text)
    if position is not None:
        raise CellError(
            translate(
                "Import", "character {position} is an invisible control character; remove it"
            ).format(position=position)
        )
    kind = column.kind
    if kind in (Kind.TEXT, Kind.PHONE):
        return text
    if kind == Kind.DATE:
        return _parse_date(text)
    if kind == Kind.WHOLE:
        if not _WHOLE.match(text):
            raise CellError(
                translate("Import", "'{value}' is not a whole number").format(value=text)
            )
        number = int(text)
        if (
            column.low is not None
            and column.high is not None
            and not column.low <= number <= column.high
        ):
            raise CellError(
                translate("Import", "{value} is outside {low} to {high}").format(
                    value=number, low=column.low, high=column.high
                )
            )
        return number
    if kind == Kind.HOURS:
        hours = _hours(text)
        minutes = hours * 60
        if not (Decimal("0.25") <= hours <= 10) or minutes % 15:
            raise CellError(
                translate(
                    "Import", "{value} hours: allowed are 0,25 to 10 in quarter hours"
                ).format(value=text)
            )
        return int(minutes)
    if kind == Kind.CHOICE:
        return _choice(column, text)
    if kind == Kind.COUNTRIES:
        return list(dict.fromkeys(_country(part) for part in _several(text)))
    if kind == Kind.COUNTRY:
        return _country(text)
    if kind == Kind.LANGUAGES:
        return list(dict.fromkeys(_language(part) for part in _several(text)))
    if kind == Kind.LANGUAGE:
        return _language(text)
    if kind == Kind.POSTCODE:
        if not (len(text) == 5 and text.isdigit()):
            raise CellError(
                translate("Import", "'{value}' is not a postcode; five digits are required").format(
                    value=text
                )
            )
        return text
    if kind == Kind.CASE_NUMBER:
        if not is_case_number(text):
            raise CellError(
                translate("Import", "'{value}' is not a case number such as 2026-0042").format(
                    value=text
                )
            )
        return text
    if kind == Kind.TOPICS:
        return _several(text)
    raise AssertionError(kind)
