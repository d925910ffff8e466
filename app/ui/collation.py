"""Names in the order a reader of the interface language expects: Qt's QCollator for the
current locale (ICU in Qt's own builds), so Farsi puts پ after ب, Turkish ç after c and
Ukrainian є after е.

Lists the database sorts (the case list, up to 50,000 rows, a page at a time) cannot ask
Qt for every comparison: they keep SQLite's order of the stored names, the same for every
language (Latin letters first, then Cyrillic, then Arabic script). Lists held in memory
(countries, languages and the like) go through here.
"""

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

Item = TypeVar("Item")


def reading_order(items: Iterable[Item], text: Callable[[Item], str]) -> list[Item]:
    """``items`` sorted by ``text`` as the interface language collates (case and accents
    second, digits by value)."""
    collator = QCollator(QLocale())
    collator.setNumericMode(True)
    return sorted(items, key=lambda item: collator.sortKey(text(item)))


def names_in_reading_order(names: dict[str, str]) -> dict[str, str]:
    """A code → name catalogue (countries, languages) in reading order of its names."""
    return dict(reading_order(names.items(), lambda item: item[1]))
