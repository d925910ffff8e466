"""The club's notice and consent-form templates: plain text files a club can adapt.

A template (``app/resources/notices/<language>/notice.txt`` or ``consent.txt``) starts
with header lines ``Version: …`` and ``Title: …`` (the consent form also ``Signature: …``
and ``Choice: …``); lines starting with ``#`` are comments. The body is paragraphs
separated by blank lines, ``== `` starts a heading and ``- `` a bullet. In a consent
form ``[kind]`` (a consent kind code, or ``closing``) starts that consent's text.
``$organisation`` and the other placeholders are filled by ``fill``; an unknown one
stays as written, so a club's typo shows on paper instead of failing.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from string import Template

HEADER_KEYS = ("Version", "Title", "Signature", "Choice")
CLOSING = "closing"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True)
class NoticeTemplate:
    language: str
    version: str
    title: str
    headers: dict[str, str]
    intro: tuple[Block, ...]
    # Consent texts by kind code, and ``closing``; empty for a notice.
    sections: dict[str, tuple[Block, ...]] = field(default_factory=dict)


class TemplateError(ValueError):
    """A template without a version or title, or with an unknown section."""


def _blocks(lines: list[str]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block(BlockKind.PARAGRAPH, " ".join(paragraph)))
            paragraph.clear()

    for line in lines:
        stripped = line.strip()
        if not stripped:
            end_paragraph()
        elif stripped.startswith("== "):
            end_paragraph()
            blocks.append(Block(BlockKind.HEADING, stripped[3:].strip()))
        elif stripped.startswith("- "):
            end_paragraph()
            blocks.append(Block(BlockKind.BULLET, stripped[2:].strip()))
        else:
            paragraph.append(stripped)
    end_paragraph()
    return tuple(blocks)


def parse_template(
    text: str, language: str, sections: frozenset[str] = frozenset()
) -> NoticeTemplate:
    """Read a template; ``sections`` are the ``[names]`` it may contain."""
    headers: dict[str, str] = {}
    body: list[str] = []
    current: list[str] = body
    parts: dict[str, list[str]] = {}
    in_header = True
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        if in_header:
            key, colon, value = line.partition(":")
            if colon and key.strip() in HEADER_KEYS:
                headers[key.strip()] = value.strip()
                continue
            if not line.strip():
                continue
            in_header = False
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            name = stripped[1:-1].strip()
            if name not in sections:
                raise TemplateError(f"unknown section [{name}]")
            current = parts.setdefault(name, [])
            continue
        current.append(line)
    if not headers.get("Version") or not headers.get("Title"):
        raise TemplateError("the template needs a 'Version:' and a 'Title:' line")
    return NoticeTemplate(
        language=language,
        version=headers["Version"],
        title=headers["Title"],
        headers=headers,
        intro=_blocks(body),
        sections={name: _blocks(lines) for name, lines in parts.items()},
    )


def placeholders(template: NoticeTemplate) -> set[str]:
    """Every ``$name`` the template uses, in its headers, text and sections."""
    texts = [*template.headers.values()]
    for blocks in (template.intro, *template.sections.values()):
        texts += [block.text for block in blocks]
    found: set[str] = set()
    for text in texts:
        found.update(
            match.group("named") or match.group("braced")
            for match in Template.pattern.finditer(text)
            if match.group("named") or match.group("braced")
        )
    return found


def fill_text(text: str, values: Mapping[str, str]) -> str:
    return Template(text).safe_substitute(values)


def fill_blocks(blocks: tuple[Block, ...], values: Mapping[str, str]) -> tuple[Block, ...]:
    return tuple(Block(b.kind, fill_text(b.text, values)) for b in blocks)
