"""Smoke test of a frozen Lotse bundle, run before any installer is made from it.

The programs run as a user would run them: from a folder outside the
source tree, with a fresh home and data folder, and nothing of the build
environment (no PYTHONPATH, no virtual environment).

    python installer/smoke_test.py BUNDLE_DIR

BUNDLE_DIR holds ``lotse`` and ``lotse-gui`` (``.exe`` on Windows) and
``_internal``. Exits non-zero at the first failure.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

from app.domain.interface_languages import INTERFACE_LANGUAGES

# Qt translates its own dialogs (buttons, file dialogs); English needs none.
TRANSLATED = [code for code in INTERFACE_LANGUAGES if code != "en"]

PASSWORD = "smoke-test-1"
GUI_SECONDS = 6
REPORTS = ("esf", "counselling", "volunteers", "outcomes", "events", "recognition")
EXE = ".exe" if sys.platform == "win32" else ""


class SmokeFailure(Exception):
    pass


def program(bundle: Path, name: str) -> Path:
    path = bundle / f"{name}{EXE}"
    if not path.is_file():
        raise SmokeFailure(f"{path} is missing")
    return path


def environment(home: Path, data_dir: Path | None) -> dict[str, str]:
    keep = ("PATH", "SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "TEMP", "TMP", "LANG", "DISPLAY")
    result = {name: os.environ[name] for name in keep if name in os.environ}
    result.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        LOTSE_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
    )
    if data_dir is not None:
        result["LOTSE_DATA_DIR"] = str(data_dir)
    return result


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> str:
    started = time.monotonic()
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    shown = " ".join(Path(command[0]).name if i == 0 else part for i, part in enumerate(command))
    if result.returncode != 0:
        raise SmokeFailure(
            f"{shown} exited {result.returncode}\n{result.stdout}{result.stderr}".rstrip()
        )
    last = (result.stdout.strip().splitlines() or [""])[-1]
    print(f"ok  {shown}  ({time.monotonic() - started:.1f} s)  {last}", flush=True)
    return result.stdout


def check_report(path: Path, kind: str) -> None:
    data = path.read_bytes()
    if kind == "pdf":
        if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
            raise SmokeFailure(f"{path.name} is not a PDF with the embedded DejaVu fonts")
    else:
        with zipfile.ZipFile(path) as workbook:
            if "xl/workbook.xml" not in workbook.namelist():
                raise SmokeFailure(f"{path.name} is not an xlsx workbook")


def check_files(bundle: Path) -> None:
    """What a frozen PySide6 program is known to lose: plugins and Qt's own translations."""
    internal = bundle / "_internal"
    root = internal if internal.is_dir() else bundle
    wanted = {
        **{f"Qt's {code} translation": f"qtbase_{code}.qm" for code in TRANSLATED},
        **{f"Lotse's {code} translation": f"lotse_{code}.qm" for code in INTERFACE_LANGUAGES},
        **{
            f"the {code} certificate template": f"notices/{code}/certificate.txt"
            for code in INTERFACE_LANGUAGES
        },
        "Babel's Farsi locale data": "fa.dat",
        "the offscreen platform plugin": "*qoffscreen*",
        "the SVG icon engine": "*qsvgicon*",
        "the fonts for PDFs": "DejaVuSans.ttf",
        "the migrations": "0001_baseline.py",
    }
    # Where the About box looks for them (sys._MEIPASS).
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.txt"):
        if not (root / name).is_file():
            raise SmokeFailure(f"{name} is missing from {root}")
    # Where F1 finds the user manual (package data of app.resources).
    manual = root / "app" / "resources" / "manual"
    if not (manual / "index.html").is_file() or not any(manual.glob("img/*.png")):
        raise SmokeFailure(f"the user manual (index.html, img/) is missing from {manual}")
    if sys.platform.startswith("linux"):
        wanted["the X11 platform plugin"] = "*qxcb*"
    elif sys.platform == "win32":
        wanted["the Windows platform plugin"] = "qwindows*"
    elif sys.platform == "darwin":
        wanted["the macOS platform plugin"] = "*qcocoa*"
    for what, pattern in wanted.items():
        if not any(root.rglob(pattern)):
            raise SmokeFailure(f"{what} ({pattern}) is missing from {root}")
    print(f"ok  bundle holds {', '.join(wanted)}, the licence, notices and manual", flush=True)


def check_gui_stays_up(gui: Path, cwd: Path, env: dict[str, str], what: str) -> None:
    process = subprocess.Popen(
        [str(gui)], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        time.sleep(GUI_SECONDS)
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise SmokeFailure(f"lotse-gui ({what}) ended with {process.returncode}\n{output}")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    print(f"ok  lotse-gui started offscreen ({what}) and stayed up {GUI_SECONDS} s", flush=True)


def smoke(bundle: Path) -> None:
    bundle = bundle.resolve()
    lotse = str(program(bundle, "lotse"))
    gui = program(bundle, "lotse-gui")
    check_files(bundle)
    with tempfile.TemporaryDirectory(prefix="lotse-smoke-") as scratch:
        base = Path(scratch)
        home, data, out = base / "home", base / "data", base / "out"
        for folder in (home, out):
            folder.mkdir()
        env = environment(home, data)
        version = run([lotse, "--version"], out, env)
        if not version.startswith("lotse "):
            raise SmokeFailure(f"unexpected version output: {version!r}")
        run([lotse, "init", "--org", "Rauchtest e.V.", "--admin", "admin"], out, env)
        run([lotse, "--user", "admin", "demo", "--participants", "50"], out, env)
        year = str(date.today().year)
        period = ["--from", f"01.01.{year}", "--to", f"31.12.{year}"]
        arguments = {
            "esf": ["--project", "WIR-HANNOVER", *period],
            "counselling": period,
            "volunteers": ["--year", year],
            "outcomes": ["--project", "WIR-HANNOVER", *period],
            "events": ["--year", year],
            "recognition": period,
        }
        for report in REPORTS:
            for kind in ("xlsx", "pdf"):
                target = out / f"{report}.{kind}"
                run(
                    [lotse, "--user", "admin", "report", report, *arguments[report],
                     "--format", kind, "--out", target.name],
                    out,
                    env,
                )  # fmt: skip
                check_report(target, kind)
        run([lotse, "--user", "admin", "check"], out, env)
        check_gui_stays_up(gui, out, env, "login")
        log = data / "logs" / "lotse.log"
        if "starting with data folder" not in log.read_text(encoding="utf-8"):
            raise SmokeFailure(f"{log} does not show the GUI starting")
        check_gui_stays_up(gui, out, environment(home, base / "empty"), "first-run assistant")

        # Portable mode: a 'portable' file beside the programs keeps the data beside them.
        portable = base / "portable-copy"
        shutil.copytree(bundle, portable, symlinks=True)
        (portable / "portable").write_text("", encoding="utf-8")
        run(
            [str(program(portable, "lotse")), "init", "--org", "Stick e.V.", "--admin", "admin"],
            out,
            environment(home, None),
        )
        if not (portable / "data" / "lotse.sqlite3").is_file():
            raise SmokeFailure("portable mode did not keep the database beside the program")
        print("ok  portable marker: the database was created in data/ beside the program")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        smoke(Path(args[0]))
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as error:
        print(f"SMOKE TEST FAILED: {error}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
