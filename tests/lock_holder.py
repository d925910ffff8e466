"""A second process that writes to a Lotse database and keeps its write lock.

``python -m tests.lock_holder DATABASE KEY_HEX`` starts a write transaction, changes
the organisation's phone number, prints ``holding`` and keeps the lock until a line
arrives on stdin; then it commits and prints ``done``.
"""

import sys
from pathlib import Path

from app.storage.engine import connect_raw


def main() -> None:
    connection = connect_raw(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
    connection.isolation_level = None
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE organisation SET phone = '030 1234567'")
    print("holding", flush=True)
    sys.stdin.readline()
    connection.execute("COMMIT")
    connection.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
