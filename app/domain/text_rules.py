"""What typed or imported text may contain: the same rule for forms and imports.

Text is normalised before it is checked or stored:

- line breaks: Word's manual line break (vertical tab, U+000B), form feeds and the
  Unicode line and paragraph separators become an ordinary line break in multi-line
  fields (notes, remarks) and a space in single-line fields (names, phone numbers),
  where tabs and line breaks become spaces too; Windows line ends become ``\\n``;
- invisible characters that can disguise text are removed: the bidirectional
  embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can make
  "Anna" display as something else), the zero-width space, word joiner and byte order
  mark. The zero-width (non-)joiner stays between two letters, where Persian and Indic
  scripts need it, and is removed anywhere else.

Any other control character cannot be shown or written to a spreadsheet; it is
refused with a message (``first_control_character``) rather than silently dropped.
"""

import re

SINGLE_LINE_MAX = 200  # longer fields are multi-line (notes, remarks, reasons)

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")
_DISGUISING = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
_JOINERS = re.compile("[\u200c\u200d]")
_SINGLE_LINE_SPACES = re.compile("[\t\n]+")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _keep_joiner(match: re.Match[str]) -> str:
    text, at = match.string, match.start()
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    return match.group(0) if before.isalpha() and after.isalpha() else ""


def clean(text: str, multiline: bool) -> str:
    """``text`` with line breaks unified and disguising characters removed (not trimmed)."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _DISGUISING.sub("", text)
    text = _JOINERS.sub(_keep_joiner, text)
    if not multiline:
        text = _SINGLE_LINE_SPACES.sub(" ", text)
    return text


def first_control_character(text: str) -> int | None:
    """The 1-based position of a control character left after ``clean``, if any."""
    found = _CONTROL.search(text)
    return found.start() + 1 if found else None
