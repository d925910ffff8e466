"""The full-text indexes of the case search over ``participant.search_text``: an FTS5
table with the trigram tokenizer (any substring of three or more characters) and one
of whole words with a prefix index (words of one or two typed characters).

The key itself is computed by ``domain/search_text.py`` and stored in the participant
row by every write path; triggers (migration 0008) copy it into this index, so no path
can forget it. The trigram tokenizer finds any substring of three or more characters,
which is what the case search asks for ("mul" finds "muller").

PostgreSQL has no FTS5: the same substring search is ``search_text LIKE '%mul%'``, which
a GIN index with pg_trgm's trigram operator class answers from the index, on the stored
key itself (no index table, no triggers). Volunteers' keys get one too.
"""

INDEX_TABLE = "participant_search"
# Words of the key, with prefixes of one and two characters indexed: "m" finds the words
# starting with "m" at once, where a substring search would read every key.
PREFIX_TABLE = "participant_search_words"

# The table and the shadow tables FTS5 keeps beside it: not part of the models, so
# Alembic's comparison of models and database leaves them out.
SHADOW_SUFFIXES = ("", "_data", "_idx", "_content", "_docsize", "_config")


def is_index_table(name: str | None) -> bool:
    return name is not None and name in {
        table + suffix for table in (INDEX_TABLE, PREFIX_TABLE) for suffix in SHADOW_SUFFIXES
    }


# PostgreSQL's trigram indexes (migration 0008): not in the models either, since SQLite
# has them as the FTS5 tables above.
PARTICIPANT_TRIGRAM_INDEX = "ix_participant_search_text_trgm"
VOLUNTEER_TRIGRAM_INDEX = "ix_volunteer_search_text_trgm"
TRIGRAM_INDEXES = {
    PARTICIPANT_TRIGRAM_INDEX: "participant",
    VOLUNTEER_TRIGRAM_INDEX: "volunteer",
}


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name`` hook: everything except the search index's tables
    (SQLite) and trigram indexes (PostgreSQL)."""
    if type_ == "index":
        return name not in TRIGRAM_INDEXES
    return not (type_ == "table" and is_index_table(name))


def _kept_in_step(table: str, tokenizer: str, options: str = "") -> list[str]:
    """An external-content FTS5 table over participant.search_text and the triggers that
    keep it in step with every insert, change and deletion."""
    return [
        f"CREATE VIRTUAL TABLE {table} USING fts5(search_text, content='participant', "
        f"content_rowid='id', tokenize=\"{tokenizer}\"{options})",
        f"CREATE TRIGGER {table}_insert AFTER INSERT ON participant BEGIN "
        f"INSERT INTO {table}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER {table}_delete AFTER DELETE ON participant BEGIN "
        f"INSERT INTO {table}({table}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER {table}_update AFTER UPDATE OF search_text ON participant BEGIN "
        f"INSERT INTO {table}({table}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {table}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"INSERT INTO {table}({table}) VALUES ('rebuild')",
    ]


# Keys are folded already (lower case, no accents); in words "-" and "~" belong to the
# word, so "2026-0042" and "~mhmd" stay whole.
CREATE = [
    *_kept_in_step(INDEX_TABLE, "trigram"),
    *_kept_in_step(PREFIX_TABLE, "unicode61 remove_diacritics 0 tokenchars '-~'", ", prefix='1 2'"),
]

DROP = [
    f"DROP TRIGGER IF EXISTS {table}_{event}"
    for table in (INDEX_TABLE, PREFIX_TABLE)
    for event in ("insert", "delete", "update")
] + [f"DROP TABLE IF EXISTS {table}" for table in (INDEX_TABLE, PREFIX_TABLE)]

# pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
# Downgrades leave it in place; other objects of the database may use it.
POSTGRESQL_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        f"CREATE INDEX {index} ON {table} USING gin (search_text gin_trgm_ops)"
        for index, table in TRIGRAM_INDEXES.items()
    ),
]

POSTGRESQL_DROP = [f"DROP INDEX IF EXISTS {index}" for index in TRIGRAM_INDEXES]
