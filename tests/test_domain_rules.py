"""Pure domain rules: ages, search folding, countries, parsing, allowance caps."""

from datetime import date

import pytest

from app.domain.ages import age_on
from app.domain.allowances import cap_for_year
from app.domain.case_numbers import format_case_number, is_case_number
from app.domain.countries import STATELESS, is_third_country_national
from app.domain.enums import AllowanceKind
from app.domain.formatting import format_euro
from app.domain.parsing import parse_date, parse_euro_cents
from app.domain.search_text import fold, participant_search_key


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        (date(2008, 3, 15), date(2026, 3, 15), 18),  # birthday on the entry date counts
        (date(2008, 3, 16), date(2026, 3, 15), 17),
        (date(1996, 6, 1), date(2026, 5, 31), 29),
        (date(1996, 6, 1), date(2026, 6, 1), 30),
        (date(1971, 1, 1), date(2026, 1, 1), 55),
        (date(2004, 2, 29), date(2022, 2, 28), 17),  # not reached on 28 Feb ...
        (date(2004, 2, 29), date(2022, 3, 1), 18),  # ... but on 1 March in a non-leap year
        (date(2004, 2, 29), date(2024, 2, 29), 20),
    ],
)
def test_age_on_counts_whole_years_as_esf_rules_say(birth: date, on: date, expected: int) -> None:
    assert age_on(birth, on) == expected


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("muller", "Müller"),
        ("yilmaz", "Yılmaz"),
        ("sokolova", "Sokolová"),
        ("sokolova", "Соколова"),
        ("ozturk", "Öztürk"),
        ("strasse", "Straße"),
        ("ibrahim", "İbrahim"),
        ("sahin", "ŞAHİN"),
    ],
)
def test_fold_lets_people_find_names_as_they_type_them(typed: str, stored: str) -> None:
    assert fold(typed) in fold(stored)


def test_search_key_joins_folded_fields_and_skips_empty_ones() -> None:
    # The Latin names' consonants follow, for searches typed in Arabic script.
    assert (
        participant_search_key("Ayşe", "Yılmaz", "2026-0042", None) == "ayse yilmaz 2026-0042 ^ylmz"
    )


@pytest.mark.parametrize(
    ("nationalities", "expected"),
    [
        (["SY"], True),
        (["SY", "DE"], False),
        (["ua", "pl"], False),
        ([STATELESS], True),
        (["TR"], True),
        ([], None),
    ],
)
def test_third_country_nationals(nationalities: list[str], expected: bool | None) -> None:
    assert is_third_country_national(nationalities) is expected


def test_dates_in_german_and_iso_notation() -> None:
    assert parse_date("01.02.2026") == date(2026, 2, 1)
    assert parse_date(" 2026-02-01 ") == date(2026, 2, 1)
    assert parse_date("1.2.2026") == date(2026, 2, 1)
    for bad in ("31.02.2025", "2026/02/01", "", "heute", "01.13.2026"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_euro_amounts_become_integer_cents() -> None:
    assert parse_euro_cents("15") == 1500
    assert parse_euro_cents("12,82") == 1282
    assert parse_euro_cents("12.5 €") == 1250
    for bad in ("-1", "1,234", "abc", "", "1e3"):
        with pytest.raises(ValueError):
            parse_euro_cents(bad)
    assert format_euro(123450) == "1.234,50 €"
    assert format_euro(5) == "0,05 €"


def test_case_numbers() -> None:
    assert format_case_number(2026, 42) == "2026-0042"
    assert format_case_number(2026, 12345) == "2026-12345"
    assert is_case_number("2026-0042")
    assert not is_case_number("26-42")


def test_allowance_cap_is_picked_by_year_from_data() -> None:
    caps = [
        (AllowanceKind.VOLUNTEER_ALLOWANCE, 2021, 84_000),
        (AllowanceKind.VOLUNTEER_ALLOWANCE, 2026, 96_000),
    ]
    assert cap_for_year(caps, AllowanceKind.VOLUNTEER_ALLOWANCE, 2025) == 84_000
    assert cap_for_year(caps, AllowanceKind.VOLUNTEER_ALLOWANCE, 2026) == 96_000
    assert cap_for_year(caps, AllowanceKind.VOLUNTEER_ALLOWANCE, 2030) == 96_000
    assert cap_for_year(caps, AllowanceKind.VOLUNTEER_ALLOWANCE, 2020) is None
    assert cap_for_year(caps, AllowanceKind.EXPENSE_REFUND, 2026) is None


@pytest.mark.parametrize(
    ("typed", "past", "expected"),
    [
        ("31.12.2027", False, date(2027, 12, 31)),
        ("31.12.27", False, date(2027, 12, 31)),
        ("2027-12-31", False, date(2027, 12, 31)),
        ("1.5.85", False, date(1985, 5, 1)),
        ("31.12.", False, date(2026, 12, 31)),
        ("01.05.46", False, date(2046, 5, 1)),  # up to the end of 20 years ahead
        ("01.05.47", False, date(1947, 5, 1)),
        ("01.05.46", True, date(1946, 5, 1)),  # a birth date never lies ahead
        ("22.11.26", True, date(2026, 11, 22)),
    ],
)
def test_typed_dates_are_read_as_people_type_them(typed: str, past: bool, expected: date) -> None:
    from app.domain.parsing import parse_typed_date

    assert parse_typed_date(typed, date(2026, 11, 22), past) == expected


@pytest.mark.parametrize(
    "typed", ["31.02.2027", "29.02.27", "31.12", "12/31/2027", "morgen", "1.13.27"]
)
def test_a_typed_date_that_is_not_one_is_refused_never_shifted(typed: str) -> None:
    from app.domain.parsing import parse_typed_date

    with pytest.raises(ValueError):
        parse_typed_date(typed, date(2026, 11, 22))


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("15", 1500), ("15,50", 1550), ("15.5", 1550), ("1.234,50", 123450), ("1.234", 123400),
     ("1234,5", 123450), ("12.345.678,90", 1234567890), ("120,00 €", 12000)],
)  # fmt: skip
def test_amounts_are_read_with_or_without_thousands_points(typed: str, cents: int) -> None:
    assert parse_euro_cents(typed) == cents


@pytest.mark.parametrize("typed", ["1.2345", "1,234,50", "12,345", "-5", "zwölf", "1.23.456"])
def test_an_amount_that_is_ambiguous_or_no_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_euro_cents(typed)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234, None, "1.234"),
        (1234567, None, "1.234.567"),
        (1234.5, None, "1.234,50"),
        (12.25, 2, "12,25"),
        (0.125, 1, "0,1"),
        (-1234.5, 2, "-1.234,50"),
    ],
)
def test_numbers_are_written_the_german_way(
    value: int | float, decimals: int | None, expected: str
) -> None:
    from app.domain.formatting import format_number

    assert format_number(value, decimals) == expected


def test_report_cells_dates_and_hours_share_the_german_notation() -> None:
    from datetime import datetime

    from app.domain.formatting import format_cell, format_hours

    assert format_cell(None) == "" and format_cell("WIR") == "WIR"
    assert format_cell(date(2026, 3, 1)) == "01.03.2026"
    assert format_cell(datetime(2026, 3, 1, 9, 5)) == "01.03.2026 09:05"
    assert format_cell(7335) == "7.335" and format_cell(1234.5) == "1.234,50"
    assert format_hours(90) == "1,50" and format_hours(-75) == "-1,25"
