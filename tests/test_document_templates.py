"""Participant documents in every interface language: each template is complete, uses
the German text's placeholders, and prints right to left where the language is written so."""

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import resources
from app.domain.interface_languages import INTERFACE_LANGUAGES, is_right_to_left
from app.domain.notice_templates import Block, BlockKind, placeholders
from app.reports.letterhead import Letterhead
from app.reports.notices import NoticeDocument, notice_styles, write_notice_pdf
from app.services import notices
from app.services.notices import (
    GERMAN,
    NoticeKind,
    TemplateProblem,
    document_languages,
    load_template,
    template_languages,
)

TEMPLATES = resources.path("notices")


@pytest.mark.parametrize("kind", list(NoticeKind))
@pytest.mark.parametrize("language", INTERFACE_LANGUAGES)
def test_every_document_exists_in_every_language_with_the_german_parts(
    kind: NoticeKind, language: str
) -> None:
    template = load_template(kind, language)  # refuses other placeholders than German's
    german = load_template(kind, GERMAN)
    assert placeholders(template) == placeholders(german)
    assert set(template.sections) == set(german.sections)
    assert set(template.headers) == set(german.headers)
    assert template.version.endswith(f"-{language}")
    assert template.title.strip()


def test_a_person_gets_german_and_each_language_they_speak() -> None:
    assert template_languages(tuple(NoticeKind)) == list(INTERFACE_LANGUAGES[:1]) + sorted(
        INTERFACE_LANGUAGES[1:]
    )
    assert document_languages(["uk", "ku", "ar"]) == ["de", "uk", "ar"]  # no Kurdish yet


def test_a_club_translation_missing_a_placeholder_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "notices"
    shutil.copytree(TEMPLATES, copy)
    letter = copy / "tr" / "appointment.txt"
    letter.write_text(letter.read_text(encoding="utf-8").replace("$place", "$plase"), "utf-8")
    monkeypatch.setattr(notices.resources, "path", lambda *parts: copy.joinpath(*parts[1:]))
    with pytest.raises(TemplateProblem) as refused:
        load_template(NoticeKind.APPOINTMENT, "tr")
    assert refused.value.message == (
        "The template notices/tr/appointment.txt does not use the placeholders of the "
        "German one: missing $place; unknown $plase."
    )
    load_template(NoticeKind.APPOINTMENT, "uk")  # the others still print


def test_arabic_and_farsi_are_set_right_to_left() -> None:
    assert [code for code in INTERFACE_LANGUAGES if is_right_to_left(code)] == ["ar", "fa"]
    styles = notice_styles(right_to_left=True)
    assert styles["paragraph"].wordWrap == "RTL"
    assert styles["paragraph"].alignment == 2  # TA_RIGHT
    assert notice_styles()["paragraph"].wordWrap is None


def test_a_line_starting_with_a_raised_mark_prints(tmp_path: Path) -> None:
    """reportlab failed on Persian text whose reversed line began with a hamza above."""
    text = load_template(NoticeKind.NOTICE, "fa")
    paragraph = next(block.text for block in text.intro if "تأمین\u200cکنندهٔ" in block.text)
    documents = [
        NoticeDocument(
            language="fa",
            title=text.title,
            version=text.version,
            intro=(Block(BlockKind.PARAGRAPH, paragraph),),
        )
    ]
    path = tmp_path / "fa.pdf"
    write_notice_pdf(Letterhead("Brückenschlag e.V."), documents, path, "fa")
    assert "2026-11-fa" in PdfReader(path).pages[0].extract_text()
