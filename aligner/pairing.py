"""Pair Chinese and English blocks by role, order and section numbering, then align sentences.

Front matter pairs role by role (title↔title, authors↔authors, affiliations↔affiliations,
abstract↔abstract, keywords↔keywords item by item, citation↔citation). Body sections pair by
their numbering, else by order, when both languages have a body; a Chinese body without English
becomes monolingual sections. Without headings on both sides, the whole documents are aligned.
"""
from __future__ import annotations

import re
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
from zhen_qa.aligner.pointer_links import pointer_targets
from zhen_qa.aligner.sections import Section, match_headings, moved_section, same_depth, sections, top_level
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
from zhen_qa.manuscript.script import detect_lang
from zhen_qa.manuscript.segment import split
from zhen_qa.manuscript.source import MappedText, SourceText

Groups = tuple[Sequence[int], Sequence[int]]
"""A group number for each Chinese and each English sentence: beads never pair sentences of two groups."""


class AlignFn(Protocol):
    """Sentence alignment: beads over `zh` and `en`, optionally kept inside `groups`; `paragraphs`: the text is the
    paragraphs (or their sentences) of structured Markdown (`aligner.en_orphans`); `en_blocks`: the block (paragraph,
    list item) of each English sentence (`aligner.clause_gaps`); `zh_blocks`: of each Chinese sentence
    (`aligner.merged_sentences`); `written`: both sides with their inline code spans written out (`aligner.align`)."""

    def __call__(self, zh: Sequence[str], en: Sequence[str], groups: Groups | None = None, *,
                 paragraphs: bool = False, en_blocks: Sequence[int] | None = None,
                 zh_blocks: Sequence[int] | None = None,
                 written: tuple[Sequence[str], Sequence[str]] | None = None) -> list[Bead]: ...


FRONT_ROLES = (Role.TITLE, Role.AUTHORS, Role.AFFILIATIONS, Role.ABSTRACT, Role.KEYWORDS)
BODY_ROLES = (Role.HEADING, Role.PARAGRAPH, Role.CAPTION)
AFFILIATION_SEP = re.compile(r"[;；]")

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
    lone = any(b.zh and not b.en for b in pair.beads) and any(b.en and not b.zh for b in pair.beads)
    links = ([pointer_targets(s, "zh") for s in pair.zh], [pointer_targets(s, "en") for s in pair.en]) if lone else None
    if groups is None or pair.duplicates:
        return replace(pair, beads=tuple(rejoin_moved(zh, en, pair.beads, opts.align, paragraphs=paragraphs,
                                                      links=links)))
    by_group: dict[int, list[Bead]] = {}
    for b in pair.beads:
        by_group.setdefault(groups[0][b.zh[0]] if b.zh else groups[1][b.en[0]], []).append(b)
    beads = [b for g in sorted(by_group) for b in rejoin_moved(zh, en, by_group[g], opts.align,
                                                               paragraphs=paragraphs, links=links)]
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


def _monolingual(sections: list[Section], opts: Pairing) -> list[MonolingualSection]:
    """One entry per top-level Chinese body section (subsections included) that has sentences."""
    out: list[MonolingualSection] = []
    for sec in top_level(sections):
        sents = [s for b in sec.blocks if b.role is not _HEADING for s in sentences_of(b, "zh", opts.presplit)]
        if not sents:
            continue
        first = sec.blocks[0].location
        last = max((b.location for b in _last_of_each_file(sec.blocks)), key=lambda loc: (loc.end_line, loc.end_column))
        loc = first.through(last)
        heading = sec.heading.label if sec.heading else "(untitled section)"
        out.append(MonolingualSection(heading, loc, tuple(sents)))
    return out


def _pair_bodies(zh_body: list[Block], en_body: list[Block], opts: Pairing) -> list[Pair]:
    zs, es = sections(zh_body), sections(en_body)
    if structured(zh_body) and structured(en_body):
        whole = same_depth(zs, es)
        # sections under a page's one title, where their headings show a section moved (`## HTML5 Mode` first in
        # English, last in Chinese): merged into the title, the moved section would be left alone on both sides
        fine = same_depth(zs, es, under_title=True)
        zs, es = fine if len(fine[0]) > len(whole[0]) and moved_section(*fine) else whole
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
    elif (by_heading := match_headings(zs, es)) is not None:
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
        monolingual = _monolingual(sections(zh_body), opts)
    pairs.extend(_pair_cites(zh_cites, en_cites, opts))
    all_blocks = tuple(zh_blocks) + (tuple(en_blocks) if en_blocks else ())
    pairs = [p for p in pairs if p.zh or p.en]
    return Manuscript(path, tuple(sources), all_blocks, tuple(pairs), tuple(monolingual), tuple(opts.notes))
