"""The wheel carries everything Lotse needs: installed alone, it writes a PDF report.

The wheel is built from a copy of the sources without any generated file, and
installed into a fresh virtual environment that borrows only the third-party
packages of the test environment. Every command runs outside the repository,
so nothing can be picked up from the checkout.
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("app", "installer", "translations", "pyproject.toml", "setup.py", "MANIFEST.in")
SOURCES_TOO = ("README.md", "LICENSE")
PASSWORD = "wheel-test-1"
MANUAL = ROOT / "app" / "resources" / "manual"
# The notice and consent-form templates a club adapts (found with importlib.resources).
NOTICES = ROOT / "app" / "resources" / "notices"


def _copy_sources(target: Path) -> None:
    """The files git tracks that a build uses, without anything generated or cached."""
    ignore = shutil.ignore_patterns(
        "__pycache__", "*.pyc", "resources_rc.py", "*.qm", "*.egg-info", "build"
    )
    for name in (*SOURCES, *SOURCES_TOO):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(wheel, venv): the wheel built once, installed into a new environment."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "src"
    _copy_sources(source)
    assert not (source / "app" / "ui" / "resources_rc.py").exists()
    wheels = base / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run(
        [
            *pip,
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(wheels),
            str(source),
        ],
        cwd=base,
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("lotse-*.whl")
    venv = base / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = _script(venv, "python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.strip()
    # Third-party packages (PySide6, SQLAlchemy, …) come from the test environment; its
    # editable Lotse does not, because .pth files in a directory added this way are not run.
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "borrowed-test-packages.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    subprocess.run(
        [*pip, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        cwd=base,
        check=True,
        timeout=300,
    )
    yield wheel, venv


def _script(venv: Path, name: str) -> Path:
    folder = venv / ("Scripts" if os.name == "nt" else "bin")
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def _environment(home: Path) -> dict[str, str]:
    """Only what a user's shell would have, with home and data folder in the test folder."""
    keep = ("PATH", "SYSTEMROOT", "TEMP", "TMP", "LANG", "LC_ALL")
    environment = {name: os.environ[name] for name in keep if name in os.environ}
    environment.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        LOTSE_DATA_DIR=str(home / "Lotse-Daten"),
        LOTSE_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
    )
    return environment


def test_the_wheel_contains_the_generated_and_data_files(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for wanted in (
        "app/ui/resources_rc.py",
        "app/resources/translations/lotse_de.qm",
        "app/resources/fonts/DejaVuSans.ttf",
        "app/resources/fonts/DejaVuSans-Bold.ttf",
        "app/resources/fonts/LICENSE-DejaVu.txt",
        "app/resources/icons/lotse.svg",
        "app/resources/style.qss",
        "app/storage/migrations/env.py",
        "app/storage/migrations/versions/0001_baseline.py",
        f"lotse-{__version__}.dist-info/licenses/LICENSE",
        "app/resources/notices/de/notice.txt",
        "app/resources/notices/en/consent.txt",
        *(
            f"app/resources/notices/{path.relative_to(NOTICES).as_posix()}"
            for path in NOTICES.rglob("*")
            if path.is_file()
        ),
        # The user manual F1 opens: every page, the stylesheet and every screenshot.
        *(
            f"app/resources/manual/{path.relative_to(MANUAL).as_posix()}"
            for path in MANUAL.rglob("*")
            if path.is_file()
        ),
    ):
        assert wanted in names, wanted
    assert not [name for name in names if name.startswith(("tests/", "installer/"))]


def test_the_installed_lotse_writes_pdf_reports_outside_the_repository(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, venv = installed
    outside = tmp_path / "somewhere-else"
    outside.mkdir()
    environment = _environment(tmp_path / "home")
    lotse = str(_script(venv, "lotse"))

    def run(*argv: str) -> str:
        result = subprocess.run(
            [lotse, *argv],
            cwd=outside,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert run("--version").strip() == f"lotse {__version__}"
    run("init", "--org", "Verein im Rad e.V.", "--admin", "admin")
    run("--user", "admin", "demo", "--participants", "15")
    year = date.today().year
    run("--user", "admin", "report", "volunteers", "--year", str(year), "--format", "pdf",
        "--out", "ehrenamt.pdf")  # fmt: skip
    run("--user", "admin", "report", "esf", "--project", "WIR-HANNOVER", "--from",
        f"01.01.{year}", "--to", f"31.12.{year}", "--format", "pdf", "--out", "esf.pdf")  # fmt: skip
    for name in ("ehrenamt.pdf", "esf.pdf"):
        reader = PdfReader(outside / name)
        fonts = {
            str(font["/BaseFont"])
            for page in reader.pages
            for font in page["/Resources"]["/Font"].values()
        }
        assert any("DejaVuSans" in font for font in fonts), fonts
    assert not (outside / "app").exists()


def test_the_installed_gui_finds_its_icons_and_german_texts(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, venv = installed
    check = (
        "import app, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication, QFile\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.ui.launch import prepare_application\n"
        "assert Path(app.__file__).is_relative_to(Path(sys.prefix)), app.__file__\n"
        "application = QApplication([])\n"
        "prepare_application(application, 'de')\n"
        "assert QFile(':/icons/lotse.svg').exists()\n"
        "from app.ui.help import manual_dir\n"
        "assert '<h1>Lotse-Handbuch</h1>' in (manual_dir() / 'index.html').read_text('utf-8')\n"
        "assert (manual_dir() / 'img' / 'hauptfenster.png').is_file()\n"
        "print(QCoreApplication.translate('FirstRunWizard', 'Lotse – first start'))\n"
    )
    result = subprocess.run(
        [str(_script(venv, "python")), "-c", check],
        cwd=tmp_path,
        env=_environment(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Lotse – Ersteinrichtung"
