"""The ``lotse`` command: headless use cases for automation and tests.

Without a command it starts the desktop application. Errors print one plain
line on stderr and exit non-zero; a traceback only ever goes to the log file.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn

from app import __version__
from app.domain.formatting import format_euro
from app.services.report_kinds import REPORT_KINDS, ProjectChoice, ReportKind

# Only what the parser needs is imported at start: ``lotse --version`` and ``--help``
# load no database, Qt or spreadsheet code. Each command imports its own.
if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.check import CheckResult
    from app.services.data_folder import Location
    from app.services.database import Database

PASSWORD_ENV = "LOTSE_PASSWORD"
NEW_PASSWORD_ENV = "LOTSE_NEW_PASSWORD"
RECOVERY_KEY_ENV = "LOTSE_RECOVERY_KEY"
USER_ENV = "LOTSE_USER"
SERVER_ENV = "LOTSE_SERVER"
SERVER_PASSWORD_ENV = "LOTSE_SERVER_PASSWORD"
SERVER_HELP = (
    f"team mode: the database on a PostgreSQL server, postgresql://user@host:port/database "
    f"(also {SERVER_ENV}; remembered by 'init --server'); its password from the credential "
    f"store ('lotse server password'), {SERVER_PASSWORD_ENV} or a prompt"
)

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

log = logging.getLogger(__name__)


class CliError(Exception):
    """A one-line refusal from the command line itself."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"lotse: {message} (see 'lotse --help')\n")


def _add_report_parser(kinds: Any, kind: ReportKind) -> None:
    """``lotse report KIND``: the options the registry says this kind asks for."""
    parser = kinds.add_parser(kind.code, help=kind.help)
    if kind.projects == ProjectChoice.ONE:
        parser.add_argument("--project", required=True, metavar="CODE")
    elif kind.projects == ProjectChoice.SEVERAL:
        parser.add_argument(
            "--project",
            action="append",
            default=[],
            metavar="CODE",
            help="limit to projects (repeat for several); default: all",
        )
    else:
        parser.set_defaults(project=None)
    if kind.by_year:
        period = parser.add_mutually_exclusive_group(required=True)
        period.add_argument("--year", type=int, metavar="YYYY")
        period.add_argument(
            "--from", dest="start", metavar="DATE", help="first day (with --to) instead of a year"
        )
        parser.add_argument("--to", dest="end", metavar="DATE")
    else:
        parser.add_argument("--from", dest="start", required=True, metavar="DATE")
        parser.add_argument("--to", dest="end", required=True, metavar="DATE")
        parser.set_defaults(year=None)
    if kind.offers_cumulative:
        parser.add_argument("--cumulative", action="store_true", help="from the project start on")
    parser.add_argument("--format", default="xlsx", help="xlsx or pdf")
    parser.add_argument("--out", required=True, metavar="FILE")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lotse",
        description="Lotse: case files, consultations, volunteers "
        "and funder statistics for small clubs.",
    )
    parser.add_argument("--version", action="version", version=f"lotse {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the database (default: the user data folder; also LOTSE_DATA_DIR)",
    )
    parser.add_argument(
        "--user", metavar="NAME", help="acting user; password from LOTSE_PASSWORD or a prompt"
    )
    parser.add_argument("--server", metavar="URL", help=SERVER_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("gui", help="start the desktop application (the default)")

    init = commands.add_parser("init", help="create the database with organisation and admin")
    init.add_argument("--org", required=True, metavar="NAME", help="name of the organisation")
    init.add_argument("--admin", required=True, metavar="USER", help="user name of the first admin")
    init.add_argument("--display-name", metavar="NAME", help="full name of the admin")
    init.add_argument(
        "--recovery-pdf",
        metavar="FILE",
        help="also write the recovery key as a printable PDF (Notfallschlüssel)",
    )

    recover = commands.add_parser(
        "recover",
        help="set a new password for an admin with the recovery key "
        f"(from {RECOVERY_KEY_ENV} or a prompt; new password from {NEW_PASSWORD_ENV})",
    )
    recover.add_argument("name", help="user name of the admin")

    backup = commands.add_parser("backup", help="write a verified, encrypted backup file")
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    restore = commands.add_parser(
        "restore", help="replace the database with a verified backup (the current one is kept)"
    )
    restore.add_argument("file", help="the backup file (.lotsebackup)")

    audit = commands.add_parser("audit", help="write the audit trail of a period to a workbook")
    audit.add_argument("--from", dest="start", required=True, metavar="DATE")
    audit.add_argument("--to", dest="end", required=True, metavar="DATE")
    audit.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    audit.add_argument("--of-user", metavar="NAME", help="only what this user did")
    audit.add_argument("--case", metavar="NUMBER", help="only events about this case number")
    audit.add_argument("--action", metavar="CODE", help="only this action, e.g. view or export")

    user = commands.add_parser("user", help="manage user accounts")
    user_commands = user.add_subparsers(
        dest="user_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    user_add = user_commands.add_parser(
        "add", help="add a user; password from LOTSE_NEW_PASSWORD or a prompt"
    )
    user_add.add_argument("name", help="user name")
    user_add.add_argument(
        "--role", required=True, help="admin, advisor, coordinator, treasurer or volunteer"
    )
    user_add.add_argument("--display-name", metavar="NAME", help="full name")
    user_commands.add_parser("list", help="list the user accounts")
    passwd = user_commands.add_parser(
        "passwd",
        help="change your own password (LOTSE_PASSWORD, LOTSE_NEW_PASSWORD) or, as admin, "
        "reset another user's (they must change it at next login)",
    )
    passwd.add_argument("name", help="user name")
    role = user_commands.add_parser("role", help="change a user's role")
    role.add_argument("name", help="user name")
    role.add_argument(
        "--role", required=True, help="admin, advisor, coordinator, treasurer or volunteer"
    )
    for verb, text in (("disable", "deactivate an account"), ("enable", "reactivate an account")):
        command = user_commands.add_parser(verb, help=text)
        command.add_argument("name", help="user name")
    unlock_command = user_commands.add_parser("unlock", help="end the wait after wrong passwords")
    unlock_command.add_argument("name", help="user name")

    project = commands.add_parser("project", help="manage funded projects")
    project_commands = project.add_subparsers(
        dest="project_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    project_add = project_commands.add_parser("add", help="add a project")
    project_add.add_argument("--code", required=True, help="short code, e.g. WIR-2026")
    project_add.add_argument("--name", required=True, help="project name")
    project_add.add_argument("--programme", required=True, help="funding programme")
    project_add.add_argument("--start", required=True, metavar="DATE", help="start date")
    project_add.add_argument("--end", metavar="DATE", help="end date")
    project_add.add_argument("--esf", action="store_true", help="ESF Plus reporting applies")
    project_add.add_argument(
        "--hourly-rate", metavar="EUR", help="value of one volunteer hour in euro, e.g. 15 or 12,82"
    )
    project_add.add_argument("--funder", help="funding body")
    project_add.add_argument(
        "--retention-years",
        type=int,
        default=5,
        metavar="N",
        help="years to keep personal data after the project (default 5)",
    )
    project_commands.add_parser("list", help="list the projects with their settings")
    project_edit = project_commands.add_parser(
        "edit", help="change a project; options not given keep their value"
    )
    project_edit.add_argument("code", help="the project's code")
    project_edit.add_argument("--new-code", metavar="CODE", help="rename the code")
    project_edit.add_argument("--name")
    project_edit.add_argument("--programme")
    project_edit.add_argument("--funder")
    project_edit.add_argument("--start", metavar="DATE")
    project_edit.add_argument("--end", metavar="DATE", help="end date; '' removes it")
    project_edit.add_argument("--esf", action=argparse.BooleanOptionalAction, default=None)
    project_edit.add_argument(
        "--hourly-rate", metavar="EUR", help="value of a volunteer hour for all years; '' removes"
    )
    project_edit.add_argument(
        "--hourly-rate-year",
        action="append",
        default=[],
        metavar="YEAR=EUR",
        help="value of a volunteer hour in one year (repeatable); YEAR= removes it",
    )
    project_edit.add_argument("--retention-years", type=int, metavar="N")
    project_edit.add_argument("--long-term-rule", choices=("sgb3", "eu_survey"), help="EECO03 rule")
    project_edit.add_argument(
        "--min-support-hours", metavar="N", help="minimum support for ESF participants; 0 = none"
    )
    project_edit.add_argument(
        "--supports-organisations", action=argparse.BooleanOptionalAction, default=None
    )
    closing = project_edit.add_mutually_exclusive_group()
    closing.add_argument("--close", action="store_true", help="close the project")
    closing.add_argument("--reopen", action="store_true", help="open a closed project again")

    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument(
        "--participants",
        type=int,
        default=300,
        metavar="N",
        help="number of case files (default 300)",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.add_argument(
        "--today", metavar="DATE", help="reference date the data is built around (default: today)"
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="add demo data even though the database holds data people entered",
    )

    commands.add_parser(
        "check", help="print schema version and integrity of the database (needs --user)"
    )

    kinds = ("participants", "consultations", "volunteers", "hours")
    importer = commands.add_parser("import", help="import a club's sheet (.xlsx or .csv)")
    importer.add_argument("kind", choices=kinds)
    importer.add_argument("file", help="the .xlsx or .csv file")
    importer.add_argument(
        "--dry-run", action="store_true", help="check and report what would change, change nothing"
    )
    template = commands.add_parser("template", help="write an empty template workbook")
    template.add_argument("kind", choices=kinds)
    template.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    report = commands.add_parser("report", help="write a funder report")
    report_kinds = report.add_subparsers(
        dest="report_kind", metavar="REPORT", required=True, parser_class=_Parser
    )
    for kind in REPORT_KINDS.values():
        _add_report_parser(report_kinds, kind)

    sheets = commands.add_parser("timesheet", help="write Stundennachweis PDFs")
    who = sheets.add_mutually_exclusive_group(required=True)
    who.add_argument("--volunteer", metavar="NUMBER", help="one volunteer, e.g. E-0007")
    who.add_argument("--all", action="store_true", help="everyone with approved hours")
    when = sheets.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", metavar="YYYY-MM")
    when.add_argument("--year", type=int, metavar="YYYY")
    sheets.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")

    exporter = commands.add_parser("export", help="export everything into one workbook")
    exporter.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    _add_privacy_commands(commands)
    _add_server_commands(commands)
    _accept_server_everywhere(parser)
    return parser


def _accept_server_everywhere(parser: argparse.ArgumentParser) -> None:
    """``--server URL`` after any command too (``lotse init --server URL …``). Not given
    there, it leaves the value before the command in place (SUPPRESS)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in set(action.choices.values()):
                command.add_argument("--server", metavar="URL", default=argparse.SUPPRESS,
                                     help=argparse.SUPPRESS)  # fmt: skip
                _accept_server_everywhere(command)


def _add_privacy_commands(commands: Any) -> None:
    """``lotse privacy …``: requests of people, retention and anonymisation."""
    privacy = commands.add_parser(
        "privacy", help="data protection: requests of people, retention and anonymisation"
    )
    privacy_commands = privacy.add_subparsers(
        dest="privacy_command", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    access = privacy_commands.add_parser(
        "export", help="everything Lotse holds about one person (Art. 15 GDPR), PDF and JSON"
    )
    access.add_argument(
        "--case", required=True, metavar="NUMBER", help="case number, e.g. 2026-0042"
    )
    access.add_argument("--out", required=True, metavar="DIR", help="folder for the two files")
    privacy_commands.add_parser(
        "due", help="list the case files and volunteers whose retention has ended"
    )
    anonymise = privacy_commands.add_parser(
        "anonymise", help="anonymise what is due (keeps every report's figures)"
    )
    anonymise.add_argument(
        "--due", action="store_true", required=True, help="everything 'privacy due' lists"
    )


# -- team mode: lotse server … ------------------------------------------------------


def _add_server_commands(commands: Any) -> None:
    """``lotse server …``: moving a club's database onto a PostgreSQL server."""
    server = commands.add_parser(
        "server", help="team mode: the club's database on a PostgreSQL server"
    )
    server_commands = server.add_subparsers(
        dest="server_command", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    server_commands.add_parser(
        "password",
        help="ask for the server password once and keep it in this computer's credential store",
    )
    server_commands.add_parser(
        "forget",
        help="this computer goes back to its data folder (laptop mode) and forgets the "
        "server's password; the server and its data stay",
    )
    importer = server_commands.add_parser(
        "import",
        help="copy a laptop database into a new, empty server database (--server URL) and "
        "verify the copy (the acting user must be an administrator of the laptop database)",
    )
    importer.add_argument(
        "--from-data-dir", required=True, metavar="DIR", help="the laptop's data folder"
    )


def cmd_server(args: argparse.Namespace, location: Location) -> None:
    if location.server is None:
        raise CliError(f"which server? Give --server URL (or set {SERVER_ENV})")
    if args.server_command == "import":
        _server_import(args, location)
    elif args.server_command == "forget":
        from app.services.team import forget_server

        forget_server(location.server, location.config_file)
        print(
            f"This computer no longer uses {location.server.display()}; Lotse opens the "
            f"data folder {location.data_dir} at its next start."
        )
    else:
        _store_server_password(location)


def _server_import(args: argparse.Namespace, location: Location) -> None:
    """``lotse server import``: the laptop database at --from-data-dir onto the server."""
    from dataclasses import replace

    from app.services.data_folder import resolve
    from app.services.server_transfer import connect_server, import_to_server

    assert location.server is not None
    secret = _server_password(location)
    assert secret is not None
    # The folder to copy is a laptop's, though this computer may know the server already
    # (environment, lotse.ini): log in to its database file, not to the server.
    laptop = replace(resolve(args.from_data_dir), server=None)
    database, actor, _ = _login(args, laptop)
    try:
        target = connect_server(location.server, secret)
        try:
            report = import_to_server(database, actor, target, progress=_print_progress)
        finally:
            target.dispose()
    finally:
        database.close()
    if report.created_schema:
        print("The server database was new: Lotse's tables were created in it.")
    width = max(len(check.table) for check in report.tables)
    print(f"{'Table':<{width}}  {'Rows':>9}  {'SHA-256':<16}  Identical")
    for check in report.tables:
        same = "yes" if check.identical else "NO"
        print(f"{check.table:<{width}}  {check.rows:>9}  {check.sha256[:16]}  {same}")
    print(
        f"Copied {report.rows} rows of {len(report.tables)} tables to the server in "
        f"{report.seconds:.1f} s; every table is identical on both sides."
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.logging_setup import configure_logging
    from app.services.data_folder import resolve
    from app.services.errors import ServiceError

    try:
        location = resolve(args.data_dir, args.server)
    except ServiceError as error:
        print(f"lotse: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    if args.command in (None, "gui"):
        from app.ui.display import display_problem

        if problem := display_problem():
            print(f"lotse: {problem}", file=sys.stderr)
            return EXIT_ERROR
        from app.ui.launch import run_gui

        return run_gui(location)
    configure_logging(location)
    handler = COMMANDS[args.command]
    try:
        handler(args, location)
    except (ServiceError, CliError) as error:
        message = error.message if isinstance(error, ServiceError) else str(error)
        log.info("lotse %s refused: %s", args.command, message)
        print(f"lotse: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lotse: cancelled", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: details go to the log, one line to the user
        from app.error_text import safe_message
        from app.services.errors import environment_message
        from app.services.team import server_error

        lost = server_error(error, location.server) if location.server is not None else None
        if (known := lost.message if lost else environment_message(error)) is not None:
            log.warning("lotse %s: %s", args.command, known)
            print(f"lotse: {known}", file=sys.stderr)
            return EXIT_ERROR
        log.exception("lotse %s failed", args.command)
        print(
            f"lotse: internal error ({type(error).__name__}: {safe_message(error)}); "
            f"details in {location.log_file}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return 0


# -- passwords ----------------------------------------------------------------


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"no password given: set {PASSWORD_ENV} or run in a terminal")
    return getpass.getpass(prompt)


def _password(env: str, prompt: str, confirm: bool) -> str:
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    password = _prompt(prompt)
    if confirm and password != _prompt("Repeat the password: "):
        raise CliError("the two passwords differ; nothing was changed")
    return password


def _login(
    args: argparse.Namespace, location: Location, password_change: bool = False
) -> tuple[Database, Actor, str]:
    """Unlock and open the database as the acting user; returns the password for reuse.

    A user whose password was reset may only change it (``password_change``)."""
    from app.services.auth import log_in
    from app.services.database import is_initialised, migration_notices

    username = args.user or os.environ.get(USER_ENV)
    if not username:
        raise CliError(f"this command needs --user NAME (or {USER_ENV})")
    if not is_initialised(location):
        raise CliError(
            f"there is no Lotse database in {location.data_dir} yet; run 'lotse init' first"
        )
    secret = _server_password(location)
    password = _password(PASSWORD_ENV, f"Password for {username}: ", confirm=False)
    login = log_in(location, username, password, server_password=secret)
    database, actor = login.database, login.actor
    if login.recovery_key:
        print(
            "The database was encrypted. Recovery key (write it down or print it, it is "
            f"shown only once): {login.recovery_key}"
        )
        for path in login.wiped:
            print(f"Overwrote and removed the unencrypted file {path}.")
        print(
            "Copies of the old, unencrypted database elsewhere (USB sticks, network drives, "
            "e-mail) are still readable: delete them."
        )
    for notice in migration_notices(database):
        print(f"lotse: {notice}", file=sys.stderr)
    try:
        if actor.must_change_password and not password_change:
            raise CliError(
                f"the password of {actor.username} was reset and must be changed first: "
                f"lotse --user {actor.username} user passwd {actor.username}"
            )
        return database, actor, password
    except BaseException:
        database.close()
        raise


def _server_password(location: Location) -> str | None:
    """Team mode: the server password from the credential store or the environment, else
    asked in a terminal. None in laptop mode."""
    from app.services.team import password_missing, server_password

    if location.server is None:
        return None
    known = server_password(location.server)
    if known is not None:
        return known
    if not sys.stdin.isatty():
        raise password_missing(location.server)
    return getpass.getpass(f"Password of the server {location.server.display()}: ")


# -- commands -----------------------------------------------------------------


def cmd_init(args: argparse.Namespace, location: Location) -> None:
    from app.services.setup import SetupInput, initialise

    if location.server is not None:
        _init_server(args, location)
        return
    password = _password(PASSWORD_ENV, f"New password for {args.admin}: ", confirm=True)
    database, actor, recovery_key = initialise(
        location, SetupInput(args.org, args.admin, password, args.display_name)
    )
    assert recovery_key is not None  # a laptop's database always has one
    try:
        if args.recovery_pdf:
            from pathlib import Path

            from app.services.recovery_sheet import write_recovery_sheet

            write_recovery_sheet(database, recovery_key, Path(args.recovery_pdf))
    finally:
        database.close()
    print(f"Created {location.database} for '{args.org.strip()}' with admin '{actor.username}'.")
    print(
        "The database is encrypted. Recovery key (shown only once; print it or write it down "
        f"and keep it locked away): {recovery_key}"
    )
    if args.recovery_pdf:
        print(f"Wrote the Notfallschlüssel to {args.recovery_pdf}.")


def _init_server(args: argparse.Namespace, location: Location) -> None:
    """``lotse init --server URL``: set up the server's empty database, remember the server."""
    from app.services.setup import SetupInput, initialise
    from app.services.team import remember_server

    assert location.server is not None
    if args.recovery_pdf:
        raise CliError("a database on a server has no recovery key; leave out --recovery-pdf")
    secret = _server_password(location)
    password = _password(PASSWORD_ENV, f"New password for {args.admin}: ", confirm=True)
    database, actor, _ = initialise(
        location, SetupInput(args.org, args.admin, password, args.display_name), secret
    )
    database.close()
    remember_server(location.server, location.config_file)
    print(
        f"Set up the database {location.server.display()} for '{args.org.strip()}' with admin "
        f"'{actor.username}'. This computer uses that server from now on."
    )


def _store_server_password(location: Location) -> None:
    """``lotse server password``: keep the server password in the credential store."""
    from app.services.team import check_server, no_credential_store, store_password

    assert location.server is not None
    if not sys.stdin.isatty():
        raise CliError(
            "the server password is asked in a terminal; for automation set "
            f"{SERVER_PASSWORD_ENV} instead of storing it"
        )
    password = getpass.getpass(f"Password of the server {location.server.display()}: ")
    check_server(location.server, password)
    if not store_password(location.server, password):
        raise no_credential_store()
    print(f"Stored the password of {location.server.display()} in the credential store.")


def cmd_recover(args: argparse.Namespace, location: Location) -> None:
    from app.services.recovery import recover_admin_password

    recovery_key = os.environ.get(RECOVERY_KEY_ENV)
    if recovery_key is None:
        if not sys.stdin.isatty():
            raise CliError(f"no recovery key given: set {RECOVERY_KEY_ENV} or run in a terminal")
        recovery_key = getpass.getpass("Recovery key: ")
    new = _password(NEW_PASSWORD_ENV, f"New password for {args.name}: ", confirm=True)
    recover_admin_password(location, recovery_key, args.name, new)
    print(f"'{args.name.strip().lower()}' has a new password and can log in again.")


def cmd_backup(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services.backups import create_backup

    database, actor, _ = _login(args, location)
    try:
        written = create_backup(database, actor, Path(args.out))
    finally:
        database.close()
    print(f"Wrote and verified the backup {written}.")


def cmd_restore(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services.backups import restore_backup

    database, actor, password = _login(args, location)
    try:
        restored = restore_backup(database, actor, Path(args.file), password)
    except BaseException:
        database.close()
        raise
    restored.database.close()
    print(
        f"Restored {args.file}. The database as it was before is kept in {restored.replaced_copy}."
    )


def cmd_audit(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services import validation
    from app.services.audit_trail import AuditFilter, export_audit

    start = validation.date_text("from", "--from", args.start)
    end = validation.date_text("to", "--to", args.end)
    database, actor, _ = _login(args, location)
    try:
        count = export_audit(
            database,
            actor,
            AuditFilter(start, end, args.of_user, args.case, args.action),
            Path(args.out),
        )
    finally:
        database.close()
    print(f"Wrote {count} audit event(s) to {args.out}.")


def cmd_user(args: argparse.Namespace, location: Location) -> None:
    from app.services import users

    action = args.user_command
    acting = (args.user or os.environ.get(USER_ENV) or "").strip().lower()
    own_password = action == "passwd" and args.name.strip().lower() == acting
    database, actor, password = _login(args, location, password_change=own_password)
    try:
        if action == "add":
            new = _password(
                NEW_PASSWORD_ENV, f"Password for the new user {args.name}: ", confirm=True
            )
            user = users.add_user(database, actor, args.name, args.role, new, args.display_name)
            print(f"Added user '{user.username}' with role {user.role.value}.")
            return
        if action == "list":
            for row in users.list_users(database, actor):
                state = "active" if row.active else "deactivated"
                if row.active and not row.has_key:
                    state += ", cannot log in until a new password is set"
                elif row.must_change_password:
                    state += ", must change password"
                linked = f"  volunteer {row.volunteer}" if row.volunteer else ""
                print(
                    f"{row.username:<20} {row.role.value:<12} {state}  {row.display_name}{linked}"
                )
            return
        if own_password:
            new = _password(NEW_PASSWORD_ENV, "New password: ", confirm=True)
            users.change_own_password(database, actor, password, new)
            print("Your password was changed.")
            return
        user_id = _user_id(database, actor, args.name)
        if action == "passwd":
            new = _password(NEW_PASSWORD_ENV, f"Temporary password for {args.name}: ", confirm=True)
            users.reset_password(database, actor, user_id, new)
            print(f"Reset the password of '{args.name}'; it must be changed at the next login.")
        elif action == "role":
            row = next(r for r in users.list_users(database, actor) if r.id == user_id)
            users.update_user(database, actor, user_id, row.display_name, args.role)
            print(f"'{args.name}' now has the role {args.role}.")
        elif action in ("disable", "enable"):
            users.set_active(database, actor, user_id, action == "enable")
            print(f"'{args.name}' is {'active' if action == 'enable' else 'deactivated'}.")
            if action == "enable" and not users.has_key_slot(database, user_id):
                print(
                    f"'{args.name}' cannot log in until you set a new password "
                    f"(deactivating removed the key): lotse user passwd {args.name}"
                )
        else:
            users.unlock(database, actor, user_id)
            print(f"'{args.name}' can log in again.")
    finally:
        database.close()


def _user_id(database: Database, actor: Actor, name: str) -> int:
    from app.services.users import list_users

    wanted = name.strip().lower()
    for row in list_users(database, actor):
        if row.username == wanted:
            return row.id
    raise CliError(f"there is no user '{name}'")


def cmd_project(args: argparse.Namespace, location: Location) -> None:
    from app.services.projects import ProjectInput, add_project

    if args.project_command == "list":
        _list_projects(args, location)
        return
    if args.project_command == "edit":
        _edit_project(args, location)
        return
    database, actor, _ = _login(args, location)
    try:
        project = add_project(
            database,
            actor,
            ProjectInput(
                code=args.code,
                name=args.name,
                programme=args.programme,
                start=args.start,
                end=args.end,
                esf=args.esf,
                hourly_rate=args.hourly_rate,
                funder=args.funder,
                retention_years=args.retention_years,
            ),
        )
        esf = " (ESF Plus)" if project.esf else ""
        print(f"Added project {project.code} '{project.name}'{esf}.")
    finally:
        database.close()


def _list_projects(args: argparse.Namespace, location: Location) -> None:
    from app.services.projects import hourly_rates, list_projects

    database, actor, _ = _login(args, location)
    try:
        for project in list_projects(database, actor, include_archived=True):
            assert project.id is not None
            period = f"{project.start_date:%d.%m.%Y} – " + (
                f"{project.end_date:%d.%m.%Y}" if project.end_date else "open"
            )
            flags = [
                "ESF Plus" if project.esf else "",
                "closed" if project.archived else "",
                f"min. {project.min_support_hours} h support" if project.min_support_hours else "",
            ]
            rates = ", ".join(
                f"{year}: {format_euro(cents)}"
                for year, cents in sorted(hourly_rates(database, project.id).items())
            )
            print(
                f"{project.code:<14} {project.name}  ({project.programme}; {period})"
                + "".join(f"; {flag}" for flag in flags if flag)
                + (f"; hour values {rates}" if rates else "")
            )
    finally:
        database.close()


def _edit_project(args: argparse.Namespace, location: Location) -> None:
    from dataclasses import replace

    from app.domain.enums import LongTermUnemploymentRule
    from app.services.projects import (
        ProjectInput,
        close_project,
        list_projects,
        project_success_statuses,
        set_hourly_rate,
        update_project,
    )

    database, actor, _ = _login(args, location)
    try:
        code = args.code.strip().upper()
        project = next((p for p in list_projects(database, actor, True) if p.code == code), None)
        if project is None or project.id is None:
            raise CliError(f"there is no project with the code {args.code}")
        current = ProjectInput(
            code=project.code,
            name=project.name,
            programme=project.programme,
            start=project.start_date.isoformat(),
            end=project.end_date.isoformat() if project.end_date else None,
            esf=project.esf,
            hourly_rate=f"{project.hourly_rate_cents / 100:.2f}"
            if project.hourly_rate_cents is not None
            else None,
            funder=project.funder,
            retention_years=project.retention_years,
            long_term_rule=project.long_term_rule,
            min_support_hours=str(project.min_support_hours or ""),
            supports_organisations=project.supports_organisations,
            qualification_counts_as_success=project.qualification_counts_as_success,
            success_statuses=tuple(project_success_statuses(database, project.id)),
        )
        changes: dict[str, object] = {}
        for option, key in (
            ("new_code", "code"),
            ("name", "name"),
            ("programme", "programme"),
            ("funder", "funder"),
            ("start", "start"),
            ("end", "end"),
            ("esf", "esf"),
            ("hourly_rate", "hourly_rate"),
            ("retention_years", "retention_years"),
            ("supports_organisations", "supports_organisations"),
        ):
            value = getattr(args, option)
            if value is not None:
                changes[key] = value
        if args.long_term_rule:
            changes["long_term_rule"] = LongTermUnemploymentRule(args.long_term_rule)
        if args.min_support_hours is not None:
            hours = args.min_support_hours.strip()
            changes["min_support_hours"] = "" if hours in ("", "0") else hours
        if changes:
            update_project(database, actor, project.id, replace(current, **changes))  # type: ignore[arg-type]
        for pair in args.hourly_rate_year:
            year, _, rate = pair.partition("=")
            if not year.strip().isdigit():
                raise CliError(f"--hourly-rate-year: '{pair}' is not YEAR=EUR, e.g. 2026=13,90")
            set_hourly_rate(database, actor, project.id, int(year), rate or None)
        if args.close or args.reopen:
            close_project(database, actor, project.id, closed=args.close)
        print(f"Saved project {changes.get('code', project.code)}.")
    finally:
        database.close()


def cmd_demo(args: argparse.Namespace, location: Location) -> None:
    from app.services import validation
    from app.services.demo import create_demo_data
    from app.services.errors import ValidationError

    today = validation.date_text("today", "--today", args.today) if args.today else date.today()
    if args.participants < 1:
        raise ValidationError(
            "participants", "--participants: a whole number of at least 1 is required."
        )
    database, actor, _ = _login(args, location)
    started = time.monotonic()
    try:
        summary = create_demo_data(
            database,
            actor,
            args.participants,
            args.seed,
            today=today,
            progress=_print_progress,
            force=args.force,
        )
    finally:
        database.close()
    print(
        f"Demo data created in {time.monotonic() - started:.1f} s: "
        f"{summary.participants} case files, {summary.consultations} consultations, "
        f"{summary.follow_ups} follow-ups, {summary.volunteers} volunteers, "
        f"{summary.hours} hour entries, {summary.mentorships} tandems, {summary.events} events."
    )
    if summary.staff_passwords:
        print("New demo staff accounts, each with its own password (shown only now):")
        for username, password in summary.staff_passwords.items():
            print(f"  {username}: {password}")
    else:
        print("Demo staff accounts (already there): " + ", ".join(summary.staff_usernames))


def _print_progress(message: str) -> None:
    print(message, flush=True)


def cmd_check(args: argparse.Namespace, location: Location) -> None:
    """Read-only: the file is never opened the normal way (which would migrate it)."""
    if location.server is not None:
        result = _check_on_server(args, location)
    else:
        result = _check_file(args, location)
    print(f"Database: {result.path}")
    if result.schema_revision is not None:
        state = (
            "up to date" if result.up_to_date else f"will be updated to {result.expected_revision}"
        )
        print(f"Schema version: {result.schema_revision} ({state})")
    print(f"Integrity: {result.integrity}")
    problems = result.foreign_key_problems
    print(f"Foreign keys: {f'{problems} problems' if problems else 'ok'}")
    for table, count in result.counts.items():
        print(f"  {table}: {count if count >= 0 else 'unreadable'}")
    for problem in result.problems:
        print(f"Problem: {problem}")
    if not result.ok:
        raise CliError(result.problems[0] if result.problems else f"{result.path}: not ok")


def _check_file(args: argparse.Namespace, location: Location) -> CheckResult:
    from app.services.check import diagnose
    from app.services.database import is_initialised, needs_encryption

    if not location.database.exists():
        raise CliError(
            f"there is no Lotse database in {location.data_dir} yet; run 'lotse init' first"
        )
    password = ""
    if is_initialised(location) and not needs_encryption(location):
        username = args.user or os.environ.get(USER_ENV)
        if not username:
            raise CliError(f"this command needs --user NAME (or {USER_ENV})")
        password = _password(PASSWORD_ENV, f"Password for {username}: ", confirm=False)
    else:
        username = ""
    return diagnose(location, username, password)


def _check_on_server(args: argparse.Namespace, location: Location) -> CheckResult:
    """Team mode: a user's login opens the server database, then only reads are made."""
    from app.services.check import check_server

    database, _actor, _ = _login(args, location)
    try:
        return check_server(database.engine)
    finally:
        database.close()


def cmd_import(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services.spreadsheets.importer import run_import

    database, actor, _ = _login(args, location)
    try:
        result = run_import(database, actor, args.kind, Path(args.file), dry_run=args.dry_run)
    finally:
        database.close()
    for header in result.ignored_columns:
        print(f"Ignored unknown column: {header}")
    for note in result.notes:
        print(f"Note: {note}")
    for correction in result.corrections:
        print(f"Corrected: {correction.text()}")
    if result.errors:
        for error in result.errors:
            print(error.text(), file=sys.stderr)
        raise CliError(f"{len(result.errors)} error(s) in {args.file}; nothing was imported")
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {args.kind}: {result.created} created, {result.updated} updated, "
        f"{result.unchanged} unchanged."
    )
    if result.incomplete_questionnaires:
        print(
            f"{result.incomplete_questionnaires} ESF row(s) have entry questions left empty: "
            "they count as not yet asked and are listed as missing."
        )


def cmd_template(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services.spreadsheets.templates import write_template

    database, actor, _ = _login(args, location)
    try:
        write_template(database, actor, args.kind, Path(args.out))
    finally:
        database.close()
    print(f"Wrote the {args.kind} template to {args.out}.")


def cmd_export(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services.spreadsheets.export import export_all

    database, actor, _ = _login(args, location)
    try:
        counts = export_all(database, actor, Path(args.out))
    finally:
        database.close()
    print(f"Exported to {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".")


def _privacy_export(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services.access_request import participant_for_case_number, write_access_export

    database, actor, _ = _login(args, location)
    try:
        participant_id = participant_for_case_number(database, actor, args.case)
        paths = write_access_export(database, actor, participant_id, Path(args.out))
    finally:
        database.close()
    print(
        "Written: " + ", ".join(str(p) for p in paths) + ". The files are not encrypted: "
        "hand them to the person and delete them afterwards."
    )


def cmd_report(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services import periods, validation
    from app.services.report_kinds import ReportRequest, build_report, report_kind
    from app.services.reports import checked_period, write_report

    kind = report_kind(args.report_kind)
    if args.start is not None and args.end is None:
        raise CliError("--from needs --to")
    if args.start is not None:
        period = checked_period(
            validation.date_text("from", "--from", args.start),
            validation.date_text("to", "--to", args.end),
        )
    else:
        period = periods.calendar_year(args.year)
    request = ReportRequest(
        period,
        project=args.project if isinstance(args.project, str) else None,
        projects=tuple(args.project) if isinstance(args.project, list) else (),
        cumulative=getattr(args, "cumulative", False),
    )
    database, actor, _ = _login(args, location)
    try:
        report = build_report(database, actor, kind.code, request)
        write_report(database, actor, report, args.format, Path(args.out))
    finally:
        database.close()
    print(f"Wrote {report.title} to {args.out}.")


def cmd_timesheet(args: argparse.Namespace, location: Location) -> None:
    from pathlib import Path

    from app.services import periods
    from app.services.timesheets import month_period, write_timesheets

    if args.all and args.year:
        raise CliError("--all works with --month; a yearly timesheet is for one --volunteer")
    period = month_period(args.month) if args.month else periods.calendar_year(args.year)
    database, actor, _ = _login(args, location)
    try:
        written = write_timesheets(database, actor, period, Path(args.out), args.volunteer)
    finally:
        database.close()
    print(f"Wrote {len(written)} timesheet(s) to {args.out}.")


def _privacy_due(args: argparse.Namespace, location: Location) -> None:
    from app.services.privacy import DueKind, due_anonymisations

    words = {
        DueKind.CASE: "case file, anonymise",
        DueKind.VOLUNTEER: "volunteer, anonymise",
        DueKind.CLEARANCE: "police clearance, delete",
    }
    database, actor, _ = _login(args, location)
    try:
        due = due_anonymisations(database, actor)
    finally:
        database.close()
    for item in due:
        print(f"{item.number}\t{words[item.kind]}\tkept until {item.kept_until:%d.%m.%Y}")
    print(f"{len(due)} due.")


def _privacy_anonymise(args: argparse.Namespace, location: Location) -> None:
    from app.services.privacy import anonymise_due

    database, actor, _ = _login(args, location)
    try:
        result = anonymise_due(database, actor)
    finally:
        database.close()
    if not (result.cases or result.volunteers or result.clearances):
        print("Nothing is due.")
        return
    print(
        f"Anonymised {result.cases} case file(s) and {result.volunteers} volunteer(s); deleted "
        f"{result.clearances} police clearance(s). The backups in the data folder were "
        "replaced by one written now; copies elsewhere (USB sticks) still hold the old data."
    )


PRIVACY_COMMANDS: dict[str, Callable[[argparse.Namespace, Location], None]] = {
    "export": _privacy_export,
    "due": _privacy_due,
    "anonymise": _privacy_anonymise,
}


def cmd_privacy(args: argparse.Namespace, location: Location) -> None:
    PRIVACY_COMMANDS[args.privacy_command](args, location)


COMMANDS: dict[str, Callable[[argparse.Namespace, Location], None]] = {
    "init": cmd_init,
    "user": cmd_user,
    "project": cmd_project,
    "demo": cmd_demo,
    "check": cmd_check,
    "import": cmd_import,
    "template": cmd_template,
    "export": cmd_export,
    "report": cmd_report,
    "timesheet": cmd_timesheet,
    "recover": cmd_recover,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "audit": cmd_audit,
    "privacy": cmd_privacy,
    "server": cmd_server,
}
