"""Every option of every list reads right in German: distinct within its list and
translated in the list's own context, never borrowed from another list."""

import xml.etree.ElementTree as ET
from collections import defaultdict
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain import enums, sheet_labels
from app.ui.labels import _PAIRS, label, label_context

TS_FILE = Path(__file__).resolve().parents[2] / "translations" / "lotse_de.ts"

LISTS: dict[type[StrEnum], list[StrEnum]] = defaultdict(list)
for member, _source in _PAIRS:
    LISTS[type(member)].append(member)


def _finished_messages() -> set[tuple[str, str]]:
    finished = set()
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                finished.add((name, message.findtext("source") or ""))
    return finished


def test_every_member_of_a_labelled_list_has_a_label() -> None:
    for members, labelled in LISTS.items():
        assert set(labelled) == set(members), members.__name__


@pytest.mark.parametrize("members", sorted(LISTS, key=lambda cls: cls.__name__))
def test_german_labels_are_distinct_within_their_list(
    qapp: QApplication, members: type[StrEnum]
) -> None:
    shown = [label(member) for member in members]
    assert len(set(shown)) == len(shown), shown
    assert all(text and text != member.value for text, member in zip(shown, members, strict=True))


def test_each_list_is_translated_in_its_own_context() -> None:
    """A shared context gave residence status, activity and "found us via" one German
    word for "other"; each list now has its own, and every label is translated there."""
    finished = _finished_messages()
    for member, source in _PAIRS:
        assert (label_context(type(member)), source) in finished, (member, source)


def test_the_same_english_word_may_read_differently_per_list(qapp: QApplication) -> None:
    assert label(enums.ResidenceStatus.OTHER) == "sonstiger Aufenthaltsstatus"
    assert label(enums.ReferralSource.OTHER) == "sonstiger Zugang"
    assert label(enums.ResidenceStatus.UNKNOWN) != label(enums.ExitStatus.UNKNOWN)
    assert "Ziel" not in label(enums.ResidenceStatus.OTHER)


def test_a_qualification_of_none_names_no_country() -> None:
    from app.domain.enums import has_qualification

    assert not has_qualification(enums.VocationalQualification.NONE)
    assert not has_qualification(enums.SchoolQualification.UNKNOWN)
    assert not has_qualification(None)
    assert has_qualification(enums.VocationalQualification.BACHELOR)


SHEET_LISTS = {
    name: value
    for name, value in vars(sheet_labels).items()
    if name.isupper() and isinstance(value, dict) and name != "QUESTIONS"
}


@pytest.mark.parametrize("name", sorted(SHEET_LISTS))
def test_spreadsheet_labels_are_distinct_within_their_list(name: str) -> None:
    labels = list(SHEET_LISTS[name])
    codes = list(SHEET_LISTS[name].values())
    assert len({text.casefold() for text in labels}) == len(labels), name
    assert len(set(codes)) == len(codes), f"{name}: two labels for one code"
