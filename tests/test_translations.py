"""Every language is complete: each source string is in every .ts, translated with the
same placeholders, markup and keyboard accelerators, and built into the .qm."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.domain import enums
from app.domain.interface_languages import INTERFACE_LANGUAGES
from app.ui import labels
from app.ui.i18n import translations_dir
from installer import build_qt

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "translations" / "lotse_de.ts"
# English is the source language: its file holds only the plural forms.
TRANSLATED = [code for code in INTERFACE_LANGUAGES if code != "en"]


def ts_file(language: str) -> Path:
    return ROOT / "translations" / f"lotse_{language}.ts"


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


def test_there_is_a_ts_file_for_each_interface_language_and_no_other() -> None:
    found = sorted(path.stem.removeprefix("lotse_") for path in ROOT.glob("translations/*.ts"))
    assert found == sorted(INTERFACE_LANGUAGES)


@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_every_translation_is_finished(language: str) -> None:
    unfinished = [
        key
        for key, translation in messages(ts_file(language)).items()
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not all(text.strip() for text in texts(translation))
    ]
    assert unfinished == []


def test_the_english_file_holds_the_plural_forms_only() -> None:
    english = messages(ts_file("en"))
    assert english and all(len(texts(translation)) == 2 for translation in english.values())
    assert english[("CasesPage", "%n case(s)")].findtext("numerusform") == "%n case"


BRACED = re.compile(r"\{\w*\}")
NUMBERED = re.compile(r"%L?[1-9]")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_placeholders_markup_and_accelerators_survive_translation(language: str) -> None:
    problems = []
    for (context, source), translation in messages(ts_file(language)).items():
        assert translation is not None
        forms = texts(translation)
        plural = bool(list(translation.iter("numerusform")))
        for text in forms:
            for pattern in (BRACED, NUMBERED, TAG):
                if sorted(pattern.findall(text)) != sorted(pattern.findall(source)):
                    problems.append((context, source, text, pattern.pattern))
            if not plural and ("%n" in text) != ("%n" in source):
                problems.append((context, source, text, "%n"))
            # One accelerator where the source has one; a translation may add one.
            wanted = {1} if accelerators(source) else {0, 1}
            if "<" not in source and accelerators(text) not in wanted:
                problems.append((context, source, text, "&"))
        # Arabic may say "one"/"two" in words; the number appears in the other forms.
        if plural and not any("%n" in text for text in forms):
            problems.append((context, source, forms, "%n"))
    assert problems == []


def lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate is installed with PySide6"
        tool = Path(found)
    return tool


@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_the_ts_file_knows_every_string_in_the_source(tmp_path: Path, language: str) -> None:
    copy = tmp_path / f"lotse_{language}.ts"
    shutil.copy(ts_file(language), copy)
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
            language,
            "-no-obsolete",
            "-locations",
            "none",
            *(["-pluralonly"] if language == "en" else []),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert set(messages(copy)) == set(messages(ts_file(language))), "run 'make translations'"


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


def assert_translates_like_the_ts(qm: Path, language: str = "de") -> None:
    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), translation in messages(ts_file(language)).items():
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")]
        if forms:
            # Each count gets one of the forms (which one is the language's rule).
            for count in (0, 1, 2, 5, 11, 101):
                assert translator.translate(context, source, None, count) in forms
            if language in ("de", "en"):
                assert translator.translate(context, source, None, 1) == forms[0]
                assert translator.translate(context, source, None, 5) == forms[1]
        else:
            assert translator.translate(context, source) == translation.text, (context, source)


@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_the_application_loads_the_built_translation_from_package_data(language: str) -> None:
    """The GUI's texts come from app/resources/translations, the .qm files a wheel carries."""
    qm = translations_dir() / f"lotse_{language}.qm"
    assert qm.is_file(), "run 'make generated'"
    assert_translates_like_the_ts(qm, language)


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


GLOSSARY_TERMS = (
    "Fallakte", "Beratung", "Wiedervorlage", "Aufenthaltsstatus", "Führungszeugnis",
    "Einwilligung", "keine Angabe", "Teilnahmebescheinigung", "Ehrenamt", "Tandem",
)  # fmt: skip


@pytest.mark.parametrize("language", TRANSLATED[1:])
def test_the_glossary_names_the_domain_terms_in_each_language(language: str) -> None:
    """translations/glossary.md: a section per language with a row per domain term."""
    text = (ROOT / "translations" / "glossary.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    (section,) = [part for part in sections if f"`{language}`" in part.splitlines()[0]]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    missing = [
        term for term in GLOSSARY_TERMS if not any(term in row.split("|")[1] for row in rows)
    ]
    assert missing == []
