"""Write THIRD-PARTY-NOTICES.txt for a release bundle.

Everything a frozen Lotse contains besides its own code: the Python packages
it needs at run time (names, versions, licences, and the licence texts their
dist-info carries), the Python runtime, Qt's LGPL text (PySide6's metadata
names the licence but carries no text), PyInstaller's bootloader and the
DejaVu fonts. The About box shows this file in a bundle.

    python installer/third_party_notices.py OUTPUT_FILE
"""

import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__, licences  # noqa: E402

LGPL = ROOT / "installer" / "licences" / "LGPL-3.0.txt"
FONTS_LICENCE = ROOT / "app" / "resources" / "fonts" / "LICENSE-DejaVu.txt"


def python_notice() -> licences.PackageNotice:
    texts = []
    for folder in (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix)):
        candidate = folder / "LICENSE.txt"
        if candidate.is_file():
            texts.append(("LICENSE.txt", candidate.read_text(encoding="utf-8")))
            break
    version = ".".join(str(part) for part in sys.version_info[:3])
    return licences.PackageNotice("Python", version, "PSF-2.0", "https://www.python.org/", texts)


def bundle_notices() -> list[licences.PackageNotice]:
    notices = [python_notice()]
    for distribution in licences.runtime_distributions():
        notice = licences.package_notice(distribution)
        if not notice.texts and "LGPL-3.0" in notice.licence:
            notice.texts.append(("LGPL-3.0.txt", LGPL.read_text(encoding="utf-8")))
        notices.append(notice)
    try:
        pyinstaller = licences.package_notice(metadata.distribution("pyinstaller"))
    except metadata.PackageNotFoundError:
        pass
    else:
        pyinstaller.name = "PyInstaller bootloader"
        notices.append(pyinstaller)
    notices.append(
        licences.PackageNotice(
            "DejaVu fonts",
            "2.37",
            "Bitstream Vera / Arev fonts licence (free)",
            "https://dejavu-fonts.github.io/",
            [(FONTS_LICENCE.name, FONTS_LICENCE.read_text(encoding="utf-8"))],
        )
    )
    return notices


def write(output: Path) -> Path:
    heading = (
        f"Lotse {__version__} is licensed under the GNU General Public License, version 3 "
        "or later (LICENSE).\nThis bundle also contains the following software, each "
        "under its own licence."
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(licences.format_notices(bundle_notices(), heading), encoding="utf-8")
    return output


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"wrote {write(Path(args[0]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
