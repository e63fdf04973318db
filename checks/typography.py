"""Typography: punctuation width and Chinese/Latin spacing (punctuation-width), accidental doubling (repeated-char).

punctuation-width runs AutoCorrect (`autocorrect_py.format`) on Chinese text and maps its edits back
to exact positions with difflib: it converts half-width , : ? ! (and ; in most contexts) between
Chinese characters and inserts spaces between Chinese and Latin. Hand rules cover what it leaves:
half-width ( ) ; next to Chinese characters, full-width punctuation inside English text, and the
"no space" house style (AutoCorrect only ever adds spaces).
"""
from __future__ import annotations

import bisect
import difflib
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import autocorrect_py

from zhen_qa.aligner.jieba_base import FLOOR_COUNT
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import Location, MappedText
from zhen_qa.manuscript.structure import is_doubled_label
from zhen_qa.report.findings import Finding, Rule, Scope, Severity, excerpt_around

log = logging.getLogger(__name__)

OWN_TYPOGRAPHY = Scope(frozenset({Role.REFERENCE, Role.CITATION, Role.FURNITURE}))
"""Reference entries, citation metadata and page furniture keep the journal's own typography."""

PUNCTUATION_WIDTH = Rule(
    "punctuation-width",
    Severity.WARNING,
    "Half-width punctuation in Chinese text, full-width punctuation in English text, or Chinese/Latin "
    "spacing against the house style.",
    preconditions="reference, citation and page-furniture blocks are skipped; "
    "spacing only when cjk_latin_space is set",
    scope=OWN_TYPOGRAPHY,
)
REPEATED_CHAR = Rule(
    "repeated-char",
    Severity.WARNING,
    "Accidentally doubled characters or words (一一些, the the), not a dictionary reduplication (常常, 一一对应).",
    preconditions="reference, citation and page-furniture blocks are skipped",
    scope=OWN_TYPOGRAPHY,
)

RULES: tuple[Rule, ...] = (PUNCTUATION_WIDTH, REPEATED_CHAR)

_HALF = ",;:?!()"
_HALF_RE = re.compile("[" + re.escape(_HALF) + "]")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_IN_EN = re.compile(r"[，。；：？！（）【】、]")  # “ ” ‘ ’ are English curly quotes too (O’Reilly, “BigScience”)
_TO_HALF = {"，": ",", "。": ".", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")", "【": "[",
            "】": "]", "、": ",", "“": '"', "”": '"', "‘": "'", "’": "'"}
@lru_cache(maxsize=1)
def _space_between() -> re.Pattern[str]:
    """Spaces between Chinese and Latin, compiled on first use (its Han classes cost 2 ms; most runs never ask)."""
    return re.compile(rf"(?<=[{_HAN}])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \t]+(?=[{_HAN}])")


def _neighbour(text: str, i: int, step: int) -> str:
    """The nearest non-space character from i in direction step ("" at the edge)."""
    i += step
    while 0 <= i < len(text) and text[i] in " \t\u3000":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _in_chinese(text: str, i: int) -> bool:
    """True when half-width text[i] sits in Chinese: next to Han, and not attached to the Latin text it
    belongs to (an opening bracket belongs to what follows it, other marks to what precedes them)."""
    before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
    if not (is_han(before) or is_han(after)):
        return False
    if text[i] == "(":
        return not (_latin(after) and (")" in text[i:i + 80]) and _latin_until(text, i + 1, ")"))
    if text[i] == ")":
        opening = text.rfind("(", max(0, i - 80), i)
        return not (opening >= 0 and _latin(before) and _latin_until(text, opening + 1, ")"))
    return not _latin(before) and not (i > 0 and _latin(text[i - 1]) and not is_han(after))


def _latin_until(text: str, start: int, stop: str) -> bool:
    """True when text from `start` to the next `stop` has no Han character (a Latin parenthesis)."""
    end = text.find(stop, start)
    return end >= 0 and not any(is_han(c) for c in text[start:end])


def _finding(mt: MappedText, a: int, b: int, lang: str, message: str, suggestion: str | None) -> Finding:
    return Finding(PUNCTUATION_WIDTH.id, PUNCTUATION_WIDTH.severity, message, mt.location(a, b), lang,
                   excerpt_around(mt.text, a, b), suggestion=suggestion)


@lru_cache(maxsize=4096)
def _autocorrect(text: str) -> str:
    return autocorrect_py.format(text)


CHUNK = 800
"""Characters AutoCorrect and the diff see at once: the diff is quadratic in the worst case."""
@lru_cache(maxsize=1)
def _safe_cut() -> re.Pattern[str]:
    """Where a long text may be cut into chunks, compiled on first use (a text shorter than CHUNK never asks)."""
    return re.compile(rf"(?<=[。！？；\n])|(?<=[{_HAN}])(?=[{_HAN}])")


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most about CHUNK characters, cut where AutoCorrect never edits:
    after a Chinese sentence end, or between two Han characters (a very long line stays linear)."""
    start, n = 0, len(text)
    while n - start > CHUNK:
        cut = None
        for m in _safe_cut().finditer(text, start + CHUNK // 2, start + CHUNK):
            cut = m.start()
        if cut is None or cut <= start:
            cut = start + CHUNK  # no safe place (a run of Latin text): cut anyway
        yield start, cut
        start = cut
    yield start, n


def _autocorrect_edits(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, old, new) of every change AutoCorrect makes to text."""
    for a, b in _chunks(text):
        piece = text[a:b]
        fixed = _autocorrect(piece)
        if fixed == piece:
            continue
        edits = _simple_edits(piece, fixed)
        if edits is None:  # something other than punctuation swaps and spaces: let difflib work it out
            matcher = difflib.SequenceMatcher(None, piece, fixed, autojunk=False)
            edits = [(i1, i2, piece[i1:i2], fixed[j1:j2])
                     for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
        for i1, i2, before, after in edits:
            yield a + i1, a + i2, before, after


_SPACES = " \t\u00a0\u3000"


def _simple_edits(old: str, new: str) -> list[tuple[int, int, str, str]] | None:
    """The edits turning `old` into `new` when they are only one-for-one punctuation swaps
    (half-width for full-width or back, "." for "。" too) and inserted or deleted spaces, found in one linear walk;
    None when the change is anything else. (difflib is quadratic on repetitive text.)"""
    out: list[tuple[int, int, str, str]] = []
    i = j = 0
    while i < len(old) or j < len(new):
        a = old[i] if i < len(old) else ""
        b = new[j] if j < len(new) else ""
        if a and a == b:
            i += 1
            j += 1
        elif b and b in _SPACES:
            out.append((i, i, "", b))
            j += 1
        elif a and a in _SPACES:
            out.append((i, i + 1, a, ""))
            i += 1
        elif a and b and (_FULL.get(a) == b or _TO_HALF.get(a) == b or _TO_HALF.get(b) == a):
            out.append((i, i + 1, a, b))
            i += 1
            j += 1
        else:
            return None
    return out


def chinese_width(mt: MappedText, options: Options, lang: str = "zh") -> Iterator[Finding]:
    """Half-width punctuation in Chinese runs and Chinese/Latin spacing of one Chinese text."""
    text = mt.text
    reported: set[int] = set()
    if options.cjk_latin_space is not True and not _HALF_RE.search(text):
        edits: Iterable[tuple[int, int, str, str]] = ()  # nothing AutoCorrect could report here
    else:
        edits = _autocorrect_edits(text)
    for a, _b, old, new in edits:
        if any(c in _HALF for c in old) and any(c in _FULL.values() for c in new):
            i = a + next(k for k, c in enumerate(old) if c in _HALF)
            reported.add(i)
            yield _finding(mt, i, i + 1, lang, f'half-width "{text[i]}" in Chinese text', _FULL[text[i]])
        elif options.cjk_latin_space is True and not old and new.strip() == "" and a > 0 and a < len(text):
            left, right = text[a - 1], text[a]
            if (is_han(left) and right.isascii() and right.isalnum()) or (
                is_han(right) and left.isascii() and (left.isalnum() or left == "%")
            ):
                yield _finding(mt, a - 1, a + 1, lang, "no space between Chinese and Latin text",
                               f"{left} {right}")
        elif old or new:
            log.debug("autocorrect edit not reported: %r -> %r", old, new)
    for i, c in enumerate(text):  # hand rule: what AutoCorrect leaves (parentheses, some semicolons)
        if c in _HALF and i not in reported and _in_chinese(text, i):
            if c in ":" and _neighbour(text, i, 1)[:1].isdigit():
                continue  # 10:30, ratios
            yield _finding(mt, i, i + 1, lang, f'half-width "{c}" in Chinese text', _FULL[c])
    if options.cjk_latin_space is False:
        for m in _space_between().finditer(text):
            yield _finding(mt, m.start(), m.end(), lang, "space between Chinese and Latin text", "")


def english_width(mt: MappedText) -> Iterator[Finding]:
    """Full-width punctuation inside English text (not when it sits next to Chinese characters)."""
    text = mt.text
    for m in _FULL_IN_EN.finditer(text):
        i = m.start()
        if is_han(_neighbour(text, i, -1)) or is_han(_neighbour(text, i, 1)):
            continue
        yield _finding(mt, i, i + 1, "en", f'full-width "{m.group(0)}" in English text', _TO_HALF[m.group(0)])


Text = tuple[MappedText, str, "frozenset[int] | None"]
"""A text to check, its language, and the character indices findings may start at (None: all)."""


def _texts(ctx: CheckContext) -> Iterator[Text]:
    """Every sentence, then blocks where no sentence covers them, and the labels of labelled blocks."""
    covered: dict[str, bytearray] = {}  # per file, 1 where a sentence covers the character

    def mask(mt: MappedText) -> bytearray:
        m = covered.get(mt.source.path)
        if m is None:  # not setdefault: that would allocate a file-sized bytearray on every call
            m = covered[mt.source.path] = bytearray(len(mt.source.text))
        return m

    copied = ctx.copied()  # a target that copies its source is one finding (untranslated-span), not more
    for lang in ("zh", "en"):
        for s in ctx.sentences(lang):
            m, offsets = mask(s.text), s.text.offsets
            if isinstance(offsets, range) and offsets.step == 1:
                m[offsets.start:offsets.stop] = b"\x01" * len(offsets)
            else:
                for o in offsets:
                    m[o] = 1
            if id(s) not in copied:
                yield s.text, s.lang, None
    for pair in ctx.manuscript.pairs:  # a repeated passage is covered by its original's findings
        for s in (s for dup in pair.duplicates for s in dup.copy):
            m = mask(s.text)
            for o in s.text.offsets:
                m[o] = 1
    for block in ctx.blocks():
        if not block.text.text:
            continue
        mt = block.text
        m = mask(mt)
        free = frozenset(k for k, o in enumerate(mt.offsets) if not m[o])
        if free:
            yield mt, block.lang, free  # checked in context, reported only where sentences don't reach
        if block.label:
            start = mt.offsets[0]
            line_start = mt.source.text.rfind("\n", 0, start) + 1
            label = MappedText.span(mt.source, line_start, start)
            if label.text.strip() and not m[line_start]:
                yield label, block.lang, None


def punctuation_width(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """punctuation-width findings over the given texts."""
    seen: set[tuple[object, ...]] = set()
    for mt, lang, keep in texts:
        found = english_width(mt) if lang == "en" else chinese_width(mt, ctx.options, "zh")
        for f in found:
            key = (f.location, f.message)
            if key in seen or (keep is not None and _start_index(mt, f) not in keep):
                continue
            seen.add(key)
            yield f


def _start_index(mt: MappedText, f: Finding) -> int:
    """Index in mt of the first character of a finding made on mt."""
    source = mt.source
    target = source.line_starts[f.location.line - 1] + f.location.column - 1
    k = bisect.bisect_left(mt.offsets, target)  # offsets grow along the text
    return k if k < len(mt.offsets) and mt.offsets[k] == target else -1


@lru_cache(maxsize=1)
def _jieba() -> object:
    """The shared jieba tokenizer, loaded on first use (its dictionary takes half a second to load)."""
    from zhen_qa.aligner.jieba_base import base_tokenizer  # noqa: PLC0415

    return base_tokenizer()


_EN_DOUBLE = re.compile(r"(?<![A-Za-z'\-])([A-Za-z]+)\s+(\1)(?![A-Za-z'\-])", re.IGNORECASE)
_EN_LEGIT = frozenset({"had", "that"})
"""English doublings that are grammatical ("had had", "that that")."""
_FUNCTION_WORDS = frozenset(
    "this that these those with from have been were they them their there then than when what which will would "
    "shall should could also into onto only some such very more most much many each both".split())
"""English words of four letters or more that start a sentence: "This this" is a slip, not a Latin name."""
DELIBERATE_REPEATS = 3
"""A doubling found this many times in one manuscript is deliberate (a name or a style) and not reported."""
_PARTICLES = frozenset("的了吧呀啦吗呢啊哇哦嘛")
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
                or text[mid - 1] in _RADICAL_ENDS and k > 1 or _known_reduplication(text, i, k, spans, freq)):
            continue  # 迷迷惑惑 is 迷惑 reduplicated; 一线一线地 is distributive; 5000个个体 is 5000个 个体;
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
        if (freq.get(text[i:i + 2 * k]) or _distributive(text, i, k) or unit[-1] in _PARTICLES
                or unit[-1] in _RADICAL_ENDS):
            continue  # a word itself (哈哈哈哈); distributive 一对一对地; repeated exclamation 去吧去吧, 给呀给呀;
            # a chemical substituent repeated in a systematic name (乙酰乙酰辅酶A, acetoacetyl-CoA)
        if _known_reduplication(text, i, k, spans, freq):
            continue
        t = bisect.bisect_right(token_starts, i) - 1
        start, end = (token_starts[t], spans[token_starts[t]]) if t >= 0 else (i, i)
        if i + 2 * k <= end and end - start > 1:
            continue  # inside one dictionary token
        if start < i < end and freq.get(text[start:end], 0) > FLOOR_COUNT:
            continue  # the first copy begins inside a word of what precedes: 相对/于对于 is 相对于 + 对于
        found.append((i, i + 2 * k, text[i:i + k]))
        reach = max(reach, i + 2 * k)
    found.sort()
    yield from found


def _known_reduplication(text: str, i: int, k: int, spans: dict[int, int], freq: _Counts) -> bool:
    """Whether the copies at `i` (unit length `k`) are words of the dictionary, not a slip.

    - AA that the dictionary knows as a word (两两之间, 次次), each copy a token of its own (jieba's path may still
      cut a known reduplication in two);
    - A before a word that begins with A, when AA itself is no word: the first copy ends what precedes or stands
      alone, the second begins the next word (对/对称, 相似度/度量, 2014年/年底, 本征模/模式; 一/一些 stays a slip,
      一一 being a word the writer's hand or input method produces);
    - AA that CC-CEDICT glosses as "every A" (年年 every year, 天天, 人人, 处处: the distributive reduplication of
      nouns and measure words, missing from jieba's dictionary or at its floor count), each copy a token of its own;
    - AA of a one-character action verb, each copy a token of its own (找找, 说说: the tentative "have a look", which
      the dictionary lists only for the common verbs, 看看 and 试试); not 是 or 有, which never reduplicate;
    - 一X一X, the long form of the dictionary's 一XX, before an adverb, a preposition or a verb (一个一个单独输入,
      一步一步按照, 一步一步成为: one by one, step by step); before what it counts it is a slip (是一个一个问题,
      一项一项研究), as 一种一种 (no 一种种) always is.
    """
    mid = i + k
    if k == 1:
        doubled = freq.get(text[i:mid + 1], 0) > FLOOR_COUNT
        alone = spans.get(i) == mid and spans.get(mid) == mid + 1
        if alone and (doubled or _every(text[i:mid + 1]) or text[i] not in _STATIVE and _tag(text[i]) == "v"):
            return True
        end = spans.get(mid, mid)
        if doubled:
            return False
        # 2018年/年会: a word only CC-CEDICT knows; not before a particle (中中的: 中的 "hit the target" is rare)
        return (end - mid > 1 and freq.get(text[mid:end], 0) > FLOOR_COUNT
                or end - mid == 1 and text[mid + 1:mid + 2] not in _PARTICLES and text[mid:mid + 2] in _zh2en())
    if k != 2 or text[i] != "一" or freq.get(text[i:mid] + text[i + 1], 0) <= FLOOR_COUNT:
        return False
    after = mid + k
    return _tag(text[after:spans.get(after, after)]) in _ADVERBIAL


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


@lru_cache(maxsize=1)
def _dictionary_lines() -> bytes:
    """jieba's dictionary file, one `word frequency tag` a line, with a line break before the first."""
    with _jieba().get_dict_file() as f:  # type: ignore[attr-defined]
        data: bytes = f.read()
    return b"\n" + data


@lru_cache(maxsize=1024)
def _tag(word: str) -> str:
    """Part-of-speech tag of `word` in jieba's dictionary ("" if not there); read on the first 一X一X seen.

    Its last line wins, as when the file is read into a dict; looked up in the file's bytes (5 MB), not a table
    of all 349,000 words (0.4 s and 40 MB for the few words after a 一X一X)."""
    if not word or word != "".join(word.split()):
        return ""
    data = _dictionary_lines()
    at = data.rfind(b"\n" + word.encode("utf-8") + b" ")
    while at >= 0:
        end = data.find(b"\n", at + 1)
        parts = data[at + 1:end if end >= 0 else len(data)].decode("utf-8").split()
        if len(parts) == 3 and parts[0] == word:
            return parts[2]
        at = data.rfind(b"\n" + word.encode("utf-8") + b" ", 0, at)
    return ""


def _counted(text: str, i: int, k: int) -> bool:
    """A number, its measure word, then a word that starts with the same character (5,000个个体, 3例例外)."""
    return k == 1 and text[i] in _MEASURE_WORDS and bool(_NUMERAL_END.search(text[max(0, i - 1):i]))


def _distributive(text: str, i: int, k: int) -> bool:
    """一X一X地 (one by one): the adverbial 地 marks the reduplication as meant (一种一种人源化 is a slip)."""
    return k > 1 and text[i] == "一" and text[i + 2 * k:i + 2 * k + 1] == "地"


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
        if m.group(1).lower() not in _EN_LEGIT and not _tautonym(m.group(1), m.group(2)):
            yield m.start(), m.end(), m.group(1)


def _tautonym(genus: str, species: str) -> bool:
    """A Latin binomial whose species repeats its genus (Cygnus cygnus, Rattus rattus, Bufo bufo): the genus
    capitalised, the species in lower case, neither an English function word."""
    return (len(genus) >= 4 and genus[0].isupper() and genus[1:].islower() and species.islower()
            and genus.lower() not in _FUNCTION_WORDS)


def repeated_char(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """repeated-char findings over the given texts."""
    seen: set[object] = set()
    found: list[tuple[MappedText, str, int, int, str, Location]] = []
    for mt, lang, _keep in texts:
        if is_doubled_label(mt.text):
            continue  # 背景背景 on a line of its own: a structured-abstract label the layout printed twice
        hits = list(english_doubles(mt.text))
        if lang != "en":
            hits += list(chinese_doubles(mt.text))
        for a, b, unit in hits:
            loc = mt.location(a, b)
            if loc in seen or (loc.end_line == loc.line and loc.end_column - loc.column != b - a):
                continue  # (or the copies are not adjacent in the file: markup such as \ref{} stood between them)
            seen.add(loc)
            found.append((mt, lang, a, b, unit, loc))
    times = Counter(mt.text[a:b].casefold() for mt, _l, a, b, _u, _loc in found)
    for mt, lang, a, b, unit, loc in found:
        if times[mt.text[a:b].casefold()] >= DELIBERATE_REPEATS:
            continue  # a slip does not recur: 刘老老 on every page is a name, not a doubling
        yield Finding(REPEATED_CHAR.id, REPEATED_CHAR.severity, f'"{unit}" is doubled: "{mt.text[a:b]}"', loc,
                          "en" if lang == "en" else "zh", excerpt_around(mt.text, a, b), suggestion=unit)


def run(ctx: CheckContext) -> Iterable[Finding]:
    """Findings of punctuation-width and repeated-char."""
    texts = list(_texts(ctx))
    yield from punctuation_width(ctx, texts)
    yield from repeated_char(ctx, texts)
