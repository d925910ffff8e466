"""Files the user asks for are complete or untouched: kills, failures and leftovers."""

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.reports import pdf
from app.reports.pdf import write_pdf
from app.reports.xlsx import write_xlsx
from app.storage import atomic
from tests.report_writer_loop import large_report

REPOSITORY = Path(__file__).resolve().parent.parent
KILLS = 12


def whole_pdf(path: Path) -> bool:
    content = path.read_bytes()
    return content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")


def whole_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "xl/workbook.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(atomic.PREFIX))


@pytest.mark.parametrize(("suffix", "whole"), [(".pdf", whole_pdf), (".xlsx", whole_xlsx)])
def test_killing_a_report_write_leaves_the_previous_file_whole(
    tmp_path: Path, suffix: str, whole: object
) -> None:
    assert callable(whole)
    out = tmp_path / f"bericht{suffix}"
    (write_pdf if suffix == ".pdf" else write_xlsx)(large_report(), out)
    assert whole(out)
    chance = random.Random(13)
    caught_mid_write = 0
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.report_writer_loop", str(out)],
            cwd=REPOSITORY,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing"
        time.sleep(chance.uniform(0.05, 1.5))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        # The dead writer's own partial file: it was killed while writing the file.
        caught_mid_write += any(
            name.startswith(f"{atomic.PREFIX}{writer.pid}-") for name in leftovers(tmp_path)
        )
        assert whole(out), "a kill left a broken report where the good one was"
    # Many kills hit the file while it was written: the test proves something.
    assert caught_mid_write >= KILLS // 4
    print(f"{suffix}: {KILLS} kills, {caught_mid_write} while the file was written")
    # The next write cleans up what the killed processes could not.
    (write_pdf if suffix == ".pdf" else write_xlsx)(large_report(), out)
    assert whole(out)
    assert leftovers(tmp_path) == []


def test_a_failing_write_removes_its_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bericht.pdf"
    out.write_bytes(b"%PDF-1.4 the previous report %%EOF")

    def broken(*_args: object, **_kwargs: object) -> type:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "_numbered_canvas", broken)
    with pytest.raises(OSError):
        write_pdf(large_report(), out)
    assert out.read_bytes() == b"%PDF-1.4 the previous report %%EOF"
    assert leftovers(tmp_path) == []


def test_leftovers_of_live_processes_are_kept(tmp_path: Path) -> None:
    mine = tmp_path / f"{atomic.PREFIX}{os.getpid()}-0a0b0c0d-bericht.pdf.part"
    mine.write_bytes(b"in progress")
    dead = tmp_path / f"{atomic.PREFIX}999999999-0a0b0c0d-bericht.pdf.part"
    dead.write_bytes(b"left by a killed Lotse")
    other = tmp_path / "bericht.pdf.part"
    other.write_bytes(b"not ours")
    assert atomic.remove_leftovers(tmp_path) == [dead]
    assert mine.exists() and other.exists()
