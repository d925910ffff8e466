"""Start-up figures, each from a fresh process: the login window, the main window after
"Anmelden", and ``lotse --version``."""

import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.figures import Figure
from tests.benchmarks.lotse_process import ADMIN, PASSWORD, REPOSITORY, environment, probe_lines

RUNS = 3


def first_login_of_the_day(folder: Path) -> float:
    """The first login of a day also writes the daily backup (seconds at this size); the
    start figures are for every later login, so it happens here first."""
    from app.services.auth import log_in
    from app.services.data_folder import resolve

    started = time.perf_counter()
    login = log_in(resolve(str(folder)), ADMIN, PASSWORD)
    login.database.close()
    return time.perf_counter() - started


def _start_once(folder: Path) -> tuple[float, float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.probe_start", str(folder)],
        cwd=REPOSITORY,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    marks = probe_lines(result)
    if result.returncode != 0 or len(marks) != 3:
        raise RuntimeError(f"the start probe failed:\n{result.stdout}\n{result.stderr}")
    return marks["login_painted"] - started, marks["main_painted"] - marks["clicked"]


def start_figures(folder: Path) -> list[Figure]:
    runs = [_start_once(folder) for _ in range(RUNS)]
    login = [r[0] for r in runs]
    main = [r[1] for r in runs]
    return [
        Figure(
            "process start → login window painted",
            min(login),
            0.8,
            "s",
            f"best of {RUNS}: " + ", ".join(f"{s:.2f}" for s in login),
        ),
        Figure(
            "„Anmelden“ → main window with its lists painted",
            min(main),
            0.7,
            "s",
            f"best of {RUNS}: "
            + ", ".join(f"{s:.2f}" for s in main)
            + " (name and password typed at 8 keys a second; includes the key derivation)",
        ),
    ]


def version_figure() -> Figure:
    script = Path(sys.executable).with_name("lotse")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([*command, "--version"], env=environment(), capture_output=True, check=True)
        timings.append(time.perf_counter() - started)
    return Figure("lotse --version", min(timings), 0.3, "s", "best of 5")
