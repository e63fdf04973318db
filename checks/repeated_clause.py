"""A run of Chinese clauses written twice in a row inside one sentence: an editing slip at clause scale.

"本文构建了以螺旋桨几何参数为输入、以干模态频率预测为基础，并结合附连水系数进行频率修正，最终构建了以螺旋桨几何参数为
输入、以干模态频率预测为基础，并结合附连水系数进行频率修正，最终获得…" holds the same three clauses twice; only the
words before the first clause changed (本文构建了 → 最终构建了): the writer revised the sentence and kept both versions.
`repeated-char` reports it as it reports a doubled word. A run counts when its clauses after the first are the same
clauses (cut at ，、,) and the first clauses end alike; parallel items of a list (甲组…；乙组…) are cut by ；, ： or a
sentence end, which no run crosses, short clauses (每日1次) are no evidence, and one clause over and over (a template's
page filler, 以下内容为测试页眉的相关问题、以下内容为测试页眉的相关问题、…) is no revision. Nor are two lead clauses
whose changed words are content on both sides (在训练数据集上 / 在测试数据集上, 甲组患者 / 乙组患者): those name two
things the sentence states the same result for, a parallel; a revision changes a lead-in, where one side at least is
a framing word (本文 → 最终: a pronoun, an adverb, a connective, a localizer) or nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import han_count, is_han

_SENTENCE = LazyPattern(r"[^。！？；;：:!?\n]+")
"""A stretch no repeated run crosses: a sentence, or an item of a list cut by ；/："""
_CLAUSE = LazyPattern(r"[^，、,\s](?:[^，、,]*[^，、,\s])?")
"""A clause: text between ，、, without the blanks around it."""
MIN_CLAUSE_HAN = 4
"""Fewest Han characters of each repeated clause (每日1次, 随访6个月 are too short to be evidence)."""
MIN_RUN_HAN = 16
"""Fewest Han characters of the whole repeated run."""
MAX_CLAUSES = 4
"""Longest run compared (clauses)."""
FRAMING_TAGS = ("d", "c", "r", "p", "u", "f", "t", "y", "e")
"""jieba tags (first letters) of words that frame a clause rather than name a thing: adverbs (最终), connectives
(进而), pronouns (本文), prepositions, particles, localizers (最后), time words, modal particles, interjections."""


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_head(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _changed_content(lead: str, start: int, end: int, tag: Callable[[str], str]) -> bool:
    """Whether the changed stretch `lead[start:end]` of a lead clause holds a content word: a jieba token overlapping
    it whose tag is no framing tag (a word jieba does not tag, 数据集, is content too)."""
    pos = 0
    for tok in cut(lead):
        if pos < end and pos + len(tok) > start and any(is_han(c) for c in tok) \
                and not tag(tok).startswith(FRAMING_TAGS):
            return True
        pos += len(tok)
    return False


def _two_things(a0: str, b0: str, tail: int, tag: Callable[[str], str]) -> bool:
    """Whether the lead clauses `a0`, `b0` (ending alike in `tail` characters) differ by content words on both sides
    (训练 / 测试 in 在训练数据集上 / 在测试数据集上): two things compared, not a lead-in revised."""
    head = min(_common_head(a0, b0), min(len(a0), len(b0)) - tail)
    return (_changed_content(a0, head, len(a0) - tail, tag)
            and _changed_content(b0, head, len(b0) - tail, tag))


def clause_doubles(text: str, tag: Callable[[str], str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, run) of each second copy of a run of clauses written twice in a row in `text`: the copy's
    span and the run's text. The first clauses of the two copies need only end alike (a changed lead-in: 本文构建了以…
    / 最终构建了以…), their changed words content on one side at most (`_two_things`; `tag` gives a word's jieba
    tag); at least two later clauses are the same, each of MIN_CLAUSE_HAN Han or more."""
    if text.count("，") + text.count("、") + text.count(",") < 3:
        return
    for sentence in _SENTENCE.finditer(text):
        clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text, sentence.start(), sentence.end())]
        words = [text[a:b] for a, b in clauses]
        if len(words) < 6 or len(set(words)) == len(words):
            continue  # a run written twice is three clauses or more, two of them the same twice
        i = 0
        while i < len(clauses):
            hit = None
            for k in range(MAX_CLAUSES, 2, -1):
                a, b = words[i:i + k], words[i + k:i + 2 * k]
                if len(b) < k or a[1:] != b[1:] or any(han_count(w) < MIN_CLAUSE_HAN for w in a[1:]):
                    continue
                if len(set(a[1:])) < k - 1 or a[0].endswith(a[1]):
                    continue  # one clause over and over (以下内容为测试页眉的相关问题、…): filler, not a revision
                tail = _common_tail(a[0], b[0])
                if han_count(a[0][len(a[0]) - tail:]) < MIN_CLAUSE_HAN or _two_things(a[0], b[0], tail, tag):
                    continue  # 在训练数据集上…，在测试数据集上…: the same result stated for two things
                run = text[clauses[i][1] - tail:clauses[i + k - 1][1]]
                if han_count(run) >= MIN_RUN_HAN:
                    hit = (clauses[i + k][1] - tail, clauses[i + 2 * k - 1][1], run)
                    i += 2 * k
                    break
            if hit is None:
                i += 1
            else:
                yield hit
