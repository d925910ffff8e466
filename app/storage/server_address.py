"""Where the club's database server is: its address, read from a URL or typed fields.

Only the standard library: the data folder (``location.py``) is resolved before the
login window appears, when no database code may load yet. See ``server.py`` for the
URL forms and the engine.
"""

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, quote, unquote, urlsplit

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres")


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
