"""An English paragraph absorbed whole into the bead of a Chinese sentence that renders another English paragraph: a
paragraph whose Chinese was deleted, left in a bead because the lengths and the page's names do not forbid it.

Structured Markdown pairs paragraphs first (`blocks.align_blocks`) and sentences inside paired paragraphs. When a
Chinese paragraph is deleted, its English paragraph can be paired, with the English paragraph after it, to the next
Chinese paragraph; if that paragraph is one long Chinese sentence, the sentence search then puts both English
paragraphs into one bead (maixpy audio/play: 由于内部的缓存大小的限制, …, 通过`frame_size()`方法可以将要`帧`转换为`字节`
with "In this example, the `Player` object is set to non-blocking mode…" and "Due to internal buffer size
limitations, …", a 1-5 bead: the Chinese is long enough for both by the lengths, and the first paragraph shares
`play()`, 方法 "method" and 阻塞 "block" with it). Nothing is left unpaired, so the deleted paragraph is never
reported.

The test here is lexical and clause by clause (`renders_nothing`): the absorbed paragraph is prose (MIN_WORDS words or
more, no Han character); the English of the bead outside it (`kept`) says MIN_SAID or more words of the Chinese
(`clauses.said_of`) and the absorbed paragraph fewer than MIN_SAID beyond what `kept` says (`clauses.said_beyond`); no
Latin name or number of the Chinese is written (compared by stems) by the absorbed paragraph and not by `kept`; and
the Chinese leans to `kept` clause by clause (`clauses.zh_clauses`): every clause says something of `kept`, no more
words of the absorbed paragraph and no word of it that the clause does not also say of `kept` (a preposition aside:
通过 "via"; a word in any of its forms, `clauses.words_said`: 自动 "automatic" is said by "automatically"), and more
clauses say strictly more of `kept` than say as much of both (a short opener, fewer than `orphan_repeats.OPENER_HAN` Han
characters, that says nothing of either is passed over). A translator who merges two English paragraphs into one
Chinese paragraph renders each in clauses of its own, and such a clause says more of its own paragraph, or a word
only that paragraph says (因为 "because"), or nothing the lexicon can see of either: any of them keeps the bead as
it is; so does a Chinese that says as much of both paragraphs as a rule (the page's names and a shared word or two in
clause after clause are no evidence either way).

Only a whole English paragraph (a blank line or a block opener apart from the rest: `heading_splits.one_paragraph`) at
an edge of the bead's English, beside English of another paragraph, whose Chinese is of one paragraph, is taken apart:
the paragraph boundary is the structural evidence (`orphan_repeats`, which splits *sentences* of one paragraph, needs
near-verbatim repetition: a faithful second sentence of one Chinese sentence shares its names and words, review61 R5,
R30).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from zhen_qa.aligner.clauses import MIN_SAID, Tokens, marks, said_beyond, said_of, words_said, zh_clauses
from zhen_qa.aligner.heading_splits import one_paragraph
from zhen_qa.aligner.lexicon import Lexicon, en_stems, preposition_stems
from zhen_qa.aligner.orphan_repeats import OPENER_HAN
from zhen_qa.aligner.unit_folds import word_count
from zhen_qa.manuscript.document import Bead, Sentence
from zhen_qa.manuscript.script import HAN_RUN_RE, han_count

MIN_WORDS = 6
"""An absorbed paragraph holds this many words or more and no Han character: a paragraph of prose. An image's alt
text (Image, 图片 copied from the Chinese page), a discourse phrase (For example:), a note (Auto translate by google.)
or a stray code line (`}`) says too little for the lexicon to tell it from a rendering of the Chinese."""


def renders_nothing(absorbed: str, kept: str, chinese: str, lexicon: Lexicon, memo: Tokens | None = None) -> bool:
    """English `absorbed` renders nothing of `chinese` that English `kept` does not, and the Chinese leans to `kept`
    clause by clause (see the module docstring)."""
    memo = {} if memo is None else memo
    if HAN_RUN_RE.search(absorbed) or word_count(absorbed) < MIN_WORDS \
            or len(said_of(chinese, kept, lexicon, memo)) < MIN_SAID \
            or len(said_beyond(absorbed, [kept], chinese, "en", lexicon, memo)) >= MIN_SAID:
        return False
    if _names(chinese) & set(en_stems(absorbed)) - set(en_stems(kept)) \
            or (marks(chinese) - marks(kept)) & marks(absorbed):
        return False  # a name of the Chinese only the absorbed paragraph writes: it renders that part of the Chinese
    leaning = even = 0
    for clause in zh_clauses(chinese):
        run = said_of(clause, kept, lexicon, memo)
        out = said_of(clause, absorbed, lexicon, memo)
        if not run and not out and han_count(clause) < OPENER_HAN:
            continue
        only = words_said(clause, absorbed, lexicon, memo) - words_said(clause, kept, lexicon, memo)
        if not run or len(out) > len(run) or only - preposition_stems():
            return False  # a clause `kept` says nothing of, says less of, or says a word of only the absorbed
            # paragraph of (因为 "because": 因为设备上没有`a.jpg`这个文件 = "This will fail, because the device does
            # not have access to `a.jpg`."; 自动 "automatic" in "The client automatically retries…"): the absorbed
            # paragraph may render it
        leaning += len(out) < len(run)
        even += len(out) == len(run)
    return leaning > even


def _names(chinese: str) -> set[str]:
    """The Latin names and numbers of a Chinese text (`clauses.marks`) as the English writes them, stemmed (`en_stems`:
    tsfile in the Chinese is "tsfiles" in the English)."""
    return set(en_stems(" ".join(marks(chinese))))


def split_absorbed(beads: Sequence[Bead], blocks: tuple[Sequence[int], Sequence[int]],
                   sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
                   headings: tuple[Sequence[bool], Sequence[bool]], lexicon: Lexicon) -> list[Bead]:
    """The beads with each English paragraph absorbed whole into a bead (`renders_nothing`) split off as 0-1 beads.

    `blocks[0][i]`: the block Chinese sentence i comes from (`[1]`: English); `sentences` both sides' sentences;
    `headings` whether a sentence is a Markdown heading. A bead qualifies when its Chinese is of one block and holds no
    heading, and its English holds sentences of two or more blocks, none a heading: its first or its last English
    block, when every sentence of that block is in the bead and a blank line (or a line that opens a block) parts it
    from the rest of the bead's English (`heading_splits.one_paragraph`: the reader makes a block of each line of some
    paragraphs; two lines of one Markdown paragraph are one paragraph, iotdb Data-Recovery "Start a repair task to scan
    all files created before current time." / "The repair task will scan all tsfiles and repair some bad files."), is
    tested against the rest."""
    memo: Tokens = {}
    texts = [s.text.text for s in sentences[0]], [s.text.text for s in sentences[1]]
    sizes = Counter(blocks[1])  # English sentences a block holds
    out: list[Bead] = []
    for bead in beads:
        out.extend(_split(bead, blocks, texts, (sentences[1], sizes), headings, lexicon, memo))
    return out


def _split(bead: Bead, blocks: tuple[Sequence[int], Sequence[int]], texts: tuple[Sequence[str], Sequence[str]],
           en: tuple[Sequence[Sentence], Counter[int]], headings: tuple[Sequence[bool], Sequence[bool]],
           lexicon: Lexicon, memo: Tokens) -> list[Bead]:
    """`bead`, or its kept part and the absorbed paragraph's sentences as 0-1 beads (`split_absorbed`; `en`: the English
    sentences and the number each block holds)."""
    if not bead.zh or len(bead.en) < 2 or len({blocks[0][i] for i in bead.zh}) != 1 \
            or any(headings[0][i] for i in bead.zh) or any(headings[1][j] for j in bead.en):
        return [bead]
    en_blocks = [blocks[1][j] for j in bead.en]
    if len(set(en_blocks)) < 2:
        return [bead]
    chinese = "".join(texts[0][i] for i in bead.zh)
    for edge in (en_blocks[0], en_blocks[-1]):
        part = tuple(j for j in bead.en if blocks[1][j] == edge)
        if en[1][edge] != len(part):
            continue  # the paragraph has sentences outside the bead: not absorbed whole
        kept = tuple(j for j in bead.en if blocks[1][j] != edge)
        first, second = (part[-1], kept[0]) if edge == en_blocks[0] else (kept[-1], part[0])
        if one_paragraph(en[0][first], en[0][second]):
            continue  # lines of one Markdown paragraph
        if renders_nothing(" ".join(texts[1][j] for j in part), " ".join(texts[1][j] for j in kept), chinese,
                           lexicon, memo):
            lone = [Bead((), (j,), bead.score) for j in part]
            paired = Bead(bead.zh, kept, bead.score)
            return lone + [paired] if edge == en_blocks[0] else [paired] + lone
    return [bead]
