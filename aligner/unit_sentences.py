"""Sentences inside the units of a CAT file: a unit its tool did not segment is aligned sentence by sentence.

A CAT file's unit is a Chinese-English pair already (`manuscript.cat.read_cat` reads it as one sentence a side).
A unit that holds several sentences (a paragraph exported unsegmented, a help page's string) can hide a sentence
the translator left out: its source has three sentences, its target two, and read as one pair nothing is missing.
Here each side of such a unit is split into sentences (`manuscript.segment.split`, positions kept in the file)
and the sentences are aligned inside the unit, so a sentence without counterpart is a 1-0 (or 0-1) bead of its own
and the checks report it at its place. The unit stays one `Pair` (its id the section): beads never cross units.

The aligner weighs a bead against what the document around it says (its length ratio, its lexical evidence): two
sentences alone give it too little to weigh ("Comment this line out. Commented lines don't show up on screen." /
将该行设为注释。注释行不会显示在屏幕上。 came out as 0-1 + 2-1). So the units are aligned in runs of consecutive
units (`RUN_SENTENCES` a side at most), each unit a group that no bead crosses; a unit of one sentence a side keeps
its one bead (it is context only).

A unit with an empty side (untranslated, or read without its draft) is left whole: one untranslated unit is one
finding, not one a sentence. So is a unit whose search leaves sentences alone on both sides beyond their count
difference (`_plausible`: the search's miss, not the translator's), and one whose English side is not English
(`_in_languages`: a Chinese draft in a memory's source variant).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhen_qa.manuscript.document import Bead, Manuscript, Pair, Sentence
from zhen_qa.manuscript.script import detect_lang, script_share
from zhen_qa.manuscript.segment import split

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.aligner.pairing import AlignFn

RUN_SENTENCES = 80
"""Most sentences a side of one run of units aligned together (the context of each unit's search)."""


_ENDS = frozenset(".!?。！？…；;:：")
"""Marks that end a sentence (a colon ends one before a list or a line of its own)."""
_CLOSERS = "\"'”’）)]」』》>*_"
"""Closing quotes, brackets and emphasis after a sentence's end mark."""
_GOES_ON = frozenset("，,、；;：:）)]}”’")
"""A piece that opens with one of these continues the piece before it."""
_WORD = re.compile(r"[A-Za-z]{2,}")
_NOT_TEXT = re.compile(r"<[^<>]*>|\{[^{}]*\}|%\w|\\[nrt]")
"""Markup and placeholders a unit may hold as text (an OmegaT tag <g0>, {0}, %s, an escaped \\n): no words."""
MIN_HAN = 2
MIN_WORDS = 1
"""Least Han characters of a Chinese piece, and Latin words of an English one, to stand as a sentence of its own
(完成。 and "Done." do): a piece of markup or placeholders alone (</u1>, <br0/>, \\n, %s) or a stray letter is part
of the sentence beside it."""


def _ends(text: str) -> bool:
    """True when the piece ends a sentence: an end mark, maybe followed by closing quotes and brackets."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _ENDS


def _alone(text: str, lang: str) -> bool:
    """True when the piece has words enough to be a sentence of its own (markup and placeholders not counted)."""
    prose = _NOT_TEXT.sub(" ", text)
    if lang == "zh":
        return script_share(prose)[0] >= MIN_HAN  # Han characters, counted with the project's one Han pattern
    return len(_WORD.findall(prose)) >= MIN_WORDS


_CLAUSE_GOES_ON = frozenset("的之时后等地得了")
"""Characters that open no Chinese sentence and go on with the clause before them (题为“…吗?”的演讲, 询问“…?”时)."""
_COMMAS = frozenset("，,、")
COMMA_WITHIN = 4
"""Most characters after closing quotes within which a comma (before any end mark) shows the clause goes on."""


def _glued(text: str, span: tuple[int, int]) -> bool:
    """True when the Chinese piece at `span` ends at a half-width stop that ends no sentence: with text right after
    it (时:分:秒.厘秒), or, when closing quotes stand between (a quoted question, “…吗?”), only when what follows
    continues the clause: a character that opens no sentence (的, 时, `_CLAUSE_GOES_ON`) or a comma within
    `COMMA_WITHIN` characters before any end mark. Chinese writes no space after a closing quote, so text right after
    one may as well be a new sentence (“是否保存更改?”未保存的更改将丢失。)."""
    a, e = span
    piece = text[a:e]
    core = piece.rstrip(_CLOSERS)
    if core[-1:] not in (".", "?", "!") or e >= len(text) or text[e].isspace():
        return False
    if core == piece:
        return True
    if text[e] in _CLAUSE_GOES_ON:
        return True
    for ch in text[e:e + COMMA_WITHIN]:
        if ch in _COMMAS:
            return True
        if ch in _ENDS:
            return False
    return False


def _pieces(text: str, lang: str, breaks: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Sentence spans of one side of a unit: the segmenter's, with a piece joined to the one before when that one
    does not end a sentence (a line break inside the unit is a wrap; in Chinese, a half-width stop with text right
    after it, 时:分:秒.厘秒, is none, nor with closing quotes between when the clause goes on: 题为“需要标签吗?”的演讲,
    `_glued`), when it opens with a comma or a closing bracket, in English with a lower-case letter (unless a line
    break the program writes, at an offset in `breaks`, comes between: "file.\\nplease check"), or when either is too
    short to stand alone (`_alone`)."""
    out: list[tuple[int, int]] = []
    for a, b in split(text, lang):
        if b <= a:
            continue
        piece = text[a:b]
        glued = out and lang == "zh" and _glued(text, out[-1])
        lower = lang == "en" and piece.lstrip()[:1].islower() and not (out and breaks.intersection(
            range(out[-1][1] - 1, a + 1)))
        if out and (glued or not _ends(text[out[-1][0]:out[-1][1]]) or piece.lstrip()[:1] in _GOES_ON
                    or lower
                    or not _alone(piece, lang) or not _alone(text[out[-1][0]:out[-1][1]], lang)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _sentences(whole: Sentence) -> tuple[Sentence, ...]:
    """The sentences of one side of a unit, each mapped to the file; the side itself when it is one sentence."""
    text = whole.text
    breaks = frozenset(i for i, ch in enumerate(text.text) if ch == "\n" and text.end_of(i) - text.offsets[i] > 1)
    spans = _pieces(text.text, whole.lang, breaks)
    if len(spans) < 2:
        return (whole,)
    return tuple(Sentence(text.slice(a, b), whole.lang, whole.role) for a, b in spans)


def _in_languages(pair: Pair) -> bool:
    """True when the English side reads as English (not a Chinese draft in a memory's source variant, not Russian)
    and the Chinese side not as English: otherwise one segmenter's sentences would be set against another's, and
    the unit is read whole."""
    en = _NOT_TEXT.sub(" ", pair.en[0].text.text)
    latin = sum(1 for c in en if c.isascii() and c.isalpha())
    other = sum(1 for c in en if c.isalpha() and not c.isascii())  # Han, Cyrillic, ...
    return detect_lang(en) == "en" and other <= latin and detect_lang(pair.zh[0].text.text) != "en"


def _runs(units: Sequence[tuple[int, tuple[Sentence, ...], tuple[Sentence, ...]]]) -> list[list[int]]:
    """Consecutive positions in `units` cut into runs of at most RUN_SENTENCES sentences a side."""
    runs: list[list[int]] = []
    n_zh = n_en = 0
    for k, (_, zh, en) in enumerate(units):
        if not runs or n_zh + len(zh) > RUN_SENTENCES or n_en + len(en) > RUN_SENTENCES:
            runs.append([])
            n_zh = n_en = 0
        runs[-1].append(k)
        n_zh += len(zh)
        n_en += len(en)
    return runs


def _run_beads(units: Sequence[tuple[int, tuple[Sentence, ...], tuple[Sentence, ...]]], run: list[int],
               align: "AlignFn") -> dict[int, list[Bead]]:
    """{position in `units`: its beads, indices inside the unit} for one run aligned as one text, unit by unit."""
    zh: list[str] = []
    en: list[str] = []
    group_zh: list[int] = []
    group_en: list[int] = []
    zh_unit: list[tuple[int, int]] = []  # (position in units, index inside it) of each Chinese sentence of the run
    en_unit: list[tuple[int, int]] = []
    for k in run:
        _, zs, es = units[k]
        for i, s in enumerate(zs):
            zh.append(s.text.text)
            group_zh.append(k)
            zh_unit.append((k, i))
        for j, s in enumerate(es):
            en.append(s.text.text)
            group_en.append(k)
            en_unit.append((k, j))
    out: dict[int, list[Bead]] = {k: [] for k in run}
    for bead in align(zh, en, (group_zh, group_en)):
        for k in sorted({zh_unit[i][0] for i in bead.zh} | {en_unit[j][0] for j in bead.en}):  # one, unless a
            # null bead of several sentences ran over a unit's edge: each unit keeps its own part
            out[k].append(Bead(tuple(zh_unit[i][1] for i in bead.zh if zh_unit[i][0] == k),
                               tuple(en_unit[j][1] for j in bead.en if en_unit[j][0] == k), bead.score))
    return out


def _plausible(beads: Sequence[Bead], n_zh: int, n_en: int) -> bool:
    """True when the unit's sentences left without counterpart are no more, on each side, than that side has
    sentences over the other's: inside a unit both sides translate each other, so a Chinese sentence and an English
    one both left alone (0-1 + 1-0 where 1-1 reads plainly: "These are Bash shortcuts." / 这些都是 Bash 的快捷方式。)
    is the search's miss, not the translator's; such a unit is read whole, as a unit its tool segmented is."""
    alone_zh = sum(1 for b in beads if b.zh and not b.en)
    alone_en = sum(1 for b in beads if b.en and not b.zh)
    return alone_zh <= max(n_zh - n_en, 0) and alone_en <= max(n_en - n_zh, 0)


def align_units(ms: Manuscript, align: "AlignFn") -> Manuscript:
    """The CAT manuscript with every unit of several sentences (on either side) split into its sentences and aligned
    inside; the other units as they were."""
    units = [(p, _sentences(pair.zh[0]), _sentences(pair.en[0])) if _in_languages(pair) else
             (p, pair.zh, pair.en) for p, pair in enumerate(ms.pairs) if len(pair.zh) == 1 and len(pair.en) == 1]
    if all(len(zh) == 1 and len(en) == 1 for _, zh, en in units):
        return ms
    pairs = list(ms.pairs)
    for run in _runs(units):
        if all(len(units[k][1]) == 1 and len(units[k][2]) == 1 for k in run):
            continue  # nothing to split here
        for k, beads in _run_beads(units, run, align).items():
            p, zh, en = units[k]
            if (len(zh) > 1 or len(en) > 1) and _plausible(beads, len(zh), len(en)):
                pairs[p] = dataclasses.replace(ms.pairs[p], zh=zh, en=en, beads=tuple(beads))
    return dataclasses.replace(ms, pairs=tuple(pairs))  # the file's format and notes as read
