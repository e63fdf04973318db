"""repeated-char: accidentally doubled characters or words (一一些, 的的, the the), told from reduplications.

Chinese doublings are judged with jieba's dictionary segmentation (`chinese_doubles`): a doubling the dictionary
knows as a word or that one token holds is meant (常常, 一一对应), as are distributive and tentative
reduplications (年年, 找找), AABB forms (迷迷惑惑), a measure word after a number before a word that starts with
it (5000个个体) and repeated chemical substituents (乙酰乙酰). English doublings (`english_doubles`) spare the
grammatical "had had" and Latin tautonyms (Rattus rattus). A doubling found `DELIBERATE_REPEATS` times in one
manuscript is a name or a style, not a slip, and so is a Chinese doubling the English of its page spells doubled in
pinyin (粉贝贝, "Fen beibei": a cultivar's name). A run of Chinese clauses written twice in a row (a revision kept
beside the old wording) is a doubling too (`repeated_clause`).
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import NamedTuple

from zhen_qa.aligner.jieba_base import FLOOR_COUNT, word_tag
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.doubled_punctuation import DOUBLED_PUNCTUATION, punctuation_doubles
from zhen_qa.checks.doubling_rendered import rendered_apart, rendered_each_time, run_rendered_twice
from zhen_qa.checks.presence_names import transliterated
from zhen_qa.checks.repeated_clause import clause_doubles
from zhen_qa.checks.repeated_heading import heading_over_text
from zhen_qa.checks.typography_texts import OWN_TYPOGRAPHY, Text
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.reader import DOCX_SUFFIXES
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import Location, MappedText
from zhen_qa.manuscript.structure import is_doubled_label
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

REPEATED_CHAR = Rule(
    "repeated-char",
    Severity.WARNING,
    "Accidentally doubled characters, words or clauses (一一些, the the, a run of clauses written twice in a row), "
    "not a dictionary reduplication (常常, 一一对应).",
    preconditions="reference, citation and page-furniture blocks are skipped",
    scope=OWN_TYPOGRAPHY,
)


@lru_cache(maxsize=1)
def _jieba() -> object:
    """The shared jieba tokenizer, loaded on first use (its dictionary takes half a second to load)."""
    from zhen_qa.aligner.jieba_base import base_tokenizer  # noqa: PLC0415

    return base_tokenizer()


_EN_DOUBLE = re.compile(r"(?<![A-Za-z0-9_'\-])([A-Za-z]+)\s+(\1)(?![A-Za-z0-9_'\-])", re.IGNORECASE)
"""A doubled English word; a word glued to a digit or underscore is the tail of an identifier (`Caffe2Xavier`,
`init_weights`), not a word of its own, so `Caffe2Xavier Xavier` (two table cells) is no doubling."""
_EN_LETTER = re.compile("[A-Za-z]", re.IGNORECASE)
"""What every match of `_EN_DOUBLE` starts with (its class, with its flags: ſ and K count): a text without one is
not searched for doublings (its lookbehind first makes `_EN_DOUBLE` try every position)."""
_EN_LEGIT = frozenset({"had", "that"})
"""English doublings that are grammatical ("had had", "that that")."""
_FUNCTION_WORDS = frozenset(
    "this that these those with from have been were they them their there then than when what which will would "
    "shall should could also into onto only some such very more most much many each both".split())
"""English words of four letters or more that start a sentence: "This this" is a slip, not a Latin name."""
DELIBERATE_REPEATS = 3
"""A doubling found this many times in one manuscript is deliberate (a name or a style) and not reported."""
_PARTICLES = frozenset("的了吧呀啦吗呢啊哇哦嘛")
_VERBAL_MEASURES = frozenset("次遍下回趟")
"""Measures that count an action: 一次一次 is never the result of one (一次又一次, 一次次 "time and again")."""
_RESULT_MARKERS = frozenset("成为得要")
"""Before a clause-final 一X一X these make it a result or manner (分割成一片一片, 路要一步一步), not a count."""
"""Structural and modal particles: a unit ending in one is a repeated phrase or exclamation, not a slip."""
_MEASURE_WORDS = frozenset("个例名位组次项种类份篇家所支株只条层步轮剂片粒针处部台张对双套")
"""Measure words: after a number, one may start the next word with the same character (5000个个体)."""
_RADICAL_ENDS = frozenset("酰基")
"""Last characters of Chinese names of chemical substituents (乙酰 acetyl, 甲基 methyl, 氨基 amino): systematic names
repeat them (乙酰乙酰 acetoacetyl, 甲基甲基), so such a doubling is a name, not a slip."""
_NUMERAL_END = LazyPattern(r"[0-9０-９零〇一二两三四五六七八九十百千万亿几多余]$")
_AABB = re.compile(rf"(?=([{_HAN}])\1(.)\2)")
"""AA then BB, B Han too (`_aabb` tests it: a second Han class would double the 13 M instructions of the compile)."""
_HAN_DOUBLE = re.compile(rf"([{_HAN}]{{1,4}})\1")


def _token_bounds(text: str) -> tuple[set[int], dict[int, int]]:
    """Offsets where jieba (dictionary only) puts a token boundary, and each token's start -> end."""
    bounds: set[int] = {0}
    spans: dict[int, int] = {}
    pos = 0
    from zhen_qa.aligner.jieba_base import cut  # noqa: PLC0415

    for tok in cut(text):
        spans[pos] = pos + len(tok)
        pos += len(tok)
        bounds.add(pos)
    return bounds, spans


class _Counts:
    """jieba's dictionary counts, each lookup loading the entries jieba can look up in its word (of a long
    sentence only the few words around a doubling are looked up, not its every character's entries)."""

    def __init__(self, tok: object) -> None:
        self._tok = tok

    def get(self, word: str, default: int = 0) -> int:
        """The count of `word` in jieba's dictionary (0 for a prefix of words only), else `default`.

        The dictionary is kept in shards by a word's first two characters (`jieba_base`): loading only the
        first character's shard missed every word of two or more characters (两两, 对于), and `FREQ` is
        read after loading because loading the whole dictionary replaces it."""
        if word:
            self._tok.load_chars(word)  # type: ignore[attr-defined]
        freq: dict[str, int] = self._tok.FREQ  # type: ignore[attr-defined]
        return freq.get(word, default)


def chinese_doubles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, unit) of accidental doublings in Chinese text.

    A doubling XX is accidental when jieba's dictionary segmentation cuts between the two copies and
    one copy is a whole token (一/一些, 背景/背景, 的/的); a reduplication the dictionary knows stays in
    one token (常常, 一一对应), and two copies of one character that belong to different words are fine
    (非常/常见). A doubled unit of two or more characters that jieba does not know as a word
    (顺铂顺铂, 中位中位, 调强调强: the dictionary splits such names into single characters) is
    accidental too, unless the doubled span is itself a dictionary word or lies inside one token.
    """
    candidates = []
    m = _HAN_DOUBLE.search(text)
    while m:  # every start, overlapping ones too (文全文全 before 全文全文), longest unit first
        candidates.append((m.start(), len(m.group(1))))
        m = _HAN_DOUBLE.search(text, m.start() + 1)
    if not candidates:
        return
    bounds, spans = _token_bounds(text)
    freq = _Counts(_jieba())
    found: list[tuple[int, int, str]] = []
    aabb = _aabb(text, freq)
    for i, k in candidates:
        mid = i + k
        if (mid not in bounds or i in aabb or _distributive(text, i, k) or _counted(text, i, k)
                or text[mid - 1] in _RADICAL_ENDS and k > 1 or _known_reduplication(text, i, k, spans, freq)
                or _preposition_before_noun(text, i, k, spans)):
            continue  # 迷迷惑惑 is 迷惑 reduplicated; 一线一线地 is distributive; 5000个个体 is 5000个 个体;
            # 从从机 is 从 + 从机 (from the slave);
            # 两两之间, 对/对称: see _known_reduplication; 乙酰乙酰 (acetoacetyl) repeats a chemical substituent
        first_whole = i in bounds and spans.get(i) == mid
        second_whole = i in bounds and spans.get(mid) == mid + k  # 目的/的 are two words: 为目的的 is fine
        if first_whole or second_whole:
            found.append((i, mid + k, text[i:mid]))
    first_starts = [a for a, _, _ in found]  # found so far is sorted by start
    first_reach = list(itertools.accumulate((b for _, b, _ in found), max))
    token_starts = sorted(spans)
    reach = -1  # furthest end of what this loop adds (its starts only grow)
    for i, k in candidates:
        j = bisect.bisect_left(first_starts, i + 2 * k)
        if k < 2 or (j and first_reach[j - 1] > i) or reach > i:
            continue  # overlaps a doubling already found
        unit = text[i:i + k]
        if _one_by_one_misused(text, i, k, spans):
            found.append((i, i + 2 * k, unit))
            reach = max(reach, i + 2 * k)
            continue
        if (freq.get(text[i:i + 2 * k]) or _distributive(text, i, k) or unit[-1] in _PARTICLES
                or unit[-1] in _RADICAL_ENDS):
            continue  # a word itself (哈哈哈哈); distributive 一对一对地; repeated exclamation 去吧去吧, 给呀给呀;
            # a chemical substituent repeated in a systematic name (乙酰乙酰辅酶A, acetoacetyl-CoA)
        if _known_reduplication(text, i, k, spans, freq):
            continue
        if _before_a_bab_word(text, i, k, freq):
            continue  # 预测到端到端部署: 到 before the word 端到端 (end-to-end), not 到端 doubled
        t = bisect.bisect_right(token_starts, i) - 1
        start, end = (token_starts[t], spans[token_starts[t]]) if t >= 0 else (i, i)
        if i + 2 * k <= end and end - start > 1:
            continue  # inside one dictionary token
        if start < i < end and freq.get(text[start:end], 0) > FLOOR_COUNT and _word_after(text, i, k, spans):
            continue  # the first copy begins inside a word of what precedes: 相对/于对于 is 相对于 + 对于
        if i not in bounds and i + k not in bounds:
            continue  # neither copy starts where a word does: 近些年来/越来越 repeats 来越 across two words
        found.append((i, i + 2 * k, text[i:i + k]))
        reach = max(reach, i + 2 * k)
    found.sort()
    yield from found


def _before_a_bab_word(text: str, i: int, k: int, freq: _Counts) -> bool:
    """Whether the doubling AB·AB at `i` (unit length `k`) is A before a word B·AB that jieba's dictionary or
    CC-CEDICT knows (到 + 端到端 "end-to-end"), while the unit AB is no word: the copies straddle two words, as in
    预测到端到端部署; 变换变换, 证明证明 (换变换, 明证明 are no words) stay slips, and so does a doubled word AB·AB
    whatever follows it (靠背靠背: 靠背 "backrest" doubled, though 背靠背 is a word; 对面对面 for 对 + 面对面 is read
    as the slip too — the rarer reading loses)."""
    word, unit = text[i + 1:i + 2 * k], text[i:i + k]
    known = _zh2en()
    if freq.get(unit, 0) > FLOOR_COUNT or unit in known:
        return False
    return freq.get(word, 0) > FLOOR_COUNT or word in known


def _word_after(text: str, i: int, k: int, spans: dict[int, int]) -> bool:
    """Whether the second copy of a unit whose first copy begins inside the word before reads as a word of its own
    after that word: it begins a dictionary token at least as long as itself (相对于 + 对于, 大学生 + 学生会), one
    that is not a noun repeating the previous word's tail (葵花籽 + 花籽). A second copy that jieba cuts into
    single characters is a copy slipped across a word boundary (可能会能会: 可能/会/能/会, 直至约至约)."""
    mid = i + k
    end = spans.get(mid, mid)
    if end < mid + k:
        return False
    return end > mid + k or not word_tag(text[mid:end]).startswith("n")


def _known_reduplication(text: str, i: int, k: int, spans: dict[int, int], freq: _Counts) -> bool:
    """Whether the copies at `i` (unit length `k`) are words of the dictionary, not a slip.

    - AA that the dictionary knows as a word (两两之间, 次次), each copy a token of its own (jieba's path may still
      cut a known reduplication in two);
    - A before a word that begins with A, when AA itself is no word: the first copy ends what precedes or stands
      alone, the second begins the next word (对/对称, 相似度/度量, 2014年/年底, 本征模/模式, 2021年/年度报告, a rare
      compound that begins with a word, `_begins_a_word`; 一/一些 stays a slip,
      一一 being a word the writer's hand or input method produces);
    - A that ends a dictionary word with the token before it, before a dictionary word that begins with A, even
      when AA is a word (中国/人/人格 is 中国人 + 人格, 美国/人/人口 is 美国人 + 人口; the word before by jieba's
      dictionary or CC-CEDICT, which lists the demonyms jieba splits);
    - AA that CC-CEDICT glosses as "every A" (年年 every year, 天天, 人人, 处处: the distributive reduplication of
      nouns and measure words, missing from jieba's dictionary or at its floor count), each copy a token of its own;
    - AA of a measure word by jieba's tag (顿顿 every meal, 场场, 件件: a measure word reduplicated always means
      "every"; CC-CEDICT lists only some), each copy a token of its own;
    - AA of a one-character action verb, each copy a token of its own (找找, 说说: the tentative "have a look", which
      the dictionary lists only for the common verbs, 看看 and 试试); not 是 or 有, which never reduplicate;
    - a word of two characters or more before a compound of it and one more character, each a token of its own
      (写入数据/数据量 "the amount of data written"), as 对/对称 for one character; not before a longer entry
      that is a phrase of two words (方法比较/比较简单 stays a slip);
    - 一X一X, the long form of the dictionary's 一XX or of a measure word's (一张一张发送 "send one by one"), before
      an adverb, a preposition or a verb (一个一个单独输入,
      一步一步按照, 一步一步成为: one by one, step by step) or at a clause's end after 成/为/得/要 (分割成一片一片，:
      into slices; never a verbal measure: 服用一次一次， is a slip);
      before what it counts it is a slip (是一个一个问题, 一项一项研究), as 一种一种 (no 一种种) always is.
    """
    mid = i + k
    if k == 1:
        doubled = freq.get(text[i:mid + 1], 0) > FLOOR_COUNT
        alone = spans.get(i) == mid and spans.get(mid) == mid + 1
        if alone and (doubled or _every(text[i:mid + 1]) or word_tag(text[i]) == "q"
                      or text[i] not in _STATIVE and word_tag(text[i]) == "v"):
            return True
        end = spans.get(mid, mid)
        before = next((s for s, e in spans.items() if e == i and s < i), None)
        if (before is not None and end - mid > 1 and freq.get(text[mid:end], 0) > FLOOR_COUNT
                and (freq.get(text[before:mid], 0) > FLOOR_COUNT or text[before:mid] in _zh2en())):
            return True  # 中国/人/人格: the first copy ends a word with what precedes it (中国人), the second
            # begins the next word (人格): 中国人人格 is 中国人 + 人格, though 人人 is a word too
        if doubled:
            return False
        # 2018年/年会: a word only CC-CEDICT knows; not before a particle (中中的: 中的 "hit the target" is rare)
        return (end - mid > 1 and _begins_a_word(text[mid:end], freq)
                or end - mid == 1 and text[mid + 1:mid + 2] not in _PARTICLES and text[mid:mid + 2] in _zh2en())
    end = spans.get(mid, mid)
    if spans.get(i) == mid and end - mid == k + 1 and freq.get(text[mid:end], 0) > 0:
        return True  # 写入数据/数据量: a word, then a compound of it and one more character
    if k != 2 or text[i] != "一" or (freq.get(text[i:mid] + text[i + 1], 0) <= FLOOR_COUNT
                                      and word_tag(text[i + 1]) != "q"):
        return False  # 一个一个 (一个个 is a word), 一张一张 (张 a measure word: 一张张 is the same form, unlisted)
    if text[i - 1:i] == "有" and (i < 2 or text[i - 2] not in "没沒"):
        return False  # 有一个一个叫…的: after the verb 有 the numeral counts the noun that follows; 没有 is an adverb
        # (没有一个一个去问 "did not ask one by one"), as 是 in 而不是一个一个来处理 ("rather than one by one")
    after = mid + k
    if after == len(text) or not text[after].isalnum():
        # 分割成一片一片，在二维上处理: at a clause's end the reduplication is a result ("into slices") only after a
        # result marker or a modal; after a verb (服用一次一次，部署一个一个。) it is the numeral typed twice, and a
        # verbal measure (次遍下回趟: "time and again" is 一次又一次 / 一次次) never reduplicates there
        return text[i + 1] not in _VERBAL_MEASURES and text[i - 1:i] in _RESULT_MARKERS
    return word_tag(text[after:spans.get(after, after)]) in _ADVERBIAL


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
    _bounds, spans = _token_bounds(text)
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
    freq = _Counts(_jieba())
    known = _zh2en()
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
            cuts = _token_bounds(line)[0]
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


def _seam(text: str, i: int, k: int) -> bool:
    """Whether the doubled word at `i` (unit length `k` >= 2) may be the seam of two compounds: the first copy ends
    a word of jieba's dictionary or CC-CEDICT longer than itself (操作系统 in 操作系统系统调用), and the second is
    followed by Han text it may begin a compound with (调用); `rendered_each_time` must then find both in the English.
    A copy standing alone (研究研究表明) ends no such word."""
    if k < 2 or not is_han(text[i + 2 * k:i + 2 * k + 1]):
        return False
    return bool(_word_ending_copy(text, i, k))


def _word_ending_copy(text: str, i: int, k: int) -> str:
    """The word of jieba's dictionary or CC-CEDICT, longer than the unit, that the first copy of the doubling at `i`
    (unit length `k`) ends: 操作系统 in 操作系统系统调用, 自定义 in 自定义定义 ("" when the first copy begins a
    token)."""
    _bounds, spans = _token_bounds(text)
    start = next((s for s, e in spans.items() if e == i + k and s < i), None)
    if start is None:
        return ""
    word = text[start:i + k]
    return word if _Counts(_jieba()).get(word, 0) > FLOOR_COUNT or word in _zh2en() else ""


def _doubling_pattern(doubled: str, tail: str, chinese: str) -> bool:
    """Whether a doubling (`doubled`, 并发消费消费失败) is a way the page writes, not a one-off slip: the doubled
    form written twice or more, or its doubled word and right compound (`tail`, 消费消费失败) written after another
    left compound too (顺序消费消费失败: the page's topics, each with the predicate). A page about a topic writes
    both compounds on their own anyway (数据备份, 备份失败), so that alone never clears 数据备份备份失败."""
    return chinese.count(doubled) >= 2 or chinese.count(tail) > chinese.count(doubled)


def _begins_a_word(token: str, freq: _Counts) -> bool:
    """Whether a dictionary token begins with a word jieba's dictionary knows above its floor count: the token
    itself (年底), or, for a rare compound jieba keeps whole at its floor count (年度报告), a word it begins with
    (年度), so that 2021年年度报告 reads 2021年 + 年度报告."""
    return any(freq.get(token[:j], 0) > FLOOR_COUNT for j in range(len(token), 1, -1))


_EVERY = frozenset({"everi", "each", "everyon", "everywher"})
"""Stems of CC-CEDICT glosses of a distributive reduplication: 年年 "every year", 个个 "each one", 处处 "everywhere"."""


def _zh2en() -> Mapping[str, tuple[str, ...]]:
    """CC-CEDICT's Chinese word -> English stems (loaded on the first doubling that needs it)."""
    from zhen_qa.aligner.lexicon import load_lexicon  # noqa: PLC0415

    return load_lexicon().zh2en


def _every(word: str) -> bool:
    """Whether CC-CEDICT glosses `word` (AA) as "every A" / "each A": a distributive reduplication (年年, 天天)."""
    return any(s in _EVERY for s in _zh2en().get(word, ()))


_ADVERBIAL = frozenset({"d", "ad", "p", "v"})
"""jieba's tags of adverbs, prepositions and verbs: after 一X一X they make it the distributive "one by one"."""
_STATIVE = frozenset("是有")
"""The copula and the verb of having: verbs by jieba's tag, but no action to try, so never reduplicated."""


_ONE_BY_ONE_AFTER = frozenset("地的")
"""Marks of the adverbial after 一X一X (一点一点地, colloquially 一点一点的)."""


def _one_by_one_misused(text: str, i: int, k: int, spans: dict[int, int]) -> bool:
    """A dictionary 一X一X (一下一下, 一点一点: "bit by bit", one token) before neither the adverbial 地 nor a verb,
    adverb or preposition, but a word it would count (了一下一下R0值: 一下 typed twice); at a clause's end it stays
    the adverb."""
    if k != 2 or text[i] != "一" or text[i:i + k] != text[i + k:i + 2 * k] or spans.get(i) != i + 2 * k:
        return False
    after = i + 2 * k
    word = text[after:spans.get(after, after)]
    if not word or not (word[0].isalnum()) or word[0] in _ONE_BY_ONE_AFTER:
        return False
    return word_tag(word) not in _ADVERBIAL


def _counted(text: str, i: int, k: int) -> bool:
    """A number, its measure word, then a word that starts with the same character (5,000个个体, 3例例外)."""
    return k == 1 and text[i] in _MEASURE_WORDS and bool(_NUMERAL_END.search(text[max(0, i - 1):i]))


def _distributive(text: str, i: int, k: int) -> bool:
    """一X一X地, 一X一X的 (one by one: 一张一张的图片, "picture after picture"): the adverbial 地 or the 的 after it
    marks the reduplication as meant (一种一种人源化 is a slip)."""
    return k > 1 and text[i] == "一" and text[i + 2 * k:i + 2 * k + 1] in _ONE_BY_ONE_AFTER


_NOUN_TAGS = ("n", "b")
"""Starts of the jieba tags of a word a preposition governs: nouns (n, nz, …) and distinguishing words (在线); verbal
nouns (vn) and a word the segmenter found that its dictionary does not tag (从机) count too."""


def _preposition_before_noun(text: str, i: int, k: int, spans: Mapping[int, int]) -> bool:
    """Whether the doubled character at `i` is a preposition before a noun that begins with the same character:
    主机从从机读取 is 从 ("from") + 从机 ("the slave"), 对对象进行 对 + 对象, 向向量中 向 + 向量. The first copy is a
    word of its own that jieba tags p, the second begins a word of two or more characters that is no verb. Slips
    stay: 点点击 (点 is no preposition), 的的 (a particle), 在在这里 (the second 在 begins no word)."""
    mid = i + k
    if k != 1 or spans.get(i) != mid or word_tag(text[i]) != "p":
        return False
    end = spans.get(mid, mid)
    if end - mid < 2:  # the dictionary splits a word it lacks (从机); jieba's HMM, run on the clause, joins it
        start = max(0, i - 8)
        at = start
        for token in _jieba().cut(text[start:mid + 8]):  # type: ignore[attr-defined]
            if at == mid:
                end = mid + len(token)
                break
            at += len(token)
    if end - mid < 2:
        return False
    tag = word_tag(text[mid:end])
    return tag in ("", "vn") or tag.startswith(_NOUN_TAGS)


def _aabb(text: str, freq: _Counts) -> set[int]:
    """Starts of the AA and BB halves of AABB reduplications whose AB is a dictionary word (迷迷惑惑, 拥拥挤挤)."""
    out: set[int] = set()
    for m in _AABB.finditer(text):
        if is_han(m.group(2)) and freq.get(m.group(1) + m.group(2)):
            out.update((m.start(), m.start() + 2))
    return out


def english_doubles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of doubled English words ("the the")."""
    for m in _EN_DOUBLE.finditer(text):
        if m.group(1).lower() not in _EN_LEGIT and not _tautonym(m.group(1), m.group(2)) \
                and not _initials(text, m.start(), m.group(1), m.group(2)) and not _pinyin_name(text, m) \
                and not _LATIN_IN.match(text, m.end()) and not _C_TYPE.match(text, m.start()):
            yield m.start(), m.end(), m.group(1)


_LATIN_IN = re.compile(r"(?<=[Ii]n)\s+(?:vitro|vivo|situ|silico|utero|ovo|vacuo|toto|extenso|extremis|absentia|"
                       r"camera|loco|lieu|perpetuum)\b")
"""After a doubled "in": the rest of a Latin phrase that begins with its own "in" (in vitro, in vivo, in situ, in
silico, in utero): "tested in in vitro models" is the preposition before the phrase, not a doubled word."""


_C_TYPE = re.compile(r"long\s+long\s+(?:(?:unsigned|signed)\s+)?(?:int|integers?|types?|variables?|values?)\b",
                     re.IGNORECASE)
"""C's integer type "long long" named by its words ("long long integer", "a long long int", "long long type"): the
type's name, not a doubled word; "a long long way" stays a doubling to look at."""


_PINYIN = (r"(?:[BPMFDTNLGKHJQXRZCSYW]|Zh|Ch|Sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|"
           r"iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|ü|üe)|(?:A|Ai|An|Ang|Ao|E|Ei|En|Er|O|Ou)")
"""One capitalised pinyin syllable without tone marks (Yi, Zhu, Ren, Ao)."""
_PINYIN_SYLLABLE = LazyPattern(_PINYIN)
_PINYIN_BEFORE = LazyPattern(r"(?<![A-Za-z'\-])(?:" + _PINYIN + r")\s+$")
_PINYIN_AFTER = LazyPattern(r"\s+(?:" + _PINYIN + r")(?![A-Za-z'\-])")


def _pinyin_name(text: str, m: re.Match[str]) -> bool:
    """A doubled capitalised pinyin syllable inside a longer name in pinyin: "Yi Yi Ren" (薏苡仁), "Ma Ma Teng" are
    Chinese names spelt syllable by syllable, where one syllable may follow itself; "The The" is no pinyin."""
    first, second = m.group(1), m.group(2)
    if first != second or not _PINYIN_SYLLABLE.fullmatch(first):
        return False
    return bool(_PINYIN_AFTER.match(text, m.end()) or _PINYIN_BEFORE.search(text, max(0, m.start() - 8), m.start()))


_SURNAME_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+\s+$")


def _initials(text: str, start: int, first: str, second: str) -> bool:
    """An author's initials after the surname ("Hussein A A, et al"): one capital letter twice, after a capitalised
    word."""
    return len(first) == 1 and first.isupper() and second == first \
        and bool(_SURNAME_BEFORE.search(text, max(0, start - 40), start))


def _tautonym(genus: str, species: str) -> bool:
    """A Latin binomial whose species repeats its genus (Cygnus cygnus, Rattus rattus, Bufo bufo): the genus
    capitalised, the species in lower case, neither an English function word."""
    return (len(genus) >= 4 and genus[0].isupper() and genus[1:].islower() and species.islower()
            and genus.lower() not in _FUNCTION_WORDS)


LAYOUT_DOUBLED_LABELS = 2
"""Fewest section labels printed twice (背景背景, 方法方法) for the doubling to be the layout's: a layout prints every
label in two elements, so a single doubled label (结论结论 under its English Takeaways) is a slip."""


def _layout_doubles_labels(texts: Iterable[str]) -> bool:
    """Whether the manuscript's layout prints its section labels twice (`LAYOUT_DOUBLED_LABELS` of them or more)."""
    return sum(1 for text in texts if is_doubled_label(text)) >= LAYOUT_DOUBLED_LABELS


_COMMENT = re.compile(r"(?<!\\)%[^\n]*")


def _markup_between(mt: MappedText, first_end: int, second_start: int) -> bool:
    """Whether the source between the end of the first copy (text index `first_end`) and the start of the second
    holds more than blanks, line breaks and comments: markup the reader left out (a display equation) stood there."""
    if not 0 < first_end <= second_start < len(mt.text):
        return False
    between = mt.source.text[mt.end_of(first_end - 1):mt.offsets[second_start]]
    return bool(_COMMENT.sub("", between).strip())


_ITEM_MARK = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+$")
"""What stands before a list item's first word on its line: indentation and the item's mark (`- `, `* `, `1. `)."""
_NAME_BEFORE_GLOSS = LazyPattern(rf"(?m)^[ \t]*(?:(?:[-*+]|\d{{1,3}}[.)])[ \t]+)?([a-z][a-z0-9_]*)[ \t]*(?=[{_HAN}])")
"""A line of Chinese text (or a list item) that opens with a lower-case Latin name followed by Chinese: the name
kept as written before its Chinese gloss (`- open 打开事务`)."""


def _opens_item(mt: MappedText, a: int, unit: str) -> bool:
    """Whether the doubled `unit` at text index `a` is a lower-case word opening a list item (only the item's mark
    before it on its line) that is no English function word."""
    if not unit.islower() or unit in _FUNCTION_WORDS or unit in _EN_LEGIT or mt.text[:a].strip():
        return False
    start = mt.offsets[a]
    line = mt.source.text.rfind("\n", 0, start) + 1
    return bool(_ITEM_MARK.fullmatch(mt.source.text, line, start))


def _names_kept_in_chinese(texts: Iterable[Text]) -> frozenset[str]:
    """The lower-case Latin names the Chinese texts open a line or list item with before Chinese words
    (`- open 打开事务`: open): a doubled English word whose first copy is such a name is the name and its gloss."""
    names: set[str] = set()
    for mt, lang, _keep in texts:
        if lang == "en":
            continue
        names.update(_NAME_BEFORE_GLOSS.findall(mt.text))  # a list item's text opens after its mark, or holds it
    return frozenset(names)


class _SpanEnglish(NamedTuple):
    """A Chinese sentence's span, (line, column) from and to, with the English of its bead and the beads either side
    (`near`: a name may sit in the neighbouring sentence), its bead's own English and Chinese."""

    start: tuple[int, int]
    end: tuple[int, int]
    near: str
    own: str
    chinese: str


_FUNCTION_HAN = frozenset("的地得了着过是在和与及或而也就都又还把被对从向于为以之其这那有不没很最")
"""Function words and the commonest single characters: their doubling (我们的的分析) is the textbook slip, whatever
pinyin name ("Didi") the English holds."""


def _english_of(ctx: CheckContext) -> dict[str, list[_SpanEnglish]]:
    """{Chinese file: [_SpanEnglish]}: each Chinese sentence's span with the English around it and its bead's own."""
    english: dict[str, list[_SpanEnglish]] = {}
    for pair in ctx.manuscript.pairs:
        beads = pair.beads
        for k, bead in enumerate(beads):
            near = " ; ".join(pair.en[j].text.text for b in beads[max(0, k - 1):k + 2] for j in b.en)
            own = " ".join(pair.en[j].text.text for j in bead.en)
            chinese = "".join(pair.zh[i].text.text for i in bead.zh)
            for i in bead.zh:
                loc = pair.zh[i].location
                english.setdefault(loc.path, []).append(
                    _SpanEnglish((loc.line, loc.column), (loc.end_line, loc.end_column), near, own, chinese))
    return english


def _aligned(spans: list[_SpanEnglish], loc: Location) -> list[_SpanEnglish]:
    """The sentences' entries holding `loc` (none when no aligned sentence holds it)."""
    at = (loc.line, loc.column)
    return [s for s in spans if s.start <= at < s.end]


def _aligned_english(spans: list[_SpanEnglish], loc: Location) -> str:
    """The English aligned with the Chinese sentence holding `loc` ("" when none holds it)."""
    return " ; ".join(s.near for s in _aligned(spans, loc))


def _spelt_doubled(doubled: str, english: str) -> bool:
    """Whether the aligned English spells the Chinese doubling `doubled` (贝贝) in pinyin, both copies ("beibei",
    "Bei Bei"): a name that doubles the syllable (the cultivar 粉贝贝, "Fen beibei"), not a slip the translator read
    past. A doubled function word (的的) is a slip even beside a name read the same ("Didi")."""
    from zhen_qa.aligner.lexicon import load_lexicon  # noqa: PLC0415

    if not english or set(doubled) <= _FUNCTION_HAN:
        return False
    return transliterated(doubled, english, load_lexicon().readings)


def _clipped(run: str, most: int = 40) -> str:
    return run if len(run) <= most else run[:most] + "…"


def repeated_char(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """repeated-char findings over the given texts."""
    seen: set[object] = set()
    found: list[tuple[MappedText, str, int, int, str, Location]] = []
    texts = list(texts)
    layout_doubled = _layout_doubles_labels(mt.text for mt, _lang, _keep in texts)
    for mt, lang, _keep in texts:
        if not (_EN_LETTER.search(mt.text) and _EN_DOUBLE.search(mt.text)) and (
                lang == "en" or not (_HAN_DOUBLE.search(mt.text) or DOUBLED_PUNCTUATION.search(mt.text))):
            continue  # no doubling to weigh (most texts): one search a language, in C
        if layout_doubled and is_doubled_label(mt.text):
            continue  # 背景背景 on a line of its own: a structured-abstract label the layout printed twice
        hits = list(english_doubles(mt.text))
        if lang != "en":
            hits += list(chinese_doubles(mt.text)) + list(punctuation_doubles(mt.text))
        for a, b, unit in hits:
            loc = mt.location(a, b)
            if loc in seen or (loc.end_line == loc.line and loc.end_column - loc.column != b - a):
                continue  # (or the copies are not adjacent in the file: markup such as \ref{} stood between them)
            if loc.end_line != loc.line and _markup_between(mt, a + len(unit), b - len(unit)):
                continue  # the copies end one line and begin another with a display formula between (其中 \n
                # \begin{equation}…\end{equation}\n 其中 $m_i$ …): two sentences' words, the formula read out
            if loc.end_line != loc.line and mt.source.path.lower().endswith(DOCX_SUFFIXES):
                continue  # the copies end one Word paragraph and begin the next (table cells 是 | 是): no slip
            if loc.end_line != loc.line and heading_over_text(mt.source, loc):
                continue  # a heading or label over text that starts with its word (Surgery / Surgery is done…)
            seen.add(loc)
            found.append((mt, lang, a, b, unit, loc))
    times = Counter(mt.text[a:b].casefold() for mt, _l, a, b, _u, _loc in found)
    chinese = "\n".join(mt.text for mt, lang, _keep in texts if lang != "en") if any(
        lang != "en" and len(unit) > 1 for _m, lang, _a, _b, unit, _loc in found) else ""
    openers = {k for k, (mt, lang, a, _b, unit, _loc) in enumerate(found) if lang == "en" and _opens_item(mt, a, unit)}
    named = _names_kept_in_chinese(texts) if openers else frozenset()
    english = _english_of(ctx) if any(lang != "en" for _m, lang, _a, _b, _u, _loc in found) else {}
    for k, (mt, lang, a, b, unit, loc) in enumerate(found):
        if times[mt.text[a:b].casefold()] >= DELIBERATE_REPEATS:
            continue  # a slip does not recur: 刘老老 on every page is a name, not a doubling
        if lang != "en" and _spelt_doubled(mt.text[a:b], _aligned_english(english.get(loc.path, []), loc)):
            continue  # 樱桃番茄“粉贝贝” beside cherry tomato "Fen beibei": a name (hgmisc53)
        if k in openers and unit in named:
            continue  # `- open open transaction` beside `- open 打开事务`: the method open and its gloss
        if lang != "en" and len(unit) > 1 and compound_boundary(mt.text, a, len(unit), chinese):
            continue  # 顺序消费消费失败: 顺序消费 + 消费失败, two compounds sharing their word
        if lang != "en" and _seam(mt.text, a, len(unit)) and any(
                rendered_each_time(unit, s.chinese, s.own) for s in _aligned(english.get(loc.path, []), loc)):
            continue  # 操作系统系统调用 beside "a system call of the operating system": two words, rendered so
        if lang != "en" and len(unit) > 1 and (word := _word_ending_copy(mt.text, a, len(unit))) and any(
                rendered_apart(word, unit, s.chinese, s.own) for s in _aligned(english.get(loc.path, []), loc)):
            continue  # 自定义定义 beside "custom definitions": the word 自定义, then the word 定义, each rendered
        yield Finding(REPEATED_CHAR.id, REPEATED_CHAR.severity, f'"{unit}" is doubled: "{mt.text[a:b]}"', loc,
                          "en" if lang == "en" else "zh", excerpt_around(mt.text, a, b), suggestion=unit)
    for mt, lang, _keep in texts:
        if lang == "en":
            continue
        for a, b, run in clause_doubles(mt.text, word_tag):  # a revision kept twice: 本文构建了以…，最终构建了以…
            loc = mt.location(a, b)
            english = english or _english_of(ctx)
            if any(run_rendered_twice(run, s.chinese, s.own) for s in _aligned(english.get(loc.path, []), loc)):
                continue  # the English states it twice (on the training set … and on the test set …): meant
            if loc not in seen:
                seen.add(loc)
                yield Finding(REPEATED_CHAR.id, REPEATED_CHAR.severity,
                              f'clauses written twice in a row: "{_clipped(run)}"', loc, "zh",
                              excerpt_around(mt.text, a, b))
