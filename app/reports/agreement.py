"""The written mentoring agreement (Tandemvereinbarung): one section per language, German
first, each from the club's template, with the goals, the data-protection clause and
lines to sign for mentee, mentor and coordinator (and a guardian for a minor)."""

from dataclasses import dataclass
from html import escape
from itertools import zip_longest
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from app.domain.interface_languages import is_right_to_left
from app.domain.notice_templates import Block
from app.reports.a4 import write_a4
from app.reports.letterhead import Letterhead, letterhead_flowables
from app.reports.notices import block_flowables, bullet, notice_styles
from app.reports.signatures import signature_lines

MARGIN = 20 * mm


@dataclass(frozen=True)
class AgreementDocument:
    """One language's filled agreement."""

    language: str
    title: str
    version: str
    intro: tuple[Block, ...]
    goals_heading: tuple[Block, ...]
    goals: tuple[str, ...]
    body: tuple[Block, ...]  # how we work together, data protection
    signatures: tuple[str, ...]  # captions under the lines to sign


def write_agreement_pdf(
    letterhead: Letterhead, documents: list[AgreementDocument], path: Path, title: str
) -> None:
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = []
    for number, document in enumerate(documents):
        styles = notice_styles(is_right_to_left(document.language))
        if number:
            story.append(PageBreak())
        story += letterhead_flowables(letterhead, styles["base"])
        story += [Spacer(1, 6 * mm), Paragraph(escape(document.title), styles["title"])]
        story += block_flowables(document.intro, styles)
        story += block_flowables(document.goals_heading, styles)
        story += [bullet(escape(goal), styles["bullet"]) for goal in document.goals]
        story += block_flowables(document.body, styles)
        lines: list[Flowable] = []
        pairs = zip_longest(document.signatures[::2], document.signatures[1::2], fillvalue="")
        for left, right in pairs:
            lines += [Spacer(1, 14 * mm), signature_lines(left, right, width, styles["caption"])]
        story.append(KeepTogether(lines))
        story += [Spacer(1, 6 * mm), Paragraph(escape(document.version), styles["small"])]
    write_a4(path, story, title, MARGIN)
