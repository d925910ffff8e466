"""Writes the same large report again and again until it is killed.

``python -m tests.report_writer_loop OUT.pdf`` prints ``writing`` before each write;
tests kill it at random moments and check that OUT.pdf is always a whole report.
Writing the file itself takes milliseconds on a fast disk; a slow USB stick takes
longer to flush it, which this loop imitates so that kills often land while the
file is being written.
"""

import sys
import time
from datetime import datetime
from pathlib import Path

from app.reports.model import Report, Table
from app.reports.pdf import write_pdf
from app.reports.xlsx import write_xlsx
from app.storage import atomic

ROWS = 1500


def large_report() -> Report:
    rows: list[list[object]] = [
        [f"2026-{n:04d}", f"Patientin berichtet {n}", n % 7, n * 3] for n in range(ROWS)
    ]
    table = Table("Beratungen", ["Fall", "Notiz", "Tag", "Minuten"], rows, frozenset({2, 3}))
    return Report("Belastungsprobe", "Brückenschlag e.V.", [], [table], datetime.now(), "Test")


def slow_flush(path: Path, flush: object = atomic._flush_to_disk) -> None:
    time.sleep(0.4)
    assert callable(flush)
    flush(path)


def main() -> None:
    atomic._flush_to_disk = slow_flush  # type: ignore[assignment]
    out = Path(sys.argv[1])
    report = large_report()
    writer = write_pdf if out.suffix == ".pdf" else write_xlsx
    while True:
        print("writing", flush=True)
        writer(report, out)


if __name__ == "__main__":
    main()
