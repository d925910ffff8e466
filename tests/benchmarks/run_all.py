"""``make bench``: the speed targets of issue 16, measured on a 50,000-case database.

Not part of the test suite: timings depend on the machine. The database comes from
``lotse demo`` itself and is cached under ``bench-data/`` (see dataset.py); every figure
is measured on a fresh copy of it. The machine is shared, so each timing is the best of
several runs unless its line says otherwise. Prints every figure next to its target and
exits with 1 when one is missed.
"""

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LOTSE_LANG", "de")

from tests.benchmarks.dataset import CACHE, Dataset, cached_dataset, working_copy
from tests.benchmarks.figures import Figure, table


def measure(dataset: Dataset, scratch: Path) -> list[Figure]:
    from tests.benchmarks import gui_figures, import_figure, memory, report_figures, startup

    def copy(name: str) -> Path:
        return working_copy(dataset, scratch, name)

    started = copy("start")
    backup_seconds = startup.first_login_of_the_day(started)
    print(f"(first login of the day, with the automatic backup: {backup_seconds:.2f} s)")
    steps: list[Callable[[], list[Figure]]] = [
        lambda: startup.start_figures(started),
        lambda: [gui_figures.search_figure(started)],
        lambda: gui_figures.sort_and_scroll_figures(started),
        lambda: [gui_figures.case_file_figure(started)],
        lambda: report_figures.esf_command_figures(started, scratch),
        lambda: report_figures.ratio_figures(started),
        lambda: [import_figure.import_figure(copy("import"), scratch)],
        lambda: memory.memory_figures(copy("memory")),
        lambda: [startup.version_figure()],
    ]
    figures: list[Figure] = []
    for step in steps:
        try:
            measured = step()
        except Exception as error:  # one broken measurement must not hide the others
            print(f"a measurement failed: {error}", flush=True)
            measured = [Figure(f"failed: {str(error).splitlines()[0][:80]}", 1, 0, "×")]
        for figure in measured:
            print(figure.line(len(figure.name)), flush=True)
            figures.append(figure)
    return figures


def main() -> int:
    dataset = cached_dataset()
    print(dataset.summary)
    CACHE.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=CACHE))
    try:
        figures = measure(dataset, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(table(figures))
    missed = [figure for figure in figures if not figure.ok]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} targets met.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
