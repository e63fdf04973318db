"""Accidental doublings in Chinese text (`chinese_doubles`: 一一些, 的的), told from reduplications and from a
character two words share (5000个个体, 迷迷惑惑, 从从机)."""
from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterator, Mapping

from zhen_qa.aligner.jieba_base import FLOOR_COUNT, word_tag
from zhen_qa.checks.repeated_dictionary import Counts, jieba_tokenizer, token_before, token_bounds, zh2en
from zhen_qa.checks.repeated_known import (
    ATTRIBUTIVE,
    NEVER_REDUPLICATED,
    ONE_BY_ONE_AFTER,
    PARTICLES,
    bound,
    known_reduplication,
    known_word,
    one_by_one_misused,
)
from zhen_qa.checks.repeated_slips import (
    adverb_before_a_phrase,
    after_a_degree_adverb,
    after_a_distinguishing_word,
    breaks_a_word,
    tentative_with_kan,
    verb_after_its_subject,
)
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.script import is_han

_MEASURE_WORDS = frozenset("个例名位组次项种类份篇家所支株只条层步轮剂片粒针处部台张对双套")
"""Measure words: after a number, one may start the next word with the same character (5000个个体)."""


_RADICAL_ENDS = frozenset("酰基")
"""Last characters of Chinese names of chemical substituents (乙酰 acetyl, 甲基 methyl, 氨基 amino): systematic names
repeat them (乙酰乙酰 acetoacetyl, 甲基甲基), so such a doubling is a name, not a slip."""


_NUMERAL_END = LazyPattern(r"[0-9０-９零〇一二两三四五六七八九十百千万亿几多余]$")


_AABB = re.compile(rf"(?=([{_HAN}])\1(.)\2)")
"""AA then BB, B Han too (`_aabb` tests it: a second Han class would double the 13 M instructions of the compile)."""


_CLAUSE_END = re.compile(r"$|[，。；：！？、,.;:!?（(）)」』”]")
"""What may follow a clause's last word: the text's end, a mark that ends a clause, or a bracket that opens or closes an
aside (读取完毕毕（…）)."""


HAN_DOUBLE = re.compile(rf"([{_HAN}]{{1,4}})\1")


def chinese_doubles(text: str, page: str = "") -> Iterator[tuple[int, int, str]]:
    """(start, end, unit) of accidental doublings in Chinese text; `page`, the manuscript's Chinese (its texts
    joined), is evidence for a word's last character typed again (`_last_typed_again`).

    A doubling XX is accidental when jieba's dictionary segmentation cuts between the two copies and
    one copy is a whole token (一/一些, 背景/背景, 的/的); a reduplication the dictionary knows stays in
    one token (常常, 一一对应), and two copies of one character that belong to different words are fine
    (非常/常见). A doubled unit of two or more characters that jieba does not know as a word
    (顺铂顺铂, 中位中位, 调强调强: the dictionary splits such names into single characters) is
    accidental too, unless the doubled span is itself a dictionary word or lies inside one token.
    """
    candidates = []
    m = HAN_DOUBLE.search(text)
    while m:  # every start, overlapping ones too (文全文全 before 全文全文), longest unit first
        candidates.append((m.start(), len(m.group(1))))
        m = HAN_DOUBLE.search(text, m.start() + 1)
    if not candidates:
        return
    bounds, spans = token_bounds(text)
    freq = Counts(jieba_tokenizer())
    found: list[tuple[int, int, str]] = []
    aabb = _aabb(text, freq)
    for i, k in candidates:
        mid = i + k
        if k == 1 and spans.get(i) == mid + 1 and i not in aabb and not adverb_before_a_phrase(text, i, freq) and (
                _straddles_a_word(text, i, spans, freq, page)):
            found.append((i, mid + 1, text[i]))
            continue  # 默默/认 for 默认, 调调/用 for 调用: a word's character typed twice, which jieba reads as a
            # reduplication the page never writes (the mirror, 经/常常 for 经常, is not read: see _straddles_a_word);
            # not an adverb before the phrase a preposition heads (他常常/用/电脑)
        if k == 1 and spans.get(i) == mid + 1 and _localizer_closing_twice(text, i, spans):
            found.append((i, mid + 1, text[i]))
            continue  # 类型时时，, 故障迁移时时，: 时 "when" closing a time clause, typed twice; the adverb 时时
            # "at all times" stands before the predicate it modifies, never at a clause's end
        if k == 1 and i not in aabb and (after_a_degree_adverb(text, i, spans, freq) or breaks_a_word(text, i, freq)):
            found.append((i, mid + 1, text[i]))
            continue  # 更/大大: no reduplication after an adverb of degree; 应用用程序: one copy taken out, a word
        if (mid not in bounds or i in aabb or _distributive(text, i, k) or _counted(text, i, k, spans)
                or text[mid - 1] in _RADICAL_ENDS and k > 1 or known_reduplication(text, i, k, spans, freq)
                or _preposition_before_noun(text, i, k, spans) or _tentative(text, i, k, spans)
                or _one_by_one_before_a_verb(text, i, k, spans, freq)
                or k == 1 and tentative_with_kan(text, i, NEVER_REDUPLICATED, freq)):
            continue  # 迷迷惑惑 is 迷惑 reduplicated; 一线一线地 is distributive; 5000个个体 is 5000个 个体;
            # 从从机 is 从 + 从机 (from the slave);
            # 两两之间, 对/对称: see known_reduplication; 乙酰乙酰 (acetoacetyl) repeats a chemical substituent
        first_whole = i in bounds and spans.get(i) == mid
        second_whole = i in bounds and spans.get(mid) == mid + k
        if first_whole or second_whole or _last_typed_again(text, i, k, spans, freq, page):
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
        if one_by_one_misused(text, i, k, spans):
            found.append((i, i + 2 * k, unit))
            reach = max(reach, i + 2 * k)
            continue
        if (freq.get(text[i:i + 2 * k]) or _distributive(text, i, k) or unit[-1] in PARTICLES
                or unit[-1] in _RADICAL_ENDS):
            continue  # a word itself (哈哈哈哈); distributive 一对一对地; repeated exclamation 去吧去吧, 给呀给呀;
            # a chemical substituent repeated in a systematic name (乙酰乙酰辅酶A, acetoacetyl-CoA)
        if known_reduplication(text, i, k, spans, freq) or _tentative(text, i, k, spans):
            continue  # 商量商量吧: see _tentative
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


_ROUTE_GAIN = 5.0
"""How much likelier (natural log) jieba's unigram route makes the text with one copy taken out (默认) than the doubled
text's reading (默默 + 认) must be for a reduplication jieba reads to count as a word's character typed twice: e^5,
about 150 times (默默/认 8.9, 调调/用 8.9, 框框/架 10.8, 字字/段 5.4 against 常常/会 1.8, 等等/值 4.7, 看看/算 -0.6,
好好/记 0.4)."""


_SOFTENERS = ("吧", "一下", "看看", "呗")
"""What follows a tentative reduplication to soften it further (商量商量吧, 休息休息一下, 研究研究看看)."""


_NOT_BEFORE_A_PREDICATE = ("n", "m", "q", "u")
"""Tags of jieba's a word may have before a verb reduplicated in a predicate only at a subject's end (a noun: 大家,
用户): a noun, numeral, measure word or structural particle before AB·AB makes it a noun phrase's head."""


def _tentative(text: str, i: int, k: int, spans: Mapping[int, int]) -> bool:
    """Whether AB·AB at `i` (k = 2) is the tentative reduplication of a verb (商量商量 "talk it over", 休息休息 "rest
    a little"), told by two witnesses together: a softener follows it (`_SOFTENERS`: 吧, 一下, 看看), so no object
    does (a verb typed twice keeps the object it governs: 请点击点击右上角的按钮, 需要安装安装依赖); and it stands as a
    predicate: AB a verb by jieba's tag (v, vn) after no noun, numeral, measure word or particle
    (`_NOT_BEFORE_A_PREDICATE`), or any AB after a pronoun or an adverb (我们再商量商量吧: jieba tags 商量 n).
    The word before alone is no witness: 请, 需要, 可以 open every instruction of a documentation page, before a slip
    as often as before a softened verb. Nor is the clause's end: documentation ends clauses with a verb (进行配置。,
    注意：), and a verb typed twice there (进行配置配置。, 注意注意：) is the slip far more often than a softened
    verb (稍后总结总结。, which stays reported). A person opening the clause, the verb's subject (`_subject_before`:
    咱们商量商量。, 我们研究研究再决定), is the witness that makes the clause's end or 再 "and then" after it a second
    one. The tentative ABAB takes an object as the verb does (朱德熙, 《语法讲义》, 1982, 动词重叠: 研究研究问题; Li &
    Thompson, *Mandarin Chinese*, 1981, verb reduplication), and it is at home in a proposal: after a person and the
    hortative 来 "let's" (我们来研究研究这个问题) or in a clause closed by the particle of suggestion 吧
    (我们讨论讨论这个问题吧) it is no slip, object or not. A person alone is no witness before an object: a statement
    (我们使用使用 Redis, 我们提供提供了…, 你需要需要安装) reads the same as a verb typed twice, and documentation writes
    statements (stop 68: 215 of 739 verbs doubled after a person in eight documentation sets would be lost); nor is a
    clause where 了 follows AB·AB (我们来添加添加了): the tentative takes the perfective inside, AB了AB (朱德熙)."""
    if k != 2 or text[i] == text[i + 1]:
        return False  # 看看看看: a reduplication (看看) is not reduplicated again
    before = token_before(spans, i)
    word = text[before:i] if before is not None else ""
    subject = _subject_before(text, i, spans)
    if subject and not text.startswith(_PERFECTIVE_MARK, i + 2 * k) and (
            _CLAUSE_END.match(text, i + 2 * k) or text.startswith(_THEN, i + 2 * k) or word == _HORTATIVE
            or _suggestion_closes(text, i + 2 * k)):
        return True  # 咱们商量商量。, 我们研究研究再决定, 你们再研究研究。: a person opening the clause, its subject,
        # then no object, the clause's end or the next step (再 "and then"): what one does a little before doing the
        # next thing; 我们来研究研究这个问题, 我们讨论讨论这个问题吧: a proposal
    if word == _WORTH and not subject and (_SENTENCE_CLOSES.match(text, i + 2 * k)
                                           or _suggestion_closes(text, i + 2 * k)):
        return True  # 这个问题值得研究研究。: "worth looking into a little", 值得's object closing the sentence
    if not text.startswith(_SOFTENERS, i + 2 * k):
        return False
    tag = word_tag(word)
    if subject:
        return True  # 大家休息休息吧: jieba tags 大家 n, a person all the same
    if word_tag(text[i:i + 2]).startswith("v"):
        return not tag.startswith(_NOT_BEFORE_A_PREDICATE)
    return tag.startswith(("r", "d"))


_PERSONS = frozenset({"我", "你", "您", "他", "她", "咱", "我们", "你们", "咱们", "他们", "她们", "大家"})
"""The personal pronouns (and 大家 "everyone", which jieba tags n): a subject that does things, before the tentative
reduplication of what it does (我们研究研究, 咱们商量商量); a noun before AB·AB (用户学习学习) may head a noun phrase
with it instead."""

_THEN = "再"
"""再 "and then" after a tentative reduplication: the next step (我们研究研究再决定 "look into it, then decide").
Before AB·AB with no person opening the clause it is no witness: documentation writes 再 "then" before a verb it
doubles by mistake (不能再使用使用。, 读取数据，再打印打印。)."""

_WORTH = "值得"
"""值得 "be worth", which takes a verb as its object: the tentative reduplication closing the sentence after it
(这个问题值得研究研究。) is the softened verb. Before a colon (值得注意注意：, a label for what follows), a 的
(值得注意注意的是) or an object, a verb typed twice after it stays reported."""

_SENTENCE_CLOSES = re.compile(r"$|[。！？!?]")
"""What closes a sentence (no colon, which opens what follows: 值得注意：)."""

_HORTATIVE = "来"
"""来 "let's" between a person and a verb (我们来研究研究这个问题): a proposal, where the tentative is at home."""

_SUGGESTION = "吧"
"""The particle of suggestion, closing a clause (我们讨论讨论这个问题吧)."""

_PERFECTIVE_MARK = "了"
"""The perfective particle: after AB·AB it marks no tentative (that is AB了AB), but a verb typed twice
(我们提供提供了)."""


def _suggestion_closes(text: str, at: int) -> bool:
    """Whether the clause going on at `at` ends in the particle of suggestion 吧 (这个问题吧。)."""
    end = _CLAUSE_END.search(text, at)
    stop = end.start() if end is not None else len(text)
    return text.endswith(_SUGGESTION, at, stop)


_SEQUENCE = frozenset({"再", "先", _HORTATIVE})
"""Adverbs of sequence ("again, then", "first") and 来 "let's, going to", which may stand between a subject and its
tentative verb (你们再研究研究, 我们来研究研究)."""


def _subject_before(text: str, i: int, spans: Mapping[int, int]) -> bool:
    """Whether a person (`_PERSONS`) opens the clause right before `i`, or before an adverb of sequence right before
    it (咱们/商量商量, 你们/再/研究研究): the verb's subject. A person after a verb or preposition is its object
    (为你/服务服务, 让我们/知道知道, 帮助你/判断判断, 如果你/愿意愿意: the pronoun is no witness there)."""
    at = token_before(spans, i)
    if at is not None and text[at:i] in _SEQUENCE:
        i, at = at, token_before(spans, at)
    return at is not None and text[at:i] in _PERSONS and (at == 0 or text[at - 1] in _CLAUSE_OPENERS)


_CLAUSE_OPENERS = frozenset("，。；：！？,.;:!?「『“（(\n")
"""What a clause's first word follows (besides the text's start): a mark that ends a clause or opens a quote or
aside."""


def _straddles_a_word(text: str, i: int, spans: Mapping[int, int], freq: Counts, page: str) -> bool:
    """Whether AA at `i`, one token of jieba's (a reduplication it knows: 默默, 调调, 常常), is a word's character
    typed twice: the second copy makes a word with the single character after it (默默/认: 默认), and jieba's unigram
    route with one copy taken out, that word, is `_ROUTE_GAIN`
    likelier than the doubled text's, AA then X (f(AX) T / (f(AA) f(X)), T the dictionary's total count), while the
    page writes AA nowhere else. A reduplication before a frequent word stays (常常/会, 看看/算法, 等等/值面: the
    route with the reduplication is the likelier), and so does one the writer uses elsewhere on the page, and one
    before a particle (玩玩/吧, 沙沙/地) or a third copy (等等/等: three in a row is another shape). The word a
    character before AA makes with its first copy is no evidence: before a reduplication a verb or adverb takes it
    whole (来/看看 beside 来看, 不/单单 beside 不单, 一团/团)."""
    double = text[i:i + 2]
    total = jieba_tokenizer().total  # type: ignore[attr-defined]
    pairs = []
    if (spans.get(i + 2) == i + 3 and is_han(text[i + 2]) and text[i + 2] not in (text[i], *PARTICLES)
            and not word_tag(text[i + 2]).startswith(("u", "y"))):
        pairs.append((text[i] + text[i + 2], text[i + 2], text[i:i + 3]))  # 默认 in 默默/认
    for word, other, written in pairs:
        gain = math.log((freq.get(word, 0) + 0.5) * total / ((freq.get(double, 0) + 1) * (freq.get(other, 0) + 1)))
        if gain > _ROUTE_GAIN and freq.get(word, 0) > FLOOR_COUNT and page.count(double) <= page.count(written):
            return True
    return False


def _one_by_one_before_a_verb(text: str, i: int, k: int, spans: Mapping[int, int], freq: Counts) -> bool:
    """Whether 一一 at `i` is the adverb "one by one" before a verb that jieba cuts from it, taking the second 一 with
    the verb's first character as a numeral and measure word (一/一列/出来 for 一一/列出来, 一列 "a column"): a verb
    of two characters or more (jieba v) begins after the second 一, a likelier word there than the one jieba took
    (列出 is counted more often than 一列). Before a noun the numeral reading stands, and 一 typed twice is the slip
    (添加一一列数据: 列数据 is no verb); so it is where the word jieba took is the likelier (一一起运行: 一起 "together"
    far outnumbers 起运 "ship"; 一一直到, 一一组别名, 一一遍地)."""
    if (k != 1 or text[i] != "一" or spans.get(i) != i + 1 or spans.get(i + 1) != i + 3
            or not word_tag(text[i + 1:i + 3]).startswith("m")):
        return False  # jieba took a numeral and measure word 一X, not a word of its own (一转眼, 一氧化氮)
    taken = freq.get(text[i + 1:i + 3], 0)
    return freq.get("一一", 0) > FLOOR_COUNT and any(
        word_tag(w := text[i + 2:e]).startswith("v") and freq.get(w, 0) > max(FLOOR_COUNT, taken)
        for e in range(i + 4, min(len(text), i + 2 + _LONGEST_RIGHT) + 1))


_CLAUSE_CLOSES = re.compile(r"$|[，。；：！？,.;:!?]")
"""What ends a clause outright (no 、 "and", which may join two adverbs: 时时、处处)."""


def _localizer_closing_twice(text: str, i: int, spans: Mapping[int, int]) -> bool:
    """Whether AA at `i`, one token of jieba's (时时, 上上), is a localizer or 时 "when" (`_postposition`) typed twice
    where it closes the phrase before it at a clause's end (类型时时，, 迁移时时。): the reduplicated forms are words
    that need a word after them (the adverb 时时 "at all times" before the predicate it modifies, 时时更新; 上上
    "the one before last" before the noun it counts, 上上周), so at a clause's end, after the phrase the localizer
    closes (its last word Chinese, a name or a number: 部署 Karmada 时时，), only the localizer itself stands there,
    typed twice. At a clause's start (时时，…, after a mark) there is no phrase for it to close; after a number the
    first 时 is the hour and the second "when" (18 时时，, 下午三时时，: `_after_a_clock_numeral`); after another
    reduplication opening the clause (处处时时，, 事事时时，) 时时 is the adverb in a series of them (时时、处处)."""
    before = text[:i].rstrip(" \u00a0\u2009\u202f")[-1:]
    if text[i] == _TIME_CLAUSE_END and _after_a_clock_numeral(text, i, spans):
        return False
    if (i >= 2 and text[i - 2] == text[i - 1] != text[i] and is_han(text[i - 1])
            and not text[:i - 2].rstrip(" \u00a0\u2009\u202f")[-1:].strip("，。；：！？、,.;:!?")):
        return False  # 处处时时，: a series of reduplicated adverbs opening the clause (点击星星时时， closes a
        # phrase the verb heads: 时 typed twice)
    return (_postposition(text[i]) and bool(_CLAUSE_CLOSES.match(text, i + 2))
            and (is_han(before) or before.isalnum()))


_CHINESE_NUMERALS = frozenset("零〇一二两三四五六七八九十")
"""Chinese numerals an hour of the clock is written in (三时, 十二时)."""


def _after_a_clock_numeral(text: str, i: int, spans: Mapping[int, int]) -> bool:
    """Whether the 时 at `i` follows a number that a time of day before it in the clause makes the hour (每天 0 时,
    下午三时): a digit (spaces between allowed) or a token of jieba's made of Chinese numerals alone (三/时时, not
    统一/时时, whose 一 ends a word), after a time word (`_time_of_day_before`). Without one the number is a value and
    时 "when" closes the clause (设置为 10 时时，: 时 typed twice)."""
    number = text[:i].rstrip(" \u00a0\u2009\u202f")
    if number[-1:].isdigit():
        digits = len(number.rstrip("0123456789０１２３４５６７８９"))
        name = text[digits - 1:digits]
        return not (name.isascii() and name.isalnum()) and _time_of_day_before(text, digits, spans)
        # not the digits that end a name (NLRP10/时时)
    start = token_before(spans, i)
    return (start is not None and all(c in _CHINESE_NUMERALS for c in text[start:i])
            and not word_tag(text[start:i + 1]).startswith("d")  # not 一时 "for a while" with 时 typed twice
            and _time_of_day_before(text, start, spans))


_CALENDAR_UNITS = frozenset("天日晚周月年")
"""Units of the calendar 每 distributes over (每天, 每晚): 每天 0 时 is a time of day."""


def _time_of_day_before(text: str, at: int, spans: Mapping[int, int]) -> bool:
    """Whether a time word stands in the clause before `at`: a word jieba tags t (凌晨, 下午, 今天) or 每 + a unit
    of the calendar (每天, 每晚), which makes the number after it a time of day."""
    clause = max(text.rfind(c, 0, at) for c in "，。；：！？．,.;:!?\n")
    return any(clause < a and e <= at and (word_tag(w := text[a:e]).startswith("t") and len(w) > 1
                                           or w[:1] == "每" and w[1:] in _CALENDAR_UNITS)
               for a, e in spans.items())  # not 当 (jieba t), the "when" that opens 当参数为 10 时时，


_LONGEST_RIGHT = 4
"""Longest word (characters) `_last_typed_again` looks for beginning at the second copy (胞质 in 细胞胞质)."""


def _last_typed_again(text: str, i: int, k: int, spans: Mapping[int, int], freq: Counts, page: str = "") -> bool:
    """Whether the doubled character at `i` ends a word of two or more characters and its second copy, a token of
    its own after it, is that word's last character typed twice (实际/际/的, 调用/用/的, 连接/接/级别, 可以/以/使用):
    a careful writer puts a one-character word after a word that ends in it only where grammar makes the reading
    (`_grammar_after_its_end`), so the doubling is reported unless
    - the second copy begins a word of jieba's dictionary or CC-CEDICT with what follows (细胞/胞质, 返回/回调), other
      than with the perfective 了 (起到/到/了: `_PERFECTIVE`);
    - a bound morpheme follows it as a token of its own, a piece of a word jieba lacks (罐车/车/液/耦合: 车液);
    - it is a particle (目的/的, 为了/了) other than at a clause's end after a word ending in it;
    - grammar puts a word of its own there (`_grammar_after_its_end`: 直接/接/电源, 可以/以/斜杠/结尾);
    - after a conjunction or adverb ending in it, a bound morpheme modifies the word after it (因此/此/规则).
    At a clause's end any second copy but a particle is the slip (代码/码。, 开启/启 at a text's end): nothing
    follows it for it to be a word of."""
    mid = i + k
    start = token_before(spans, mid)
    if k != 1 or spans.get(mid) != mid + 1 or start is None or start >= i:
        return False
    if _closes_a_counted_duration(text, start, i, spans):
        return False  # 在截止 48 小时/时, 第 10 小时/时，: "when", closing the time clause, after a counted hour
    particle = text[i] in PARTICLES or word_tag(text[i]).startswith(("u", "y"))
    if _CLAUSE_END.match(text, mid + 1):
        return not particle  # 代码/码。, 开启/启 at a line's end: nothing follows the second copy to make it a word
    if particle and not bound(text[i]):
        return False  # 目的/的/伪实现 (a bound particle, 通过/过 ug, is the slip as any bound morpheme)
    if (bound(text[mid + 1:mid + 2]) and spans.get(mid + 1) == mid + 2
            and not known_word(text[start:mid] + text[mid + 1], freq)):
        return False  # 罐车/车/液/耦合: a bound morpheme after the second copy, a piece of a word jieba lacks (车液);
        # not where the word and the morpheme make a word the dictionary knows (开发/发/者: 开发者, 中间/间/件:
        # 中间件), the morpheme the word's own suffix
    if bound(text[i]):
        if (word_tag(text[start:mid]).startswith(("c", "d")) and word_tag(text[i]) != "k"
                and spans.get(mid + 1, mid + 1) - (mid + 1) > 1 and is_han(text[mid + 1])
                and word_tag(text[mid + 1:spans[mid + 1]]).startswith("n")):
            return False  # 因此/此/规则: a conjunction or adverb ending in the character, which then modifies the
            # noun after it (此规则 "this rule"): the function word's last morpheme, free on its own; a suffix (者,
            # jieba k) attaches to what precedes it and modifies nothing after it (或者/者/其他 is the slip), and
            # before a verb or a localiser there is no noun to modify (如果/果/发现, 并且/且/生成, 如果/果/上游)
    elif _grammar_after_its_end(text, start, i, spans, page):
        return False
    known = zh2en()
    return not any((freq.get(w := text[mid:e], 0) > FLOOR_COUNT or w in known) and all(map(is_han, w))
                   and w[1:] != _PERFECTIVE for e in range(mid + 2, min(len(text), mid + _LONGEST_RIGHT) + 1))


_PERFECTIVE = "了"
"""The perfective particle: the dictionary's A了 (到了, 除了) is no word the second copy begins, since 了 follows the
verb whichever copy it is (起到/到/了 is 起到了 with 到 typed twice)."""


_ADVERB_TAG_PREFIX = "d"
"""What jieba's adverb tags begin with (d; dg an adverbial morpheme, df "不要"), told by `startswith`; `_ADVERB_TAGS`
below is the set of whole tags (d, ad)."""

FREE_ADVERBS = frozenset("就都也才再又还只很更最太不没别已曾正总共常却仍均皆亦刚越挺极"
                         "先便即则约尚并且互另白将仅未须勿稍略早快")
"""Adverbs of one character that modern written Chinese uses as words of their own
(吕叔湘, 《现代汉语八百词》, 1980; 朱德熙, 《语法讲义》, 1982, 副词): of scope (都 只 仅 共 均 皆),
time (已 曾 正 刚 常 先 便 即 将 早 快), frequency and repetition (再 又 还 也 亦 另),
degree (很 更 最 太 越 挺 极 稍 略), negation and the imperative (不 没 别 未 勿 须),
mood and linking (就 才 却 仍 总 则 约 尚 并 且 互 白). A character jieba tags an adverb that is
none of these (务, 始, 殊, 骤, 绝: the classical adverb) is a morpheme of the words it ends,
not a word after them."""

_ADVERB_TAGS = frozenset({"d", "ad"})
"""jieba's tags of adverbs (直接 ad, 已经 d): one before a verb that begins with its last character modifies it."""

_FUNCTION_TAGS = ("p", "c", "d", "r", "u", "y", "m", "q", "f", "t")
"""Starts of jieba's tags of function words and other words grammar puts after any word: prepositions (在), conjunctions
(并, 和), adverbs (则, 约), pronouns, particles, numerals, measure words, localisers (中), time words."""

_COPULA_MODALS = frozenset("是有能会要应可需")
"""The copula, the verb of having and the modal verbs (jieba tags them v): each a word of its own after any subject or
adverb (但是/是/合理的, 性能/能/提高, 响应/应/获得)."""

_COMPOUND_NEXT = ("n", "f", "s", "a", "b", "vn")
"""Starts of jieba's tags of a noun-like word after the second copy: the second copy may begin with it a compound the
dictionary lacks (左侧/侧/栏 侧栏 "sidebar", 提高/高/优势 高优势, 立方体/体/数据 体数据)."""


_MODAL_PARTS = _COPULA_MODALS | frozenset("不没未无")
"""The copula, modals and negations: a word made of these alone (可能, 需要, 不会, 不可) is a modal itself."""

_LIKELY = "可能"
"""可能 "possibly", an adverb of likelihood though jieba tags it v, which any modal may follow (可能能为…提供,
可能会)."""

_NO_LOCALISER_BEFORE = ("c", "r", "t", "s", "f")
"""Starts of jieba's tags of conjunctions, pronouns, time, place and localiser words (然后, 这里, 当前, 其中): none
takes a localiser after it."""

_NOMINAL_TAGS = frozenset({"vn", "an"})
"""jieba's tags of a verb or adjective used as a noun (测试 vn in 性能测试 "performance test")."""

_PREDICATE_OPENERS = frozenset({"可以", "能够", "应该", "应当", "请", "请勿", "来", "将"})
"""Words after which a verb heads the predicate: modals jieba tags c or v (可以, 能够, 应该), the imperative 请 and
请勿, 来 "so as to", 将 "will" (adverbs and words made of modals and negations count too: `_opens_a_predicate`)."""


def _opens_a_predicate(word: str) -> bool:
    """Whether `word`, just before a verb, makes it the predicate's verb: an adverb (jieba d, ad, df: 将, 直接, 不要),
    a modal or negation alone (需要, 无需, 不能) or one of `_PREDICATE_OPENERS`."""
    return bool(word) and (word in _PREDICATE_OPENERS or set(word) <= _MODAL_PARTS
                           or word_tag(word) in ("d", "ad", "df"))


_ITEM_OPENING = LazyPattern(r"(?:^|[\s|>*+-]|\d+[.)、])$")
"""What an instruction's first word follows: nothing, a space, a table cell's bar, a quote or list marker, or an item
number (3. , 2) , 1、)."""


def _opens_an_instruction(text: str, start: int) -> bool:
    """Whether the verb at `start` opens its clause (at the text's start, after a mark that ends a clause, or after a
    list or table marker: `3. 使用`, `| 启用`): documentation's instruction, an imperative with no subject, so the verb
    is the predicate's (使用/用/ Homebrew 安装, 启用/用/ `enable` 命令)."""
    before = text[:start].rstrip(" \u00a0\u2009\u202f")
    return not before or before[-1] in _CLAUSE_OPENERS or bool(_ITEM_OPENING.search(before))


def _opens_an_object(after: str) -> bool:
    """Whether `after`, the token after a second copy, opens an object rather than being a lone noun or verb morpheme
    that may be the piece of a compound jieba lacks (例 in 用例, 时 in 用时): not Han at all (`x`), a word of two
    characters or more by jieba's cut (参数), or a free word (`_FREE_WORDS`: 它, 旧, 三, 上)."""
    return not is_han(after[:1]) or len(after) > 1 or word_tag(after).startswith(_FREE_WORDS)


_FREE_WORDS = ("r", "a", "m", "f")
"""Starts of jieba's tags of a pronoun, adjective, numeral or localiser: one character that is a word of its own, which
opens a noun phrase or closes one (用它, 用旧的模板, 用三个, 使用用上), never the piece of a compound with the character
before."""


def _start_before(spans: Mapping[int, int], start: int) -> int:
    """Start of the token that ends at `start` (`start` itself when none does)."""
    before = token_before(spans, start)
    return start if before is None else before


_COMPLEMENT_PREPOSITIONS = frozenset("于自给到")
"""Prepositions a verb takes after it as its complement (用于, 来自, 交给, 得到) and no other word ends in and is
followed by (向 and 往 end nouns too: 方向/向/左 "the direction, to the left"; 在 and 为 follow nouns as verbs:
现在/在/北京, 行为/为/基于)."""

_AFTER_A_VERB = frozenset("在于给到向往自为")
"""Prepositions a verb may take after it as its complement (放在, 用于, 交给, 来自) or that may head a time or
condition phrase over a verb (在没有…时), and 为, the written copula too (行为为基于…: "the behaviour is based on"):
every other preposition stands before the verb it modifies."""


_OBJECT_CLOSED = re.compile(r"[^，。；：！？,.;:!?\n]{0,30}?(?:方式|形式|为)")
"""A phrase of manner (以类似…的方式, 以文件形式) or the 为 of the frame 以…为… (以增加…为代价) later in the same
clause: what follows the preposition is its object, whatever word begins it (`_object_closed`)."""


def _object_closed(text: str, start: int) -> bool:
    """Whether `_OBJECT_CLOSED` closes the object of a preposition ending before `start`: the 为 it finds stands as a
    word of its own when jieba cuts the clause (增加内存/为/代价: the frame's), not as the end of a word (作为, 行为,
    成为, 认为: 可以以使用它作为… is the slip, no 以…为… frame)."""
    m = _OBJECT_CLOSED.match(text, start)
    while m is not None:
        end = m.end()
        if not text.endswith("为", 0, end):
            return True
        bounds, _spans = token_bounds(text[start:end])
        if end - 1 - start in bounds:
            return True
        m = _OBJECT_CLOSED.match(text, end)
    return False


def _verbal(tag: str) -> bool:
    """Whether a jieba tag is a verb's (v, vd, vi …), not a verb used as a noun (vn)."""
    return tag.startswith("v") and tag not in _NOMINAL_TAGS


def _grammar_after_its_end(text: str, start: int, i: int, spans: Mapping[int, int], page: str) -> bool:
    """Whether the free character at `i + 1`, after the word `text[start:i + 1]` that ends in it, is a word of its own
    there by grammar, or may begin a compound with what follows, rather than that word's last character typed twice.
    Never when the page writes the word and the word after the second copy together elsewhere and not the second copy
    with the word after as a unit (`_page_writes_without_the_copy`: 长连接/接/池 on a page that writes 长连接池,
    可以/以/使用 beside 可以使用: the writer's phrase with one copy taken out), unless the second copy is a preposition
    before anything but a verb or a particle (可以/以/不同的方式 beside 可以不同) or a modal or the copula after a
    noun, its subject, before a verb or adjective (性能/能/提高 beside 性能提高: subject + modal + verb, another
    sentence). Otherwise:
    - a verb after an adverb (直接/接/电源 "connect directly": the adverb modifies the verb);
    - a function word, the copula or a modal verb (`_FUNCTION_TAGS`, `_COPULA_MODALS`: 但是/是, 合并/并/导出,
      规则/则, 现在/在, 性能/能/提高), unless of the same class as the word before (对于/于, 必须/须: two function
      words of one class are never written in a row) or a preposition before a particle (调用/用/的: a preposition
      takes an object);
    - a content character before a noun-like word (`_COMPOUND_NEXT`) where it may begin a compound: an adjective
      (提高/高/优势 高优势), a compound jieba's dictionary or CC-CEDICT knows (左侧/侧/栏 侧栏), or one the page writes
      as a unit (立方体/体/数据 beside 体数据), or before a single character (每一列/列/宽, 直播/播/主: jieba cut a word
      it lacks, 列宽, 播主, into characters); a verb or noun character before a whole word it makes no word with
      (开发/发/工具, 代码/码/逻辑, 编写/写/中间件) is the word's last character typed twice.
    Before a verb, a particle, an adverb or anything not Han (获取/取/的, 主动/动/发起, 比如/如/`code`) the second
    copy is the slip."""
    mid = i + 1
    if after_a_distinguishing_word(text, start, mid, spans):
        return False  # 所有/有/组件, 额外/外/添加: a distinguishing word takes no verb or function word after it
    if verb_after_its_subject(text, start, mid, spans):
        return True  # 这个应用/用/起来: a noun phrase, then its verb with a complement
    first, second = word_tag(text[start:mid]), word_tag(text[mid])
    after = text[mid + 1:spans.get(mid + 1, mid + 1)]
    after_tag = word_tag(after)
    if (is_han(after[:1]) and (second != "p" or after_tag.startswith(("v", "u")))
            and not (text[mid] in _COPULA_MODALS and first.startswith("n") and after_tag.startswith(("v", "a"))
                     and after_tag not in _NOMINAL_TAGS)
            and after not in _BOUND_SIDES
            and _page_writes_without_the_copy(text[start:mid], after, page)):
        return False  # 可以/以/使用 on a page that writes 可以使用: the writer's phrase with one copy taken out; a
        # preposition before an adjective or adverb heads its object's phrase (可以/以/不同的方式), and the page's
        # 可以不同 is another phrase, no evidence; nor is the page's noun + verb (性能提高 "performance improves")
        # for a modal or the copula after that noun, its subject, before a verb or adjective (性能/能/提高
        # "performance can improve"; 功能/能/点 beside 功能点 and 性能/能/测试 beside 性能测试 stay slips: 点 is no
        # verb, 测试 vn a verb used as a noun, the compound's head); nor the page's 细胞内 for 细胞/胞/内: 内 and 外
        # make compounds with the morpheme before them freely (胞内 "intracellular", `_BOUND_SIDES`)
    if second == "q" and text[start:mid] != "一" + text[mid]:
        return False  # 两个/个/线程, 每次/次/请求, 用户/户/请求: a measure word counts only after a numeral or a
        # demonstrative, once (`_counts_here`); after a word that ends in it (a numeral's own measure word, or a
        # noun) it counts nothing; 一个/个 is 一 + 个个 (一个个, 一步步: "one after another")
    if text[mid] in _COMPLEMENT_PREPOSITIONS:
        return False  # 用于/于/删除, 来自/自, 交给/给, 起到/到/了: the word already ends in the preposition that
        # takes its object; a second one has no place (自己, 于是, 到底 after it are words: `_last_typed_again`)
    if (second == "p" and text[mid] not in _AFTER_A_VERB and _verbal(first) and _opens_an_object(after)
            and (_opens_a_predicate(text[_start_before(spans, start):start]) or _opens_an_instruction(text, start))):
        return False  # 可以使用/用/参数, 请勿启用/用/它, 将采用/用 `x`: after a modal, an adverb or 请 the word is the
        # predicate's verb, and a preposition stands before the verb it modifies, never after it (but for the
        # complements `_AFTER_A_VERB`); a noun ending in it may be a subject before the verb 用 (应用/用/默认值);
        # a lone character after the second copy (使用/用/例, 使用/用/时) may be the piece of a compound it begins
        # that jieba lacks (用例 "use case", 用时 "time taken"), no object for a preposition to take
    if first in _ADVERB_TAGS and second.startswith("v"):
        return True
    if (second == "p" and text[mid] not in _AFTER_A_VERB and len(after) > 1
            and (_verbal(after_tag) or after_tag.startswith("p"))
            and not _object_closed(text, mid + 1)):
        return False  # 可以/以/使用, 可以/以/通过: a preposition takes an object, no verb or other preposition (以
        # before a verb is "so as to", which opens a clause, never follows a modal): the word's last character typed
        # twice (an adverb may open the object: 可以以非常高的精度); not 在于给到向往自 nor the written copula 为
        # (在没有…时, a verb phrase as a time or condition); a phrase of manner or the 以…为… frame closed later
        # in the clause (可以/以/类似访问…的方式, 可以/以/增加…为代价) is the preposition's object, whatever word
        # begins it; a verb of one character by jieba's tag is too often a noun's piece (应用/用/例: 用例 "use
        # case") to judge by
    if text[mid] in _COPULA_MODALS and set(text[start:mid]) <= _MODAL_PARTS and text[start:mid] != _LIKELY:
        return False  # 不会/会/再, 需要/要, 不可/可/避免: a modal (modals and negations alone) before the same modal,
        # two modals in a row; after any other word ending in it (性能/能/提高, 总是/是, 响应/应/获得) it is a word of
        # its own, and so after 可能 "possibly" (`_LIKELY`)
    if second.startswith("f") and first.startswith(_NO_LOCALISER_BEFORE):
        return False  # 然后/后/在, 这里/里/所说, 当前/前/应用: a localiser follows the noun phrase it places, not a
        # conjunction, pronoun, time, place or localiser word ending in it (these already place or link)
    if second.startswith(_ADVERB_TAG_PREFIX) and text[mid] not in FREE_ADVERBS:
        return False  # 服务/务/注册, 开始/始/支持, 特殊/殊/情况, 步骤/骤/安装: jieba tags the classical adverb (务
        # "must", 始 "only then"), but modern Chinese writes none of these alone: the word's last character typed
        # twice (成就/就/是, 首都/都/是: 就 and 都 are free adverbs, words of their own after any word)
    if second.startswith(_FUNCTION_TAGS) or text[mid] in _COPULA_MODALS:
        if first[:1] == second[:1] and second.startswith(_FUNCTION_TAGS):
            return False
        return not (second == "p" and (after in PARTICLES or after_tag.startswith("u")))
    if (second.startswith("n") and len(after) == 1 and _verbal(after_tag) and after not in _COPULA_MODALS
            and _word_follows(text, mid + 2, spans)):
        return True  # 纤维素酶/酶/解/是: a noun morpheme before a verb morpheme jieba cut alone, then a word: the
        # noun + verb compound of the sciences the dictionary lacks (酶解 "enzymolysis", as 水解, 光解, 电解)
    return (is_han(after[:1]) and (after_tag == "" or after_tag.startswith(_COMPOUND_NEXT))
            and (second.startswith("a") or len(after) == 1 and not _postposition(after)
                 or _compound_known(text[mid], after)
                 or _written_as_a_unit(text[mid] + after, page, (text[start:mid],))))


def _word_follows(text: str, at: int, spans: Mapping[int, int]) -> bool:
    """Whether a Han word begins at `at` that no lone morpheme before it makes a word with: one of two characters or
    more by jieba's cut (解/效率), or a function word, the copula or a modal (解/是); a lone content character (插/桩:
    插桩, a word jieba lacks, begins at the morpheme before) is none."""
    if not is_han(text[at:at + 1]) or text[at] in PARTICLES:
        return False
    return spans.get(at, at) - at > 1 or text[at] in _COPULA_MODALS or word_tag(text[at]).startswith(_LINKS)


_LINKS = ("p", "c", "u", "d", "r", "y")
"""Starts of jieba's tags of a preposition, conjunction, particle, adverb or pronoun: a word of its own after a verb
morpheme (a measure word or noun character, 插/桩, may be a piece of a word with it)."""


_BOUND_SIDES = frozenset("内外")
"""Inside and outside: localisers that make compounds with the bound morpheme before them freely (胞内, 胞外, 体外,
海外: 细胞胞外 is 细胞 + 胞外 "extracellular" as medicine writes it), so not taken for a free word."""


def _postposition(char: str) -> bool:
    """Whether `char` is a localiser (jieba f: 中 上 后 里) or 时 "when": a word of its own that closes the noun or
    verb phrase before it, not a piece of a word jieba lacks (环境/境/中, 修改/改/后, 选项/项/时 are the word's last
    character typed twice; 台中, 其中 are words the dictionary knows: `_compound_known`)."""
    return char == _TIME_CLAUSE_END or word_tag(char).startswith("f") and char not in _BOUND_SIDES


def _compound_known(char: str, word: str) -> bool:
    """Whether `char` + the start of `word` (or all of it) is a word of jieba's dictionary or CC-CEDICT (侧 + 栏 侧栏,
    列 + 宽 列宽, 用 + 例 用例): the compound the second copy may begin before a noun."""
    freq, known = Counts(jieba_tokenizer()), zh2en()
    return any(freq.get(w := char + word[:j], 0) > FLOOR_COUNT or w in known for j in range(1, len(word) + 1))


_TIME_CLAUSE_END = "时"
"""时 "when", which closes a time clause, after a duration counted by a numeral (48 小时/时): of the localisers of time
(时 后 前 内 中) it is the one a unit of time ends in (小时, 学时, 工时), so the one that can follow the unit's own last
character."""

_COUNTING = frozenset("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿几多余半")
"""Characters a numeral ends in (digits, Chinese numerals, 几, 多, 余, 半)."""


def _closes_a_counted_duration(text: str, start: int, i: int, spans: Mapping[int, int]) -> bool:
    """Whether the 时 at `i + 1`, after the word `text[start:i + 1]` that ends in it, is 时 "when" closing a time clause
    after a duration a numeral counts: 在截止 48 小时/时, 运行到第 10 小时/时， (小时 "hour" then 时 "when"), 等待
    半小时/时 (the numeral inside the word). A word ending in 时 that no numeral counts (实时/时/更新, 同时/时) keeps
    its second 时 a slip."""
    if text[i] != _TIME_CLAUSE_END:
        return False
    word = text[start:i + 1]
    unit = word.lstrip("".join(_COUNTING) + "个")
    if len(unit) < 2:
        return (unit == word[-1:] and len(word) > 1 and all(c in _CHINESE_NUMERALS for c in word[:-1])
                and not word_tag(word).startswith("d") and _time_of_day_before(text, start, spans))
        # 晚上十二时/时: the hour of the clock, then 时 "when"; not the adverb 一时 "for a while" (一时/时/无法访问
        # is the slip), nor 统一时 (no word of jieba's to reach here)
    if unit != word:
        return word[0] in _COUNTING  # 半小时, 一小时: the numeral in the word itself
    before = text[:start].rstrip(" \u00a0\u2009\u202f")
    if before.endswith("个"):  # 两个/小时, 48 个/小时
        before = before[:-1].rstrip(" \u00a0\u2009\u202f")
    return before[-1:] in _COUNTING


_PAGE_WINDOW = 8
"""Characters of context either side of a phrase the page writes, cut by jieba to see where its words begin and end."""

_PAGE_LOOKS = 20
"""At most this many places of a phrase on the page are cut by jieba (the first that qualifies answers)."""


def _page_writes_without_the_copy(word: str, after: str, page: str) -> bool:
    """Whether the page is evidence that `word`, its last character X typed twice, then `after` is the writer's phrase
    `word` + `after` with one X too many (可以/以/使用 beside 可以使用, 长连接/接/池 beside 长连接池): the page writes
    `word` + `after` cut at both its ends (not inside a longer word: 细胞内在 is 细胞/内在), and does not write X +
    `after` as a unit of its own elsewhere (多面体/体/网格 on a page that writes 体网格 "volume mesh" alone beside
    多面体网格: the second copy begins that compound, 多面体 + 体网格). X + `after` counts as a unit where it is cut
    at both its ends and is neither the tail of `word` + `after` nor the doubling itself (连接池 holds 接池 inside
    连接/池: no unit)."""
    phrase, unit = word + after, word[-1] + after
    if not _written_as_a_unit(phrase, page, ()):
        return False
    return not _written_as_a_unit(unit, page, (word[:-1], word))


def _written_as_a_unit(phrase: str, page: str, not_after: tuple[str, ...]) -> bool:
    """Whether `page` writes `phrase` with jieba's cut at both its ends, at a place not preceded by any of
    `not_after`."""
    at, looks = page.find(phrase), 0
    while at >= 0 and looks < _PAGE_LOOKS:
        if not any(page.endswith(p, 0, at) for p in not_after if p):
            looks += 1
            lo = max(0, at - _PAGE_WINDOW)
            bounds, _spans = token_bounds(page[lo:at + len(phrase) + _PAGE_WINDOW])
            if at - lo in bounds and at - lo + len(phrase) in bounds:
                return True
        at = page.find(phrase, at + 1)
    return False


def _before_a_bab_word(text: str, i: int, k: int, freq: Counts) -> bool:
    """Whether the doubling AB·AB at `i` (unit length `k`) is A before a word B·AB that jieba's dictionary or
    CC-CEDICT knows (到 + 端到端 "end-to-end"), while the unit AB is no word: the copies straddle two words, as in
    预测到端到端部署; 变换变换, 证明证明 (换变换, 明证明 are no words) stay slips, and so does a doubled word AB·AB
    whatever follows it (靠背靠背: 靠背 "backrest" doubled, though 背靠背 is a word; 对面对面 for 对 + 面对面 is read
    as the slip too — the rarer reading loses)."""
    word, unit = text[i + 1:i + 2 * k], text[i:i + k]
    known = zh2en()
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


def _counted(text: str, i: int, k: int, spans: Mapping[int, int]) -> bool:
    """A number, its measure word, then a word that starts with the same character (5,000个个体, 3例例外); a measure
    word alone after the number's (两个/个/线程, 2 个/个/对象: no word begins with it) counts nothing: the slip."""
    return (k == 1 and text[i] in _MEASURE_WORDS and bool(_NUMERAL_END.search(text[max(0, i - 1):i]))
            and spans.get(i + 1, i + 2) != i + 2)


def _distributive(text: str, i: int, k: int) -> bool:
    """一X一X地, 一X一X的 (one by one: 一张一张的图片, "picture after picture"): the adverbial 地 or the 的 after it
    marks the reduplication as meant (一种一种人源化 is a slip)."""
    return k > 1 and text[i] == "一" and text[i + 2 * k:i + 2 * k + 1] in ONE_BY_ONE_AFTER


_NOUN_TAGS = ("n", "b")
"""Starts of the jieba tags of a word a preposition governs: nouns (n, nz, …) and distinguishing words (在线); verbal
nouns (vn) and a word the segmenter found that its dictionary does not tag (从机) count too."""


def _preposition_before_noun(text: str, i: int, k: int, spans: Mapping[int, int]) -> bool:
    """Whether the doubled character at `i` is a preposition before a noun that begins with the same character:
    主机从从机读取 is 从 ("from") + 从机 ("the slave"), 对对象进行 对 + 对象, 向向量中 向 + 向量. The first copy is a
    word of its own that jieba tags p, the second begins a word of two or more characters that is no verb. Slips
    stay: 点点击 (点 is no preposition), 的的 (a particle), 在在这里 (the second 在 begins no word), 的用用户 (after
    the attributive 的 comes the noun it modifies, which no preposition opens)."""
    mid = i + k
    if k != 1 or spans.get(i) != mid or word_tag(text[i]) != "p" or text[i - 1:i] == ATTRIBUTIVE:
        return False  # 完整的/用/用户: after the attributive 的 comes the noun it modifies, no preposition
    end = spans.get(mid, mid)
    if end - mid < 2:  # the dictionary splits a word it lacks (从机); jieba's HMM, run on the clause, joins it
        start = max(0, i - 8)
        at = start
        for token in jieba_tokenizer().cut(text[start:mid + 8]):  # type: ignore[attr-defined]
            if at == mid:
                end = mid + len(token)
                break
            at += len(token)
    if end - mid < 2:
        return False
    tag = word_tag(text[mid:end])
    return tag in ("", "vn") or tag.startswith(_NOUN_TAGS)


def _aabb(text: str, freq: Counts) -> set[int]:
    """Starts of the AA and BB halves of AABB reduplications whose AB is a dictionary word (迷迷惑惑, 拥拥挤挤)."""
    out: set[int] = set()
    for m in _AABB.finditer(text):
        if is_han(m.group(2)) and freq.get(m.group(1) + m.group(2)):
            out.update((m.start(), m.start() + 2))
    return out
