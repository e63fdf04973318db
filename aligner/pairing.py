"""Pair Chinese and English blocks by role, order and section numbering, then align sentences.

Front matter pairs role by role (title↔title, authors↔authors, affiliations↔affiliations,
abstract↔abstract, keywords↔keywords item by item, citation↔citation). Body sections pair by
their numbering, else by order, when both languages have a body; a Chinese body without English
becomes monolingual sections. Without headings on both sides, the whole documents are aligned.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from zhen_qa.aligner.blocks import align_blocks
from zhen_qa.aligner.duplicates import Run, mirrored, norm, repeated_runs
from zhen_qa.aligner.group_align import align_in_groups
from zhen_qa.aligner.keyword_lines import list_groups
from zhen_qa.aligner.list_items import pair_items
from zhen_qa.aligner.markdown_units import structured
from zhen_qa.aligner.moved import rejoin_moved
from zhen_qa.aligner.paragraph_pairs import (
    has_paragraphs,
    paragraph_beads,
    paragraph_groups,
    paragraphs,
    says_of_paragraph,
)
from zhen_qa.aligner.section_bodies import body_agreement
from zhen_qa.aligner.sentence_groups import SentencesOf
from zhen_qa.manuscript.document import (
    Bead,
    Block,
    Duplicate,
    Manuscript,
    MonolingualSection,
    Pair,
    Role,
    Sentence,
)
from zhen_qa.manuscript.keyword_lines import ITEM_SEP, is_keyword_line, keyword_separator
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import detect_lang
from zhen_qa.manuscript.segment import split
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.manuscript.structure import DOTTED_NUMBER

Groups = tuple[Sequence[int], Sequence[int]]
"""A group number for each Chinese and each English sentence: beads never pair sentences of two groups."""


class AlignFn(Protocol):
    """Sentence alignment: beads over `zh` and `en`, optionally kept inside `groups`; `paragraphs`: the text is the
    paragraphs (or their sentences) of structured Markdown (`aligner.en_orphans`)."""

    def __call__(self, zh: Sequence[str], en: Sequence[str], groups: Groups | None = None, *,
                 paragraphs: bool = False) -> list[Bead]: ...


FRONT_ROLES = (Role.TITLE, Role.AUTHORS, Role.AFFILIATIONS, Role.ABSTRACT, Role.KEYWORDS)
BODY_ROLES = (Role.HEADING, Role.PARAGRAPH, Role.CAPTION)
AFFILIATION_SEP = re.compile(r"[;；]")
SECTION_NUMBER = re.compile(rf"^\s*(?:#+\s*)?({DOTTED_NUMBER})")
"""The section number that opens a heading's label or text, after Markdown's #s (`## 2.1 Setup`: 2.1), with nothing
required after it: sections are paired by it (`_section_key`)."""

# Members the per-block loops compare with, as module names: on Python 3.11 reading `Role.HEADING` goes through
# EnumType's `__getattr__` hook (about 900 instructions; these loops read 20 a block of Bible 006's 40,000).
_HEADING, _PARAGRAPH, _CITATION = Role.HEADING, Role.PARAGRAPH, Role.CITATION
_DROPPED = frozenset({Role.FURNITURE, Role.REFERENCE})
"""Blocks `_front_and_body` leaves out (besides citations and the references heading)."""
_ITEM_SEPS = {Role.KEYWORDS: ITEM_SEP, Role.AFFILIATIONS: AFFILIATION_SEP}
"""Roles whose blocks are lists, and the separator of their items (`sentences_of`)."""
_WHOLE = frozenset({Role.TITLE, Role.AUTHORS, Role.HEADING, Role.CITATION})
"""Roles whose blocks are one unit each, not split into sentences."""


@dataclass
class Pairing:
    """Options of the pairing: the alignment function and the presplit flag of plain files."""

    align: AlignFn
    presplit: bool = False
    notes: list[str] = field(default_factory=list)
    lines: list[Bead] | None = None
    """Line-aligned files: beads of their lines (one block a line), the hard anchors of the sentence alignment."""


MIXED_BLOCK_THRESHOLD = 0.5
"""Han share that decides the side of a block the structure pass left "mixed" (a plain majority)."""


def _lang_of(block: Block) -> str:
    if block.lang != "mixed":
        return block.lang
    return detect_lang(block.text.text, threshold=MIXED_BLOCK_THRESHOLD)


def _items(text: MappedText, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the items of a list, split on `pattern`, whitespace and end punctuation trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    s = text.text
    for m in list(pattern.finditer(s)) + [None]:
        end = m.start() if m else len(s)
        a, b = start, end
        while a < b and (s[a].isspace()):
            a += 1
        while b > a and (s[b - 1].isspace() or s[b - 1] in "。.；;"):
            b -= 1
        if b > a:
            spans.append((a, b))
        if m:
            start = m.end()
    return spans


def sentences_of(block: Block, lang: str, presplit: bool = False) -> list[Sentence]:
    """The sentences (or list items) of one block, each mapped to its file."""
    text = block.text
    sep = _ITEM_SEPS.get(block.role)
    if sep is ITEM_SEP:
        sep = keyword_separator(text.text, lang)  # "干细胞 分泌组 再生医学": a Chinese line's keywords split by spaces
    if sep is not None:
        spans = _items(text, sep)
    elif block.role in _WHOLE or presplit:
        stripped = text.text.strip()
        if not stripped:
            return []
        if len(stripped) == len(text.text):  # already stripped (a presplit line): the block's own text
            return [Sentence(text, lang, block.role)]
        a = text.text.index(stripped)
        spans = [(a, a + len(stripped))]
    else:
        spans = split(text.text, lang)
    whole = (0, len(text.text))  # a sentence that is its whole block (most of a text of one sentence a line)
    return [Sentence(text if (a, b) == whole else text.slice(a, b), lang, block.role) for a, b in spans if b > a]


def segmented_once(presplit: bool = False) -> SentencesOf:
    """`sentences_of` that cuts each block once: a block asked for again (the same object, in the same language)
    gets the sentences of its first cut. One pair's pass asks for its blocks' sentences more than once (the
    sentences to align, the paragraph test `has_paragraphs`, the sentences of each paragraph bead): a block that is
    its own paragraph (`paragraph_pairs.paragraphs`) is cut once for all of them."""
    cut: dict[tuple[int, str], tuple[Block, list[Sentence]]] = {}  # the block kept: its id stays its own

    def of(block: Block, lang: str) -> list[Sentence]:
        key = (id(block), lang)
        if key not in cut:
            cut[key] = (block, sentences_of(block, lang, presplit))
        return cut[key][1]

    return of


def _section_key(block: Block) -> str:
    m = SECTION_NUMBER.match(block.label or block.text.text)
    return m.group(1) if m else ""


@dataclass
class _Section:
    heading: Block | None
    blocks: list[Block]

    @property
    def key(self) -> str:
        return _section_key(self.heading) if self.heading else ""


def _sections(blocks: Iterable[Block]) -> list[_Section]:
    out: list[_Section] = []
    for b in blocks:
        if b.role is _HEADING:
            out.append(_Section(b, [b]))
        elif out:
            out[-1].blocks.append(b)
        else:
            out.append(_Section(None, [b]))
    return out


def _front_and_body(blocks: Sequence[Block]) -> tuple[list[Block], list[Block], list[Block]]:
    """(front matter, body, citation blocks): references, furniture and declarations are dropped."""
    front: list[Block] = []
    body: list[Block] = []
    cites: list[Block] = []
    in_body = False
    for b in blocks:
        if b.role is _HEADING:
            in_body = True
        if b.role is _CITATION:
            if b.label == "citation":
                cites.append(b)
            continue
        if b.role in _DROPPED:
            continue
        if b.role is _HEADING and b.part is None and re.match(
            r"^\s*(?:#+\s*)?(参\s*考\s*文\s*献|references|bibliography)", b.text.text, re.I
        ):  # a paper's reference list heading; in structured Markdown a heading of the page, kept as any other (a
            # documentation page's `## References` of links, whose Chinese `## 参考` no pattern knows)
            continue
        if b.role in FRONT_ROLES and not in_body:
            front.append(b)
        elif b.role in BODY_ROLES and (in_body or b.role is not _PARAGRAPH or front):
            body.append(b)
        elif b.role is _PARAGRAPH:
            body.append(b)
    return front, body, cites


def _make_pair(section: str, zh_blocks: Sequence[Block], en_blocks: Sequence[Block], opts: Pairing) -> Pair:
    lines = opts.lines
    if lines is not None and sum(len(b.zh) for b in lines) == len(zh_blocks) and sum(len(b.en) for b in lines) == len(
            en_blocks):
        zs, es, bs = align_in_groups([([zh_blocks[i] for i in b.zh], [en_blocks[j] for j in b.en]) for b in lines],
                                     sentences_of, opts.align)
        return Pair(section, tuple(zs), tuple(es), tuple(bs))
    if not opts.presplit and structured(zh_blocks) and structured(en_blocks):
        zs, es, bs = align_blocks(zh_blocks, en_blocks, sentences_of, opts.align)
        return _rejoined(Pair(section, tuple(zs), tuple(es), tuple(bs)), opts, paragraphs=True)
    once = segmented_once(opts.presplit)
    zh_of = [once(b, "zh") for b in zh_blocks]
    en_of = [once(b, "en") for b in en_blocks]
    zh = [s for sents in zh_of for s in sents]
    en = [s for sents in en_of for s in sents]
    if not zh and not en:
        return Pair(section, (), (), ())
    same_list = zh_blocks and zh_blocks[0].role in (Role.KEYWORDS, Role.TITLE, Role.AUTHORS, Role.CITATION,
                                                     Role.AFFILIATIONS)
    if same_list and len(zh) == len(en) or len(zh) == len(en) == 1:
        # the blocks are counterparts by role: items correspond in order, one sentence to one
        return Pair(section, tuple(zh), tuple(en), tuple(Bead((i,), (i,), 1.0) for i in range(len(zh))))
    if same_list:
        return Pair(section, tuple(zh), tuple(en), tuple(opts.align([s.text.text for s in zh],
                                                                    [s.text.text for s in en])))
    groups = None if opts.presplit else _list_groups(zh_blocks, en_blocks, zh_of, en_of)
    zh_paras, en_paras = ([], []) if groups is not None or opts.presplit else (paragraphs(zh_blocks),
                                                                               paragraphs(en_blocks))
    if zh_paras and en_paras and has_paragraphs(zh_paras, en_paras, once) and not (
            repeated_runs([norm(_raw(s)) for s in zh]) or repeated_runs([norm(_raw(s)) for s in en])):
        # paragraphs paired first (`paragraph_pairs`); a side printing a passage twice keeps the copy handling below.
        # A passage the translation moved is still paired where the paragraphs left it alone (`_rejoined`)
        by_paragraph = paragraph_groups(zh_paras, en_paras, paragraph_beads(zh_paras, en_paras, opts.align))
        zs, es, bs = align_in_groups(by_paragraph, once, opts.align, join_lone=False, says=says_of_paragraph)
        return _rejoined(Pair(section, tuple(zs), tuple(es), tuple(bs)), opts)
    return _rejoined(_align_without_copies(section, zh, en, opts, groups), opts, groups)


def _list_groups(zh_blocks: Sequence[Block], en_blocks: Sequence[Block], zh_of: list[list[Sentence]],
                 en_of: list[list[Sentence]]) -> tuple[list[int], list[int]] | None:
    """A group a sentence, each side, keeping closing keyword lines apart from prose (`aligner.keyword_lines`)."""
    by_block = list_groups([b.text.text for b in zh_blocks], [b.text.text for b in en_blocks])
    if by_block is None:
        return None
    return ([g for g, sents in zip(by_block[0], zh_of) for _ in sents],
            [g for g, sents in zip(by_block[1], en_of) for _ in sents])


def _rejoined(pair: Pair, opts: Pairing, groups: tuple[list[int], list[int]] | None = None, *,
              paragraphs: bool = False) -> Pair:
    """`pair` with the sentences its alignment left unpaired on both sides paired where they are a passage the
    translation moved (`aligner.moved`), inside each of the alignment's `groups` (indices of `pair.zh`/`pair.en`
    as given to `_align_without_copies`, which keeps them without copies only when none was found); `paragraphs`:
    the pair is structured Markdown's (the aligner's flag)."""
    zh, en = [s.text.text for s in pair.zh], [s.text.text for s in pair.en]
    if groups is None or pair.duplicates:
        return replace(pair, beads=tuple(rejoin_moved(zh, en, pair.beads, opts.align, paragraphs=paragraphs)))
    by_group: dict[int, list[Bead]] = {}
    for b in pair.beads:
        by_group.setdefault(groups[0][b.zh[0]] if b.zh else groups[1][b.en[0]], []).append(b)
    beads = [b for g in sorted(by_group) for b in rejoin_moved(zh, en, by_group[g], opts.align,
                                                               paragraphs=paragraphs)]
    return replace(pair, beads=tuple(beads))


def _align_without_copies(section: str, zh: list[Sentence], en: list[Sentence], opts: Pairing,
                          groups: tuple[list[int], list[int]] | None = None) -> Pair:
    """Prose: a passage one side prints twice is aligned once and reported once (a `Duplicate`).

    Copies are taken out and the rest aligned; a copy whose counterpart the other side repeats as well
    (verbatim or nearly) is the document's own repetition: it is put back and the sides aligned again. List items
    pair one to one (`list_items.pair_items`).
    """
    zh_raw, en_raw = [norm(_raw(s)) for s in zh], [norm(_raw(s)) for s in en]
    zh_runs, en_runs = repeated_runs(zh_raw), repeated_runs(en_raw)
    for attempt in range(2):
        zh_keep = _kept(len(zh), zh_runs)
        en_keep = _kept(len(en), en_runs)
        kept_groups = None if groups is None else ([groups[0][i] for i in zh_keep], [groups[1][j] for j in en_keep])
        zh_texts, en_texts = [zh[i].text.text for i in zh_keep], [en[i].text.text for i in en_keep]
        beads = pair_items(opts.align(zh_texts, en_texts, kept_groups), zh_texts, en_texts)
        if attempt or not (zh_runs or en_runs):
            break
        spans = [(tuple(zh_keep[i] for i in b.zh), tuple(en_keep[j] for j in b.en)) for b in beads]
        flipped = [(e, z) for z, e in spans]
        zh_runs = [r for r in zh_runs
                   if not mirrored(range(r.original, r.original + r.end - r.start), spans, en_raw, zh_raw)]
        en_runs = [r for r in en_runs
                   if not mirrored(range(r.original, r.original + r.end - r.start), flipped, zh_raw, en_raw)]
        if _kept(len(zh), zh_runs) == zh_keep and _kept(len(en), en_runs) == en_keep:
            break
    dups = [Duplicate(lang, tuple(sents[r.start:r.end]), tuple(sents[r.original:r.original + r.end - r.start]))
            for lang, sents, runs in (("zh", zh, zh_runs), ("en", en, en_runs)) for r in runs]
    return Pair(section, tuple(zh[i] for i in zh_keep), tuple(en[i] for i in en_keep), tuple(beads), tuple(dups))


def _kept(n: int, runs: list[Run]) -> list[int]:
    """Indices of the n sentences that are in no run."""
    dropped = {i for r in runs for i in range(r.start, r.end)}
    return [i for i in range(n) if i not in dropped]


def _raw(s: Sentence) -> str:
    """The sentence as written in its file: inline code and markup kept (two rows differing in code differ)."""
    offsets = s.text.offsets
    return s.text.source.text[offsets[0]:offsets[-1] + 1] if len(offsets) else ""


def _by_lang(blocks: Iterable[Block]) -> tuple[list[Block], list[Block]]:
    zh: list[Block] = []
    en: list[Block] = []
    for b in blocks:
        lang = _lang_of(b)
        (zh if lang == "zh" else en).append(b)
    return zh, en


def _pair_front(zh_front: list[Block], en_front: list[Block], opts: Pairing) -> list[Pair]:
    pairs: list[Pair] = []
    for role in FRONT_ROLES:
        zs = [b for b in zh_front if b.role is role]
        es = [b for b in en_front if b.role is role]
        if role is Role.KEYWORDS and zs and not es and en_front:
            pairs.append(_without_english(role.value, zs))
            continue
        if role is Role.KEYWORDS and es and not zs and zh_front:
            pairs.append(_without_chinese(role.value, es))
            continue
        if not zs or not es:
            continue
        if role is Role.ABSTRACT and len(zs) != len(es):
            pairs.append(_make_pair(role.value, zs, es, opts))
            continue
        for i, (z, e) in enumerate(zip(zs, es)):
            name = role.value if len(zs) == 1 else f"{role.value} {i + 1}"
            pairs.append(_make_pair(name, [z], [e], opts))
    return pairs


def _without_english(section: str, zh_blocks: list[Block]) -> Pair:
    """Chinese keywords whose English front matter has none: one bead of all their items with no English, reported
    once as untranslated (the keyword list journals require in both languages)."""
    zh = [s for b in zh_blocks for s in sentences_of(b, "zh")]
    return Pair(section, tuple(zh), (), (Bead(tuple(range(len(zh))), (), 1.0),) if zh else ())


def _without_chinese(section: str, en_blocks: list[Block]) -> Pair:
    """English keywords whose Chinese front matter has none: one bead of all their items with no Chinese, reported
    once (the Chinese keyword line is missing), as `_without_english` is the other way round."""
    en = [s for b in en_blocks for s in sentences_of(b, "en")]
    return Pair(section, (), tuple(en), (Bead((), tuple(range(len(en))), 1.0),) if en else ())


def _pair_cites(zh_c: list[Block], en_c: list[Block], opts: Pairing) -> list[Pair]:
    zs = [b for b in zh_c if _lang_of(b) == "zh"]
    es = [b for b in en_c if _lang_of(b) == "en"]
    return [_make_pair("citation", [z], [e], opts) for z, e in zip(zs, es)]


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


def _top_level(sections: list[_Section]) -> list[_Section]:
    """Merge subsections into their top-level section: numbered ones (3.1, 3.2 into 3), and those whose Word style
    is a level below the body's top section headings (an automatically numbered Heading 2, whose number is no text;
    1.1 under a 第1章 with no prose of its own; a Heading 3 under Heading 2 sections below a title in Heading 1)
    into a section headed at that top level. The top is taken over the sections' own headings, so the title's or a
    label's Heading 1 makes no Heading 2 section a subsection; a section headed below the top takes none."""
    tables: dict[str, dict[int, int]] = {}
    levels = [_heading_level(sec.heading, tables) for sec in sections]
    top = min((level for level in levels if level is not None), default=0)
    out: list[_Section] = []
    out_levels: list[int | None] = []
    for sec, level in zip(sections, levels):
        key = sec.key.split(".")[0]
        if out and key and "." in sec.key and out[-1].key.split(".")[0] == key or (
                out and out_levels[-1] == top and level is not None and level > top):
            out[-1].blocks.extend(sec.blocks)
        else:
            out.append(_Section(sec.heading, list(sec.blocks)))
            out_levels.append(level)
    return out


def _last_of_each_file(blocks: list[Block]) -> list[Block]:
    """The block that ends furthest into its file, per file, in block order: of the blocks of one file, the one
    ending last has the greatest end location (the others are not worth locating, one by one)."""
    best: dict[str, tuple[int, int]] = {}  # path -> (offset its end location is worked out from, index)
    for k, b in enumerate(blocks):
        offsets = b.text.offsets
        end = max(offsets[0], offsets[-1] + 1) if len(offsets) else -1  # as in MappedText.location
        path = b.text.source.path
        if path not in best or end > best[path][0]:
            best[path] = (end, k)
    return [blocks[k] for k in sorted(k for _end, k in best.values())]


def _monolingual(sections: list[_Section], opts: Pairing) -> list[MonolingualSection]:
    """One entry per top-level Chinese body section (subsections included) that has sentences."""
    out: list[MonolingualSection] = []
    for sec in _top_level(sections):
        sents = [s for b in sec.blocks if b.role is not _HEADING for s in sentences_of(b, "zh", opts.presplit)]
        if not sents:
            continue
        first = sec.blocks[0].location
        last = max((b.location for b in _last_of_each_file(sec.blocks)), key=lambda loc: (loc.end_line, loc.end_column))
        loc = first.through(last)
        heading = sec.heading.label if sec.heading else "(untitled section)"
        out.append(MonolingualSection(heading, loc, tuple(sents)))
    return out


_LATIN_TOKEN = LazyPattern(r"[A-Za-z][A-Za-z0-9_]*|\d+")


def _heading_signature(section: _Section) -> tuple[str, ...]:
    """The Latin words and numbers of a section's heading (what a translation keeps), lower-cased."""
    if section.heading is None:
        return ()
    return tuple(t.lower() for t in _LATIN_TOKEN.findall(section.heading.label or section.heading.text.text))


def _match_headings(zs: list[_Section], es: list[_Section]) -> list[tuple[_Section, _Section]] | None:
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
    out: list[tuple[_Section, _Section]] = []
    for i in sorted(merged):
        zb, eb = merged[i]
        out.append((_Section(zs[i].heading, zb), _Section(es[pairs[i]].heading, eb)))
    return out


def _heading_anchors(zs: list[_Section], es: list[_Section]) -> dict[int, int]:
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


def _confirmed(i: int, anchors: dict[int, int], zs: list[_Section], es: list[_Section]) -> bool:
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
    if low < j < high:
        return True
    taken = set(anchors.values())
    in_order = [k for k in range(low + 1, high) if k not in taken]
    if not in_order:
        return True  # nothing in its place: a moved section
    score = body_agreement(zs[i].blocks, es[j].blocks)
    return all(score > body_agreement(zs[i].blocks, es[k].blocks) for k in in_order)


def _moved(zs: list[_Section], es: list[_Section]) -> bool:
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


def _level(section: _Section) -> int:
    """A Markdown section's heading level (0 without a heading or outside Markdown)."""
    part = section.heading.part if section.heading is not None else None
    return part.level if part is not None else 0


def _same_depth(zs: list[_Section], es: list[_Section], under_title: bool = False) -> tuple[
        list[_Section], list[_Section]]:
    """Markdown sections of two files whose headings nest differently (`### Supported languages:` on one side
    only), each merged into the section of the top level before it: the top level is what both keep. With
    `under_title`, a page's one title above its sections does not count: the level under it is the top (where a
    page has no such title, the sections are as without)."""
    zl, el = [_level(s) for s in zs], [_level(s) for s in es]
    if zl == el or not any(zl) or not any(el):
        return zs, es
    top = max(min(v for v in zl if v), min(v for v in el if v))
    below = [v for v in zl + el if v > top]
    if under_title and _one_title(zl, top) and _one_title(el, top) and below:
        top = min(below)

    def merged(sections: list[_Section], levels: list[int]) -> list[_Section]:
        out: list[_Section] = []
        for sec, level in zip(sections, levels):
            if out and level > top:
                out[-1].blocks.extend(sec.blocks)
            else:
                out.append(_Section(sec.heading, list(sec.blocks)))
        return out

    return merged(zs, zl), merged(es, el)


def _one_title(levels: list[int], top: int) -> bool:
    """True when the top heading level heads only the first section (a page's `# Title`), so merging into it would
    make the whole page one section."""
    return levels[0] == top and top not in levels[1:]


def _pair_bodies(zh_body: list[Block], en_body: list[Block], opts: Pairing) -> list[Pair]:
    zs, es = _sections(zh_body), _sections(en_body)
    if structured(zh_body) and structured(en_body):
        whole = _same_depth(zs, es)
        # sections under a page's one title, where their headings show a section moved (`## HTML5 Mode` first in
        # English, last in Chinese): merged into the title, the moved section would be left alone on both sides
        fine = _same_depth(zs, es, under_title=True)
        zs, es = fine if len(fine[0]) > len(whole[0]) and _moved(*fine) else whole
    zh_headed = any(s.heading for s in zs)
    en_headed = any(s.heading for s in es)
    if not (zh_headed and en_headed):
        return [_make_pair("body", zh_body, en_body, opts)]
    keys_z = [s.key for s in zs]
    keys_e = [s.key for s in es]
    pairs: list[Pair] = []
    if all(keys_z) and sorted(keys_z) == sorted(keys_e) and len(set(keys_z)) == len(keys_z):
        by_key = {s.key: s for s in es}
        matched = [(z, by_key[z.key]) for z in zs]
    elif (by_heading := _match_headings(zs, es)) is not None:
        matched = by_heading
    elif len(zs) == len(es):
        matched = list(zip(zs, es))
    else:
        opts.notes.append(
            f"section structure differs ({len(zs)} Chinese vs {len(es)} English sections); aligned the body as a whole"
        )
        return [_make_pair("body", zh_body, en_body, opts)]
    for z, e in matched:
        name = z.heading.label if z.heading else "body"
        pairs.append(_make_pair(name, z.blocks, e.blocks, opts))
    return pairs


MARKED_ROLES = (Role.ABSTRACT, Role.KEYWORDS)
"""Front-matter roles found by a label (摘要/Abstract, 关键词/Key words), not guessed."""


def _marked_front(
    zh_front: list[Block], zh_body: list[Block], en_front: list[Block], en_body: list[Block]
) -> tuple[list[Block], list[Block], list[Block], list[Block]]:
    """Two files: front matter pairs by role only where both carry the same labels; the rest joins the body.

    A full translation in two files rarely repeats its structure exactly: a 摘要 label with no Abstract
    on the other side, or a first sentence guessed to be a title, must be aligned with the body, never
    dropped. Blocks keep their file order.
    """
    both = {r for r in MARKED_ROLES
            if any(b.role is r for b in zh_front) and any(b.role is r for b in en_front)}
    unmatched = {r for r in MARKED_ROLES if r not in both}
    keep_guesses = bool(both)

    def split(front: list[Block], body: list[Block], keep: frozenset[Role] = frozenset()) -> tuple[list[Block],
                                                                                               list[Block]]:
        kept = [b for b in front if b.role in both or b.role in keep or (keep_guesses and b.role not in unmatched)]
        kept_ids = {id(b) for b in kept}  # identity: Block equality compares whole texts, n x m times
        moved = [replace(b, role=Role.PARAGRAPH) for b in front if id(b) not in kept_ids]  # a guess is prose again
        return kept, sorted(moved + body, key=lambda b: (b.location.line, b.location.column))

    # labelled Chinese keywords beside a labelled English abstract with no keywords, labelled or not, after it:
    # they stay front matter, reported as without English (`_pair_front`), not a monolingual section of the body
    en_blocks = sorted(en_front + en_body, key=lambda b: (b.location.line, b.location.column))
    lone = frozenset({Role.KEYWORDS}) if both and Role.KEYWORDS in unmatched and any(
        b.role is Role.KEYWORDS for b in zh_front) and not (
        en_blocks and is_keyword_line(en_blocks[-1].text.text, "en")) else frozenset()
    # and the other way round: labelled English keywords beside a labelled Chinese abstract with no keywords after it
    zh_blocks = sorted(zh_front + zh_body, key=lambda b: (b.location.line, b.location.column))
    lone_en = frozenset({Role.KEYWORDS}) if both and Role.KEYWORDS in unmatched and any(
        b.role is Role.KEYWORDS for b in en_front) and not (
        zh_blocks and is_keyword_line(zh_blocks[-1].text.text, "zh")) else frozenset()
    zf, zb = split(zh_front, zh_body, lone)
    ef, eb = split(en_front, en_body, lone_en)
    return zf, zb, ef, eb


def pair_manuscript(
    path: str,
    sources: Sequence[SourceText],
    zh_blocks: Sequence[Block],
    en_blocks: Sequence[Block] | None,
    opts: Pairing,
) -> Manuscript:
    """Pair one bilingual file (en_blocks None: both languages in zh_blocks) or a zh file and an en file."""
    if en_blocks is None:
        front, body, cites = _front_and_body(zh_blocks)
        zh_front, en_front = _by_lang(front)
        zh_body, en_body = _by_lang(body)
        zh_cites, en_cites = _by_lang(cites)
    else:
        zh_front, zh_body, zh_cites = _front_and_body(zh_blocks)
        en_front, en_body, en_cites = _front_and_body(en_blocks)
        zh_front, zh_body, en_front, en_body = _marked_front(zh_front, zh_body, en_front, en_body)
    pairs = _pair_front(zh_front, en_front, opts)
    monolingual: list[MonolingualSection] = []
    en_has_body = any(b.role is Role.PARAGRAPH for b in en_body)
    zh_has_body = any(b.role is Role.PARAGRAPH for b in zh_body)
    if en_blocks is not None and not zh_front and not en_front:
        pairs.extend(_pair_bodies(zh_body, en_body, opts) if (zh_body or en_body) else [])
    elif zh_has_body and en_has_body:
        pairs.extend(_pair_bodies(zh_body, en_body, opts))
    elif zh_has_body:
        monolingual = _monolingual(_sections(zh_body), opts)
    pairs.extend(_pair_cites(zh_cites, en_cites, opts))
    all_blocks = tuple(zh_blocks) + (tuple(en_blocks) if en_blocks else ())
    pairs = [p for p in pairs if p.zh or p.en]
    return Manuscript(path, tuple(sources), all_blocks, tuple(pairs), tuple(monolingual), tuple(opts.notes))
