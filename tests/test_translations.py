"""German is complete: every source string is in the .ts, translated, and built into the .qm."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.domain import enums
from app.ui import labels
from app.ui.i18n import translations_dir
from installer import build_qt

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "translations" / "lotse_de.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n message."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_german_translation_is_finished() -> None:
    unfinished = [
        key
        for key, translation in messages(TS_FILE).items()
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not all(text.strip() for text in texts(translation))
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    import re

    for (context, source), translation in messages(TS_FILE).items():
        assert translation is not None
        wanted = sorted(re.findall(r"\{\w+\}", source))
        for text in texts(translation):
            assert sorted(re.findall(r"\{\w+\}", text)) == wanted, (context, source)
            assert ("%n" in text) == ("%n" in source), (context, source)


def lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate is installed with PySide6"
        tool = Path(found)
    return tool


def test_the_ts_file_knows_every_string_in_the_source(tmp_path: Path) -> None:
    copy = tmp_path / "lotse_de.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(
        str(path) for path in (ROOT / "app").rglob("*.py") if path.name != "resources_rc.py"
    )
    subprocess.run(
        [
            str(lupdate()),
            *sources,
            "-source-language",
            "en",
            "-target-language",
            "de_DE",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert set(messages(copy)) == set(messages(TS_FILE)), "run 'make translations'"


def test_the_build_generates_the_qm_and_the_resource_module(tmp_path: Path) -> None:
    """Nothing generated is committed: the build makes both files from the sources."""
    written = build_qt.generate(ROOT, tmp_path)
    assert sorted(path.relative_to(tmp_path) for path in written) == sorted(
        build_qt.generated_files(ROOT)
    )
    assert (tmp_path / "app" / "resources" / "translations" / "lotse_de.qm").is_file()
    assert_translates_like_the_ts(tmp_path / "app" / "resources" / "translations" / "lotse_de.qm")
    # The resource module registers every file the .qrc lists (checked in a fresh interpreter).
    listed = [entry.text for entry in ET.parse(ROOT / build_qt.QRC).getroot().iter("file")]
    assert "icons/lotse.svg" in listed and "style.qss" in listed
    check = (
        "import sys, resources_rc\n"
        "from PySide6.QtCore import QFile\n"
        "missing = [name for name in sys.argv[1:] if not QFile(':/' + name).exists()]\n"
        "assert not missing, missing\n"
    )
    subprocess.run(
        [sys.executable, "-c", check, *listed],
        cwd=tmp_path / "app" / "ui",
        check=True,
        timeout=60,
    )


def assert_translates_like_the_ts(qm: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), translation in messages(TS_FILE).items():
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")]
        if forms:
            assert translator.translate(context, source, None, 1) == forms[0]
            assert translator.translate(context, source, None, 5) == forms[1]
        else:
            assert translator.translate(context, source) == translation.text, (context, source)


def test_the_application_loads_the_built_translation_from_package_data() -> None:
    """The GUI's German comes from app/resources/translations, the same .qm a wheel carries."""
    assert (translations_dir() / "lotse_de.qm").is_file(), "run 'make generated'"
    assert_translates_like_the_ts(translations_dir() / "lotse_de.qm")


@pytest.mark.parametrize(
    "enum_cls",
    [
        enums.Role,
        enums.Gender,
        enums.CaseStatus,
        enums.ConsultationFormat,
        enums.ConsultationKind,
        enums.VolunteerStatus,
        enums.HoursStatus,
        enums.EventKind,
        enums.AllowanceKind,
    ],
)
def test_enum_codes_shown_in_the_ui_have_labels(enum_cls: type[StrEnum]) -> None:
    for member in enum_cls:
        assert labels.has_label(member), member


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see tr()/translate() inside f-string braces: such text stays English."""
    import re

    hidden = re.compile(r"""\bf(["'])[^"']*\{[^}]*\b(tr|translate)\(""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "app").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert offenders == []
