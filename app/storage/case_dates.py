"""A case's last contact and next open follow-up, stored in its participant row.

The case list sorts 50,000 cases by these dates. Computed per row (the latest
consultation, the earliest open follow-up) that sort reads every case's consultations
on each page; stored and indexed, a page is a short walk along an index.

Triggers (migration 0010) keep both columns in step with every insert, change and
deletion of a consultation or follow-up, so no write path (forms, imports, merges,
the demo, anonymisation) can forget them, and the application never writes them.
SQLite's triggers hold the statements themselves; PostgreSQL's call one plpgsql function
per table with the same statements. The trigger names are the same on both.
"""

from collections.abc import Callable

from app.storage.triggers import drop_function, drop_trigger, function, row_trigger

LAST_CONTACT = "(SELECT max(date) FROM consultation WHERE consultation.participant_id = {who})"
NEXT_FOLLOW_UP = (
    "(SELECT min(due_date) FROM follow_up "
    "WHERE follow_up.participant_id = {who} AND follow_up.done_at IS NULL)"
)


def _set_last_contact(who: str) -> str:
    return (
        f"UPDATE participant SET last_contact_on = {LAST_CONTACT.format(who=who)} WHERE id = {who};"
    )


def _set_next_follow_up(who: str) -> str:
    return (
        f"UPDATE participant SET next_follow_up_on = {NEXT_FOLLOW_UP.format(who=who)} "
        f"WHERE id = {who};"
    )


def _triggers(table: str, columns: str, refresh: Callable[[str], str]) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_case_dates_insert AFTER INSERT ON {table} BEGIN "
        f"{refresh('new.participant_id')} END",
        f"CREATE TRIGGER {table}_case_dates_update AFTER UPDATE OF {columns} ON {table} BEGIN "
        f"{refresh('old.participant_id')} {refresh('new.participant_id')} END",
        f"CREATE TRIGGER {table}_case_dates_delete AFTER DELETE ON {table} BEGIN "
        f"{refresh('old.participant_id')} END",
    ]


def _postgresql_triggers(table: str, columns: str, refresh: Callable[[str], str]) -> list[str]:
    """The same three triggers calling one function, which tells the events apart.

    Under READ COMMITTED an UPDATE that waited for another workstation's lock on the
    participant row would still compute its date from the snapshot it started with,
    missing the consultation the other one just committed: the row is locked first, and
    the UPDATE, a new statement, then sees everything committed before it."""

    def locked_refresh(who: str) -> str:
        return f"PERFORM 1 FROM participant WHERE id = {who} FOR NO KEY UPDATE; {refresh(who)}"

    body = (
        f"    IF TG_OP IN ('UPDATE', 'DELETE') THEN {locked_refresh('OLD.participant_id')} "
        "END IF;\n"
        f"    IF TG_OP IN ('INSERT', 'UPDATE') THEN {locked_refresh('NEW.participant_id')} "
        "END IF;\n"
        "    RETURN NULL;"
    )
    name = f"{table}_case_dates"
    return [
        function(name, body),
        row_trigger(f"{name}_insert", "AFTER INSERT", table, name),
        row_trigger(f"{name}_update", f"AFTER UPDATE OF {columns}", table, name),
        row_trigger(f"{name}_delete", "AFTER DELETE", table, name),
    ]


_KEPT = (
    ("consultation", "date, participant_id", _set_last_contact),
    ("follow_up", "due_date, done_at, participant_id", _set_next_follow_up),
)

TRIGGERS = [statement for kept in _KEPT for statement in _triggers(*kept)]
POSTGRESQL_TRIGGERS = [statement for kept in _KEPT for statement in _postgresql_triggers(*kept)]

# Fills both columns for the rows already there (once, in the migration).
FILL = (
    f"UPDATE participant SET last_contact_on = {LAST_CONTACT.format(who='participant.id')}, "
    f"next_follow_up_on = {NEXT_FOLLOW_UP.format(who='participant.id')}"
)

DROP = [
    f"DROP TRIGGER IF EXISTS {table}_case_dates_{event}"
    for table in ("consultation", "follow_up")
    for event in ("insert", "update", "delete")
]
POSTGRESQL_DROP = [
    *(
        drop_trigger(f"{table}_case_dates_{event}", table)
        for table in ("consultation", "follow_up")
        for event in ("insert", "update", "delete")
    ),
    *(drop_function(f"{table}_case_dates") for table in ("consultation", "follow_up")),
]
