"""Property tests for the parsers and the search folding that all input passes through."""

from hypothesis import given
from hypothesis import strategies as st

from app.domain.parsing import parse_date, parse_euro_cents
from app.domain.search_text import fold


@given(st.text())
def test_parse_date_accepts_or_raises_value_error_only(text: str) -> None:
    try:
        parsed = parse_date(text)
    except ValueError:
        return
    assert parse_date(parsed.strftime("%d.%m.%Y")) == parsed
    assert parse_date(parsed.isoformat()) == parsed


@given(st.text())
def test_parse_euro_accepts_or_raises_value_error_only(text: str) -> None:
    try:
        cents = parse_euro_cents(text)
    except ValueError:
        return
    assert cents >= 0


@given(st.text())
def test_fold_is_idempotent_and_lower_case(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert fold(text.casefold()) == folded
