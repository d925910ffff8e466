"""The SQL side of search: a typed search as conditions on a stored search key.

What a key holds and how typed words are read is decided in ``domain/search_text.py``;
every list that searches (cases, volunteers, mentees) takes its conditions from here.
"""

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from app.domain.search_text import LATIN_SKELETON_MARK, SKELETON_MARK, SearchWord, search_words
from app.storage.search_index import INDEX_TABLE, PREFIX_TABLE

# The trigram index finds substrings of at least three characters; a shorter typed word
# is looked for at the start of the key's words (its prefixes are indexed).
INDEXED_LENGTH = 3


def like_pattern(token: str) -> str:
    """A LIKE pattern finding ``token`` anywhere, with LIKE's wildcards escaped by \\."""
    return f"%{_escaped(token)}%"


def _escaped(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _skeletons(word: SearchWord) -> list[str]:
    """The marked skeletons a typed word may match besides its text."""
    marked = []
    if word.skeleton is not None:
        marked.append(SKELETON_MARK + word.skeleton)
    if word.latin_skeleton is not None:
        marked.append(LATIN_SKELETON_MARK + word.latin_skeleton)
    return marked


def _word_condition(column: sa.ColumnElement[str], word: SearchWord) -> sa.ColumnElement[bool]:
    found = column.like(like_pattern(word.text), escape="\\")
    skeletons = [column.like(like_pattern(marked), escape="\\") for marked in _skeletons(word)]
    return sa.or_(found, *skeletons) if skeletons else found


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
        phrases = [_phrase(word.text), *(_phrase(marked) for marked in _skeletons(word))]
        parts.append(f"({' OR '.join(phrases)})" if len(phrases) > 1 else phrases[0])
    return " AND ".join(parts)


def _fts_rowids(index: str, query: str, name: str) -> TextualSelect:
    """The rowids an FTS5 ``index`` finds for ``query`` (a subquery for ``IN``)."""
    return (
        sa.text(f"SELECT rowid FROM {index} WHERE {index} MATCH :{name}")
        .bindparams(**{name: query})
        .columns(sa.column("rowid"))
    )


def _matching_rowids(typed: str) -> list[TextualSelect]:
    """One rowid subquery per index the typed words need (long words, short words)."""
    words = search_words(typed)
    long_words = [w for w in words if len(w.text) >= INDEXED_LENGTH]
    short_words = [w for w in words if len(w.text) < INDEXED_LENGTH]
    found: list[TextualSelect] = []
    if long_words:
        found.append(_fts_rowids(INDEX_TABLE, _index_query(long_words), "long_words"))
    if short_words:
        starts = " AND ".join(f"{_phrase(w.text)}*" for w in short_words)
        found.append(_fts_rowids(PREFIX_TABLE, starts, "short_words"))
    return found


def count_matches(session: Session, typed: str) -> int | None:
    """How many case files a typed search finds, counted in the indexes alone; None when
    nothing searchable was typed (only marks such as "'"), which limits nothing."""
    found = _matching_rowids(typed)
    if not found:
        return None
    rowids = found[0].subquery() if len(found) == 1 else sa.intersect(*found).subquery()
    return int(session.execute(sa.select(sa.func.count()).select_from(rowids)).scalar_one())


def participant_matches(
    participant_id: sa.ColumnElement[int], typed: str
) -> list[sa.ColumnElement[bool]]:
    """Conditions on the participant table for a typed case search, each one index
    lookup: words of three or more letters anywhere in the key (trigram index, all such
    words in one query), shorter words at the start of one of the key's words."""
    return [participant_id.in_(rowids) for rowids in _matching_rowids(typed)]
