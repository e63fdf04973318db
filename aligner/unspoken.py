"""The *unspoken* orphan test: an edge Chinese sentence of a merged bead whose own words the English never says.

The edge sentence of a k-1 bead (of `orphans.MIN_CHARS` or more) glosses into UNSPOKEN_STEMS or more stems the
rest of the bead does not gloss into, and the English has at most UNSPOKEN_SHARE of them, while the rest's own stems
are there (RENDERED_SHARE of them at least), and the bead without it has a plausible length (|z| below
`orphans.Z_LOOSE`): what the English says of it is only what its neighbour says too. A topic sentence restating its
neighbour's nouns
(本文就纵向数据分析的话题做了介绍。 before 文章探讨了纵向数据分析中…) shares the neighbour's words with the
English, so it does not dilute the bead, and the English's length may fit both as well as the rest alone
(a wordy English, 2.9 characters a Chinese one): only the words it alone says tell that its English is gone.
Only where CONTENT_UNSAID or more of those missing words are content words (rare in general Chinese: 胶囊, 止血,
卷烟), one of them a noun: a topic sentence's own words are framing (this paper, topic, introduce: 本文, 话题,
介绍, 做; rare ones are no nouns: 旨在, 概述, 简要) that a translator folds into the next sentence's English as
"Here we review…", "In this review we cover…", words the lexicon does not pair, so their absence tells a deletion
from a merge no better than chance (review56 R2). Nor where the sentence points at the paper or at its neighbour
by a pronoun rare in general Chinese (本文, 为此: `content_words.ContentWords.points`): it announces what the
paper does about what is said next door, and its unrendered nouns are the announcement's (review57 R2). A missing
word written by no other Chinese sentence and said by the English beside the bead (`content_words.ContentWords.moved`)
is not missing: the translator moved it there when folding the sentence in ("many psychiatric researchers" one
sentence before "How such data should be analysed is reviewed…" for 下面对精神科…加以评述。: review57 R2, its passive
form); the words left must still pass the count, one a noun, since a neighbour's English may use one word of a
deleted translation by chance (适中 "moderate" in "this moderately sized illicit market": review58 R3).

`orphans.orphan` runs this test last, on k-1 beads the length, heading, numbers, restating and silent tests leave.
"""
from __future__ import annotations

import re

from zhen_qa.aligner.orphan_evidence import NAME, Evidence, numbers_of, rows
from zhen_qa.manuscript.lazy_re import LazyPattern

UNSPOKEN_STEMS = 4
"""*unspoken*: an edge sentence glosses into at least this many stems the rest of its bead does not: it says enough of
its own for their absence from the English to mean something (a restating title, 识别酒精依赖的风险基因和风险基因
通路。, has one: 识别 "identify"; a sentence the lexicon barely knows, 超适应证, none)."""
UNSPOKEN_SHARE = 0.15
"""...and the English has at most this share of them (medline orphans whose English was deleted: 0 of 7, 1 of 9,
0 of 4 — one is a word the neighbour's English uses otherwise, 衡量 "measure" for "measures"; the sentences rendered
in those beads: 7 of 20 to 10 of 21)."""
CONTENT_UNSAID = 2
"""...and at least this many of its own content words (`content_words`: rare in general Chinese, glossed by the lexicon)
are not said in the English (`content_words.ContentWords.unsaid`), one of them a noun (`content_words.noun`): one
word may be one the translator put otherwise, and a framing sentence's rare words are no nouns
(本文就纵向数据分析的话题做了介绍。: 本文 r; 下面就…做一介绍。: none; 本文旨在简要概述纵向数据分析。: 本文 r, 旨在 v,
简要 a, 概述 v; medline orphans: 胶囊 n and 止血 v, 卷烟 n with 衡量 v and 适中 v). A topic sentence may have a noun
too (本文对精神科…加以评述。: 精神科 n, 评述 v; 为此，本文系统梳理了…的常见误区。: 梳理 v, 误区 n): it points at the
paper (`content_words.ContentWords.points`), or the English beside the bead says its noun (下面对精神科…加以评述。:
`content_words.ContentWords.moved`)."""
RENDERED_SHARE = 0.25
"""...while the English has at least this share of the other edge's own stems: the English renders the rest, so the
missing words are the edge sentence's (in a loosely rendered bead neither side's words are there, and that says
nothing of either)."""


def own_stems(ev: Evidence, k: tuple[int, int], rest: tuple[int, int], j0: int, j1: int) -> tuple[int, int]:
    """(stems Chinese sentences [k) gloss into that sentences [rest) do not, how many of them English [j0, j1) has)."""
    assert ev.Z is not None and ev.E is not None
    english = rows(ev.E, j0, j1)
    theirs = rows(ev.Z, rest[0], rest[1])
    mine = [c for c in rows(ev.Z, k[0], k[1]) if c not in theirs]
    return len(mine), sum(1 for c in mine if c in english)


def unspoken(ev: Evidence, k: int, rest: tuple[int, int], j0: int, j1: int) -> bool:
    """*unspoken*: edge sentence k glosses into UNSPOKEN_STEMS or more stems of its own (not the rest's), the English
    has at most UNSPOKEN_SHARE of them, and at least RENDERED_SHARE of the rest's own stems; and k writes no number or
    Latin name of the English's that the rest lacks (`_anchors_own`): a rendering the lexicon is blind to still carries
    its numbers (paramed doc7: 前者口服阿哌沙班，剂量为2.5 mg，每天2次，连续30天… merged by the English into the
    sentence before, its drug names unknown to the lexicon, its doses there); and CONTENT_UNSAID or more of k's own
    content words (`content_words.ContentWords.unsaid`), one a noun, are not said in the English (no stem of theirs,
    nor of the same word with another ending: `content_words.kin`, "psychiatric" for the gloss "psychiatri"): a framing
    sentence's own words are everyday ones or no nouns (本文就纵向数据分析的话题做了介绍。 folded into "Here we
    review…": review56 R2). Nor does k point at the paper or its neighbour by a rare pronoun
    (`content_words.ContentWords.points`): it announces what the paper does about what is said next door
    (本文对精神科纵向数据的统计分析策略加以评述。, 为此，本文系统梳理了纵向数据分析的常见误区。: review57 R2), and the
    nouns it leaves unrendered are the announcement's (误区 pitfalls). Those of k's missing content words that no
    other Chinese sentence of the document writes and the English beside the bead says
    (`content_words.ContentWords.moved`) are taken out of the missing ones, and the rest must still be CONTENT_UNSAID
    or more, one a noun: only k can have given such a word, so it is translated, moved (a topic sentence folded into
    the next sentence's passive English, "How such data should be analysed is reviewed…", its qualifier 精神科
    written one sentence earlier as "many psychiatric researchers": review57 R2; 评述 alone is left, no noun); but
    one word said next door does not make the others said (medline en2zh-doc13's deleted 按全球标准衡量，印度的非法
    卷烟消费量相对适中。 beside "…this moderately sized illicit market…": 适中 moved, 衡量 and the noun 卷烟 left:
    review58 R3). A deleted translation's neighbours say its topic's nouns too, but from their own Chinese (doc13's
    卷烟 "cigarettes" in the sentence before, whose Chinese writes 非法卷烟), which `moved` does not count. Nor is
    k's English next door (`_next_door`). False when the content words are not known (`Evidence.content`)."""
    if ev.content is None:
        return False
    mine, said = own_stems(ev, (k, k + 1), rest, j0, j1)
    if mine < UNSPOKEN_STEMS or said > UNSPOKEN_SHARE * mine:
        return False
    if ev.content.points(k) or _authors_voice(ev, j0, j1):
        return False
    _mine, missing, nouns = ev.content.unsaid(k, rest, range(j0, j1))
    if missing < CONTENT_UNSAID or nouns < 1:
        return False
    beside = [j for j in (j0 - 1, j1) if 0 <= j < len(ev.en_chars)]
    gone, gone_nouns = ev.content.moved(k, rest, range(j0, j1), beside)
    if missing - gone < CONTENT_UNSAID or nouns - gone_nouns < 1:
        return False  # what is left unsaid once k's words moved beside the bead are out is framing
    if _next_door(ev, k, rest, j0, j1, mine):
        return False
    theirs, rendered = own_stems(ev, rest, (k, k + 1), j0, j1)
    return theirs > 0 and rendered >= RENDERED_SHARE * theirs and not _anchors_own(ev, k, rest, j0, j1)


_VOICE = LazyPattern(r"\b(?:we|our|here(?:in)?|(?:this|the\s+present|the\s+current)\s+(?:review|paper|article|"
                     r"study|chapter|section|work))\b", re.IGNORECASE)


def _authors_voice(ev: Evidence, j0: int, j1: int) -> bool:
    """English [j0, j1) speaks in the authors' voice (we, our, here, this review/paper/study…): the framing a
    translator writes for a Chinese topic sentence he folds into the next sentence's English ("Here we review…",
    "In this review we cover…" for 本文就…做了介绍。, 下面对…加以评述。: review56 R2, review57 R2). The edge
    sentence's own words the English lacks are then the announcement's, and nothing tells the fold from a deletion;
    an English in the third person (medline en2zh-doc13 "Nonetheless, India should strengthen…", doc1 "Indirubin
    shows a positive effect…") frames nothing. False when the texts are not known."""
    return ev.en_texts is not None and any(_VOICE.search(ev.en_texts[j]) for j in range(j0, j1))


def _next_door(ev: Evidence, k: int, rest: tuple[int, int], j0: int, j1: int, mine: int) -> bool:
    """The English sentence beside the bead on edge k's side has more than UNSPOKEN_SHARE of k's `mine` own stems, and
    a larger share of them than of the own stems (not k's) of the Chinese sentence beside k: the English renders k
    better than the sentence it follows, the path shifted by one (chinaxiv13 cx13-025: 为了解鞘花的繁殖物候特征… in a
    2-1 bead with the sentence before, its English "To understand the reproductive phenological characteristics…"
    next door with 7 of its 29 own stems, the untranslated Chinese sentence after it with 0 of 45), and splitting k
    off would report a translated sentence untranslated. A neighbour's English on the same topic has some of a
    deleted translation's words, but its own sentence's more (medline en2zh-doc13: 按全球标准衡量，印度的非法卷烟消费量
    相对适中。 2 of 9 in "Nonetheless, India should strengthen…", whose Chinese has 5 of 9)."""
    assert ev.Z is not None and ev.E is not None
    first = k < rest[0]
    beside, other = (j0 - 1, k - 1) if first else (j1, k + 1)
    if not 0 <= beside < ev.E.shape[0]:
        return False
    said = own_stems(ev, (k, k + 1), rest, beside, beside + 1)[1]
    if said <= UNSPOKEN_SHARE * mine:
        return False
    if not 0 <= other < ev.Z.shape[0]:
        return True
    theirs, rendered = own_stems(ev, (other, other + 1), (k, k + 1), beside, beside + 1)
    return said * theirs > rendered * mine


def _anchors_own(ev: Evidence, k: int, rest: tuple[int, int], j0: int, j1: int) -> bool:
    """Chinese sentence k writes a number (in digits or words, other than 0 and 1) or a Latin name that English
    [j0, j1) writes and Chinese [rest) does not. False when the texts are not known."""
    if ev.zh_texts is None or ev.en_texts is None:
        return False
    english = {w.lower() for j in range(j0, j1) for w in NAME.findall(ev.en_texts[j])}
    english |= {v for j in range(j0, j1) for v in numbers_of(ev.en_texts[j], "en")}
    others = {w.lower() for i in range(*rest) for w in NAME.findall(ev.zh_texts[i])}
    others |= {v for i in range(*rest) for v in numbers_of(ev.zh_texts[i], "zh")}
    mine = {w.lower() for w in NAME.findall(ev.zh_texts[k])} | numbers_of(ev.zh_texts[k], "zh")
    return bool((mine & english) - others - {"0", "1", "0.0", "1.0"})
