"""Shapes of a Chinese character typed twice that grammar or the dictionary tell from a reduplication, whatever jieba's
cut of the doubled text: a word broken by the extra copy (`breaks_a_word`: 应用用程序), a reduplication after a degree
adverb (`after_a_degree_adverb`: 更大大), a distinguishing word's last character again (`after_a_distinguishing_word`:
所有有组件); and the tentative V-V-看 (`tentative_with_kan`: 说说看), which is none."""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.aligner.jieba_base import FLOOR_COUNT, word_tag
from zhen_qa.checks.repeated_dictionary import Counts, token_before, token_bounds
from zhen_qa.checks.repeated_known import bound, known_word
from zhen_qa.manuscript.script import is_han

_SHORTEST_BROKEN = 3
"""Shortest word (characters) `breaks_a_word` looks for: one with a character on each side of the copy kept."""

_LONGEST_RIGHT = 4
"""Longest word (characters) looked for beginning at the second copy."""

_WINDOW = 8
"""Characters either side of the doubling cut again with one copy taken out."""


def breaks_a_word(text: str, i: int, freq: Counts) -> bool:
    """Whether the doubled character at `i` (copies at `i` and `i + 1`) breaks a word: with one copy taken out, jieba
    cuts a word of jieba's dictionary or CC-CEDICT of three characters or more that holds the copy kept with a
    character on each side (应用用程序 → 应用程序, 计数数器 → 计数器, 表达达式 → 表达式, 数据据类型 → 数据类型), and
    the doubled text cannot be read as two words meeting at the copies: the first copy ending a word with what
    precedes it and the second beginning one with what follows (参数数值 is 参数 + 数值, 上下下文 上下 + 下文, 中国国家
    中国 + 国家: both readings stand, so none is reported), nor is a second copy that is a noun or bound morpheme before
    a lone character jieba cut (no localiser), with which it may begin a word the dictionaries lack (上皮细胞胞质: 胞质
    "cytoplasm", beside 细胞质), nor are copies that make a word of the dictionary themselves (不仅仅如此: 不 + 仅仅
    "merely" + 如此). A word of two characters with one copy (默认 in 默默认) is
    `_straddles_a_word`'s; one that merely begins or ends at the copy (常用 in 常常用) is no broken word."""
    lo = max(0, i - _WINDOW)
    fixed = text[lo:i] + text[i + 1:i + 1 + _WINDOW]
    at = i - lo  # the copy kept, in `fixed`
    _bounds, spans = token_bounds(fixed)
    start = next((a for a, b in spans.items() if a < at < b - 1), None)
    if start is None:
        return False
    word = fixed[start:spans[start]]
    if len(word) < _SHORTEST_BROKEN or not known_word(word, freq):
        return False
    _bounds, cut = token_bounds(text[i + 1:i + 1 + _WINDOW])
    if ((bound(text[i + 1]) or word_tag(text[i + 1]).startswith("n")) and cut.get(0) == 1 and cut.get(1) == 2
            and is_han(text[i + 2:i + 3]) and not word_tag(text[i + 2]).startswith("f")):
        return False  # 上皮细胞/胞/质: a noun morpheme before a lone character may begin a word the dictionaries lack
        # (胞质 "cytoplasm")
    if known_word(text[i:i + 2], freq):
        return False  # 不仅仅如此: the copies themselves a word the dictionary knows (仅仅 "merely"), between words
    left = fixed[start:at + 1]
    right_known = any(known_word(w := text[i + 1:e], freq) and not freq.get(w, 0) * _RARER < freq.get(word, 0)
                      for e in range(i + 3, min(len(text), i + 1 + _LONGEST_RIGHT) + 1))
    # 数据/据库 is no second reading: jieba counts 据库 5 times, 数据库 625 (参数/数值 stands: 数值 594, 参数值 7)
    return not (len(left) > 1 and known_word(left, freq) and right_known)


_RARER = 8
"""A word beginning at the second copy that jieba counts this many times fewer than the word broken (据库 5 against
数据库 625) is a near-floor entry of the dictionary, no second reading of the doubled text (e^2, about 7.4, the margin
of a likely reading, rounded up)."""


DEGREE_ADVERBS = frozenset({"很", "更", "最", "太", "极", "挺", "较", "越", "蛮", "非常", "十分", "特别", "比较",
                            "更加", "相当", "极其", "格外", "稍", "稍微", "略", "有点", "过于", "越发", "愈发",
                            "尤为"})
"""Adverbs of degree (很 "very", 更 "more", 最 "most" …). A reduplicated adjective is a state adjective, which takes no
adverb of degree (朱德熙, 《现代汉语形容词研究》, 1956; Li & Thompson, *Mandarin Chinese*, 1981, on reduplicated
adjectives: *很高高 is out), and no verb or noun reduplication follows one either: after one, AA is a slip (更大大,
更多多信息, 很很)."""


def after_a_degree_adverb(text: str, i: int, spans: Mapping[int, int], freq: Counts) -> bool:
    """Whether the doubling AA at `i`, A an adjective (jieba a, or m for 多 "many", 少), follows an adverb of degree
    standing as a word of its own (`DEGREE_ADVERBS`: 更/大大, 更/多多/信息): the adjective typed twice, as grammar
    takes no state adjective after such an adverb. A character of another kind after one is none of this shape
    (提摩/太/速速: jieba cut 太 from the name 提摩太, and 速速 "quickly" is an adverb). Nor is a second copy that
    begins a word with what follows in jieba's cut: the adverb and the adjective, then that word (更/高/高度 "a greater
    height", 更/长/长度, 非常/熟/熟悉); 更/多多/组件 is 多 typed twice (多组 is a word, but no token of the cut)."""
    before = token_before(spans, i)
    return (before is not None and text[before:i] in DEGREE_ADVERBS
            and word_tag(text[i]).startswith(_ADJECTIVES)
            and not (spans.get(i + 1, i + 2) > i + 2 and known_word(text[i + 1:spans[i + 1]], freq)))


_ADJECTIVES = ("a", "m")
"""Starts of jieba's tags of an adjective, and of 多 "many" and other words of quantity (m)."""


_NO_PREDICATE = ("p", "c", "d", "r", "u", "y", "f", "t", "v")
"""Starts of jieba's tags of what a distinguishing word cannot take after it: function words, localisers, time words,
verbs (the copula, 有 and the modals among them)."""


def after_a_distinguishing_word(text: str, start: int, mid: int, spans: Mapping[int, int]) -> bool:
    """Whether the second copy at `mid`, a token of its own after the word `text[start:mid]` that ends in it, is that
    word's last character typed twice because the word is a distinguishing word (jieba b: 所有 "all", 额外 "extra",
    私有 "private", 现有 "existing"): a non-predicate adjective, which only modifies a noun (with or without 的) and
    is never followed by a verb, modal, localiser or function word of its own (朱德熙, 《语法讲义》, 1982, 区别词;
    所有/有/组件, 额外/外/添加). Before a lone character other than a particle the second copy may begin a word jieba
    lacks (常用/用/例: 用例 "use case"; 所有/有/向边: 有向边 "directed edge"), so there it is left to the caller; and a
    verb may open a relative clause that 的 closes later in the clause, inside the noun phrase (所有/有 @Login 注解的
    方法 "all methods that have the annotation"; 所有有组件的内存限制 is read so too, and missed)."""
    after = text[mid + 1:spans.get(mid + 1, mid + 1)]
    piece = len(after) == 1 and is_han(after) and not word_tag(after).startswith(_PARTICLE_TAGS)
    if word_tag(text[mid]).startswith("v") and _RELATIVE_END.match(text, mid + 1):
        return False  # 所有/有 @Login 注解的方法: the verb opens a relative clause that 的 closes, inside the noun
        # phrase the distinguishing word modifies ("all methods that have …")
    return word_tag(text[start:mid]) == "b" and word_tag(text[mid]).startswith(_NO_PREDICATE) and not piece


_RELATIVE_END = re.compile(r"[^，。；：！？,.;:!?\n]+?的")
"""The attributive 的 later in the same clause, closing a relative clause."""



_TENTATIVE_KAN = "看"
"""看 "and see" after a reduplicated one-character verb: the tentative V-V-看 (试试看, 说说看, 想想看; Chao, *A Grammar
of Spoken Chinese*, 1968, the tentative aspect)."""


def tentative_with_kan(text: str, i: int, never: frozenset[str], freq: Counts) -> bool:
    """Whether AA at `i` is a one-character verb reduplicated before 看 (说说看, 试试看), whatever word jieba makes of
    the first copy with what precedes it (你来说说看: jieba cuts 来说/说/看); not a verb grammar never reduplicates
    (`never`: 是是看, 会会看), nor one that makes a word with 看 (查看 "view": 随时查查看 is 查看 with 查 typed twice as
    often as the tentative, and documentation writes 查看 everywhere)."""
    return (text[i + 2:i + 3] == _TENTATIVE_KAN and text[i] != _TENTATIVE_KAN and text[i] not in never
            and word_tag(text[i]).startswith("v") and not known_word(text[i] + _TENTATIVE_KAN, freq))


_COMPLEMENTS = frozenset({"起来", "起", "下来", "上来", "出来", "过来", "下去", "上去", "出去", "过去", "完", "好",
                          "着", "过"})
"""Directional and resultative complements and aspect markers (用起来, 用完, 用过): what follows a verb, never a
preposition, which takes an object."""

_NOUN_MARKERS = ("r", "m", "q")
"""Starts of jieba's tags of a demonstrative, numeral or measure word (这个, 该, 一个): before a word they make it a
noun phrase's head."""


_PREPOSITION = "p"
"""jieba's tag of a preposition (用, 给, 对): a character that is a verb too, which jieba's tag reads as the former."""


def verb_after_its_subject(text: str, start: int, mid: int, spans: Mapping[int, int]) -> bool:
    """Whether the second copy at `mid`, after the word `text[start:mid]` ending in it, is a verb of its own after
    a noun that is its subject, though jieba tags it a preposition (用 p): a demonstrative or measure word makes the
    word a noun phrase's head (这个/应用), and a complement after the copy makes it a verb (用/起来, 用/完), not a
    preposition (这个应用用起来很方便 "this app is easy to use"; 可以应用用起来 has no noun phrase before it and
    stays reported, and so does a verb that is no preposition: 这种修改/改/起来)."""
    before = token_before(spans, start)
    after = text[mid + 1:spans.get(mid + 1, mid + 1)]
    return (word_tag(text[mid]) == _PREPOSITION and before is not None
            and word_tag(text[before:start]).startswith(_NOUN_MARKERS)
            and (after in _COMPLEMENTS or text[mid + 1:mid + 3] in _COMPLEMENTS))


_ADVERB_REDUPLICATED = "d"
"""jieba's tag of an adverb (常常, 渐渐, 往往)."""

_PHRASE_HEADS = ("p", "c")
"""Starts of jieba's tags of a preposition or conjunction: an adverb stands before the phrase one heads."""


def adverb_before_a_phrase(text: str, i: int, freq: Counts) -> bool:
    """Whether AA at `i`, a reduplicated adverb of the dictionary (jieba d: 常常 "often"), stands before a preposition
    or conjunction of one character (常常/用/电脑 "often with a computer", 渐渐/向/…): the adverb modifies the phrase
    that word heads, so A + the word (常用) is no word typed with its first character twice. Before a verb (默默/认:
    默认), or where no object follows the preposition (常常/用/的, 常常/用。), the route test of `_straddles_a_word`
    stands."""
    after = text[i + 3:i + 4]
    return (word_tag(text[i:i + 2]) == _ADVERB_REDUPLICATED and freq.get(text[i:i + 2], 0) > FLOOR_COUNT
            and word_tag(text[i + 2:i + 3]).startswith(_PHRASE_HEADS)
            and after.isalnum() and not word_tag(after).startswith(_PARTICLE_TAGS))


_PARTICLE_TAGS = ("u", "y")
"""Starts of jieba's tags of particles (的, 了, 吧): a preposition takes an object, so one before a particle
(常常/用/的) heads no phrase, and the adverb + the word (常用的) is the reading."""
