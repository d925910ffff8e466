"""The full-text index of the case search: an FTS5 table with the trigram tokenizer
over ``participant.search_text``.

The key itself is computed by ``domain/search_text.py`` and stored in the participant
row by every write path; triggers (migration 0008) copy it into this index, so no path
can forget it. The trigram tokenizer finds any substring of three or more characters,
which is what the case search asks for ("mul" finds "muller").
"""

INDEX_TABLE = "participant_search"

# The table and the shadow tables FTS5 keeps beside it: not part of the models, so
# Alembic's comparison of models and database leaves them out.
SHADOW_SUFFIXES = ("", "_data", "_idx", "_content", "_docsize", "_config")


def is_index_table(name: str | None) -> bool:
    return name is not None and name in {INDEX_TABLE + suffix for suffix in SHADOW_SUFFIXES}


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name`` hook: everything except the search index's tables."""
    return not (type_ == "table" and is_index_table(name))


CREATE = [
    f"CREATE VIRTUAL TABLE {INDEX_TABLE} USING fts5("
    "search_text, content='participant', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER {INDEX_TABLE}_insert AFTER INSERT ON participant BEGIN "
    f"INSERT INTO {INDEX_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER {INDEX_TABLE}_delete AFTER DELETE ON participant BEGIN "
    f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    f"CREATE TRIGGER {INDEX_TABLE}_update AFTER UPDATE OF search_text ON participant BEGIN "
    f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    f"INSERT INTO {INDEX_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"INSERT INTO {INDEX_TABLE}({INDEX_TABLE}) VALUES ('rebuild')",
]

DROP = [
    f"DROP TRIGGER IF EXISTS {INDEX_TABLE}_insert",
    f"DROP TRIGGER IF EXISTS {INDEX_TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {INDEX_TABLE}_update",
    f"DROP TABLE IF EXISTS {INDEX_TABLE}",
]
