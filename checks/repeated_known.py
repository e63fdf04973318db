"""Chinese reduplications the dictionary knows or grammar makes (`known_reduplication`: 两两, 年年, 找找, 一步一步按照),
and the dictionary 一X一X used as a count (`one_by_one_misused`)."""
from __future__ import annotations

import math

from zhen_qa.aligner.jieba_base import FLOOR_COUNT, word_tag
from zhen_qa.checks.repeated_dictionary import Counts, jieba_tokenizer, token_before, zh2en
from zhen_qa.manuscript.script import is_han

PARTICLES = frozenset("的了吧呀啦吗呢啊哇哦嘛")


_VERBAL_MEASURES = frozenset("次遍下回趟")
"""Measures that count an action: 一次一次 is never the result of one (一次又一次, 一次次 "time and again")."""


_RESULT_MARKERS = frozenset("成为得要")
"""Before a clause-final 一X一X these make it a result or manner (分割成一片一片, 路要一步一步), not a count."""
"""Structural and modal particles: a unit ending in one is a repeated phrase or exclamation, not a slip."""


def known_reduplication(text: str, i: int, k: int, spans: dict[int, int], freq: Counts) -> bool:
    """Whether the copies at `i` (unit length `k`) are words of the dictionary, not a slip.

    - AA that the dictionary knows as a word (两两之间, 次次), each copy a token of its own (jieba's path may still
      cut a known reduplication in two);
    - A before a word that begins with A, when AA itself is no word: the first copy ends what precedes or stands
      alone, the second begins the next word (对/对称, 相似度/度量, 2014年/年底, 本征模/模式, 2021年/年度报告, a rare
      compound that begins with a word, `_begins_a_word`; 一/一些 stays a slip,
      一一 being a word the writer's hand or input method produces);
    - A that ends a dictionary word with the token before it, before a dictionary word that begins with A, even
      when AA is a word (中国/人/人格 is 中国人 + 人格, 美国/人/人口 is 美国人 + 人口, 单语/语料 is 单语 + 语料;
      each word by jieba's dictionary or CC-CEDICT, which lists the demonyms jieba splits and words jieba keeps at
      its floor);
    - AA that CC-CEDICT glosses as "every A" (年年 every year, 天天, 人人, 处处: the distributive reduplication of
      nouns and measure words, missing from jieba's dictionary or at its floor count), each copy a token of its own;
    - AA of a measure word by jieba's tag (顿顿 every meal, 场场, 件件: a measure word reduplicated always means
      "every"; CC-CEDICT lists only some), each copy a token of its own; not after a numeral other than 一 nor after a
      demonstrative (2 个个, 这类类: the measure word typed twice) unless the second copy begins a word (2018年/年会,
      这本/本子) or, after a demonstrative, AA is a word of the dictionary (这种种困难: 种种 "all kinds of");
    - AA of a one-character action verb, each copy a token of its own (找找, 说说: the tentative "have a look", which
      the dictionary lists only for the common verbs, 看看 and 试试); not a verb that never reduplicates
      (`NEVER_REDUPLICATED`: 是, 有, the modals, 请, 来, 到);
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
        measure = every(text[i:mid + 1]) or word_tag(text[i]) == "q"
        if alone and measure and (_numbered(text, i) or _pointed_at(text, i) and not doubled):
            return any(known_word(text[mid:e], freq) for e in range(mid + 2, min(len(text), mid + 3) + 1))
            # 2 个/个/对象 is 个 typed twice; 2018年/年/会 is 2018年 + 年会 (jieba cut 年年 "every year" first)
        if alone and (doubled or measure
                      or (text[i] not in NEVER_REDUPLICATED or _meets(text, mid + 1, spans))
                      and word_tag(text[i]) == "v"):
            return True
        end = spans.get(mid, mid)
        before = token_before(spans, i)
        if (before is not None and end - mid > 1 and known_word(text[mid:end], freq)
                and known_word(text[before:mid], freq)):
            return True  # 中国/人/人格: the first copy ends a word with what precedes it (中国人), the second
            # begins the next word (人格): 中国人人格 is 中国人 + 人格, though 人人 is a word too; 单语/语料 (语料
            # "corpus" at jieba's floor count, a CC-CEDICT word) is 单语 + 语料
        if doubled:
            return False
        if spans.get(i) == mid and not _stands_before_a_word(text, i, spans, freq):
            return False  # 收/收到, 需/需要, 设/设计, 不/不支持: a verb, adverb or noun alone before a word beginning
            # with it is the word's first character typed twice, not a word of its own
        # 2018年/年会: a word only CC-CEDICT knows; not before a particle (中中的: 中的 "hit the target" is rare), nor
        # at a text's end (开启启: the second copy and nothing after it is no two-character word)
        return (end - mid > 1 and _begins_a_word(text[mid:end], freq)
                or end - mid == 1 and text[mid + 1:mid + 2] not in PARTICLES and len(text[mid:mid + 2]) == 2
                and text[mid:mid + 2] in zh2en())
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


_FREE_BEFORE_A_WORD = ("p", "m", "q", "c", "u")
"""Starts of jieba's tags of a character that stands as a word of its own before a word beginning with it: a
preposition (对/对称 "to symmetry", 向/向量), a numeral or a measure word ending a number (2014年/年底), a
conjunction (和/和谐) or a particle (这里的/的确, uj)."""

_PARTICLE = "u"
"""Start of jieba's tags of a structural particle (之 u, 地 uv, 得 ud, 的 uj)."""

_PREDICATE_PARTICLES = frozenset({"uv", "ud"})
"""jieba's tags of 地 (after an adverbial, before the verb it modifies) and 得 (after a verb, before its complement):
particles a predicate follows, never a noun (朱德熙, 《语法讲义》, 1982, 结构助词)."""

_LOCALIZER = "f"
"""Start of jieba's tag of a localizer (之前, 之后, 之间): it closes a noun phrase itself, so no particle stands
before it."""

_NOUN = "n"
"""Start of jieba's tags of nouns."""

_PREPOSITION = "p"
"""jieba's tag of a preposition."""

ATTRIBUTIVE = "的"
"""The attributive particle: what follows it is the noun phrase it modifies (完整的用户信息), which no preposition
opens (朱德熙, 《语法讲义》, 1982, 的字结构 and 定语)."""

_FUNCTION = ("p", "c")
"""Starts of jieba's tags of a function word that links (preposition, conjunction): one after its own first
character (因/因为, 但/但是) is a slip whatever the character's tag, as two such words are never written in a row."""

_CONTENT = ("n", "v", "a", "k")
"""Starts of jieba's tags of a content morpheme (noun, verb, adjective, suffix): a single character of one before
the first copy may be a piece of a word jieba lacks (本/征/模); a function word (和, 的) is a word of its own."""

_LONGEST_LEFT = 4
"""Longest word (characters) `_stands_before_a_word` looks for ending at the first copy (不可变 in 不可变变量)."""


def _stands_before_a_word(text: str, i: int, spans: dict[int, int], freq: Counts) -> bool:
    """Whether the character at `i`, a token of its own, may be a word of its own, or the end of one, before a word
    that begins with it (A + AB, AA no word), rather than AB's first character typed twice:
    - a preposition, numeral, measure word, conjunction or particle by jieba's tag (`_FREE_BEFORE_A_WORD`:
      对/对称, 2014年/年底, 这里的/的确), unless the word after is of the same class (或/或者, 而/而且, 对/对于:
      one function word typed with its longer form), or a preposition after the attributive 的 (的/用/用户: the
      noun 的 modifies follows it);
    - a bound morpheme (a tag ending in g, or k: 度 zg), which cannot stand alone and so ends the word before it
      (相似/度/度量 is 相似度 + 度量);
    - the end of a word of jieba's dictionary or CC-CEDICT with the characters before it, which jieba's path cut
      apart (不可/变/变量 is 不可变, with 可变 a word, + 变量);
    - the unit after a number (4分/分类法);
    - the copula 是 or the verb 有, which take any phrase or clause after them (则是/是否有…, 能有/有效的渠道);
    - a noun, or any word after a bound morpheme, after a single Han character of a content word (`_CONTENT`):
      jieba split a word it lacks (本/征/模/模式 is 本征模 + 模式, 液/动/动态 液动 + 动态); after a function word
      (和/技/技术, 的/版/版本) the character is a word's first typed twice.
    A verb, adverb, adjective or noun that is none of these stands alone only as a slip: 收收到, 需需要, 无无法."""
    tag = word_tag(text[i])
    after = word_tag(text[i + 1:spans.get(i + 1, i + 1)])
    if after.startswith(_FUNCTION) and (tag.startswith(_FUNCTION) or bound(text[i])):
        return False  # 因/因为, 以/以及, 但/但是, 对/对于, 虽/虽然: a conjunction or preposition after its own first
        # character, itself a function word or a bound one, is that word typed with its first character twice;
        # Chinese writes no two function words in a row
    if tag.startswith(_COUNTING_TAGS) and not _counts_here(text, i, spans):
        return False  # 生成代/代码, 函数位/位置, 两个类/类型: a measure word or numeral stands alone only where it
        # counts (2014年/年底, 两类/类型, 每项/项目); after a noun or verb it is the word's first character typed twice
    if tag.startswith(_PREPOSITION) and text[i - 1:i] == ATTRIBUTIVE:
        return False  # 完整的/用/用户信息: after the attributive 的 comes the noun it modifies, never a preposition
    if tag.startswith(_PREPOSITION) and not _modifies_a_verb(text, i + 1, spans):
        return False  # 执行以/以下 YAML：, 获取当前的流对/对象。: a preposition's phrase modifies a verb later in the
        # clause (对/对象/进行, 以/以下方式/配置) or, closed by 的, a noun (对/对称路由的假设); with neither, the
        # character is no preposition but the next word's first character typed twice
    if tag.startswith(_PARTICLE) and (after.startswith(_LOCALIZER) or tag in _PREDICATE_PARTICLES
                                      and after.startswith(_NOUN)):
        return False  # 提交之/之前, 监听地/地址: a structural particle stands before what grammar gives it — 之 the
        # noun it links, 地 the verb it marks an adverbial of, 得 the complement — never before a localizer, and 地
        # and 得 never before a noun: the next word's first character typed twice
    if tag.startswith(_FREE_BEFORE_A_WORD):  # not before a word of its own class: 年/年年 (measure words)
        return not after.startswith(tag[0])
    if bound(text[i]):
        return _has_a_host(text, i, spans)
    word = text[i + 1:spans.get(i + 1, i + 1)]
    if tag.startswith("v") and (after.startswith("a") or word_tag(word[:2]).startswith("a")):
        return True  # 能有/有效的渠道, 有/有效期: a verb before an adjective beginning with it (or a noun that
        # begins with one) takes it as its complement or its object's modifier; before a verb, pronoun or function
        # word (是/是否, 有/有关, 有/有些, 收/收到) or a noun (消/消息, 定/定义) it is the word's first typed twice
    mid = i + 1
    if any(all(map(is_han, text[j:i])) and known_word(text[j:mid], freq) and _read_across(text, j, i, spans, freq)
           for j in range(max(0, mid - _LONGEST_LEFT), i)):
        return True
    if text[i - 1:i].isdigit():
        return True  # 4分/分类法: after a number the character is its unit, a word of its own
    if spans.get(i - 1) != i or not is_han(text[i - 1:i]):
        return False
    before = text[i - 1]  # a single Han character before the first copy
    return ((word_tag(before).startswith(_CONTENT) or bound(before)) and (tag.startswith("n") or bound(before))
            and unknown_word_ends(text, i - 1, i + 1))


_ACROSS_ODDS = math.exp(-2)
"""How much less likely than jieba's cut (the word before, then the copy alone) a reading through a word that begins
inside the word before may be and still count (不 + 可变 against 不可 + 变: 0.59; 合 + 并提 against 合并 + 提:
0.008, 产 + 品评 against 产品 + 评: 0.03)."""


def _read_across(text: str, j: int, i: int, spans: dict[int, int], freq: Counts) -> bool:
    """Whether the word `text[j:i + 1]`, ending at the copy at `i`, is a reading of the text jieba's cut hides: it
    begins where a word of the cut begins (不可变 over 不可/变), or, beginning inside the word before the copy (可变
    inside 不可/变), jieba's unigram route through it (不 + 可变) is within `_ACROSS_ODDS` of the cut's (不可 + 变).
    A word that takes its first character from a common word whose rest is rarely a word of its own (合并/提: 合 +
    并提, 必须/生: 必 + 须生, 产品/评: 产 + 品评) is no reading: the copy stands alone after that word, the next
    word's first character typed twice — unless it is a noun the adjective before it modifies (最大/球/球心: the
    largest sphere's centre)."""
    before = token_before(spans, i)
    if before is None or j <= before:
        return True
    if word_tag(text[before:i]).startswith("a") and word_tag(text[i]).startswith("n"):
        return True  # 最大/球/球心: an adjective, then the noun it modifies, then a word beginning with that noun
    cut = (freq.get(text[before:i], 0) + 1) * (freq.get(text[i], 0) + 1)
    return (freq.get(text[before:j], 0) + 1) * (freq.get(text[j:i + 1], 0) + 1) >= cut * _ACROSS_ODDS


_HMM_WINDOW = 8
"""Characters either side cut again by jieba with its HMM, which joins the characters of a word its dictionary lacks."""


def unknown_word_ends(text: str, start: int, end: int) -> bool:
    """Whether jieba's cut with its HMM (run on the clause around) joins `text[start:end]`, characters its dictionary
    cut apart, into a word that ends at `end` (本/征/模 → 本征模, 液/动 → 液动): the evidence that a single content
    character before a copy is a piece of a word the dictionary lacks. A free word the HMM leaves alone (请/参/参阅,
    the imperative 请 then 参阅 with its first character typed twice) is no such piece."""
    lo = max(0, start - _HMM_WINDOW)
    at = lo
    for token in jieba_tokenizer().cut(text[lo:end + _HMM_WINDOW]):  # type: ignore[attr-defined]
        stop = at + len(token)
        if at <= start and stop == end:
            return True
        if stop >= end:
            return False
        at = stop
    return False


_CLAUSE_MARKS = frozenset("，。；：！？,.;:!?\n（）()「」『』“”\"")
"""Marks that end or interrupt a clause."""


_LOCALIZERS = frozenset({
    "中", "上", "下", "里", "内", "外", "前", "后", "间", "旁", "边", "时", "之中", "之上", "之下", "之间", "之内",
    "之外", "之前", "之后", "之际", "当中", "中间", "以内", "以外", "以上", "以下", "以前", "以后", "期间", "里面",
    "上面", "下面", "前面", "后面", "内部", "外部", "之时"})
"""Localizers (方位词, 朱德熙 1982; 时 and 之际 for time): the postposition that closes a phrase of place or time."""

_FRAMES: dict[str, frozenset[str]] = {
    **{p: _LOCALIZERS for p in "在于当从自由到向往朝"},  # 在…中, 当…时, 从…里, 到…上
    **{p: frozenset({"而言", "来说", "来讲", "说来"}) for p in "对就拿"},  # 对…而言, 就…来说
    "打": frozenset({"起", "以来", "开始"}),
    "除": frozenset({"外", "以外", "之外"}),
    "为": frozenset({"起见"}),
    **{p: frozenset({"一样", "似的", "一般", "相比"}) for p in "跟和与同像"},  # 跟…一样, 与…相比
}
"""The frame word (the second half of a circumposition, 刘丹青 2003) each one-character preposition takes after its
object: 在在职人员中, 对对称矩阵而言 are a preposition, its object and the frame that closes the phrase, an adverbial
that needs no verb in its own clause (the clause it modifies follows the comma). 从 and 自 take 起/以来 too."""
_FRAMES = {**_FRAMES, **{p: _FRAMES[p] | {"起", "以来", "开始"} for p in "从自"}}


def _modifies_a_verb(text: str, at: int, spans: dict[int, int]) -> bool:
    """Whether a verb (jieba v…) or the attributive 的 follows the word at `at` later in its clause: what a
    preposition's phrase, its object beginning at `at`, modifies (对/对象/进行: the verb; 对/对称路由的/假设: a noun,
    through 的); or the frame word that closes the preposition's circumposition (`_FRAMES`: 在/在职人员/中，,
    对/对称矩阵/而言，), which makes the phrase an adverbial of the clause after it. A frame word of another
    preposition does not (运行以/以下命令/后，: 以 takes no localizer)."""
    frames = _FRAMES.get(text[at - 1:at], frozenset())
    pos = spans.get(at, at + 1)
    while pos < len(text) and text[pos] not in _CLAUSE_MARKS:
        end = spans.get(pos, pos + 1)
        word = text[pos:end]
        if word == ATTRIBUTIVE or word_tag(word).startswith("v") or word in frames:
            return True
        pos = end
    return False


_COUNTING_TAGS = ("m", "q")
"""Starts of jieba's tags of numerals and measure words."""

_COUNTERS = frozenset("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿几多余半这那每某哪该本各此首")
"""What a measure word or numeral counts after: a numeral (digits, Chinese numerals, 几 多 余 半) or a demonstrative or
distributive (这 那 每 某 哪 该 本 各 此 首: 这类, 每项, 首位)."""


def _counts_here(text: str, i: int, spans: dict[int, int]) -> bool:
    """Whether the numeral or measure word at `i` may count there: after a numeral, a demonstrative or a distributive
    (`_COUNTERS`, spaces between allowed: 2014 年), after a numeral or measure word (两个/类) or a single Han
    character of a content word (单年/年龄: a word jieba lacks may end in it). At a clause's start or after a Latin
    name (，枚/枚举, ANP 代/代码), or after a particle or function word (的/代/代码), it counts nothing. After
    a word of two characters or more (生成/代/代码, 函数/位/位置) it counts nothing: the next word's first
    character typed twice."""
    before = text[:i].rstrip(" \u00a0\u2009\u202f")
    if before[-1:] in _COUNTERS or before[-1:].isdigit():
        return True  # 2014 年, v2 版: a number before the measure word
    if not is_han(before[-1:]):
        return False  # ，枚/枚举, 、类/类型, ANP 代/代码: at a clause's start (after a mark, a Latin name or at the
        # text's start) no numeral or demonstrative stands before the measure word or numeral: it counts nothing
    token = token_before(spans, i)
    start = i if token is None else token
    if i - start < 2:
        return not word_tag(text[start:i]).startswith(_NO_HOSTS)  # 单年/年龄: a word jieba lacks may end in it;
        # not after a particle or other function word (的/代/代码: the attributive 的 is followed by the noun it
        # modifies, and a measure word after it counts nothing)
    return word_tag(text[start:i]).startswith(_COUNTING_TAGS)


_NO_HOSTS = ("c", "p", "u", "y", "e")
"""Starts of jieba's tags of function words (conjunctions, prepositions, particles, interjections): no compound ends
in a bound morpheme after one (和响/响应 is 和 + 响应 with 响 typed twice)."""


def _has_a_host(text: str, i: int, spans: dict[int, int]) -> bool:
    """Whether the bound morpheme at `i`, a token of its own before a word that begins with it, follows a Han content
    word it may end a compound with (相似/度/度量 is 相似度 + 度量): a suffix (`SUFFIXES`, or jieba's tag k) after
    a content word, or any morpheme jieba's HMM joins with the character before it into a word its dictionary
    lacks (多/选/选项: 多选 "multiple choice"); after punctuation, a Latin word or a function word (，判/判断,
    和响/响应, 得很/很大), or a morpheme neither (信息/失/失败), it has no host and is the word's first
    character typed twice. After a letter or digit written against it (B车/车头) it is a name's."""
    start = token_before(spans, i)
    if start is None or not text[i - 1].isalnum():
        return False
    if not is_han(text[i - 1]):
        return True  # B车/车头: a letter or digit written against it, a name's
    tag = word_tag(text[start:i])
    return not tag.startswith(_NO_HOSTS) and (text[i] in SUFFIXES or word_tag(text[i]) == "k"
                                               or unknown_word_ends(text, i - 1, i + 1))


SUFFIXES = frozenset("子儿头们者性化家员手师士度率式型法学论品界感")
"""Chinese derivational suffixes (朱德熙, 《语法讲义》, 1982, 后缀 and 类后缀;
吕叔湘, 《现代汉语八百词》): bound morphemes that end a compound with almost any content word
before them (相似度, 可用性, 结构化, 开发者, 调用方式), so one cut alone after a content word
may end a word jieba lacks. Any other bound morpheme alone (信息/失/失败, 组件/仍/仍然,
客户端/选/选项, 探测/判/判断) begins the word after it: that word's first character typed twice."""


def bound(char: str) -> bool:
    """Whether jieba's tag makes a character a bound morpheme (a tag ending in g, or k, the suffix; 液 ng, 际 ng, 型
    k): one standing as a token of its own is a piece of a word jieba's dictionary lacks, or a slip."""
    tag = word_tag(char)
    return tag.endswith("g") or tag == "k"


def known_word(word: str, freq: Counts) -> bool:
    """A word by jieba's dictionary above its floor count or by CC-CEDICT (which lists words jieba keeps at its floor
    or splits: 语料 "corpus", the demonym 中国人)."""
    return freq.get(word, 0) > FLOOR_COUNT or word in zh2en()


def _begins_a_word(token: str, freq: Counts) -> bool:
    """Whether a dictionary token begins with a word jieba's dictionary knows above its floor count: the token
    itself (年底), or, for a rare compound jieba keeps whole at its floor count (年度报告), a word it begins with
    (年度), so that 2021年年度报告 reads 2021年 + 年度报告."""
    return any(freq.get(token[:j], 0) > FLOOR_COUNT for j in range(len(token), 1, -1))


_EVERY = frozenset({"everi", "each", "everyon", "everywher"})
"""Stems of CC-CEDICT glosses of a distributive reduplication: 年年 "every year", 个个 "each one", 处处 "everywhere"."""


_NUMERALS = frozenset("0123456789０１２３４５６７８９二两三四五六七八九十百千万亿几")
"""Numerals but 一: a measure word reduplicated "every A" (个个, 天天) takes none before it (2 个个对象 is 2 个 with 个
typed twice); after 一 it is the form 一AA "one after another" (一个个, 一步步)."""


def _numbered(text: str, i: int) -> bool:
    """Whether a numeral other than 一 stands before `i` (spaces between allowed: 2 个个)."""
    return text[:i].rstrip(" \u00a0\u2009\u202f")[-1:] in _NUMERALS


_DEMONSTRATIVES = frozenset("这那哪每某该各此")
"""Demonstratives and distributives, which count with a measure word once (这类, 每项): a measure word reduplicated
"every" takes none before it (朱德熙, 《语法讲义》, 1982, 量词重叠), so 这类/类/的 is 类 typed twice; a reduplication
the dictionary lists as a word of its own (种种 "all kinds of": 这种种困难) is not this shape."""


def _pointed_at(text: str, i: int) -> bool:
    """Whether a demonstrative or distributive (`_DEMONSTRATIVES`) stands right before `i` (这/类类)."""
    return text[i - 1:i] in _DEMONSTRATIVES


def every(word: str) -> bool:
    """Whether CC-CEDICT glosses `word` (AA) as "every A" / "each A": a distributive reduplication (年年, 天天)."""
    return any(s in _EVERY for s in zh2en().get(word, ()))


_ADVERBIAL = frozenset({"d", "ad", "p", "v"})
"""jieba's tags of adverbs, prepositions and verbs: after 一X一X they make it the distributive "one by one"."""


NEVER_REDUPLICATED = frozenset("是有无能会要应需敢肯愿使令请即如来去到")
"""One-character words jieba tags v that grammar never reduplicates: only a volitional action verb takes the
tentative AA, "do a little" (看看, 试试, 找找; Li & Thompson, *Mandarin Chinese: A Functional Reference Grammar*,
1981, on verb reduplication and on auxiliary verbs). Here: the copula 是, the verbs of having 有 and 无, the copular
即 "namely" and 如 "such as"; the auxiliary verbs 能 会 要 应 需 敢 肯 愿 (能能, 会会, 需需: a modal typed twice;
会 "meet" before its object reduplicates, `_MODAL_ALSO_A_VERB`);
the causatives 使, 令 and 请 "please", which take a pivot (请请确保, 使使您的); the directional and resultative
来, 去, 到 (加载到到, 参数来来配置), which state no activity to try. Not 想 (想想 "think it over"), nor 让 (让让
"make way") or 叫, which reduplicate as action verbs."""


_MODAL_ALSO_A_VERB = frozenset("会")
"""A modal that is also a volitional action verb: 会 "meet, take on (someone)", which reduplicates as one (会会他,
会一会这位老朋友); the modal 会 "will" takes a verb phrase after it (会会自动重启: the modal typed twice)."""

_OBJECT_TAGS = ("n", "r")
"""Starts of jieba's tags of a noun or pronoun: the object an action verb takes (会会/他, 会会/这位/老朋友)."""


def _meets(text: str, at: int, spans: dict[int, int]) -> bool:
    """Whether the doubled character before `at` is a modal that is also an action verb (`_MODAL_ALSO_A_VERB`) and a
    noun or pronoun follows it, the verb's object (会会/他 "go and meet him"), not the verb phrase a modal takes
    (会会/自动/重启, 会会/`x`)."""
    word = text[at:spans.get(at, at)]
    return (text[at - 1:at] in _MODAL_ALSO_A_VERB and is_han(word[:1])
            and word_tag(word).startswith(_OBJECT_TAGS) and word_tag(word) not in ("vn", "an"))


ONE_BY_ONE_AFTER = frozenset("地的")
"""Marks of the adverbial after 一X一X (一点一点地, colloquially 一点一点的)."""


def one_by_one_misused(text: str, i: int, k: int, spans: dict[int, int]) -> bool:
    """A dictionary 一X一X (一下一下, 一点一点: "bit by bit", one token) before neither the adverbial 地 nor a verb,
    adverb or preposition, but a word it would count (了一下一下R0值: 一下 typed twice); at a clause's end it stays
    the adverb."""
    if k != 2 or text[i] != "一" or text[i:i + k] != text[i + k:i + 2 * k] or spans.get(i) != i + 2 * k:
        return False
    after = i + 2 * k
    word = text[after:spans.get(after, after)]
    if not word or not (word[0].isalnum()) or word[0] in ONE_BY_ONE_AFTER:
        return False
    return word_tag(word) not in _ADVERBIAL
