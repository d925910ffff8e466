"""PostgreSQL versions of the guard triggers the migrations create on SQLite.

SQLite's triggers are written in the migrations themselves, each as it was created then.
PostgreSQL runs trigger bodies as functions (plpgsql), so each guard is one function and
the triggers that call it; the trigger names are SQLite's, and the messages are SQLite's
word for word, so that tests and error texts read the same on both back ends. A guard
raises an SQLSTATE of class 23 (integrity constraint violation), which the driver and
SQLAlchemy report as ``IntegrityError`` like SQLite's ``RAISE(ABORT, …)``.

Migrations import these statements: once a migration uses one, it never changes (a
migration must create tomorrow what it created today). A later change to a guard is a
new statement here and a new migration.
"""

from collections.abc import Sequence

HOURS_LIMIT_MESSAGE = "volunteer_hours: more than 10 hours on one day"
AUDIT_CHANGED_MESSAGE = "audit_event: audit events cannot be changed"
AUDIT_DELETED_MESSAGE = "audit_event: audit events cannot be deleted"
SAME_COURSE_MESSAGE = "attendance: session and enrolment of different courses"

# The first of the two keys of the transaction-level advisory lock that serialises the
# daily hours check of one volunteer (the second key is the volunteer's id).
HOURS_LOCK_CLASS = 7_201


def function(name: str, body: str) -> str:
    """A plpgsql trigger function; replaced in place when it exists."""
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n{body}\nEND\n$$"
    )


def row_trigger(name: str, when: str, table: str, function_name: str) -> str:
    """``when``: e.g. ``BEFORE INSERT`` or ``AFTER UPDATE OF a, b``."""
    return (
        f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function_name}()"
    )


def drop_trigger(name: str, table: str) -> str:
    """PostgreSQL's triggers belong to their table: the drop has to name it."""
    return f"DROP TRIGGER IF EXISTS {name} ON {table}"


def drop_function(name: str) -> str:
    return f"DROP FUNCTION IF EXISTS {name}()"


def _raise(message: str, errcode: str) -> str:
    return f"    RAISE EXCEPTION '{message}' USING ERRCODE = '{errcode}';"


# --- 0001: at most ten hours a day per volunteer (rejected entries do not count) -------

# Under READ COMMITTED two workstations inserting six hours each for the same volunteer
# and day would each see only the other's zero: the advisory lock makes the second wait
# until the first commits, and its sum (a new snapshot per statement) then counts them.
_HOURS_LIMIT_BODY = f"""    IF NEW.status <> 'rejected' THEN
        PERFORM pg_advisory_xact_lock({HOURS_LOCK_CLASS}, NEW.volunteer_id);
        IF NEW.minutes + (
            SELECT coalesce(sum(minutes), 0) FROM volunteer_hours
            WHERE volunteer_id = NEW.volunteer_id AND date = NEW.date
              AND status <> 'rejected' AND id IS DISTINCT FROM NEW.id
        ) > 600 THEN
{_raise(HOURS_LIMIT_MESSAGE, "check_violation")}
        END IF;
    END IF;
    RETURN NEW;"""

HOURS_LIMIT: Sequence[str] = (
    function("volunteer_hours_daily_limit", _HOURS_LIMIT_BODY),
    row_trigger(
        "volunteer_hours_daily_limit_insert",
        "BEFORE INSERT",
        "volunteer_hours",
        "volunteer_hours_daily_limit",
    ),
    row_trigger(
        "volunteer_hours_daily_limit_update",
        "BEFORE UPDATE",
        "volunteer_hours",
        "volunteer_hours_daily_limit",
    ),
)
HOURS_LIMIT_DROP: Sequence[str] = (
    drop_trigger("volunteer_hours_daily_limit_insert", "volunteer_hours"),
    drop_trigger("volunteer_hours_daily_limit_update", "volunteer_hours"),
    drop_function("volunteer_hours_daily_limit"),
)

# --- 0001: the audit trail is never changed ---------------------------------------------

AUDIT_READ_ONLY_FUNCTION = function(
    "audit_event_read_only", _raise(AUDIT_CHANGED_MESSAGE, "integrity_constraint_violation")
)
AUDIT_READ_ONLY: Sequence[str] = (
    AUDIT_READ_ONLY_FUNCTION,
    row_trigger("audit_event_read_only", "BEFORE UPDATE", "audit_event", "audit_event_read_only"),
)
AUDIT_READ_ONLY_DROP: Sequence[str] = (
    drop_trigger("audit_event_read_only", "audit_event"),
    drop_function("audit_event_read_only"),
)

# --- 0005: nor deleted; TRUNCATE skips row triggers and gets a statement trigger ---------

AUDIT_NO_DELETE: Sequence[str] = (
    function(
        "audit_event_no_delete",
        _raise(AUDIT_DELETED_MESSAGE, "integrity_constraint_violation"),
    ),
    row_trigger("audit_event_no_delete", "BEFORE DELETE", "audit_event", "audit_event_no_delete"),
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_no_delete()",
)
AUDIT_NO_DELETE_DROP: Sequence[str] = (
    drop_trigger("audit_event_no_truncate", "audit_event"),
    drop_trigger("audit_event_no_delete", "audit_event"),
    drop_function("audit_event_no_delete"),
)

# --- 0011: the one change allowed is blanking the reason ---------------------------------

# The reason may quote a person who is anonymised or erased. Who did what to which entity
# and when stays as it was (the columns SQLite's trigger compares).
_AUDIT_KEPT = ("id", "at", "user_id", "username", "action", "entity", "entity_id", "fields")
AUDIT_REASON_BLANKABLE_FUNCTION = function(
    "audit_event_read_only",
    f"""    IF NOT (NEW.reason IS NULL
            AND ({", ".join(f"NEW.{c}" for c in _AUDIT_KEPT)})
                IS NOT DISTINCT FROM ({", ".join(f"OLD.{c}" for c in _AUDIT_KEPT)})) THEN
{_raise(AUDIT_CHANGED_MESSAGE, "integrity_constraint_violation")}
    END IF;
    RETURN NEW;""",
)

# --- 0016: a ticked cell names a session and an enrolment of the same course -------------

_SAME_COURSE_BODY = f"""    IF (SELECT course_id FROM course_session WHERE id = NEW.session_id)
        IS DISTINCT FROM
       (SELECT course_id FROM course_participant WHERE id = NEW.course_participant_id) THEN
{_raise(SAME_COURSE_MESSAGE, "check_violation")}
    END IF;
    RETURN NEW;"""

ATTENDANCE_SAME_COURSE: Sequence[str] = (
    function("attendance_same_course", _SAME_COURSE_BODY),
    *(
        row_trigger(
            f"attendance_same_course_{event.lower()}",
            f"BEFORE {event}",
            "attendance",
            "attendance_same_course",
        )
        for event in ("INSERT", "UPDATE")
    ),
)
ATTENDANCE_SAME_COURSE_DROP: Sequence[str] = (
    drop_trigger("attendance_same_course_insert", "attendance"),
    drop_trigger("attendance_same_course_update", "attendance"),
    drop_function("attendance_same_course"),
)
