"""Field checks shared by the use cases; each error names the field and what is allowed."""

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from app.domain import text_rules
from app.domain.catalogues import country_code, language_code, similar_countries, similar_languages
from app.domain.parsing import parse_date, parse_euro_cents
from app.services.errors import ValidationError
from app.services.i18n import translate

E = TypeVar("E", bound=StrEnum)

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
PROJECT_CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")


def required_text(field: str, label: str, value: str | None, max_length: int = 200) -> str:
    """The trimmed text, cleaned by ``domain/text_rules`` (fields allowing more than 200
    characters are the multi-line ones and keep their line breaks)."""
    text = text_rules.clean(value or "", multiline=max_length > text_rules.SINGLE_LINE_MAX)
    text = text.strip()
    if not text:
        raise ValidationError(
            field, translate("Errors", "{label}: this field is required.").format(label=label)
        )
    if len(text) > max_length:
        raise ValidationError(
            field,
            translate("Errors", "{label}: at most {n} characters are allowed.").format(
                label=label, n=max_length
            ),
        )
    position = text_rules.first_control_character(text)
    if position is not None:
        raise ValidationError(
            field,
            translate(
                "Errors",
                "{label}: character {position} is an invisible control character; "
                "please remove it (letters, digits, punctuation and line breaks are allowed).",
            ).format(label=label, position=position),
        )
    return text


def optional_text(field: str, label: str, value: str | None, max_length: int = 200) -> str | None:
    multiline = max_length > text_rules.SINGLE_LINE_MAX
    text = text_rules.clean(value or "", multiline).strip()
    if not text:
        return None
    return required_text(field, label, text, max_length)


def email(field: str, value: str | None) -> str | None:
    """An optional e-mail address: something@somewhere without spaces."""
    label = translate("Fields", "E-mail")
    text = optional_text(field, label, value)
    if text is not None and ("@" not in text or " " in text):
        raise ValidationError(
            field,
            translate("Errors", "{label}: '{value}' is not an e-mail address.").format(
                label=label, value=text
            ),
        )
    return text


def _did_you_mean(message: str, similar: list[str]) -> str:
    if not similar:
        return message
    return (
        message
        + " "
        + translate("Errors", "Did you mean {names}?").format(
            names=translate("Errors", " or ").join(similar)
        )
    )


def country_problem(value: str) -> str:
    """Why ``value`` is no country, with the nearest country names if there are any."""
    return _did_you_mean(
        translate(
            "Errors", "'{value}' is not a country; use its name or a code such as SY."
        ).format(value=value),
        similar_countries(value),
    )


def language_problem(value: str) -> str:
    """Why ``value`` is no language, with the nearest language names if there are any."""
    return _did_you_mean(
        translate(
            "Errors", "'{value}' is not a language; use its name or a code such as ar."
        ).format(value=value),
        similar_languages(value),
    )


def country(field: str, label: str, value: str | None) -> str | None:
    """The ISO code of an optional country typed by name (German or English) or code."""
    if not value or not value.strip():
        return None
    code = country_code(value)
    if code is None:
        raise ValidationError(field, f"{label}: {country_problem(value.strip())}")
    return code


def language(field: str, label: str, value: str | None) -> str | None:
    """The ISO code of an optional language typed by name (German or English) or code."""
    if not value or not value.strip():
        return None
    code = language_code(value)
    if code is None:
        raise ValidationError(field, f"{label}: {language_problem(value.strip())}")
    return code


def language_codes(field: str, label: str, texts: tuple[str, ...]) -> list[str]:
    """The ISO codes of languages typed by name or code, each once, in the typed order."""
    codes: list[str] = []
    for text in texts:
        code = language(field, label, text)
        if code and code not in codes:
            codes.append(code)
    return codes


def username(value: str | None) -> str:
    label = translate("Fields", "User name")
    name = required_text("username", label, value, 32).lower()
    if not USERNAME_PATTERN.match(name):
        raise ValidationError(
            "username",
            translate(
                "Errors",
                "{label}: '{value}' is not allowed. Use 2 to 32 letters a-z, digits, "
                "dot, hyphen or underscore, starting with a letter or digit.",
            ).format(label=label, value=value),
        )
    return name


def choice(field: str, label: str, value: str, enum_cls: type[E]) -> E:
    try:
        return enum_cls(value.strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in enum_cls)
        raise ValidationError(
            field,
            translate("Errors", "{label}: unknown value '{value}'. Allowed: {allowed}.").format(
                label=label, value=value, allowed=allowed
            ),
        ) from None


def date_text(field: str, label: str, value: str) -> date:
    try:
        return parse_date(value)
    except ValueError:
        raise ValidationError(
            field,
            translate(
                "Errors", "{label}: '{value}' is not a date. Use DD.MM.YYYY or YYYY-MM-DD."
            ).format(label=label, value=value),
        ) from None


def euro_text(field: str, label: str, value: str, maximum_cents: int) -> int:
    try:
        cents = parse_euro_cents(value)
    except ValueError:
        cents = -1
    if not 0 <= cents <= maximum_cents:
        raise ValidationError(
            field,
            translate(
                "Errors",
                "{label}: '{value}' is not an amount in euro between 0 and {maximum}, "
                "e.g. 15 or 15,50.",
            ).format(label=label, value=value, maximum=maximum_cents // 100),
        )
    return cents
