"""Lotse's own licence and the notices of the packages it runs on.

The About box shows both. A release bundle carries a generated
``THIRD-PARTY-NOTICES.txt`` (``installer/third_party_notices.py``), because a
frozen build has no package metadata to read; from a Python install the same
text is put together here from the installed packages' metadata.
"""

import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from app.storage.location import program_dir

DISTRIBUTION = "lotse"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass
class PackageNotice:
    name: str
    version: str
    licence: str
    url: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)


def own_licence_text() -> str:
    """The full text of Lotse's licence (GPL-3.0-or-later).

    From the release bundle's ``LICENSE`` file, else from the package metadata
    (any copy that has it: a source checkout may also hold a bare egg-info).
    """
    folder = bundle_dir()
    if folder is not None and (folder / "LICENSE").is_file():
        return (folder / "LICENSE").read_text(encoding="utf-8")
    for distribution in metadata.distributions(name=DISTRIBUTION):
        for file in distribution.files or []:
            if file.name == "LICENSE":
                try:
                    return file.read_text(encoding="utf-8")
                except OSError:
                    continue
    return ""


def bundle_dir() -> Path | None:
    """PyInstaller's folder of bundled files when Lotse runs frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else None


def runtime_distributions(root: str = DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed packages ``root`` needs at run time (no extras), sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = _normalise(pending.pop())
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform
        found[name] = distribution
        for requirement in distribution.requires or []:
            marker = requirement.partition(";")[2]
            if "extra" in marker:
                continue
            match = _NAME.match(requirement.strip())
            if match:
                pending.append(match.group(0))
    found.pop(_normalise(root), None)
    return sorted(found.values(), key=lambda d: _normalise(d.metadata["Name"]))


def package_notice(distribution: metadata.Distribution) -> PackageNotice:
    meta = distribution.metadata
    licence = _field(meta, "License-Expression")
    if not licence:
        declared = _field(meta, "License").strip()
        licence = declared.splitlines()[0] if declared else ""
    if not licence:
        classifiers = meta.get_all("Classifier") or []
        licence = ", ".join(c.split(" :: ")[-1] for c in classifiers if c.startswith("License :: "))
    url = _field(meta, "Home-page")
    if not url:
        for entry in meta.get_all("Project-URL") or []:
            url = entry.partition(",")[2].strip()
            break
    texts = []
    for file in distribution.files or []:
        parts = file.parts
        if not parts[0].endswith(".dist-info") or not LICENCE_FILE.match(file.name):
            continue
        try:
            texts.append((file.name, file.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return PackageNotice(
        meta["Name"], distribution.version, licence or "see the package", url, texts
    )


def format_notices(notices: list[PackageNotice], heading: str = "") -> str:
    rule = "=" * 78
    lines = [heading] if heading else []
    lines.append("Contents: " + ", ".join(f"{n.name} {n.version}" for n in notices))
    for notice in notices:
        lines += ["", rule, f"{notice.name} {notice.version}", f"Licence: {notice.licence}"]
        if notice.url:
            lines.append(f"Home: {notice.url}")
        for name, text in notice.texts:
            lines += ["", f"--- {name} ---", text.rstrip()]
    return "\n".join(lines) + "\n"


def installed_notices() -> str:
    """The notices of the packages Lotse runs on, read from their metadata."""
    return format_notices([package_notice(d) for d in runtime_distributions()])


def bundled_notices_file() -> Path | None:
    """The generated notices of a release bundle, when Lotse runs from one."""
    candidates = [bundle_dir(), program_dir()]
    for folder in candidates:
        if folder is not None and (folder / NOTICES_FILE).is_file():
            return folder / NOTICES_FILE
    return None


def third_party_notices() -> str:
    bundled = bundled_notices_file()
    if bundled is not None:
        return bundled.read_text(encoding="utf-8")
    return installed_notices()


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key)  # unlike meta[key], no warning when the field is missing
    return str(values[0]) if values else ""


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
