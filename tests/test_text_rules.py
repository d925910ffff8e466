"""The forms' text rule: line breaks unified, disguising characters removed, controls refused."""

import pytest

from app.domain.text_rules import clean, first_control_character
from app.services import validation
from app.services.errors import ValidationError


def test_words_manual_line_break_becomes_a_line_break_in_notes() -> None:
    note = validation.optional_text("note", "Note", "Erste Zeile\x0bzweite Zeile\r\ndritte", 20_000)
    assert note == "Erste Zeile\nzweite Zeile\ndritte"


def test_single_line_fields_get_spaces_instead_of_breaks() -> None:
    assert validation.required_text("city", "City", "Bad\x0bHersfeld\tOst") == "Bad Hersfeld Ost"


def test_bidi_overrides_and_zero_width_characters_are_removed() -> None:
    assert validation.required_text("first_name", "First name", "\u202eAy\u200blin\u2066", 100) == (
        "Aylin"
    )
    # The zero-width non-joiner is part of Persian words and stays between letters.
    assert clean("می\u200cخواهم", multiline=False) == "می\u200cخواهم"
    assert clean("\u200cAnna\u200d", multiline=False) == "Anna"


def test_a_text_of_only_invisible_characters_is_empty() -> None:
    assert validation.optional_text("phone", "Phone", "\u200b\u202e") is None


def test_other_control_characters_are_refused_with_their_position() -> None:
    with pytest.raises(ValidationError) as refused:
        validation.required_text("last_name", "Last name", "Ka\x07ya", 100)
    assert refused.value.message == (
        "Last name: character 3 is an invisible control character; please remove it "
        "(letters, digits, punctuation and line breaks are allowed)."
    )
    assert first_control_character("ok\n\tok") is None
