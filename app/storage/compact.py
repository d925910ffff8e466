"""Making deleted text really gone from the database file.

SQLite leaves deleted rows in free pages and FTS5 keeps the tokens of replaced search
keys in older index segments until they are merged; the WAL keeps old page images until
a checkpoint. After an anonymisation or erasure all three are cleared: the search
indexes are merged, the file is rebuilt (VACUUM) and the WAL is truncated.
"""

from sqlalchemy import Engine

from app.storage.search_index import INDEX_TABLE, PREFIX_TABLE


def compact(engine: Engine) -> None:
    with engine.begin() as connection:
        for table in (INDEX_TABLE, PREFIX_TABLE):
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    # VACUUM cannot run inside a transaction: on the DB-API connection, which does not
    # start one by itself (``engine._on_connect`` sets isolation_level None).
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
