"""Folding text for search, so that people find names as they type them.

One module decides what a record's search key holds and how a typed search is read;
every path that writes a key (forms, imports, demo, merge) and every search calls it.

- "muller" and "mueller" find "Müller", "oeztuerk" finds "Öztürk", "yilmaz" finds
  "Yılmaz", "sokolova" finds "Sokolová";
- Latin spellings find names in other scripts: Cyrillic through our passport-style table
  ("serhii" finds "Сергій") and through anyascii ("sergey"/"sergej" find "Сергей",
  "natalja" finds "Наталья"); "j" and "y" count as the same letter, as they do between
  German and English spellings of the same name ("Jusuf", "Yusuf");
- Arabic and Persian script writes no short vowels, so a name in it also keeps its
  consonant skeleton, and a typed Latin name ("mohammed", "ahmad") is compared by its
  own skeleton ("mhmd", "hmd");
- the other way round, a name in Latin letters also keeps its skeleton under its own
  mark, which only a search typed in Arabic script reads: "يوسف" finds "Yusuf", "أمل"
  finds "Amal" (Latin searches keep matching Latin names letter by letter).
"""

import functools
import unicodedata
from dataclasses import dataclass

from anyascii import anyascii

# Bump when the key's content changes: stored keys are then recomputed on the next open
# (services/search_keys.py), so old records stay findable.
SEARCH_KEY_VERSION = 3

# Marks a consonant skeleton in a stored key; never part of a folded word.
SKELETON_MARK = "~"
# Marks the skeleton of a name written in Latin letters (read by Arabic-script searches).
LATIN_SKELETON_MARK = "^"
# A typed word is compared by its skeleton only when that has this many letters, so
# that "ali" does not match every Arabic name with an "l".
MIN_SKELETON = 2

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

# Ukrainian/Russian transliteration close to how the passport spells names in Latin.
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

# German spelling of umlauts without the dots, as people type them on foreign keyboards.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

# What anyascii writes for letters without a Latin equivalent (hamza, ayin): dropped.
_MARKS = str.maketrans("", "", "'`\"")

_VOWELS = frozenset("aeiou")


def _fold_once(text: str) -> str:
    # Cyrillic first, on composed letters: decomposed, "й" would be "и" + breve -> "y".
    cyrillic = unicodedata.normalize("NFC", text).casefold().translate(_CYRILLIC)
    compatible = unicodedata.normalize("NFKD", cyrillic)  # "ℌ" -> "H", "ﬁ" -> "fi"
    lowered = compatible.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower-case, accent-free, transliterated form of ``text`` for matching.

    Folding twice gives the same result, so stored keys and typed search terms
    always meet in the same form.
    """
    return _fold_once(_fold_once(text))


def _loose(word: str) -> str:
    """``word`` folded, with "j" read as "y" and transliteration marks dropped."""
    return fold(word).translate(_MARKS).replace("j", "y")


def skeleton(word: str) -> str:
    """The consonants of a Latin word as Arabic script would write them: no vowels, no
    inner "w"/"y" (long vowels there), doubled letters once: "mohammed" -> "mhmd"."""
    letters = [ch for ch in _loose(word) if ch.isalpha()]
    kept = [
        ch
        for index, ch in enumerate(letters)
        if ch not in _VOWELS and (index == 0 or ch not in "wy")
    ]
    return "".join(ch for index, ch in enumerate(kept) if index == 0 or kept[index - 1] != ch)


def _writes_no_vowels(word: str) -> bool:
    return any(unicodedata.name(ch, "").startswith("ARABIC") for ch in word)


def _in_latin_letters(word: str) -> bool:
    return any(ch.isalpha() for ch in word) and all(
        unicodedata.name(ch, "").startswith("LATIN") for ch in word if ch.isalpha()
    )


def _spellings(word: str) -> list[str]:
    """The forms of one written word that a search should reach."""
    forms = [_loose(word), _loose(word.translate(_UMLAUTS)), _loose(anyascii(word))]
    if _writes_no_vowels(word):
        forms.append(SKELETON_MARK + skeleton(anyascii(word)))
    elif _in_latin_letters(word) and len(skeleton(word)) >= MIN_SKELETON:
        forms.append(LATIN_SKELETON_MARK + skeleton(word))
    return forms


def _key(parts: list[str | None], extra: list[str]) -> str:
    """The stored key: the parts as folded, in order (so a key starts with the folded
    first and last name, see ``name_key``), then every other spelling once."""
    primary = [_loose(part) for part in parts if part]
    seen = set(" ".join(primary).split())
    others: list[str] = []
    for part in parts:
        for word in (part or "").split():
            for form in _spellings(word):
                if form and form not in seen:
                    seen.add(form)
                    others.append(form)
    for form in extra:
        if form and form not in seen:
            seen.add(form)
            others.append(form)
    return " ".join(primary + others)


def name_key(first_name: str, last_name: str) -> str:
    """The start of every person's key: first and last name folded (duplicate check)."""
    return " ".join(_loose(part) for part in (first_name, last_name) if part)


def participant_search_key(
    first_name: str, last_name: str, case_number: str, phone: str | None
) -> str:
    """The search key of a case file: names, case number and phone (also as digits only,
    so "01761234567" finds "0176 1234567")."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return _key([first_name, last_name, case_number, phone], [digits])


def volunteer_search_key(first_name: str, last_name: str, number: str | None) -> str:
    """The search key of a volunteer: names and volunteer number ("E-0001")."""
    return _key([first_name, last_name, number], [])


@dataclass(frozen=True)
class SearchWord:
    """One typed word: ``text`` is looked for inside keys, ``skeleton`` (when set) at the
    start of a stored consonant skeleton of a name in Arabic script, ``latin_skeleton``
    (a word typed in Arabic script) at the start of a Latin name's skeleton."""

    text: str
    skeleton: str | None
    latin_skeleton: str | None = None


def search_words(typed: str) -> list[SearchWord]:
    """How a typed search is read: one ``SearchWord`` per word, all must match."""
    words = []
    for word in typed.split():
        text = _loose(word)
        if not text:
            continue
        consonants = skeleton(word) if word.isascii() else ""
        as_latin = skeleton(anyascii(word)) if _writes_no_vowels(word) else ""
        words.append(
            SearchWord(
                text,
                consonants if len(consonants) >= MIN_SKELETON else None,
                as_latin if len(as_latin) >= MIN_SKELETON else None,
            )
        )
    return words
