"""Screenshots of the real windows for the user manual (``app/resources/manual/img``).

    make manual-screenshots                     (or: python installer/manual_screenshots.py)
    python installer/manual_screenshots.py --only fallakte --out /tmp/shots

Builds a demo club (the data of ``lotse init`` and ``lotse demo`` plus one case file
told like the manual's advisor's day) in the temporary folder ``lotse-handbuch`` (a
fixed name, because the windows show the database path), opens the real windows and
dialogs offscreen on a 1920×1080 screen with the German translation installed as the
application does (``launch.prepare_application``), fills a few fields as a user would,
grabs each window with ``QWidget.grab()`` and writes palette PNGs (256 colours, no
dithering: small and sharp for screenshots of a user interface). The main window is
taken at 1280×720, the size of a small club laptop.

Text is set in the bundled DejaVu Sans so the pictures come out the same on every
machine. The home folder the windows show is ``/home/verein``; nothing is written
there: the data folder, Lotse's and Qt's settings and caches live in the temporary
folder, which is removed at the end. Dates follow today's date, like the demo data.
Runs on Linux (the release machines and CI); no display is needed.
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "app" / "resources" / "manual" / "img"
HOME = "/home/verein"
MARKER = ".lotse-handbuch"
SCREEN = (
    '{"screens": [{"name": "Handbuch", "x": 0, "y": 0, "width": 1920, "height": 1080,'
    ' "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}'
)


def isolate(work: Path) -> None:
    """Before Qt and Lotse are imported: an offscreen screen, and nothing of the user's."""
    screen = work / "screen.json"
    screen.write_text(SCREEN, encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["HOME"] = HOME
    os.environ["XDG_DATA_HOME"] = f"{HOME}/.local/share"  # shown on a wizard page, never written
    for name, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        (work / folder).mkdir(mode=0o700)
        os.environ[name] = str(work / folder)
    for name in ("LOTSE_DATA_DIR", "LOTSE_LANG", "LOTSE_PASSWORD", "LOTSE_USER"):
        os.environ.pop(name, None)
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    parser.add_argument("--only", nargs="*", default=[], help="names of the shots to take")
    args = parser.parse_args(argv)
    work = Path(tempfile.gettempdir()) / "lotse-handbuch"  # a fixed name: shown in the pictures
    if work.exists():
        if not (work / MARKER).exists():
            parser.error(f"{work} exists and is not from an earlier run; remove it first")
        shutil.rmtree(work)
    work.mkdir()
    (work / MARKER).touch()
    try:
        isolate(work)
        from installer import manual_shots  # only now: Qt reads the environment at import

        names = manual_shots.take_all(work, args.out, set(args.only))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(names)} screenshot(s) in {args.out}")
    if Path(HOME).exists():
        print(f"warning: {HOME} exists; the screenshots must not write there", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
