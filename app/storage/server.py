"""The club's database on a PostgreSQL server (team mode): its address and the engine.

An address is written as a URL without a password, ``postgresql://user@host:port/database``
(``postgres://`` too). The connection is encrypted with TLS unless the URL says
``?sslmode=disable`` in so many words; ``verify-ca`` and ``verify-full`` also check the
server's certificate. A server on this computer can be reached through its socket folder,
``postgresql://user@/database?host=/run/postgresql``. A password in the URL is refused:
URLs end up in shell history and in ``lotse.ini``, the password belongs in the operating
system's credential store.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, text

from app.storage.engine import BusyPolicy, begin_transaction, end_transaction, raise_when_busy
from app.storage.migrate import VERSION_TABLE

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres")
# How long a workstation waits for the server to answer before saying it cannot be reached.
CONNECT_TIMEOUT_SECONDS = 10
APPLICATION_NAME = "Lotse"
# Timestamps are stored and compared in UTC, whatever the server's zone; a row another
# workstation keeps locked makes a statement give up after 10 s (SQLSTATE 55P03) instead
# of waiting for ever, like SQLite's busy timeout.
SESSION_OPTIONS = "-c TimeZone=UTC -c lock_timeout=10s"


class CertificateCheck(StrEnum):
    """How much of the server's TLS certificate is checked (libpq's sslmode)."""

    NONE = "require"  # encrypted, certificate not checked
    AUTHORITY = "verify-ca"
    HOST_NAME = "verify-full"


class AddressField(StrEnum):
    """The part of a server address that is wrong (services word the message)."""

    URL = "url"
    PASSWORD = "password"
    HOST = "host"
    PORT = "port"
    DATABASE = "database"
    USER = "user"
    SSLMODE = "sslmode"
    PARAMETER = "parameter"


class AddressProblem(ValueError):
    """A server address that cannot be used; ``detail`` is the offending text, if any."""

    def __init__(self, field: AddressField, detail: str = "") -> None:
        super().__init__(field, detail)
        self.field = field
        self.detail = detail


@dataclass(frozen=True, kw_only=True)
class ServerAddress:
    host: str  # a host name, an IP address, or a socket folder (starts with "/")
    port: int = DEFAULT_PORT
    database: str
    user: str
    tls: bool = True
    certificate: CertificateCheck = CertificateCheck.NONE

    def __post_init__(self) -> None:
        check_fields(self.host, self.port, self.database, self.user)

    @property
    def is_socket(self) -> bool:
        return self.host.startswith("/")

    @property
    def sslmode(self) -> str:
        return self.certificate.value if self.tls else "disable"

    def display(self) -> str:
        """The address as a URL without any password (also the credential store's name)."""
        user = quote(self.user, safe="")
        database = quote(self.database, safe="")
        query = (
            []
            if self.tls and self.certificate is CertificateCheck.NONE
            else [f"sslmode={self.sslmode}"]
        )
        if self.is_socket:
            query = [f"host={quote(self.host, safe='/')}", f"port={self.port}", *query]
            return f"postgresql://{user}@/{database}?" + "&".join(query)
        host = f"[{self.host}]" if ":" in self.host else self.host
        suffix = "?" + "&".join(query) if query else ""
        return f"postgresql://{user}@{host}:{self.port}/{database}{suffix}"


def check_fields(host: str, port: int, database: str, user: str) -> None:
    """Refuse an address a connection could never use, naming the part that is wrong."""
    if not host.strip():
        raise AddressProblem(AddressField.HOST)
    if not 1 <= port <= 65535:
        raise AddressProblem(AddressField.PORT, str(port))
    if not database.strip():
        raise AddressProblem(AddressField.DATABASE)
    if not user.strip():
        raise AddressProblem(AddressField.USER)


def parse_url(text: str) -> ServerAddress:
    """The address written in ``text`` (see the module docstring for the forms)."""
    try:
        parts = urlsplit(text.strip())
        netloc_port = parts.port
    except ValueError as error:
        raise AddressProblem(AddressField.PORT, text.strip()) from error
    if parts.scheme.lower() not in SCHEMES or (not parts.netloc and not parts.query):
        raise AddressProblem(AddressField.URL, text.strip())
    if parts.password is not None:
        raise AddressProblem(AddressField.PASSWORD)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = sorted(set(query) - {"sslmode", "host", "port"})
    if unknown:
        raise AddressProblem(AddressField.PARAMETER, unknown[0])
    host = query.get("host") or unquote(parts.hostname or "")
    port = _port(query.get("port"), netloc_port)
    tls, certificate = _tls(query.get("sslmode"))
    return ServerAddress(
        host=host,
        port=port,
        database=unquote(parts.path.lstrip("/")),
        user=unquote(parts.username or ""),
        tls=tls,
        certificate=certificate,
    )


def _port(from_query: str | None, from_netloc: int | None) -> int:
    if from_query is None:
        return from_netloc if from_netloc is not None else DEFAULT_PORT
    if not from_query.strip().isdigit():
        raise AddressProblem(AddressField.PORT, from_query)
    return int(from_query)


def _tls(sslmode: str | None) -> tuple[bool, CertificateCheck]:
    """TLS unless ``disable`` is written explicitly; no sslmode means ``require``."""
    if sslmode is None:
        return True, CertificateCheck.NONE
    if sslmode == "disable":
        return False, CertificateCheck.NONE
    try:
        return True, CertificateCheck(sslmode)
    except ValueError:
        raise AddressProblem(AddressField.SSLMODE, sslmode) from None


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
