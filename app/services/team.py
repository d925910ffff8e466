"""Team mode: the club's database on a PostgreSQL server, as the interface needs it.

The first-run assistant, the login dialog and the command line take everything about
the server from here, never from ``app/storage``: reading and checking an address, trying
a connection, remembering the server on this computer, and the server password in the
operating system's credential store (``keyring``; service "Lotse", the address without
password as the user name). The server password is never written to a file or a log;
automation gives it in ``LOTSE_SERVER_PASSWORD``.

Losing the server is an everyday event on a workstation (Wi-Fi, VPN, a restart of the
server): ``server_error`` turns the driver's connection errors into one plain message
each, and ``watch_connection`` does so for every statement of an open database.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

from app.services.errors import ServiceError, ValidationError
from app.services.i18n import translate
from app.storage import user_config
from app.storage.errors import DatabaseTooNew
from app.storage.server import (
    AddressField,
    AddressProblem,
    Contents,
    create_server_engine,
    parse_url,
    server_contents,
)
from app.storage.server import CertificateCheck as CertificateCheck
from app.storage.server import ServerAddress as ServerAddress

CREDENTIAL_SERVICE = "Lotse"
SERVER_PASSWORD_ENV = "LOTSE_SERVER_PASSWORD"


class ServerProblem(ServiceError):
    """The server could not be used; the message says why and what to do."""


class ServerUnreachable(ServerProblem):
    """No connection to the server (network, server down, timeout)."""


class ServerPasswordWrong(ServerProblem):
    """The server refused the workstation's password for its role."""


class ServerTlsRefused(ServerProblem):
    """The encrypted connection could not be made (no TLS on the server, a certificate)."""


class ServerRefused(ServerProblem):
    """The server answered but refused the connection for another reason."""


class ServerPasswordMissing(ServerProblem):
    """No server password in the credential store, the environment or a prompt."""


class NotALotseServer(ServerProblem):
    """The database on the server holds tables that are not Lotse's."""


# -- addresses -----------------------------------------------------------------


def address_error(problem: AddressProblem) -> ValidationError:
    """The message for an address that cannot be used, naming the wrong part."""
    field = problem.field
    if field is AddressField.PASSWORD:
        return ValidationError(
            "server",
            translate(
                "Errors",
                "Server address: please leave the password out of the address. It would be "
                "kept in the shell history and the settings file; Lotse asks for it and keeps "
                "it in this computer's credential store.",
            ),
        )
    if field is AddressField.URL:
        return ValidationError(
            "server",
            translate(
                "Errors",
                "Server address: '{text}' is not a PostgreSQL address. Expected is "
                "postgresql://user@host:port/database, for example "
                "postgresql://lotse@server.verein.de:5432/lotse.",
            ).format(text=problem.detail),
        )
    if field is AddressField.HOST:
        return ValidationError(
            "host", translate("Errors", "Server: the host name or IP address is missing.")
        )
    if field is AddressField.PORT:
        return ValidationError(
            "port",
            translate(
                "Errors", "Port: '{port}' is no port number; a number from 1 to 65535 is expected."
            ).format(port=problem.detail),
        )
    if field is AddressField.DATABASE:
        return ValidationError(
            "database", translate("Errors", "Database: the name of the database is missing.")
        )
    if field is AddressField.USER:
        return ValidationError(
            "user",
            translate("Errors", "User: the server's user name (the database role) is missing."),
        )
    if field is AddressField.SSLMODE:
        return ValidationError(
            "tls",
            translate(
                "Errors",
                "Server address: sslmode={mode} is not supported; use require (the default), "
                "verify-ca, verify-full or, only on a trusted network, disable.",
            ).format(mode=problem.detail),
        )
    return ValidationError(
        "server",
        translate(
            "Errors",
            "Server address: the parameter '{name}' is not supported; only sslmode, host and "
            "port may follow the '?'.",
        ).format(name=problem.detail),
    )


def parse_server_address(text: str) -> ServerAddress:
    """The address in ``text`` (``postgresql://user@host:port/database``)."""
    try:
        return parse_url(text)
    except AddressProblem as problem:
        raise address_error(problem) from None


def address_from_fields(
    host: str, port: int | str, database: str, user: str, tls: bool = True
) -> ServerAddress:
    """The address typed into the assistant's fields; a wrong field is named."""
    if isinstance(port, str):
        if not port.strip().isdigit():
            raise address_error(AddressProblem(AddressField.PORT, port.strip()))
        port = int(port)
    try:
        return ServerAddress(
            host=host.strip(), port=port, database=database.strip(), user=user.strip(), tls=tls
        )
    except AddressProblem as problem:
        raise address_error(problem) from None


def remember_server(address: ServerAddress, config_file: Any = None) -> None:
    """Use this server at the next start of Lotse on this computer (``lotse.ini``)."""
    user_config.remember_server(address.display(), config_file)


def forget_server(address: ServerAddress | None, config_file: Any = None) -> None:
    """Back to the database in the data folder at the next start; the server's password
    leaves this computer's credential store too. The server and its data stay."""
    import keyring  # the credential store's modules load only in team mode
    import keyring.errors

    user_config.remember_server(None, config_file)
    if address is None:
        return
    with suppress(keyring.errors.KeyringError):  # none kept, or no store: nothing to remove
        keyring.delete_password(CREDENTIAL_SERVICE, address.display())


# -- the server password -----------------------------------------------------------


def stored_password(address: ServerAddress) -> str | None:
    """The server password kept in the credential store, if there is one (and a store)."""
    import keyring  # the credential store's modules load only in team mode
    import keyring.errors

    try:
        return keyring.get_password(CREDENTIAL_SERVICE, address.display())
    except keyring.errors.KeyringError:
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep the server password in the credential store; False when there is none usable
    (a headless Linux without a keyring: then ``LOTSE_SERVER_PASSWORD`` is the way)."""
    import keyring  # the credential store's modules load only in team mode
    import keyring.errors

    try:
        keyring.set_password(CREDENTIAL_SERVICE, address.display(), password)
    except keyring.errors.KeyringError:
        return False
    return True


def server_password(address: ServerAddress) -> str | None:
    """The server password from the credential store, else from the environment."""
    stored = stored_password(address)
    if stored is not None:
        return stored
    return os.environ.get(SERVER_PASSWORD_ENV)


def password_missing(address: ServerAddress) -> ServerPasswordMissing:
    return ServerPasswordMissing(
        translate(
            "Errors",
            "No password for the server {server}: store it once with lotse server password "
            "--server '{server}' (kept in this computer's credential store), or set "
            "LOTSE_SERVER_PASSWORD.",
        ).format(server=address.display())
    )


def no_credential_store() -> ServerProblem:
    return ServerProblem(
        translate(
            "Errors",
            "This computer has no credential store Lotse can use, so the server password was "
            "not stored. Set LOTSE_SERVER_PASSWORD for the command line instead.",
        )
    )


# -- connection errors ----------------------------------------------------------------

# What libpq says (in English, from the client library) for each kind of failure.
_UNREACHABLE = (
    "connection refused",
    "timeout expired",
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "network is unreachable",
    "no route to host",
    "server closed the connection",
    "connection is lost",
    "connection is closed",
    "the connection is lost",
    "consuming input failed",
    "could not receive data",
    "could not send data",
    "ssl syscall error",
    "terminating connection",
    "no such file or directory",  # a socket folder without a server
)
_WRONG_PASSWORD = ("password authentication failed", "no password supplied")
_TLS = ("does not support ssl", "ssl was required", "certificate", "ssl error", "sslmode")
# SQLSTATE classes of a lost connection: connection exception, operator intervention.
_LOST_STATES = ("08", "57P")


def _driver_error(error: BaseException) -> BaseException | None:
    """The psycopg error behind ``error``, if it is one."""
    current: BaseException | None = error
    seen: list[BaseException] = []
    while current is not None and all(current is not item for item in seen):
        seen.append(current)
        if type(current).__module__.startswith("psycopg"):
            return current
        cause = current.orig if isinstance(current, DBAPIError) else None
        current = cause if isinstance(cause, BaseException) else current.__cause__
    return None


def _reason(driver: BaseException) -> str:
    """The server's or libpq's own sentence, without the "connection failed: ..." prefix."""
    text = str(driver).strip().splitlines()[0] if str(driver).strip() else type(driver).__name__
    for marker in ("failed: FATAL:", "failed:"):
        if marker in text:
            text = text.rsplit(marker, 1)[1]
    return text.strip()


class _Failure(StrEnum):
    """What kind of connection failure a driver error is."""

    PASSWORD = "password"
    TLS = "tls"
    UNREACHABLE = "unreachable"
    REFUSED = "refused"  # the server answered and said no (database or role missing, …)


def _failure(driver: BaseException) -> _Failure | None:
    """The kind of failure; None for an error that is not about the connection."""
    state = getattr(driver, "sqlstate", None)
    if state is not None and not str(state).startswith(_LOST_STATES):
        return None  # a constraint, a lock, a syntax error: the statement's own problem
    text = str(driver).lower()
    if any(part in text for part in _WRONG_PASSWORD):
        return _Failure.PASSWORD
    if any(part in text for part in _TLS):
        return _Failure.TLS
    if state is not None or any(part in text for part in _UNREACHABLE):
        return _Failure.UNREACHABLE
    if "connection failed" in text or "fatal" in text:
        return _Failure.REFUSED
    return None


def server_error(
    error: BaseException, address: ServerAddress, during_work: bool = False
) -> ServerProblem | None:
    """The plain message for a failed connection to ``address``; None when ``error`` is
    not about the connection (a constraint, a bug: handled elsewhere).

    ``during_work``: the server was lost while the user worked (nothing was saved)
    rather than at the login."""
    driver = _driver_error(error)
    failure = _failure(driver) if driver is not None else None
    if driver is None or failure is None:
        return None
    if failure is _Failure.PASSWORD:
        return ServerPasswordWrong(
            translate(
                "Errors",
                "The server {host} refused the password of the user {user}. Store the right "
                "one with 'lotse server password' (or in the login dialog); the server's "
                "administrator can tell you which.",
            ).format(host=address.host, user=address.user)
        )
    if failure is _Failure.TLS:
        return ServerTlsRefused(
            translate(
                "Errors",
                "No encrypted connection to the server {host} could be made ({reason}). Lotse "
                "sends the club's data only encrypted: ask the server's administrator to "
                "enable TLS, or to give you the server's certificate.",
            ).format(host=address.host, reason=_reason(driver))
        )
    if during_work:
        # Whatever keeps the database away in the middle of the work (network, restart,
        # connections refused), the user's question is the same: was my input saved?
        return ServerUnreachable(lost_message(address))
    if failure is _Failure.UNREACHABLE:
        return ServerUnreachable(
            translate(
                "Errors",
                "The server {host} cannot be reached (port {port}): {reason}. Check the "
                "address and this computer's network connection, or ask whoever looks after "
                "the server whether it is running.",
            ).format(host=address.host, port=address.port, reason=_reason(driver))
        )
    return ServerRefused(
        translate("Errors", "The server {host} refused the connection: {reason}").format(
            host=address.host, reason=_reason(driver)
        )
    )


def lost_message(address: ServerAddress) -> str:
    return translate(
        "Errors",
        "The server {host} cannot be reached. Nothing was saved; what you entered stays in "
        "the form (a consultation note is kept as a draft). Please check the network "
        "connection and try again.",
    ).format(host=address.host)


def watch_connection(engine: Engine, address: ServerAddress) -> None:
    """From now on, a lost connection in any statement reaches the user as
    ``ServerUnreachable`` (a ServiceError every window and command shows)."""

    def on_error(context: Any) -> None:
        problem = server_error(context.original_exception, address, during_work=True)
        if problem is not None:
            raise problem from context.original_exception

    event.listen(engine, "handle_error", on_error)


# -- trying a server -------------------------------------------------------------------


def not_a_lotse_server(address: ServerAddress) -> NotALotseServer:
    return NotALotseServer(
        translate(
            "Errors",
            "The database {database} on {host} holds tables that are not Lotse's. Lotse did "
            "not change it; ask the server's administrator for an empty database for Lotse.",
        ).format(database=address.database, host=address.host)
    )


def too_new(address: ServerAddress, revision: str) -> ServerProblem:
    return ServerProblem(
        translate(
            "Errors",
            "The database {database} on {host} was set up by a newer version of Lotse (schema "
            "{revision}). Please install the newer Lotse on this computer; nothing was changed.",
        ).format(database=address.database, host=address.host, revision=revision)
    )


def check_server(address: ServerAddress, password: str) -> None:
    """Connect once and look: raises ``ServerProblem`` with a plain message when the server
    cannot be reached, refuses the password or TLS, holds a database that is not Lotse's
    or one of a newer Lotse. An empty database (for a new set-up) passes."""
    _checked_contents(address, password)


def is_set_up(address: ServerAddress, password: str) -> bool:
    """After the checks of ``check_server``: True when the server's database already holds
    a club (log in to it), False when it is empty (set it up: ``setup.initialise``)."""
    return _checked_contents(address, password) is Contents.CLUB


def _checked_contents(address: ServerAddress, password: str) -> Contents:
    from app.storage.migrate import refuse_if_too_new_server

    engine = create_server_engine(address, password, None)
    try:
        with plain_server_errors(address):
            with engine.connect() as connection:
                contents = server_contents(connection)
            if contents is Contents.FOREIGN:
                raise not_a_lotse_server(address)
            refuse_if_too_new_server(engine)
            return contents
    finally:
        engine.dispose()


@contextmanager
def plain_server_errors(address: ServerAddress) -> Iterator[None]:
    """What the driver and the migrations raise while talking to ``address``, as the
    plain messages of ``ServerProblem`` (a driver error of no known kind passes on)."""
    try:
        yield
    except DatabaseTooNew as error:
        raise too_new(address, error.revision) from error
    except DBAPIError as error:
        problem = server_error(error, address)
        if problem is None:
            raise
        raise problem from error
