"""The club's database on a PostgreSQL server (team mode): its address and the engine.

An address is written as a URL without a password, ``postgresql://user@host:port/database``
(``postgres://`` too). The connection is encrypted with TLS unless the URL says
``?sslmode=disable`` in so many words; ``verify-ca`` and ``verify-full`` also check the
server's certificate. A server on this computer can be reached through its socket folder,
``postgresql://user@/database?host=/run/postgresql``. A password in the URL is refused:
URLs end up in shell history and in ``lotse.ini``, the password belongs in the operating
system's credential store.
"""

from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, text

from app.storage.engine import BusyPolicy, begin_transaction, end_transaction, raise_when_busy
from app.storage.migrate import VERSION_TABLE
from app.storage.server_address import AddressField as AddressField
from app.storage.server_address import AddressProblem as AddressProblem
from app.storage.server_address import CertificateCheck as CertificateCheck
from app.storage.server_address import ServerAddress as ServerAddress
from app.storage.server_address import parse_url as parse_url

# How long a workstation waits for the server to answer before saying it cannot be reached.
CONNECT_TIMEOUT_SECONDS = 10
APPLICATION_NAME = "Lotse"
# Timestamps are stored and compared in UTC, whatever the server's zone; a row another
# workstation keeps locked makes a statement give up after 10 s (SQLSTATE 55P03) instead
# of waiting for ever, like SQLite's busy timeout.
SESSION_OPTIONS = "-c TimeZone=UTC -c lock_timeout=10s"


def create_server_engine(address: ServerAddress, password: str, busy: BusyPolicy | None) -> Engine:
    """An engine for the database at ``address`` (psycopg 3).

    Connections are checked before use (``pool_pre_ping``: a workstation's pooled
    connection dies when the server restarts or the network drops); SQL parameters never
    appear in error texts, as with SQLite. Transactions start in ``engine.begin_transaction``: READ
    COMMITTED for writes, one REPEATABLE READ READ ONLY snapshot for reading sessions."""
    url = URL.create(
        "postgresql+psycopg",
        username=address.user,
        password=password,
        host=None if address.is_socket else address.host,
        port=address.port,
        database=address.database,
    )
    connect_args: dict[str, Any] = {
        "sslmode": address.sslmode,
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": APPLICATION_NAME,
        "options": SESSION_OPTIONS,
    }
    if address.is_socket:
        connect_args["host"] = address.host
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda connection: begin_transaction(connection, busy))
    event.listen(engine, "commit", end_transaction)
    event.listen(engine, "rollback", end_transaction)
    event.listen(engine, "handle_error", lambda context: raise_when_busy(context, busy))
    return engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # As with SQLite: SQLAlchemy's "begin" event writes each BEGIN itself (with the
    # isolation the session needs), so the driver must not open transactions of its own.
    # COMMIT and ROLLBACK still reach the server: psycopg sends them while a transaction
    # is open, also in autocommit mode.
    dbapi_connection.autocommit = True


def drafts_key(address: ServerAddress, password: str) -> bytes:
    """The key of this workstation's drafts in team mode (there is no database key).

    Derived from the server password, bound to the address, so drafts stay encrypted on
    the workstation and open again at the next login to the same server, and a draft of
    one server never opens with another's password."""
    info = b"lotse server drafts " + address.display().encode("utf-8")
    return HKDF(hashes.SHA256(), 32, salt=None, info=info).derive(password.encode("utf-8"))


class Contents(StrEnum):
    """What a server database holds, before Lotse uses it."""

    NOTHING = "nothing"  # no tables: set-up may create the schema
    EMPTY_SCHEMA = "empty_schema"  # Lotse's schema, no organisation yet
    CLUB = "club"  # a set-up Lotse database
    FOREIGN = "foreign"  # tables that are not Lotse's


def server_contents(connection: Connection) -> Contents:
    """Which of ``Contents`` the database behind ``connection`` is."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return Contents.NOTHING
    if VERSION_TABLE not in tables or not {"organisation", "user"} <= tables:
        return Contents.FOREIGN
    organisations = connection.execute(text("SELECT count(*) FROM organisation")).scalar_one()
    users = connection.execute(text('SELECT count(*) FROM "user"')).scalar_one()
    return Contents.CLUB if organisations or users else Contents.EMPTY_SCHEMA
