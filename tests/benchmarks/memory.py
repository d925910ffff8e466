"""Peak memory of the GUI, each case in its own process (a process's peak only grows)."""

from pathlib import Path

from tests.benchmarks.figures import Figure
from tests.benchmarks.lotse_process import probe_lines, run

TARGET_MB = 300
REPORTS = ("esf", "counselling", "volunteers", "outcomes")


def _peak(folder: Path, *mode: str) -> float:
    result = run(["-m", "tests.benchmarks.probe_memory", str(folder), *mode])
    return probe_lines(result)["peak_mb"]


def memory_figures(folder: Path) -> list[Figure]:
    figures = [Figure("peak memory while browsing", _peak(folder, "browse"), TARGET_MB, "MB")]
    for kind in REPORTS:
        for output in ("xlsx", "pdf"):
            figures.append(
                Figure(
                    f"peak memory writing the {kind} report as {output} from the GUI",
                    _peak(folder, "report", kind, output),
                    TARGET_MB,
                    "MB",
                )
            )
    return figures
