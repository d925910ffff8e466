"""Starting is cheap: ``lotse --version`` and ``lotse --help`` load no database, Qt or
spreadsheet code (each command imports what it needs)."""

import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "sqlmodel", "sqlcipher3", "alembic", "PySide6", "openpyxl", "reportlab")

PROBE = """
import sys
from app.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
print("LOADED:" + ",".join(sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))))
"""


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["report", "--help"]])
def test_version_and_help_import_nothing_heavy(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=argv, heavy=HEAVY)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    loaded = result.stdout.rsplit("LOADED:", 1)[1].strip()
    assert loaded == "", f"lotse {' '.join(argv)} loaded {loaded}"


# sqlcipher3 is allowed: a small C extension the data folder check may load.
DATABASE_STACK = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "openpyxl",
    "reportlab",
    "argon2",
    "psycopg",
    "keyring",
)


def test_the_login_window_needs_no_database_code_to_appear() -> None:
    """What runs before the login window paints imports Qt but not the database stack,
    spreadsheets or PDFs; those load while the password is typed."""
    probe = (
        "import sys\n"
        "import app.cli, app.logging_setup, app.services.data_folder, app.ui.launch\n"
        "from app.ui.login import LoginDialog\n"
        # cli.main resolves the data folder and the server before the window is made.
        "app.services.data_folder.resolve(None, None)\n"
        'print("LOADED:" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & '
        f"set({DATABASE_STACK!r}))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.rsplit("LOADED:", 1)[1].strip() == ""


WRITERS = ("openpyxl", "reportlab", "rustpy_xlsxwriter", "python_calamine", "PIL", "pypdf")
# Team mode's own libraries: a laptop session never needs them.
TEAM_MODE_ONLY = ("keyring", "psycopg")


def test_the_main_window_loads_no_spreadsheet_or_pdf_library() -> None:
    """The main window and its pages (what a login imports) leave the writers and readers
    of files until a file is written or read: together they took 26 MB of every session.
    A laptop's session does not load the credential store or the PostgreSQL driver."""
    probe = (
        "import sys\n"
        "import app.services.auth, app.services.database, app.ui.main_window\n"
        'print("LOADED:" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & '
        f"set({WRITERS + TEAM_MODE_ONLY!r}))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.rsplit("LOADED:", 1)[1].strip() == ""
