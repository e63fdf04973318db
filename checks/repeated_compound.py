"""A doubled Chinese word that two compounds share at their boundary (`compound_boundary`: 顺序消费消费失败), or the
seam of two words (`seam`, `word_ending_copy`: 操作系统系统调用)."""
from __future__ import annotations

import bisect

from zhen_qa.aligner.jieba_base import FLOOR_COUNT, word_tag
from zhen_qa.checks.repeated_dictionary import Counts, jieba_tokenizer, token_bounds, zh2en
from zhen_qa.manuscript.script import is_han


def compound_boundary(text: str, i: int, k: int, chinese: str) -> bool:
    """Whether the doubled word at `i` (unit length `k` >= 2) is the word two compounds share at their boundary:
    the first copy ends a compound with the word before it and the second begins one with the word after it, each
    compound a word of jieba's dictionary or CC-CEDICT or written elsewhere in the manuscript's Chinese (`chinese`,
    its texts joined): 顺序消费消费失败 is 顺序消费 ("orderly consumption") + 消费失败 ("consumption fails"), both
    the page's terms, a topic and its predicate. The word before or after must be a word of two characters or more
    (jieba's cut): 在消息消息队列 (在 + 消息) stays a slip, and so does a doubled word with no compound on one side
    (研究研究表明). The word after must be a verb (jieba's tag v, 失败): before a noun the two compounds make one noun
    phrase the writer meant without the doubling (垃圾回收回收机制 for 垃圾回收机制, 模型识别识别准确率: slips). The
    shared word is a noun or a verbal noun by jieba's tag (消费 vn): an adverb typed twice (前六张分别分别受到) is
    a slip whatever its neighbours."""
    mid = i + k
    if not word_tag(text[i:mid]).startswith(("n", "vn")):
        return False  # 前六张分别分别受到: an adverb typed twice, no word compounds share
    _bounds, spans = token_bounds(text)
    starts = sorted(spans)
    t = bisect.bisect_right(starts, i) - 1
    if t < 0:
        return False
    left_start = starts[t]
    if left_start == i:  # the first copy is a token of its own: the compound begins with the token before it
        if t == 0 or i - starts[t - 1] < 2 or spans.get(i) != mid:
            return False
        left_start = starts[t - 1]
    elif spans[left_start] != mid:
        return False  # the first copy is not the end of the token it is in
    right_end = spans.get(mid)
    if right_end is None or right_end < mid + k:
        return False
    if right_end == mid + k:  # the second copy is a token of its own: the compound ends with the token after it
        after = spans.get(right_end)
        if after is None or after - right_end < 2 or word_tag(text[right_end:after]) != "v":
            return False  # 垃圾回收回收机制, 模型识别识别准确率: a noun after, one noun compound meant (a slip)
        right_end = after
    freq = Counts(jieba_tokenizer())
    known = zh2en()
    phrase = text[left_start:mid] + text[mid + k:right_end]
    elsewhere = phrase in chinese  # the text writes the phrase once elsewhere (乙型肝炎临床治愈, 数据备份失败): the
    # doubling is the slip, unless the doubling is itself a pattern of the page (`_doubling_pattern`: 顺序消费消费失败
    # beside 并发消费消费失败) and each compound is written on the page apart from that phrase too (并发消费 the mode
    # and 消费失败 its predicate); a dictionary word is then no evidence (the phrase shows how the writer joins them)
    if elsewhere:
        if not _doubling_pattern(text[left_start:right_end], text[i:right_end], chinese):
            return False
        chinese = chinese.replace(phrase, "\n")
    lines = chinese.splitlines()

    def written(word: str, ending: bool) -> int:
        """Times `word` is written in the Chinese as a word of its own side: ending at a token boundary (the left
        compound) or beginning at one (the right), so 中性粒细胞浸润 (粒细胞 | 浸润) is no 细胞浸润."""
        n = 0
        for line in lines:
            if word not in line:
                continue
            cuts = token_bounds(line)[0]
            at = line.find(word)
            while at >= 0:
                n += (at + len(word) if ending else at) in cuts
                at = line.find(word, at + 1)
        return n

    def attested(word: str, doubled: str, ending: bool) -> bool:  # a word, or written elsewhere than in the doubling
        return (not elsewhere and (freq.get(word, 0) > FLOOR_COUNT or word in known)
                or written(word, ending) > chinese.count(doubled))

    unit = text[i:mid]
    return (attested(text[left_start:mid], text[left_start:mid] + unit, True)
            and attested(text[mid:right_end], unit + text[mid:right_end], False))


def seam(text: str, i: int, k: int) -> bool:
    """Whether the doubled word at `i` (unit length `k` >= 2) may be the seam of two compounds: the first copy ends
    a word of jieba's dictionary or CC-CEDICT longer than itself (操作系统 in 操作系统系统调用), and the second is
    followed by Han text it may begin a compound with (调用); `rendered_each_time` must then find both in the English.
    A copy standing alone (研究研究表明) ends no such word."""
    if k < 2 or not is_han(text[i + 2 * k:i + 2 * k + 1]):
        return False
    return bool(word_ending_copy(text, i, k))


def word_ending_copy(text: str, i: int, k: int) -> str:
    """The word of jieba's dictionary or CC-CEDICT, longer than the unit, that the first copy of the doubling at `i`
    (unit length `k`) ends: 操作系统 in 操作系统系统调用, 自定义 in 自定义定义 ("" when the first copy begins a
    token)."""
    _bounds, spans = token_bounds(text)
    start = next((s for s, e in spans.items() if e == i + k and s < i), None)
    if start is None:
        return ""
    word = text[start:i + k]
    return word if Counts(jieba_tokenizer()).get(word, 0) > FLOOR_COUNT or word in zh2en() else ""


def _doubling_pattern(doubled: str, tail: str, chinese: str) -> bool:
    """Whether a doubling (`doubled`, 并发消费消费失败) is a way the page writes, not a one-off slip: the doubled
    form written twice or more, or its doubled word and right compound (`tail`, 消费消费失败) written after another
    left compound too (顺序消费消费失败: the page's topics, each with the predicate). A page about a topic writes
    both compounds on their own anyway (数据备份, 备份失败), so that alone never clears 数据备份备份失败."""
    return chinese.count(doubled) >= 2 or chinese.count(tail) > chinese.count(doubled)
