"""A sentence one side splits off where the other writes one sentence: its inline code is the neighbour's.

A translation moves sentence boundaries: the English "…, you can set the `priorityClassName` field for each
component, defaulting to `system-node-critical` if not specified." becomes two Chinese sentences (…字段。若未指定，
默认值为 `system-node-critical`。), and the aligner pairs the first with the English and leaves the second alone. The
clause is translated; only the boundary moved. What shows it is the inline code: every code span of the lone
sentence stands in the English of the sentence beside it, in the same paragraph, more often than that sentence's own
side writes it, and the neighbour's two sides share a code span of their own (they are counterparts: a neighbour the
aligner paired wrongly, its code on one side only, shows nothing). The code alone is not enough: an English sentence
may write a span twice for its own reasons ("…; `replicas` defaults to 1.") beside a Chinese sentence that really
went untranslated and names the same span (修改 `replicas` 后必须重启 Pod，否则新的副本数不会生效。). So the lone
sentence's words must be there too: `clauses.MIN_SAID` or more of its glossed stems (若未指定 "if not specified", 默认
"default"; not its code or numbers) said by the neighbour's other side and not by the neighbour's own side
(`_words_beside`). A lone sentence with a code span the neighbour's other side lacks, with words it does not say,
or with no code span at all, is
judged as before: a sentence added or left untranslated, or a real omission, is still reported. So is a lone
sentence that repeats a run of the neighbour's own words (来切换到不同的成员集群 `member1` 或 `member2`。 after
…来切换到不同的成员集群。): a stray fragment written twice, not a clause moved.
"""
from __future__ import annotations

from collections import Counter

from zhen_qa.aligner.clauses import MIN_SAID, marks, said_beyond, said_of
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.presence_code import code_spans
from zhen_qa.manuscript.document import Bead, Pair, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["carried_beside"]


def _spans(sentences: list[Sentence]) -> Counter[str]:
    return Counter(span for s in sentences for span in code_spans(s) if span)


REPEATED_RUN = 6
"""Han characters in a row the lone sentence shares with its neighbour that make it a fragment written twice."""
_HAN_RUN = LazyPattern(r"[\u4e00-\u9fff]{" + str(REPEATED_RUN) + ",}")
_WORD_RUN = LazyPattern(r"[A-Za-z]+(?: [A-Za-z]+){3,}")
"""Four English words in a row: a run the English lone sentence may repeat from its neighbour."""


def _repeats(alone: list[Sentence], beside: list[Sentence]) -> bool:
    """Whether a lone sentence repeats a run of its neighbour's words: REPEATED_RUN Han characters, or four English
    words, that stand in both (a run of the lone sentence is searched for, in windows of that length)."""
    near = " ".join(s.text.text for s in beside)
    for s in alone:
        for m in _HAN_RUN.finditer(s.text.text):
            run = m.group()
            if any(run[k:k + REPEATED_RUN] in near for k in range(len(run) - REPEATED_RUN + 1)):
                return True
        for m in _WORD_RUN.finditer(s.text.text):
            words = m.group().split()
            if any(" ".join(words[k:k + 4]) in near for k in range(len(words) - 3)):
                return True
    return False


def _words_beside(alone: list[Sentence], same: list[Sentence], other: list[Sentence], lang: str) -> bool:
    """Whether the lone sentences say `clauses.MIN_SAID` (as `clauses.says_beyond` asks of a lone text: one word is the
    topic's, which any sentence beside may share) or more words of the neighbour's other side that the neighbour's own
    side does not (`clauses.said_beyond`: for a Chinese lone sentence, the stems of the neighbour's English it glosses
    into less those the neighbour's Chinese glosses into; for an English one, its stems the neighbour's Chinese
    glosses into less those of the neighbour's English). Latin tokens and numbers (the code the rule has already
    compared) are not words."""
    lone = " ".join(s.text.text for s in alone)
    own = " ".join(s.text.text for s in same)
    far = " ".join(s.text.text for s in other)
    return len(said_beyond(lone, [own], far, lang, load_lexicon()) - marks(lone)) >= MIN_SAID


_DIGITS = LazyPattern(r"\d+(?:\.\d+)?")


def _said_moved(alone: list[Sentence], other: list[Sentence], lang: str) -> bool:
    """Whether the lone sentences, whose set of code moved (`_moved_set`), say the rest of what they say in the
    neighbour's other side: MIN_SAID or more of their words (Latin tokens and numbers aside) stand there (`said_of`:
    for a Chinese lone sentence, the stems of that English it glosses into; for an English one, its stems that
    Chinese glosses into), and every number of their prose stands there too. The neighbour's own side is not
    subtracted (`_words_beside` does): it renders part of the same sentence and shares its topic word (颜色的值 beside
    这个值). A sentence that says something of the code the neighbour's other side does not
    (`width` 和 `height` 的默认值为 0，修改后必须重新调用布局。 beside "Set the element's `width` and `height`
    properties …": the default 0 and the re-layout rule) is a sentence of its own, dropped on the other side."""
    lone = " ".join(s.text.text for s in alone)
    far = " ".join(s.text.text for s in other)
    said = said_of(lone, far, load_lexicon()) if lang == "zh" else said_of(far, lone, load_lexicon())
    if len(said - marks(lone if lang == "zh" else far)) < MIN_SAID:  # the Latin tokens the Chinese writes: code
        return False
    written = set(_DIGITS.findall(far)) | {d for span in _spans(other) for d in _DIGITS.findall(span)}
    return all(d in written for d in _DIGITS.findall(lone))


def _same_paragraph(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences of one file stand in one paragraph: no blank line between them, the same role, and
    neither a heading (a Markdown heading needs no blank line before the paragraph under it, yet is a block of its
    own: its code is no clause of that paragraph)."""
    if a.location.path != b.location.path or a.role is not b.role or a.role is Role.HEADING:
        return False
    first, last = sorted((a, b), key=lambda s: s.location.line)
    source = first.text.source
    return all(source.line(n).strip() for n in range(first.location.line, last.location.line + 1))


MOVED_SET_MIN = 2
"""Distinct code spans a lone sentence must have for them alone to show its clause moved (`_moved_set`)."""


def _moved_set(alone: Counter[str], said: Counter[str]) -> bool:
    """Whether the lone sentence's code spans are MOVED_SET_MIN or more distinct ones of which the neighbour's own side
    writes none: the neighbour's other side then names a set of code its own side lacks and the lone sentence has
    (`rgb()`, `hsl()` in 颜色值也可以通过 `rgb()`、`hsl()` 等函数定义。 beside the English "… or a value calculated by
    function `rgb()`, `rgba()` or `hsl()`." whose Chinese names no function): the clause of that sentence, moved. A
    set of several spans is specific where one span is not (an English sentence may repeat one for its own reasons),
    so no span the neighbour's sides share is asked for; the lone sentence's words and numbers still are
    (`_said_moved`). A neighbour whose own
    side names the spans too (设置 `a` 和 `b`。 beside "Set `a` and `b`.") has its own counterpart for them: a lone
    sentence after it is judged as before."""
    return len(alone) >= MOVED_SET_MIN and not any(said[span] for span in alone)


def carried_beside(pair: Pair, index: int) -> bool:
    """Whether the one-sided bead at `index` is a clause split off the sentence of a bead beside it (module doc):
    its sentences' code spans, one at least, all stand in that bead's other side more often than in its own side,
    that bead's two sides share a code span, the lone sentence shares that bead's paragraph, and that bead's other side
    says words of it its own side does not (`_words_beside`)."""
    bead = pair.beads[index]
    lang = "zh" if bead.zh else "en"
    own = [pair.zh[i] for i in bead.zh] if lang == "zh" else [pair.en[i] for i in bead.en]
    if not own or (bead.zh and bead.en):
        return False
    alone = _spans(own)
    if not alone:
        return False
    for k in (index - 1, index + 1):
        if not 0 <= k < len(pair.beads):
            continue
        near: Bead = pair.beads[k]
        if not (near.zh and near.en):
            continue
        same = [pair.zh[i] for i in near.zh] if lang == "zh" else [pair.en[i] for i in near.en]
        other = [pair.en[i] for i in near.en] if lang == "zh" else [pair.zh[i] for i in near.zh]
        said, theirs = _spans(same), _spans(other)
        moved = _moved_set(alone, said)
        if not said & theirs and not moved:
            continue  # no code the neighbour's two sides share: nothing shows they are counterparts at all
        if all(said[span] + n <= theirs[span] for span, n in alone.items()) \
                and _same_paragraph(own[0], same[-1] if k < index else same[0]) and not _repeats(own, same) \
                and (_said_moved(own, other, lang) if moved else _words_beside(own, same, other, lang)):
            return True
    return False
