"""Case numbers (Fallnummern) such as ``2026-0042``: year and a counter."""

import re

CASE_NUMBER_PATTERN = re.compile(r"^(\d{4})-(\d{4,})$")


def format_case_number(year: int, counter: int) -> str:
    return f"{year:04d}-{counter:04d}"


def is_case_number(text: str) -> bool:
    return CASE_NUMBER_PATTERN.match(text) is not None


def sequence_name(year: int) -> str:
    """Name of the number sequence that hands out a year's case numbers."""
    return f"case_number:{year:04d}"


VOLUNTEER_SEQUENCE = "volunteer_number"


def format_volunteer_number(counter: int) -> str:
    return f"E-{counter:04d}"
