"""A body's sections (a heading and the blocks under it) and how the Chinese and English sections are matched: by
section number, by the Latin words their headings keep, or at the same heading depth on both sides."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from zhen_qa.aligner.section_bodies import body_agreement
from zhen_qa.manuscript.document import Block, Role
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.structure import DOTTED_NUMBER

SECTION_NUMBER = LazyPattern(rf"^\s*(?:#+\s*)?({DOTTED_NUMBER})")
"""The section number that opens a heading's label or text, after Markdown's #s (`## 2.1 Setup`: 2.1), with nothing
required after it: sections are paired by it (`_section_key`)."""
_HEADING = Role.HEADING
"""Bound once: on Python 3.11 each `Role.HEADING` in a per-block loop runs EnumType's `__getattr__` hook."""


def _section_key(block: Block) -> str:
    m = SECTION_NUMBER.match(block.label or block.text.text)
    return m.group(1) if m else ""


@dataclass
class Section:
    """A heading (None before the first one) and the blocks under it, the heading first."""

    heading: Block | None
    blocks: list[Block]

    @property
    def key(self) -> str:
        """The heading's section number (`SECTION_NUMBER`: 2.1), "" when it has none."""
        return _section_key(self.heading) if self.heading else ""


def sections(blocks: Iterable[Block]) -> list[Section]:
    """The blocks cut before each heading, in order."""
    out: list[Section] = []
    for b in blocks:
        if b.role is _HEADING:
            out.append(Section(b, [b]))
        elif out:
            out[-1].blocks.append(b)
        else:
            out.append(Section(None, [b]))
    return out


def _heading_level(block: Block | None, tables: dict[str, dict[int, int]]) -> int | None:
    """The Word heading level of a heading block (Heading 2 is 2: `SourceText.heading_levels`, kept by file in
    `tables`), None for a heading that no style sets (a typed 3.1, plain text)."""
    if block is None or not len(block.text.offsets):
        return None
    source = block.text.source
    if not source.heading_levels:
        return None
    table = tables.setdefault(source.path, dict(source.heading_levels))
    return table.get(source.line_col(block.text.offsets[0])[0] - 1)


def top_level(sections: list[Section]) -> list[Section]:
    """Merge subsections into their top-level section: numbered ones (3.1, 3.2 into 3), and those whose Word style
    is a level below the body's top section headings (an automatically numbered Heading 2, whose number is no text;
    1.1 under a 第1章 with no prose of its own; a Heading 3 under Heading 2 sections below a title in Heading 1)
    into a section headed at that top level. The top is taken over the sections' own headings, so the title's or a
    label's Heading 1 makes no Heading 2 section a subsection; a section headed below the top takes none."""
    tables: dict[str, dict[int, int]] = {}
    levels = [_heading_level(sec.heading, tables) for sec in sections]
    top = min((level for level in levels if level is not None), default=0)
    out: list[Section] = []
    out_levels: list[int | None] = []
    for sec, level in zip(sections, levels):
        key = sec.key.split(".")[0]
        if out and key and "." in sec.key and out[-1].key.split(".")[0] == key or (
                out and out_levels[-1] == top and level is not None and level > top):
            out[-1].blocks.extend(sec.blocks)
        else:
            out.append(Section(sec.heading, list(sec.blocks)))
            out_levels.append(level)
    return out


_LATIN_TOKEN = LazyPattern(r"[A-Za-z][A-Za-z0-9_]*|\d+")


def _heading_signature(section: Section) -> tuple[str, ...]:
    """The Latin words and numbers of a section's heading (what a translation keeps), lower-cased."""
    if section.heading is None:
        return ()
    return tuple(t.lower() for t in _LATIN_TOKEN.findall(section.heading.label or section.heading.text.text))


def match_headings(zs: list[Section], es: list[Section]) -> list[tuple[Section, Section]] | None:
    """Sections paired by headings that keep the same Latin words (`### CheckpointHook` on both sides).

    Used when such headings contradict pairing by order (a reordered or an extra section) and, with as many
    sections on both sides, share more words than the headings paired by order do (`_shared`). Sections
    without such a match pair in order when as many remain on both sides, else join the section before
    them. None when the headings give no evidence against pairing by order.
    """
    sig_z = [_heading_signature(s) for s in zs]
    sig_e = [_heading_signature(s) for s in es]
    anchors = _heading_anchors(zs, es)
    if not anchors or (len(zs) == len(es) and all(i == j for i, j in anchors.items())):
        return None
    rest_z = [i for i in range(len(zs)) if i not in anchors]
    used = set(anchors.values())
    rest_e = [j for j in range(len(es)) if j not in used]
    pairs = {i: j for i, j in anchors.items()}
    if len(rest_z) == len(rest_e):
        pairs.update(zip(rest_z, rest_e))
    if len(zs) == len(es) and _shared(sig_z, sig_e, pairs.items()) <= _shared(sig_z, sig_e, enumerate(range(len(es)))):
        return None  # the headings agree with pairing by order at least as well: a shared word is no reordering
    z_of_e = {j: i for i, j in pairs.items()}
    members: dict[int, tuple[list[int], list[int]]] = {i: ([], []) for i in pairs}
    for i in range(len(zs)):  # unmatched Chinese sections join the nearest paired section before them
        host = i if i in pairs else max((k for k in pairs if k < i), default=min(pairs))
        members[host][0].append(i)
    for j in range(len(es)):
        host_e = j if j in z_of_e else max((k for k in z_of_e if k < j), default=min(z_of_e))
        members[z_of_e[host_e]][1].append(j)
    # in file order (sections before the first match lead it): a section put after its host would make the
    # alignment pair the end of one side with the start of the other (a title with a closing paragraph)
    merged = {i: ([b for k in sorted(zi) for b in zs[k].blocks], [b for k in sorted(ej) for b in es[k].blocks])
              for i, (zi, ej) in members.items()}
    out: list[tuple[Section, Section]] = []
    for i in sorted(merged):
        zb, eb = merged[i]
        out.append((Section(zs[i].heading, zb), Section(es[pairs[i]].heading, eb)))
    return out


def _heading_anchors(zs: list[Section], es: list[Section]) -> dict[int, int]:
    """{Chinese section: English section} for headings with the same Latin words, each signature unique on its side,
    and then for headings whose Latin words are kept in one English heading only (`_kept_words`), where that
    anchor keeps the order of the others or the bodies confirm it (`_confirmed`)."""
    sig_z = [_heading_signature(s) for s in zs]
    sig_e = [_heading_signature(s) for s in es]
    unique_e = {sig: j for j, sig in enumerate(sig_e) if sig and sig_e.count(sig) == 1}
    anchors = {i: unique_e[sig] for i, sig in enumerate(sig_z) if sig and sig_z.count(sig) == 1 and sig in unique_e}
    kept = _kept_words(sig_z, sig_e, anchors)
    anchors.update(kept)
    return {i: j for i, j in anchors.items() if i not in kept or _confirmed(i, anchors, zs, es)}


def _confirmed(i: int, anchors: dict[int, int], zs: list[Section], es: list[Section]) -> bool:
    """Whether the kept-word anchor of Chinese section `i` stands: it keeps the order of the other anchors, or it
    crosses them and its body agrees with the English section's better than with every unanchored English section
    between the other anchors' partners of the Chinese sections around `i` (the section pairing by order would give
    it). A shared name does not tell a section from its neighbour: `## 在 Vite 中使用` keeps the name of `## Vite
    Plugin Options` while its body translates `## Usage`, the section in its place (review50b S7)."""
    j = anchors[i]
    before = [anchors[k] for k in anchors if k < i]
    after = [anchors[k] for k in anchors if k > i]
    low = max(before, default=-1)
    high = min(after, default=len(es))
    taken = set(anchors.values())
    if low < j < high:
        in_place = _in_place(i, anchors, len(zs), len(es))
        if j in in_place:
            return True
        # in order, but shifting the sections between its neighbours: the section in its place by order has the
        # first claim (watch's `### 指定 Class 最大匹配数量` keeps "class" of `### Exclude the specified class` nine
        # sections on, while `### Specify the max number of matched Classes` is in its place)
        rivals = [k for k in in_place if low < k < high and k not in taken]
        if not rivals:
            return True
        score = body_agreement(zs[i].blocks, es[j].blocks)
        return all(score > body_agreement(zs[i].blocks, es[k].blocks) for k in rivals)
    in_order = [k for k in range(low + 1, high) if k not in taken]
    if not in_order:
        return True  # nothing in its place: a moved section
    score = body_agreement(zs[i].blocks, es[j].blocks)
    return all(score > body_agreement(zs[i].blocks, es[k].blocks) for k in in_order)


def _in_place(i: int, anchors: dict[int, int], n_zh: int, n_en: int) -> set[int]:
    """The English sections pairing by order would give Chinese section `i`: as many sections after the partner of
    the nearest anchor before it, or before the partner of the nearest anchor after it, as on the Chinese side (the
    page's start and end count as anchors)."""
    prev = max((k for k in anchors if k < i), default=-1)
    nxt = min((k for k in anchors if k > i), default=n_zh)
    prev_e = anchors.get(prev, -1)
    next_e = anchors.get(nxt, n_en)
    return {prev_e + (i - prev), next_e - (nxt - i)}


def moved_section(zs: list[Section], es: list[Section]) -> bool:
    """True when two headings anchored to each other cross another such pair: a section one language puts before
    another, the other language after it (`## HTML5 Mode` first in English, `## HTML5 模式` last in Chinese)."""
    anchors = _heading_anchors(zs, es)
    order = [anchors[i] for i in sorted(anchors)]
    return any(a > b for a, b in zip(order, order[1:]))


def _kept_words(sig_z: list[tuple[str, ...]], sig_e: list[tuple[str, ...]], anchors: dict[int, int]) -> dict[int, int]:
    """More anchors: a Chinese heading whose Latin words are all in one English heading and in no other, and no other
    Chinese heading's so (`## Hash 模式` for `## Hash Mode` beside `## HTML5 Mode`: a heading translates its words
    and keeps its names). Such an anchor may be wrong: `## 在 Vite 中使用` keeps the one name of `## Vite Plugin
    Options` while its translation's heading (`## Usage`) drops it; where it crosses the other anchors it stands
    only if the bodies confirm it (`_confirmed`, review50b S7). Restrictions on the headings alone (a share of the
    English heading's words kept) each moved antd's FAQ pairing in stop 50 (benchmarks/README "Stop 50")."""
    used = set(anchors.values())
    found: dict[int, int] = {}
    for i, sig in enumerate(sig_z):
        if i in anchors or not sig:
            continue
        hits = [j for j, other in enumerate(sig_e) if other and j not in used and set(sig) <= set(other)]
        if len(hits) == 1:
            found[i] = hits[0]
    targets = Counter(found.values())
    return {i: j for i, j in found.items() if targets[j] == 1}


def _shared(sig_z: list[tuple[str, ...]], sig_e: list[tuple[str, ...]], pairs: Iterable[tuple[int, int]]) -> int:
    """Latin words and numbers the paired headings share, summed over `pairs` of (zh, en) section indices.

    A Chinese heading keeps some of the Latin words of its English one (`使用 Design Token` for `Consume Design
    Token`), so the same words in another English heading (`Design Token`) are no evidence of a reordering when
    pairing by order keeps as many words in common."""
    return sum(len(set(sig_z[i]) & set(sig_e[j])) for i, j in pairs)


def _level(section: Section) -> int:
    """A Markdown section's heading level (0 without a heading or outside Markdown)."""
    part = section.heading.part if section.heading is not None else None
    return part.level if part is not None else 0


def same_depth(zs: list[Section], es: list[Section], under_title: bool = False) -> tuple[
        list[Section], list[Section]]:
    """Markdown sections of two files whose headings nest differently (`### Supported languages:` on one side
    only), each merged into the section of the top level before it: the top level is what both keep. With
    `under_title`, a page's one title above its sections does not count: the level under it is the top (where a
    page has no such title, the sections are as without)."""
    zl, el = [_level(s) for s in zs], [_level(s) for s in es]
    if not any(zl) or not any(el):
        return zs, es
    el = _offset(zl, el)
    if zl == el:
        return zs, es
    top = max(min(v for v in zl if v), min(v for v in el if v))
    below = [v for v in zl + el if v > top]
    if under_title and _one_title(zl, top) and _one_title(el, top) and below:
        top = min(below)

    def merged(sections: list[Section], levels: list[int]) -> list[Section]:
        out: list[Section] = []
        for sec, level in zip(sections, levels):
            if out and level > top:
                out[-1].blocks.extend(sec.blocks)
            else:
                out.append(Section(sec.heading, list(sec.blocks)))
        return out

    return merged(zs, zl), merged(es, el)


def _offset(zl: list[int], el: list[int]) -> list[int]:
    """The English heading levels moved to the Chinese page's outline when the two pages nest alike one level (or
    more) apart: each page's shallowest heading heads more than one section (`### 目标`, `### 特性` over `## Goals`,
    `## Features`), so the pages number the same outline from different levels and each one's top is its own
    shallowest level. A page's one title (`# Guide` above its `##` sections, `_one_title`) is no outline of its own:
    then the levels are kept as they are. 0 (no heading) stays 0."""
    top_z, top_e = min(v for v in zl if v), min(v for v in el if v)
    if top_z == top_e or _one_title(zl, top_z) or _one_title(el, top_e):
        return el
    return [v + top_z - top_e if v else 0 for v in el]


def _one_title(levels: list[int], top: int) -> bool:
    """True when the top heading level heads only the first section (a page's `# Title`), so merging into it would
    make the whole page one section."""
    return levels[0] == top and top not in levels[1:]
