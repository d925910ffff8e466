"""Build Lotse's release packages for this platform and smoke-test the frozen build.

1. generate the Qt files, render the icons, write the third-party notices;
2. PyInstaller (installer/lotse.spec): dist/lotse with lotse-gui and lotse;
3. package: Linux tarball with desktop entry; Windows installer (NSIS) and
   portable zip; macOS Lotse.app zipped;
4. smoke-test the frozen programs (the unpacked tarball on Linux);
5. on Linux with makensis installed, compile the Windows installer script
   against a stand-in payload: a syntax and language check, not a Windows build.

    python installer/build_dist.py        (what 'make dist' runs)

Everything lands in dist/ (packages in dist/release) and build/, both ignored by git.
"""

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402
from installer import build_qt, icons, smoke_test, third_party_notices  # noqa: E402

BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"
RELEASE = DIST / "release"
BUNDLE = DIST / "lotse"
NSIS_SCRIPT = ROOT / "installer" / "windows" / "lotse.nsi"


def step(message: str) -> None:
    print(f"\n== {message}", flush=True)


def prepare() -> None:
    step("generated Qt files, icons, third-party notices")
    for path in build_qt.generate(ROOT):
        print(f"generated {path.relative_to(ROOT)}")
    for path in icons.render(BUILD):
        print(f"rendered {path.relative_to(ROOT)}")
    print(f"wrote {third_party_notices.write(BUILD / 'THIRD-PARTY-NOTICES.txt').relative_to(ROOT)}")


def freeze() -> None:
    step("PyInstaller")
    started = time.monotonic()
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installer" / "lotse.spec"),
        ],
        cwd=ROOT,
        env={**os.environ, "LOTSE_BUILD_DIR": str(BUILD)},
        check=True,
    )  # fmt: skip
    shutil.copy2(ROOT / "LICENSE", BUNDLE / "LICENSE.txt")
    print(f"frozen in {time.monotonic() - started:.0f} s: {BUNDLE.relative_to(ROOT)}")


def machine() -> str:
    return {"amd64": "x86_64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )


def linux_tarball() -> Path:
    step("Linux tarball")
    name = f"Lotse-{__version__}-linux-{machine()}"
    tarball = RELEASE / f"{name}.tar.gz"
    linux = ROOT / "installer" / "linux"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(BUNDLE, arcname=name)
        archive.add(linux / "lotse.desktop", arcname=f"{name}/lotse.desktop")
        archive.add(linux / "install-desktop-entry.sh", arcname=f"{name}/install-desktop-entry.sh")
        archive.add(linux / "LIESMICH.txt", arcname=f"{name}/LIESMICH.txt")
        archive.add(BUILD / "lotse.png", arcname=f"{name}/lotse.png")
    print(f"wrote {tarball.relative_to(ROOT)}")
    return tarball


def portable_zip() -> Path:
    """The bundle with a 'portable' marker: unzip to a USB stick, data stays beside it."""
    step("portable zip")
    name = f"Lotse-{__version__}-portable-{sys.platform}-{machine()}"
    target = RELEASE / f"{name}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(BUNDLE.rglob("*")):
            archive.write(path, f"Lotse/{path.relative_to(BUNDLE)}")
        archive.write(ROOT / "installer" / "windows" / "portable.txt", "Lotse/portable")
    print(f"wrote {target.relative_to(ROOT)}")
    return target


def makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for folder in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(folder or "") / "NSIS" / "makensis.exe"
        if folder and candidate.is_file():
            return str(candidate)
    return None


def nsis_defines(source: Path, output: Path) -> list[str]:
    numbers = [part for part in __version__.replace("-", ".").split(".") if part.isdigit()]
    quad = ".".join((numbers + ["0"] * 4)[:4])
    return [
        f"-DVERSION={__version__}",
        f"-DVERSION_QUAD={quad}",
        f"-DSOURCE_DIR={source}",
        f"-DOUT_FILE={output}",
        f"-DICON={BUILD / 'lotse.ico'}",
        f"-DLICENSE_FILE={ROOT / 'LICENSE'}",
    ]


def windows_installer(compiler: str) -> Path:
    step("Windows installer (NSIS)")
    target = RELEASE / f"Lotse-{__version__}-setup.exe"
    subprocess.run(
        [compiler, "-V2", "-WX", "-INPUTCHARSET", "UTF8", *nsis_defines(BUNDLE, target),
         str(NSIS_SCRIPT)],
        check=True,
    )  # fmt: skip
    print(f"wrote {target.relative_to(ROOT)}")
    return target


def check_nsis_script(compiler: str) -> None:
    """Compile the installer script here against stand-ins of the Windows programs."""
    step("NSIS installer script: compile check (stand-in payload)")
    with tempfile.TemporaryDirectory(prefix="lotse-nsis-") as scratch:
        payload = Path(scratch) / "payload"
        (payload / "_internal").mkdir(parents=True)
        for name in ("lotse-gui.exe", "lotse.exe", "LICENSE.txt", "_internal/stand-in.txt"):
            (payload / name).write_text("stand-in for the Windows build\n", encoding="utf-8")
        output = Path(scratch) / "Lotse-setup-check.exe"
        subprocess.run(
            [compiler, "-V2", "-WX", "-INPUTCHARSET", "UTF8", *nsis_defines(payload, output),
             str(NSIS_SCRIPT)],
            check=True,
        )  # fmt: skip
        print(f"ok  makensis compiled {NSIS_SCRIPT.relative_to(ROOT)} (warnings are errors)")


def macos_app_zip() -> Path:
    step("macOS app")
    app = DIST / "Lotse.app"
    target = RELEASE / f"Lotse-{__version__}-macos-{machine()}.zip"
    # ditto keeps the bundle's symlinks and extended attributes, unlike zipfile.
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(target)], check=True)
    print(f"wrote {target.relative_to(ROOT)}")
    return target


def size_of(folder: Path) -> int:
    """Bytes on disk; PyInstaller links some libraries into place, count those once."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def smoke(bundle: Path) -> None:
    step(f"smoke test of the frozen build in {bundle}")
    if smoke_test.main([str(bundle)]) != 0:
        raise SystemExit("the smoke test failed: no release packages are kept")


def main() -> int:
    prepare()
    freeze()
    shutil.rmtree(RELEASE, ignore_errors=True)
    RELEASE.mkdir(parents=True)
    artefacts: list[Path] = []
    if sys.platform.startswith("linux"):
        tarball = linux_tarball()
        with tempfile.TemporaryDirectory(prefix="lotse-unpacked-") as scratch:
            with tarfile.open(tarball) as archive:
                archive.extractall(scratch, filter="tar")
            (unpacked,) = Path(scratch).iterdir()
            smoke(unpacked)
        artefacts.append(tarball)
        compiler = makensis()
        if compiler:
            check_nsis_script(compiler)
        else:
            print(
                "\nmakensis not found: Windows installer script not checked (apt-get install nsis)"
            )
    else:
        smoke(BUNDLE)
        if sys.platform == "win32":
            compiler = makensis()
            if compiler is None:
                raise SystemExit("makensis (NSIS 3) is needed for the Windows installer")
            artefacts += [windows_installer(compiler), portable_zip()]
        elif sys.platform == "darwin":
            artefacts.append(macos_app_zip())
    step("result")
    print(f"bundle {BUNDLE.relative_to(ROOT)}: {size_of(BUNDLE) / 2**20:.0f} MiB unpacked")
    for artefact in artefacts:
        print(f"{artefact.relative_to(ROOT)}: {artefact.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
