"""No personal data in the log file or the crash report, whatever error carries it."""

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication

from app import cli
from app.domain.enums import ConsultationFormat, ConsultationKind
from app.domain.models import Consultation
from app.services.actor import Actor
from app.storage.database import Database
from app.storage.location import Location

NOTE = "Patientin berichtet von Gewalt in der Unterkunft"


def database_error(database: Database) -> None:
    """A write the database refuses (a CHECK constraint), with a note among its values."""
    with database.session() as session:
        session.add(
            Consultation(
                date=date(2026, 3, 2),
                duration_minutes=0,
                kind=ConsultationKind.FIRST,
                format=ConsultationFormat.IN_PERSON,
                note=NOTE,
            )
        )
        session.commit()


def spreadsheet_error(_database: Database) -> None:
    """openpyxl refuses a control character and quotes the whole cell in its message."""
    Workbook().active.append([f"{NOTE}\x0b"])  # type: ignore[union-attr]


def parse_error(_database: Database) -> None:
    int(NOTE)


FAILURES = [database_error, spreadsheet_error, parse_error]


@pytest.mark.parametrize("failure", FAILURES)
def test_the_error_itself_quotes_the_note(
    failure: Callable[[Database], None], database: Database
) -> None:
    """Without scrubbing the note would leak: each failure really carries it."""
    with pytest.raises(Exception) as raised:
        failure(database)
    if failure is database_error:
        # Hidden at the source: the engine never puts parameters into its messages.
        assert NOTE not in str(raised.value)
        assert "hide_parameters" in str(raised.value)
    else:
        assert NOTE in str(raised.value)


@pytest.mark.parametrize("failure", FAILURES)
def test_the_command_line_keeps_the_note_out_of_its_message_and_log(
    failure: Callable[[Database], None],
    initialised: tuple[Database, Actor],
    location: Location,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = initialised[0]

    def command(_args: argparse.Namespace, _location: Location) -> None:
        failure(database)

    monkeypatch.setitem(cli.COMMANDS, "check", command)
    assert cli.main(["check"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    log = location.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "internal error" in err
    for text in (err, log):
        assert NOTE not in text and "Patientin" not in text


@pytest.mark.parametrize("failure", FAILURES)
def test_the_crash_report_and_its_log_keep_the_note_out(
    failure: Callable[[Database], None],
    database: Database,
    location: Location,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.logging_setup import configure_logging
    from app.ui import crash

    configure_logging(location)
    reports: list[str] = []
    monkeypatch.setattr(
        crash.CrashDialog, "exec", lambda dialog: reports.append(dialog.report_view.toPlainText())
    )
    try:
        failure(database)
    except Exception as error:
        crash.ExceptionHook(str(location.log_file))(type(error), error, error.__traceback__)
    assert len(reports) == 1
    assert "Traceback" in reports[0]
    log = Path(location.log_file).read_text(encoding="utf-8")
    for text in (reports[0], log):
        assert NOTE not in text and "Patientin" not in text


def test_a_database_error_still_says_what_failed(database: Database) -> None:
    from app.error_text import safe_message

    with pytest.raises(Exception) as raised:
        database_error(database)
    message = safe_message(raised.value)
    assert message.startswith("IntegrityError: CHECK constraint failed")
    assert "INSERT INTO consultation" in message


def test_a_server_error_keeps_only_its_primary_message() -> None:
    """psycopg's errors carry the row in their DETAIL (tests/test_postgres_services.py
    raises real ones); the message kept is the primary one with the names it reports."""
    from types import SimpleNamespace

    from sqlalchemy.exc import IntegrityError

    from app.error_text import safe_message, safe_traceback

    class UniqueViolation(Exception):
        sqlstate = "23505"
        diag = SimpleNamespace(
            message_primary='duplicate key value violates unique constraint "uq_volunteer_number"',
            constraint_name="uq_volunteer_number",
            table_name="volunteer",
            column_name=None,
        )

    cause = UniqueViolation(
        'duplicate key value violates unique constraint "uq_volunteer_number"\n'
        f"DETAIL:  Key (number)=({NOTE}) already exists."
    )
    error = IntegrityError("INSERT INTO volunteer (number) VALUES (%(number)s)", {}, cause)
    error.__cause__ = cause
    assert safe_message(error) == (
        'UniqueViolation: duplicate key value violates unique constraint "…" '
        "(23505, constraint uq_volunteer_number, table volunteer) "
        "[SQL: INSERT INTO volunteer (number) VALUES (%(number)s)]"
    )
    assert NOTE not in "".join(safe_traceback(type(error), error, None))
