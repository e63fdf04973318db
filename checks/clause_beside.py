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
(`words_beside`). A lone sentence with a code span the neighbour's other side lacks, with words it does not say,
or with no code span at all, is
judged as before: a sentence added or left untranslated, or a real omission, is still reported. So is a lone
sentence that repeats a run of the neighbour's own words (来切换到不同的成员集群 `member1` 或 `member2`。 after
…来切换到不同的成员集群。): a stray fragment written twice, not a clause moved.
"""
from __future__ import annotations

from collections import Counter

from zhen_qa.aligner.clauses import MIN_SAID, marks, said_beyond
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.presence_code import code_spans
from zhen_qa.manuscript.document import Bead, Pair, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

__all__ = ["carried_beside", "repeats", "same_paragraph", "words_beside"]


def _spans(sentences: list[Sentence]) -> Counter[str]:
    return Counter(span for s in sentences for span in code_spans(s) if span)


REPEATED_RUN = 6
"""Han characters in a row the lone sentence shares with its neighbour that make it a fragment written twice."""
_HAN_RUN = LazyPattern(r"[" + HAN + r"]{" + str(REPEATED_RUN) + ",}")
_WORD_RUN = LazyPattern(r"[A-Za-z]+(?: [A-Za-z]+){3,}")
"""Four English words in a row: a run the English lone sentence may repeat from its neighbour."""


def repeats(alone: list[Sentence], beside: list[Sentence]) -> bool:
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


def words_beside(alone: list[Sentence], same: list[Sentence], other: list[Sentence], lang: str) -> bool:
    """Whether the lone sentences say `clauses.MIN_SAID` (as `clauses.says_beyond` asks of a lone text: one word is the
    topic's, which any sentence beside may share) or more words of the neighbour's other side that the neighbour's own
    side does not (`clauses.said_beyond`: for a Chinese lone sentence, the stems of the neighbour's English it glosses
    into less those the neighbour's Chinese glosses into; for an English one, its stems the neighbour's Chinese
    glosses into less those of the neighbour's English). The Latin tokens and numbers the Chinese writes (names and
    code, which the rule has already compared) are not words: the lone sentence's own for a Chinese one, the
    neighbour's Chinese for an English one. An English sentence's own Latin tokens are all its words: taking those
    out kept only the stems that differ from their word ("servic" of "service") and dropped the rest ("restart")."""
    lone = " ".join(s.text.text for s in alone)
    own = " ".join(s.text.text for s in same)
    far = " ".join(s.text.text for s in other)
    names = marks(lone if lang == "zh" else far)
    return len(said_beyond(lone, [own], far, lang, load_lexicon()) - names) >= MIN_SAID


def same_paragraph(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences of one file stand in one paragraph: no blank line between them, the same role, and
    neither a heading (a Markdown heading needs no blank line before the paragraph under it, yet is a block of its
    own: its code is no clause of that paragraph)."""
    if a.location.path != b.location.path or a.role is not b.role or a.role is Role.HEADING:
        return False
    first, last = sorted((a, b), key=lambda s: s.location.line)
    source = first.text.source
    return all(source.line(n).strip() for n in range(first.location.line, last.location.line + 1))


def carried_beside(pair: Pair, index: int) -> bool:
    """Whether the one-sided bead at `index` is a clause split off the sentence of a bead beside it (module doc):
    its sentences' code spans, one at least, all stand in that bead's other side more often than in its own side,
    that bead's two sides share a code span, the lone sentence shares that bead's paragraph, and that bead's other side
    says words of it its own side does not (`words_beside`)."""
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
        if not said & theirs:
            continue  # no code the neighbour's two sides share: nothing shows they are counterparts at all
        if all(said[span] + n <= theirs[span] for span, n in alone.items()) \
                and same_paragraph(own[0], same[-1] if k < index else same[0]) and not repeats(own, same) \
                and words_beside(own, same, other, lang):
            return True
    return False
