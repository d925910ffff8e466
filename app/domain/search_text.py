"""Folding text for search, so that people find names as they type them.

"muller" finds "Müller", "yilmaz" finds "Yılmaz", "sokolova" finds
"Sokolová", and a Latin spelling finds a Cyrillic one ("sokolova" finds
"Соколова") because Cyrillic is transliterated as well.
"""

import unicodedata

# Letters that do not decompose into base letter + combining mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ß": "ss",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
    }
)

# Ukrainian/Russian transliteration close to how people type names in Latin letters.
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
        "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ё": "e",
        "ы": "y", "э": "e", "ъ": "",
    }
)  # fmt: skip


def _fold_once(text: str) -> str:
    compatible = unicodedata.normalize("NFKD", text)  # "ℌ" -> "H", "ﬁ" -> "fi"
    lowered = compatible.casefold().translate(_SPECIAL).translate(_CYRILLIC)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower-case, accent-free, transliterated form of ``text`` for matching.

    Folding twice gives the same result, so stored keys and typed search terms
    always meet in the same form.
    """
    return _fold_once(_fold_once(text))


def search_key(*parts: str | None) -> str:
    """The text stored with a record for instant search over several fields."""
    return " ".join(fold(part) for part in parts if part)
