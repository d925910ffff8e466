"""Exception texts without the club's data, for the log file and crash reports.

Error texts are written for programmers and quote what went wrong: a database error
carried the SQL parameters (a consultation note reached ``lotse.log`` and the crash
report's "copy for e-mail" text), openpyxl names the cell value it could not store,
and Python's own messages quote the text they could not parse. Parameters are hidden
at the source (the engine's ``hide_parameters``); here every message of an exception
chain is reduced to what helps a developer without repeating data:

- database errors keep SQLite's own message (constraint names, "database is locked")
  and the SQL statement with its placeholders; PostgreSQL's keep only the primary
  message, never its DETAIL ("Failing row contains (…)", "Key (number)=(E-0001)") or
  the quoted statement line, and add the SQLSTATE and the names of the constraint,
  table and column it reports;
- errors raised inside the spreadsheet libraries keep only their type;
- every other message keeps its words, with quoted text replaced by ``'…'`` (file
  paths excepted, which say where to look).

Tracebacks show code lines and positions, never local values.
"""

import re
import traceback
from types import TracebackType

# Exceptions from these packages quote cell contents in their messages.
WITHHELD_PACKAGES = ("openpyxl", "xlrd", "odf", "et_xmlfile", "defusedxml", "lxml")
WITHHELD = "(message withheld: it may quote the club's data)"
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_PATH = re.compile(r"^['\"](/|[A-Za-z]:[\\/]|~|\\\\)")


def _redact_quotes(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        quoted = match.group(0)
        return quoted if _PATH.match(quoted) else f"{quoted[0]}…{quoted[0]}"

    return _QUOTED.sub(replace, text)


def _raised_in(error: BaseException, packages: tuple[str, ...]) -> bool:
    module = type(error).__module__ or ""
    if module.split(".")[0] in packages:
        return True
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    return bool(frames) and any(f"/{package}/" in frames[-1].filename for package in packages)


# What a PostgreSQL error reports besides its message (psycopg's ``error.diag``): names
# from the schema, never values.
_SCHEMA_NAMES = ("constraint_name", "table_name", "column_name")


def _driver_message(cause: BaseException) -> str:
    """The database driver's message without data: SQLite's whole (it names columns and
    constraints, never values); of a server error (psycopg) only its primary message,
    since the detail and the statement line beside it quote the row's values."""
    diag = getattr(cause, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if diag is None:
        return _redact_quotes(str(cause))
    text = primary if primary else str(cause).split("\n", 1)[0]
    names = [
        f"{name.removesuffix('_name')} {value}"
        for name in _SCHEMA_NAMES
        if (value := getattr(diag, name, None))
    ]
    state = getattr(cause, "sqlstate", None)
    about = ", ".join(([state] if state else []) + names)
    return _redact_quotes(text) + (f" ({about})" if about else "")


def safe_message(error: BaseException) -> str:
    """The message of ``error`` without data it might quote."""
    # Imported here: logging is set up at start, before the database stack is needed.
    from sqlalchemy.exc import StatementError

    if isinstance(error, StatementError):
        cause = error.orig
        driver = f"{type(cause).__name__}: {_driver_message(cause)}" if cause else ""
        statement = " ".join((error.statement or "").split())
        return f"{driver} [SQL: {_redact_quotes(statement)}]"
    if getattr(error, "diag", None) is not None:
        # The server's error itself, as the cause in the chain of SQLAlchemy's.
        return _driver_message(error)
    if _raised_in(error, WITHHELD_PACKAGES):
        return WITHHELD
    return _redact_quotes(str(error))


def _chain(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            current = current.__context__
        else:
            current = None
    return list(reversed(chain))


def _type_name(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return (
        kind.__qualname__ if module in ("builtins", "__main__") else f"{module}.{kind.__qualname__}"
    )


def safe_traceback(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> list[str]:
    """Like ``traceback.format_exception``, with every message made safe."""
    if value.__traceback__ is None and tb is not None:
        value = value.with_traceback(tb)
    lines: list[str] = []
    for index, error in enumerate(_chain(value)):
        if index:
            lines.append("\nDuring handling, or as the cause, of the above:\n\n")
        if error.__traceback__ is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(error.__traceback__))
        lines.append(f"{_type_name(error)}: {safe_message(error)}\n")
    return lines
