"""The SQL side of search: a typed search as conditions on a stored search key.

What a key holds and how typed words are read is decided in ``domain/search_text.py``;
every list that searches (cases, volunteers, mentees) takes its conditions from here.
"""

import sqlalchemy as sa

from app.domain.search_text import SKELETON_MARK, SearchWord, search_words
from app.storage.search_index import INDEX_TABLE

# The trigram index finds substrings of at least three characters; shorter words are
# looked for in the stored key itself.
INDEXED_LENGTH = 3


def like_pattern(token: str) -> str:
    """A LIKE pattern finding ``token`` anywhere, with LIKE's wildcards escaped by \\."""
    return f"%{_escaped(token)}%"


def _escaped(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _word_condition(column: sa.ColumnElement[str], word: SearchWord) -> sa.ColumnElement[bool]:
    found = column.like(like_pattern(word.text), escape="\\")
    if word.skeleton is None:
        return found
    skeleton = column.like(f"%{SKELETON_MARK}{_escaped(word.skeleton)}%", escape="\\")
    return sa.or_(found, skeleton)


def key_matches(column: sa.ColumnElement[str], typed: str) -> list[sa.ColumnElement[bool]]:
    """One condition per typed word; a row matches when all hold. Empty for no words."""
    return [_word_condition(column, word) for word in search_words(typed)]


def typed_length(typed: str) -> int:
    """How many letters of a search were typed (short searches list nothing where the
    list must not be browsed)."""
    return sum(len(word.text) for word in search_words(typed))


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _index_query(words: list[SearchWord]) -> str:
    """The FTS5 query for the indexed words: every word, as text or as its skeleton."""
    parts = []
    for word in words:
        phrase = _phrase(word.text)
        if word.skeleton is not None:
            phrase = f"({phrase} OR {_phrase(SKELETON_MARK + word.skeleton)})"
        parts.append(phrase)
    return " AND ".join(parts)


def participant_matches(
    participant_id: sa.ColumnElement[int], search_text: sa.ColumnElement[str], typed: str
) -> list[sa.ColumnElement[bool]]:
    """Conditions on the participant table for a typed case search: the words of three
    or more letters through the trigram index (one lookup for all of them), shorter ones
    in the stored key."""
    words = search_words(typed)
    indexed = [w for w in words if len(w.text) >= INDEXED_LENGTH]
    conditions = [_word_condition(search_text, w) for w in words if w not in indexed]
    if indexed:
        found = sa.text(
            f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :search_query"
        ).bindparams(search_query=_index_query(indexed))
        conditions.append(participant_id.in_(found.columns(sa.column("rowid"))))
    return conditions
