"""Generate the files Lotse builds from its Qt sources instead of keeping them in git.

- ``app/ui/resources_rc.py`` from ``app/resources/lotse.qrc`` (icons and stylesheet), by rcc;
- ``app/resources/translations/lotse_<lang>.qm`` from ``translations/lotse_<lang>.ts``,
  by lrelease.

Used by ``make`` (into the source tree), by the setuptools build hook in
``setup.py`` (into the wheel's build folder) and by the tests. The Qt tools
come from the PySide6 installed with the running Python.

    python installer/build_qt.py [--into DIR]
"""

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QRC = Path("app/resources/lotse.qrc")
RESOURCE_MODULE = Path("app/ui/resources_rc.py")
TS_DIR = Path("translations")
QM_DIR = Path("app/resources/translations")

# Runs PySide6's own wrapper for a tool (it knows where each platform keeps the binary).
_TOOL = (
    "import sys\n"
    "from PySide6.scripts import pyside_tool\n"
    "sys.argv = sys.argv[1:]\n"
    "getattr(pyside_tool, sys.argv[0])()\n"
)


def run_tool(tool: str, *args: str) -> None:
    """Run ``pyside6-<tool>`` with ``args``; raises with the tool's output when it fails."""
    result = subprocess.run(
        [sys.executable, "-c", _TOOL, tool, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"pyside6-{tool} failed ({result.returncode}); PySide6 must be installed to build "
            f"Lotse.\n{result.stdout}{result.stderr}"
        )


def generated_files(source: Path = ROOT) -> list[Path]:
    """The paths, relative to the root, that ``generate`` writes."""
    qms = [QM_DIR / f"{ts.stem}.qm" for ts in sorted((source / TS_DIR).glob("*.ts"))]
    return [RESOURCE_MODULE, *qms]


def generate(source: Path = ROOT, into: Path | None = None) -> list[Path]:
    """Write the generated files for the sources in ``source`` below ``into``."""
    target = into or source
    written = []
    module = target / RESOURCE_MODULE
    module.parent.mkdir(parents=True, exist_ok=True)
    # Format version 1 without compression: readable by every Qt 6 the wheel may meet.
    run_tool("rcc", "--no-compress", "--format-version", "1", str(source / QRC), "-o", str(module))
    written.append(module)
    for ts in sorted((source / TS_DIR).glob("*.ts")):
        qm = target / QM_DIR / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        run_tool("lrelease", "-silent", str(ts), "-qm", str(qm))
        if not qm.is_file():
            raise RuntimeError(f"pyside6-lrelease wrote no {qm}")
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--into", type=Path, help="write below this folder (default: in place)")
    args = parser.parse_args(argv)
    for path in generate(ROOT, args.into):
        print(f"generated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
