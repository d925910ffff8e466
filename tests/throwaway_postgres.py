"""Run a command with a throwaway PostgreSQL server: ``python -m tests.throwaway_postgres CMD…``.

``make test-postgres`` runs the test suite through this. It finds PostgreSQL's server
programs (Debian's ``postgresql`` package puts them in /usr/lib/postgresql/<version>/bin),
creates a cluster in a temporary folder, starts it on a Unix socket only, sets
``LOTSE_TEST_POSTGRES`` for the command, and afterwards stops the server and removes
the folder, whatever the command did. PostgreSQL refuses to run as root, so as root the
cluster belongs to an unprivileged system user made for it (CI runs as root).

The server is tuned for tests, not for data: no fsync, no full-page writes. Besides its
socket it listens on a free port of 127.0.0.1 only, without TLS, so the tests can see
Lotse refuse an unencrypted connection.
"""

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER_USER = "lotse-pgtest"


def server_programs() -> Path:
    """The folder with initdb and pg_ctl (the newest installed version)."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    if not versions:
        sys.exit(
            "PostgreSQL's server programs (initdb, pg_ctl) were not found. "
            "Install them (Debian: apt-get install postgresql) and run again."
        )
    return versions[-1].parent


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _ensure_server_user() -> None:
    if os.geteuid() != 0:
        return
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SERVER_USER,
            ],
            check=True,
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def main(command: list[str]) -> int:
    if not command:
        sys.exit("usage: python -m tests.throwaway_postgres COMMAND [ARGUMENT…]")
    programs = server_programs()
    _ensure_server_user()
    folder = Path(tempfile.mkdtemp(prefix="lotse-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, SERVER_USER)
        shutil.chown(sockets, SERVER_USER)
    folder.chmod(0o700)
    port = free_port()
    server_options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    )
    initdb = [str(programs / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
    initdb += ["-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]
    pg_ctl = [str(programs / "pg_ctl"), "-D", str(data)]
    started = False
    try:
        subprocess.run(
            _as_server_user(initdb),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            _as_server_user(
                [*pg_ctl, "-o", server_options, "-l", str(folder / "server.log"), "-w", "start"]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        started = True
        url = f"postgresql+psycopg://postgres@/postgres?host={sockets}&port={port}"
        environment = dict(os.environ, LOTSE_TEST_POSTGRES=url)
        return subprocess.run(command, env=environment).returncode
    finally:
        if started:
            subprocess.run(
                _as_server_user([*pg_ctl, "-m", "fast", "stop"]),
                stdout=subprocess.DEVNULL,
            )
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
