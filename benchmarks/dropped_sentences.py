"""Injected "dropped sentence" defects for the docs recall benchmark (`precision_mddocs.py`).

A translator who skips one sentence of a paragraph leaves the Chinese whole and the English one sentence short. Two
families of injection, measuring different things; both delete English only (the Chinese page is unchanged).

Chinese side (chosen from a Chinese paragraph; the easier, "clean" case): in a Chinese paragraph (a plain Markdown
paragraph or a list item's text) of at least two sentences, every one of them paired with English, the English of
one Chinese sentence with at least MIN_HAN Han characters and alone in its bead (1-1, or 1-k when the English splits
it) is deleted from the English page (the English sentences of a 1-k bead go together, with what the file writes
between them), so the Chinese sentence is left wholly without English. Two places:

- "dropped last sentence": the paragraph's last sentence (the shape a reviewer measured by hand at stop 63);
- "dropped middle sentence": a sentence with a neighbour on each side (paragraphs of three sentences or more).

These exclude the case where only part of a Chinese sentence's English goes: a Chinese sentence the English renders
as two or three sentences never loses one of them here, and paragraphs with an unpaired sentence are skipped.

English side (chosen from an English paragraph, as a grader who deletes an English sentence without seeing the
alignment would): in an English paragraph (plain paragraph or list item) of at least two sentences, one English
sentence is deleted, whatever its bead; the targets are the Chinese sentence(s) of its bead in the clean alignment
(at least MIN_HAN Han characters together). When the bead is 1-k (the English rendered one Chinese sentence as k
sentences) the Chinese sentence is left partly translated: a reviewer still wants it named. Two places:

- "dropped last English sentence": the English paragraph's last sentence;
- "dropped middle English sentence": a sentence with a neighbour on each side (three sentences or more).

Each English-side drop records its bead's shape ("1-1", "1-2", "2-1" …), and `precision_mddocs.py` prints the share
of 1-k beads (a partly untranslated Chinese sentence) on its own line.

Found means a reviewer is told "this Chinese sentence has no (or not all its) English": an `untranslated` finding
on the Chinese side whose span overlaps the target's span (line and column; for an English-side drop the span runs
from its bead's first Chinese sentence to its last) or that lists the target's first line in its data (a condensed
finding). A finding on another sentence of the same paragraph does not count, nor a finding of another rule (a
number or a term finding on the sentence names something else). Alignment notes are not findings and do not count.
A drop whose target the clean page already reports (a finding of the clean check that `found` would count) is left
out of the count (`fresh`): the dropped page would score it whatever the drop does (review65 R5), the more often the
more the checker fires on clean pages; `precision_mddocs.py` prints how many were left out.

Every eligible paragraph of a page is a candidate, up to PER_PAGE of each place a page, taken evenly through the page
(first, last and between), so a set of 30-60 pages gives a hundred or more injections a kind: enough for a rate.
`choose` and `choose_english` pick from a checked page's alignment; the picks are written to and read from a drops
file (`--drops`), so two versions of the code are measured on the same sentences even when their alignments differ.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.script import han_count
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding
from zhen_qa.report.model import FileResult

MIN_HAN = 8
"""Han characters the chosen Chinese sentence needs: a sentence with something to say, not a label ("例如：")."""

PER_PAGE = 3
"""Injections of each place a page at most."""

LAST = "dropped last sentence"
MIDDLE = "dropped middle sentence"
EN_LAST = "dropped last English sentence"
EN_MIDDLE = "dropped middle English sentence"
ZH_KINDS = (LAST, MIDDLE)
EN_KINDS = (EN_LAST, EN_MIDDLE)
KINDS = ZH_KINDS + EN_KINDS


@dataclass(frozen=True)
class Drop:
    """One injection: the Chinese sentence's span (1-based line and column, end exclusive) and the English source
    offsets [start, end) of its translation, deleted from the English page."""

    kind: str
    zh: tuple[int, int, int, int]
    en: tuple[int, int]
    shape: str = ""
    """An English-side drop's bead, "Z-E" (Chinese and English sentences in it); empty for a Chinese-side drop."""

    @property
    def partial(self) -> bool:
        """Whether the drop leaves a Chinese sentence partly translated (one of its k English sentences gone)."""
        zh_n, _, en_n = self.shape.partition("-")
        return zh_n == "1" and en_n.isdigit() and int(en_n) >= 2


def _spread(items: list[Drop], n: int) -> list[Drop]:
    """At most `n` of `items`, evenly through them (first and last included)."""
    if len(items) <= n:
        return items
    if n == 1:
        return [items[len(items) // 2]]
    return [items[round(k * (len(items) - 1) / (n - 1))] for k in range(n)]


def choose(result: FileResult, zh: Path) -> list[Drop]:
    """The drops of one checked page pair (file order, at most PER_PAGE a kind)."""
    own: dict[int, list[Sentence]] = {}  # id of a zh sentence alone in its bead -> the bead's English sentences
    paired: set[int] = set()  # ids of zh sentences with English
    sentences: list[Sentence] = []
    for pair in result.pairs:
        for bead in pair.beads:
            for i in bead.zh:
                sentences.append(pair.zh[i])
                if bead.en:
                    paired.add(id(pair.zh[i]))
            en = [pair.en[j] for j in bead.en]
            if len(bead.zh) == 1 and en and all(b.location.line <= a.location.end_line + 1 for a, b in zip(en, en[1:])):
                own[id(pair.zh[bead.zh[0]])] = en  # one stretch of the English page (no blank line inside)
    by_kind: dict[str, list[Drop]] = {LAST: [], MIDDLE: []}
    for inside in _paragraphs(result, zh, sentences):
        if not all(id(s) in paired for s in inside):
            continue
        for kind, s in _places(inside, LAST, MIDDLE):
            en = own.get(id(s), [])
            start, end = (en[0].text.start_offset(), en[-1].text.end_offset()) if en else (None, None)
            if start is None or end is None or han_count(s.text.text) < MIN_HAN:
                continue
            at = s.location
            by_kind[kind].append(Drop(kind, (at.line, at.column, at.end_line, at.end_column), (start, end)))
    return [d for kind in ZH_KINDS for d in _spread(by_kind[kind], PER_PAGE)]


def _paragraphs(result: FileResult, path: Path, sentences: list[Sentence]) -> Iterator[list[Sentence]]:
    """The sentences of `sentences` inside each Markdown paragraph or list item of `path`'s page, in file order, for
    every such block that holds two sentences or more."""
    for block in result.blocks:
        loc = block.location
        if (loc.path != str(path) or block.role is not Role.PARAGRAPH or block.part is None
                or block.part.kind not in ("paragraph", "item")):
            continue
        inside = _inside(loc, sentences)
        if len(inside) >= 2:
            yield inside


def _places(inside: list[Sentence], last: str, middle: str) -> list[tuple[str, Sentence]]:
    """A paragraph's places to drop a sentence: its last, and its middle one when it has three or more."""
    return [(last, inside[-1])] + ([(middle, inside[len(inside) // 2])] if len(inside) >= 3 else [])


def _inside(block_loc: Location, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of `sentences` inside a block's span, in file order."""
    loc = block_loc
    return sorted((s for s in sentences if s.location.path == loc.path
                   and loc.line <= s.location.line <= loc.end_line
                   and (s.location.line, s.location.column) >= (loc.line, loc.column)
                   and (s.location.end_line, s.location.end_column) <= (loc.end_line, loc.end_column)),
                  key=lambda s: (s.location.line, s.location.column))


def choose_english(result: FileResult, en: Path) -> list[Drop]:
    """The English-side drops of one checked page pair (file order, at most PER_PAGE a kind): the last (and middle)
    sentence of each English paragraph of two sentences or more, whatever its bead; targets its bead's Chinese."""
    bead_of: dict[int, tuple[list[Sentence], int]] = {}  # id of an en sentence -> its bead's zh sentences, en count
    sentences: list[Sentence] = []
    for pair in result.pairs:
        for bead in pair.beads:
            zs = [pair.zh[i] for i in bead.zh]
            for j in bead.en:
                sentences.append(pair.en[j])
                bead_of[id(pair.en[j])] = (zs, len(bead.en))
    by_kind: dict[str, list[Drop]] = {EN_LAST: [], EN_MIDDLE: []}
    for inside in _paragraphs(result, en, sentences):
        for kind, s in _places(inside, EN_LAST, EN_MIDDLE):
            zs, en_n = bead_of[id(s)]
            start, end = s.text.start_offset(), s.text.end_offset()
            if not zs or start is None or end is None or sum(han_count(z.text.text) for z in zs) < MIN_HAN:
                continue
            a, b = zs[0].location, zs[-1].location
            by_kind[kind].append(Drop(kind, (a.line, a.column, b.end_line, b.end_column), (start, end),
                                      f"{len(zs)}-{en_n}"))
    return [d for kind in EN_KINDS for d in _spread(by_kind[kind], PER_PAGE)]


def drop_english(text: str, span: tuple[int, int]) -> str:
    """`text` without source characters [start, end) and one space that separated them from the text before (or,
    at a line's start, after): the English page one sentence short, its other sentences as written. A sentence that
    is its line's whole text (a paragraph written a sentence a line) goes with its line, so the paragraph is not
    split by an empty line."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    whole_line = not text[line_start:start].strip() and not text[end:line_end].strip()
    if whole_line and (line_start > 0 or line_end < len(text)):
        if line_end < len(text):
            return text[:line_start] + text[line_end + 1:]
        return text[:line_start - 1] + text[line_end:]
    if start > 0 and text[start - 1] == " ":
        start -= 1
    elif end < len(text) and text[end] == " ":
        end += 1
    return text[:start] + text[end:]


def found(findings: tuple[Finding, ...], zh_path: str, drop: Drop) -> bool:
    """Whether an `untranslated` finding on the Chinese page names the dropped sentence: its span overlaps the
    sentence's, or it lists a sentence on the sentence's first line."""
    line, col, end_line, end_col = drop.zh
    for f in findings:
        if f.rule != "untranslated" or f.location.path != zh_path:
            continue
        at = f.location
        if (at.line, at.column) < (end_line, end_col) and (line, col) < (at.end_line, at.end_column):
            return True
        listed = dict(f.data).get("sentences")
        if isinstance(listed, list) and any(isinstance(s, dict) and s.get("line") == line for s in listed):
            return True
    return False


def fresh(clean: tuple[Finding, ...], zh_path: str, drops: list[Drop]) -> tuple[list[Drop], list[Drop]]:
    """`drops` split by the clean page's findings `clean`: those whose target no finding of the clean check names
    (measured), and those it already names (left out: the dropped page would count as found whatever the drop
    does)."""
    kept: list[Drop] = []
    out: list[Drop] = []
    for d in drops:
        (out if found(clean, zh_path, d) else kept).append(d)
    return kept, out


def load(path: Path) -> dict[str, list[Drop]]:
    """page -> its drops, from a drops file (page, kind, zh line, column, end line, end column, en start, end, and
    for an English-side drop its bead's shape)."""
    out: dict[str, list[Drop]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and not row[0].startswith("#"):
                z = tuple(int(x) for x in row[2:6])
                out.setdefault(row[0], []).append(Drop(row[1], (z[0], z[1], z[2], z[3]), (int(row[6]), int(row[7])),
                                                     row[8] if len(row) > 8 else ""))
    return out


def save(path: Path, drops: dict[str, list[Drop]]) -> None:
    """Write `drops` as `load` reads them."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for page, items in drops.items():
            for d in items:
                w.writerow([page, d.kind, *d.zh, *d.en, *([d.shape] if d.shape else [])])
