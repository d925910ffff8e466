"""The SQL side of search: a typed search as conditions on a stored search key.

What a key holds and how typed words are read is decided in ``domain/search_text.py``;
every list that searches (cases, volunteers, mentees) takes its conditions from here.

The case search finds the same case files on both back ends. SQLite looks the words up
in its two FTS5 indexes (``storage/search_index.py``); PostgreSQL asks the same of the
stored key itself, where a trigram index (pg_trgm) serves the substrings: a word of
three or more characters anywhere in the key (``LIKE``, as FTS5's trigram tokenizer),
a shorter one at the start of a word of the key, where words end as in FTS5's
``unicode61`` tokenizer (a regular expression naming the characters that separate).
"""

import functools
import sys
import unicodedata

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from app.domain.models import Participant
from app.domain.models.tables import table
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


# Characters the prefix index counts as part of a word besides letters and digits (its
# tokenizer's ``tokenchars``, storage/search_index.py): "2026-0042" and "~mhmd" stay whole.
WORD_SYMBOLS = "-~"


def _separates_words(character: str) -> bool:
    """Whether FTS5's unicode61 tokenizer ends a word at ``character``: everything but
    letters, digits, private-use and unassigned characters and ``WORD_SYMBOLS``. (Its
    tables are of Unicode 6.1: characters assigned since then may differ.)"""
    category = unicodedata.category(character)
    in_words = category[0] in "LN" or category in ("Co", "Cn", "Cs")
    return not (in_words or character in WORD_SYMBOLS)


def _regex_character(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


@functools.cache
def _word_start() -> str:
    """A regular expression matching where a word of the key begins: at the start or
    after a separating character (computed once, on the first short search)."""
    ranges: list[list[int]] = []
    for code in range(1, sys.maxunicode + 1):
        if _separates_words(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    spans = "".join(
        _regex_character(first) + ("" if first == last else "-" + _regex_character(last))
        for first, last in ranges
    )
    return f"(^|[{spans}])"


def _regex_escaped(token: str) -> str:
    """``token`` as literal text in a PostgreSQL regular expression (a backslash before
    anything but a letter or digit is that character itself)."""
    return "".join(ch if ch.isalnum() else "\\" + ch for ch in token)


def _word_prefix(column: sa.ColumnElement[str], word: SearchWord) -> sa.ColumnElement[bool]:
    """A word of one or two characters at the start of a word of the key, as FTS5's
    prefix query reads it: separating characters typed with it are dropped, and one
    typed alone finds nothing."""
    token = "".join(ch for ch in word.text if not _separates_words(ch))
    if not token:
        return sa.false()
    return column.regexp_match(_word_start() + _regex_escaped(token))


def _key_conditions(column: sa.ColumnElement[str], typed: str) -> list[sa.ColumnElement[bool]]:
    """The case search as conditions on the stored key itself (PostgreSQL): the same
    meaning as the FTS5 queries of ``_matching_rowids``."""
    return [
        _word_condition(column, word)
        if len(word.text) >= INDEXED_LENGTH
        else _word_prefix(column, word)
        for word in search_words(typed)
    ]


def count_matches(session: Session, typed: str) -> int | None:
    """How many case files a typed search finds, counted in the indexes alone; None when
    nothing searchable was typed (only marks such as "'"), which limits nothing."""
    if session.get_bind().dialect.name == "postgresql":
        participant = table(Participant)
        conditions = _key_conditions(participant.c.search_text, typed)
        if not conditions:
            return None
        statement = sa.select(sa.func.count()).select_from(participant).where(*conditions)
        return int(session.execute(statement).scalar_one())
    found = _matching_rowids(typed)
    if not found:
        return None
    rowids = found[0].subquery() if len(found) == 1 else sa.intersect(*found).subquery()
    return int(session.execute(sa.select(sa.func.count()).select_from(rowids)).scalar_one())


def participant_matches(
    dialect: str, participant: sa.FromClause, typed: str
) -> list[sa.ColumnElement[bool]]:
    """Conditions on ``participant`` (the participant table or an alias of it) for a
    typed case search. SQLite: each one index lookup, words of three or more letters
    anywhere in the key (trigram index, all such words in one query), shorter words at
    the start of one of the key's words. PostgreSQL: the same on the stored key."""
    if dialect == "postgresql":
        return _key_conditions(participant.c.search_text, typed)
    return [participant.c.id.in_(rowids) for rowids in _matching_rowids(typed)]
