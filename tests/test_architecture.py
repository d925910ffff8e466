"""The layers call downwards only: UI and CLI → services → storage, reports, domain.

Read from the source with ``ast``, so an import added anywhere (also inside a function)
is seen.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

# Which packages each layer must not import.
FORBIDDEN = {
    "domain": ("app.storage", "app.services", "app.reports", "app.ui", "app.cli", "PySide6"),
    "storage": ("app.services", "app.reports", "app.ui", "app.cli", "PySide6"),
    "reports": ("app.services", "app.storage", "app.ui", "app.cli", "PySide6"),
    "services": ("app.ui", "app.cli", "PySide6.QtWidgets", "PySide6.QtGui"),
    # (The lotse-gui launcher hands its arguments to the CLI's parser: allowed.)
    "ui": ("app.storage", "app.reports"),
}
# Report writers put their files in place with storage's atomic write, and report SQL
# takes what SQLite and PostgreSQL spell differently from storage's fragments; nothing else.
ALLOWED = {"reports": ("app.storage.atomic", "app.storage.sql_dialect")}
# The CLI starts the GUI (and asks whether a display is there); nothing else of the UI.
CLI_MAY_IMPORT_FROM_UI = ("app.ui.launch", "app.ui.display")


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:  # "from app.services import periods"
                yield node.lineno, f"{node.module}.{alias.name}"


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def violations(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """One entry per offending import statement: ``path:line: module``."""
    found: dict[tuple[Path, int], str] = {}
    for path in paths:
        for line, module in imported_modules(path):
            if any(_within(module, package) for package in forbidden):
                found.setdefault((path, line), module)
    return [f"{path}:{line}: {module}" for (path, line), module in found.items()]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_each_layer_imports_only_what_lies_below_it(layer: str) -> None:
    paths = [p for p in (APP / layer).rglob("*.py") if p.name != "resources_rc.py"]
    assert paths
    allowed = ALLOWED.get(layer, ())
    found = violations(paths, FORBIDDEN[layer])
    assert [v for v in found if not v.endswith(tuple(f": {m}" for m in allowed))] == []


def test_the_cli_takes_everything_from_the_services() -> None:
    cli = APP / "cli.py"
    assert violations([cli], ("app.storage", "app.reports")) == []
    ui = [
        module
        for _line, module in imported_modules(cli)
        if _within(module, "app.ui") and not module.startswith(CLI_MAY_IMPORT_FROM_UI)
    ]
    assert ui == []


def test_the_check_sees_an_import_that_breaks_the_layering(tmp_path: Path) -> None:
    view = tmp_path / "view.py"
    view.write_text(
        "def load():\n    from app.storage.database import Database\n    return Database\n",
        encoding="utf-8",
    )
    assert violations([view], FORBIDDEN["ui"]) == [f"{view}:2: app.storage.database"]
