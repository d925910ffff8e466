"""The SQL side of search: a typed search as conditions on a stored search key.

What a key holds and how typed words are read is decided in ``domain/search_text.py``;
every list that searches (cases, volunteers, mentees) takes its conditions from here.
"""

import sqlalchemy as sa

from app.domain.search_text import SKELETON_MARK, SearchWord, search_words


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
