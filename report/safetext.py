"""Text from manuscripts and glossaries made safe for the formats we write: UTF-8, XML, spreadsheets.

Manuscripts come from outside (authors, translators, agencies). Whatever they hold (control
characters, lone surrogates from a file name decoded with surrogateescape, `]]>`, a cell that
starts with `=`), every report must stay valid and treat it as data.
"""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern

_SURROGATE = LazyPattern("[\ud800-\udfff]")
# Characters XML 1.0 does not allow (C0 controls except tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_INVALID_XML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

FORMULA_STARTS = "=+-@\t\r＝＋－＠"
"""First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection, plus
the full-width forms some spreadsheets fold to ASCII)."""

FORMULA_PATTERN = "^[" + FORMULA_STARTS.replace("-", "\\-") + "]"
"""A regular expression (Python and Rust syntax) matching a formula-like first character."""


def scrub(text: str) -> str:
    """`text` with every surrogate code point (never valid in UTF-8) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def utf8(text: str) -> bytes:
    """`text` encoded as UTF-8, surrogates replaced by U+FFFD instead of raising."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return scrub(text).encode("utf-8")


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (escape it separately)."""
    return _INVALID_XML.sub("", text)


def xml_safe(text: str) -> str:
    """`text` with the characters XML 1.0 forbids replaced by U+FFFD, one for one (so character offsets,
    such as a Word paragraph's, stay valid)."""
    return _INVALID_XML.sub("\ufffd", text)


def neutralise_cell(text: str) -> str:
    """A spreadsheet cell that cannot start a formula: a leading `'` when it starts like one (OWASP)."""
    return "'" + text if text[:1] and text[0] in FORMULA_STARTS else text
