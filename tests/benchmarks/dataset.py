"""The benchmark's database: 50,000 case files made by ``lotse demo`` itself, built once
and kept under ``bench-data/`` (gitignored); each run works on a copy.

The copy is rebuilt when anything that decides its content changes: the demo generator,
the migrations, the search-key version, or this file's parameters. Sources are hashed by
their syntax tree, so reformatting or a comment does not cost a 2-minute rebuild.
"""

import ast
import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.lotse_process import ADMIN, REPOSITORY, lotse

PARTICIPANTS = 50_000
SEED = 1
TODAY = "20.11.2026"  # the demo's reference date; the reports ask for 2026
YEAR = 2026
ESF_PROJECT = "WIR-HANNOVER"
CACHE = REPOSITORY / "bench-data"
SOURCES = (
    "app/services/demo.py",
    "app/services/demo_data.py",
    "tests/benchmarks/dataset.py",
)


@dataclass(frozen=True)
class Dataset:
    folder: Path  # a data folder: lotse.sqlite3, lotse.keys
    summary: str  # what ``lotse demo`` said it created


def fingerprint() -> str:
    """A hash of everything that decides the database's content."""
    from app.domain.search_text import SEARCH_KEY_VERSION

    digest = hashlib.sha256(f"{PARTICIPANTS}/{SEED}/{TODAY}/{SEARCH_KEY_VERSION}".encode())
    migrations = sorted((REPOSITORY / "app/storage/migrations").rglob("*.py"))
    for path in [*(REPOSITORY / name for name in SOURCES), *migrations]:
        digest.update(str(path.relative_to(REPOSITORY)).encode())
        digest.update(ast.dump(ast.parse(path.read_bytes())).encode())
    return digest.hexdigest()[:16]


def cached_dataset() -> Dataset:
    """The cached database, built first when missing or out of date."""
    key = fingerprint()
    folder = CACHE / f"demo-{key}"
    info = folder / "bench.json"
    if not info.exists():
        for stale in CACHE.glob("demo-*"):
            shutil.rmtree(stale)
        _build(folder)
    return Dataset(folder / "data", json.loads(info.read_text())["summary"])


def _build(folder: Path) -> None:
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    data = building / "data"
    print(f"building the benchmark database ({PARTICIPANTS:,} case files) in {folder} …")
    started = time.perf_counter()
    lotse(data, "init", "--org", "Benchmark e.V.", "--admin", ADMIN)
    made = lotse(
        data, "--user", ADMIN, "demo", "--participants", str(PARTICIPANTS),
        "--seed", str(SEED), "--today", TODAY,
    )  # fmt: skip
    summary = next(line for line in made.stdout.splitlines() if line.startswith("Demo data"))
    print(f"  {summary} ({time.perf_counter() - started:.0f} s in all)")
    (building / "bench.json").write_text(json.dumps({"summary": summary}))
    building.rename(folder)


def working_copy(dataset: Dataset, scratch: Path, name: str) -> Path:
    """A fresh copy of the data folder: no run sees what an earlier one changed."""
    target = scratch / name
    shutil.copytree(dataset.folder, target)
    return target
