"""The manuscript model: blocks with a language and a role, sentences, and paired sections."""
from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from zhen_qa.manuscript.source import Location, MappedText, SourceText


class Role(str, enum.Enum):
    """What a block is in the manuscript."""

    TITLE = "title"
    AUTHORS = "authors"
    AFFILIATIONS = "affiliations"
    ABSTRACT = "abstract"
    KEYWORDS = "keywords"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    REFERENCE = "reference"
    CITATION = "citation"
    """Citation/metadata block (引用本文 / Article Citation, DOI lines and the like)."""
    FURNITURE = "furniture"
    """Page furniture: 收稿日期, 基金项目, 通讯作者, 本文编辑, running heads, page numbers."""


class Bead(NamedTuple):
    """One alignment bead: 0-based sentence indices on each side (either may be empty) and a score."""

    zh: tuple[int, ...]
    en: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Part:
    """Where a Markdown block sits in its file's structure: a paragraph, heading, list item or table cell.

    `table`, `row` and `column` are 0-based and numbered in file order (-1 outside tables); `key` is the
    source text of the row's first cell (often an identifier both languages keep, even when it is not prose);
    `shape` is the (rows, columns) of the cell's table, header row included, and `blank` its blank cells (row,
    column). `anchors` are the link targets and
    inline-code spans of a list item, in order: what a translation of the item keeps as it is. `level` is a
    heading's level (1 for `#`). `quoted` are the anchors of the list items and link lines right after this block
    that are not prose (a link title or identifier kept as it is), which the file reads past. `links` are the web
    addresses of a paragraph or list item whose text is all link text (a list of articles, a "read this" link).
    `code` is the code of the fenced or indented code blocks between the block before this one and this one, as a
    translation keeps it (`markdown.code_key`: comments and lines with Han characters left out), "" when none;
    `code_after` that of the code blocks between this block and the next (or the file's end).
    """

    kind: str
    """"paragraph", "heading", "item" (inside a list) or "cell"."""
    table: int = -1
    row: int = -1
    column: int = -1
    key: str = ""
    shape: tuple[int, int] = (0, 0)
    blank: frozenset[tuple[int, int]] = frozenset()
    anchors: tuple[str, ...] = ()
    level: int = 0
    quoted: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    code: str = ""
    code_after: str = ""


@dataclass(frozen=True)
class Block:
    """A paragraph-like unit of one file with its language ("zh", "en" or "mixed") and role.

    `section` is the heading text of the body section the block belongs to ("" in front matter).
    A paragraph interrupted by page furniture is one block whose text skips the furniture.
    """

    role: Role
    lang: str
    text: MappedText
    section: str = ""
    label: str = ""
    """For labelled front matter (摘要: / Abstract:) the label; the text excludes it."""
    part: Part | None = None
    """The Markdown structure the block comes from (structured Markdown files only)."""

    @property
    def location(self) -> Location:
        """Where the block starts and ends in its file."""
        return self.text.location()


@dataclass(frozen=True)
class Sentence:
    """One sentence (or keyword item, title, ...) of a block, mapped to its file."""

    text: MappedText
    lang: str
    role: Role

    @property
    def location(self) -> Location:
        """Where the sentence is in its file."""
        return self.text.location()


def span_of(sentences: Sequence[Sentence]) -> Location:
    """Where a non-empty run of sentences is: from the first one's start to the last one's end."""
    return sentences[0].location.through(sentences[-1].location)


_GAP_SHOWN = 40
"""Longest stretch of the file between two sentences that `written_run` shows (collapsed) instead of one space."""


def written_run(sentences: Sequence[Sentence]) -> str:
    """A run of sentences as the file writes them, for an excerpt: each sentence `as_written`, joined by what the file
    has between two neighbours when that is only punctuation and spaces ("Tinker, Robotics Learning" of a keyword
    list, not "Tinker Robotics Learning"), its spaces and line breaks one space (none between two Chinese
    characters); by one space where the file has anything else between them (markup, another file)."""
    out: list[str] = []
    prev: MappedText | None = None
    for s in sentences:
        mt = s.text
        if prev is not None:
            out.append(_gap(prev, mt))
        out.append(mt.as_written())
        prev = mt
    return "".join(out)


def _gap(prev: MappedText, nxt: MappedText) -> str:
    """What `written_run` shows between two sentences: the file's text between them, or one space."""
    if not prev.text or not nxt.text or prev.source is not nxt.source:
        return " "
    a, b = prev.end_of(len(prev.text) - 1), nxt.offsets[0]
    gap = prev.source.text[a:b] if 0 <= b - a <= _GAP_SHOWN else "x"
    if any(not (c.isspace() or unicodedata.category(c).startswith("P")) for c in gap):
        return " "
    if gap.isspace():  # a line broken between two Chinese sentences is no space in the typeset text
        return "" if not prev.text[-1].isascii() and not nxt.text[0].isascii() else " "
    return re.sub(r"\s+", " ", gap)


@dataclass(frozen=True)
class Duplicate:
    """A passage one side prints twice (the other side once): `copy` repeats `original` sentence for sentence."""

    lang: str
    copy: tuple[Sentence, ...]
    original: tuple[Sentence, ...]


class InlineTag(NamedTuple):
    """An inline tag of a CAT unit (`<x id="INTERPOLATION"/>`, `<g id="1">`, `<bpt id="2">`, OmegaT's `<g0>`).

    `key` is what must be found on the other side (element and id; "" for the end of a paired element, which
    comes with its start); `shown` the tag as a reviewer reads it; `role` "open", "close" or "alone"; `pair`
    ties an opening tag to its closing one ("" for a tag alone); `case` names the case of an ICU message the tag
    is in ("other", "one", nested "other/=0"; "" outside one); `at` is where the tag's markup is in its file
    (offsets from, to), None when it is not known; `attrs` the attributes of markup written as text in a string
    (`href="%s"`, as written; "" for the format's own tags), whose placeholders are the program's."""

    key: str
    shown: str
    role: str
    pair: str = ""
    case: str = ""
    at: tuple[int, int] | None = None
    attrs: str = ""


UnitTags = tuple[tuple[InlineTag, ...], tuple[InlineTag, ...]]
"""A CAT unit's inline tags: its source's and its target's, each in order."""


@dataclass(frozen=True)
class Pair:
    """A Chinese unit and its English counterpart, sentence-aligned.

    `section` names what was paired ("title", "abstract", "keywords", "1. 引言", "document").
    `beads` index into `zh` and `en`; every sentence of both sides is in exactly one bead.
    `duplicates` are repeated passages taken out of `zh` and `en` before alignment (reported once each).
    """

    section: str
    zh: tuple[Sentence, ...]
    en: tuple[Sentence, ...]
    beads: tuple[Bead, ...]
    duplicates: tuple[Duplicate, ...] = ()
    tags: UnitTags | None = None
    """A CAT unit's inline tags, (source's, target's), in order; None where the file has no such tags to read."""
    source_shown: bool = False
    """A Qt Linguist message marked finished with an empty translation: the program shows its English source as it
    is (a name kept so is no finding, `translatable.kept_name`)."""


@dataclass(frozen=True)
class MonolingualSection:
    """A Chinese body section that has no English side (English-abstract-only articles)."""

    heading: str
    location: Location
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Manuscript:
    """One checked manuscript: its files, blocks, paired units and unpaired body sections."""

    path: str
    sources: tuple[SourceText, ...]
    blocks: tuple[Block, ...]
    pairs: tuple[Pair, ...] = ()
    monolingual: tuple[MonolingualSection, ...] = ()
    notes: tuple[str, ...] = field(default=())
    source_lang: str | None = None
    """The language the file says it was translated from ("zh" or "en": a CAT file's source side); None for a
    manuscript, which may have been written in either language first."""
    cat_format: str | None = None
    """The CAT format the file was read as, by its content ("po", "xliff", "tmx", "ts" for Qt Linguist); None for
    a manuscript."""

    @property
    def units(self) -> bool:
        """True when the manuscript was read as units already paired (a CAT file, two message files: its files'
        `SourceText.units`)."""
        return any(s.units for s in self.sources)

    def sentences(self, lang: str) -> list[Sentence]:
        """All sentences of paired units and monolingual sections in one language, in file order."""
        out: list[Sentence] = []
        for pair in self.pairs:
            out.extend(pair.zh if lang == "zh" else pair.en)
        if lang == "zh":
            for sec in self.monolingual:
                out.extend(sec.sentences)
        return out
