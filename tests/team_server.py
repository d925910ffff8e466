"""Test-only: the test server's scratch databases as Lotse addresses them."""

from sqlalchemy import URL

from app.storage.server_address import DEFAULT_PORT, ServerAddress


def address_of(url: URL) -> ServerAddress:
    """The database at ``url`` as Lotse's server address: a socket folder (the dev
    server's ``?host=/dir``) or TCP, without TLS (the test server speaks none)."""
    host = str(url.query.get("host") or url.host or "localhost")
    port = url.port or int(str(url.query.get("port") or DEFAULT_PORT))
    return ServerAddress(
        host=host, port=port, database=str(url.database), user=str(url.username), tls=False
    )
