"""punctuation-width: half-width punctuation in Chinese text, full-width punctuation in English text, and the
spacing between Chinese and Latin text against the house style.

AutoCorrect (`autocorrect_py.format`) runs on Chinese text and its edits are mapped back to exact positions (a
linear walk when they are only punctuation swaps and spaces, else difflib on chunks): it converts half-width
, : ? ! (and ; in most contexts) between Chinese characters and inserts spaces between Chinese and Latin. Hand
rules cover what it leaves: half-width ( ) ; next to Chinese characters, full-width punctuation inside English
text, and the "no space" house style (AutoCorrect only ever adds spaces).
"""
from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache

import autocorrect_py

from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.quote import clipped
from zhen_qa.checks.typography_texts import OWN_TYPOGRAPHY, Text
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import MappedText
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

log = logging.getLogger(__name__)

PUNCTUATION_WIDTH = Rule(
    "punctuation-width",
    Severity.WARNING,
    "Half-width punctuation in Chinese text, full-width punctuation in English text, or Chinese/Latin "
    "spacing against the house style.",
    preconditions="reference, citation and page-furniture blocks are skipped; "
    "spacing only when cjk_latin_space is set",
    scope=OWN_TYPOGRAPHY,
)

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


_HALF_OPEN = re.compile(r"\\?\[[ \t]*[-+−]?[A-Za-z0-9_.∞]+[ \t]*,[ \t]*[-+−]?[A-Za-z0-9_.∞]+[ \t]*\)"
                        r"|\([ \t]*[-+−]?[A-Za-z0-9_.∞]+[ \t]*,[ \t]*[-+−]?[A-Za-z0-9_.∞]+[ \t]*\\?\]")
"""A half-open interval, `[begin, end)` or `(0, 1]`: its round bracket is mathematical notation, not punctuation."""


def _half_open(text: str, i: int) -> bool:
    """Is the bracket at i the round end of a half-open interval?"""
    for m in _HALF_OPEN.finditer(text, max(0, i - 60), i + 60):
        if i in (m.start(), m.end() - 1):
            return True
    return False


_CHINESE_STOPS = frozenset("。！？")
"""Full-width marks that end a Chinese sentence: a half-width bracket right after one, closing a bracket opened in the
same text, closes Chinese text."""


def _in_chinese(text: str, i: int) -> bool:
    """True when half-width text[i] sits in Chinese: next to Han, and not attached to the Latin text it
    belongs to (an opening bracket belongs to what follows it, other marks to what precedes them)."""
    before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
    closes_stop = text[i] == ")" and before in _CHINESE_STOPS and _matching_open(text, i) >= 0  # not a bracket
    # opened in another segment of a CAT file (an aside or a macro: its own text decides)
    if not (is_han(before) or is_han(after) or closes_stop) or (text[i] in "()" and _half_open(text, i)):
        return False
    if text[i] == "(":
        return not (_latin(after) and (")" in text[i:i + 80]) and _latin_until(text, i + 1, ")")) \
            and not _substitution_at(text, i)
    if text[i] == ")":
        if _substitution_at(text, _matching_open(text, i)):
            return False  # closes $(C .get()), $(VAR): the markup of a macro or substitution, not prose
        if before in _CHINESE_STOPS and _matching_open(text, i) >= 0:
            return True  # closes a Chinese sentence's bracket, (… 是最自然的方法。), wherever the sentence ends
        opening = text.rfind("(", max(0, i - 80), i)
        return not (opening >= 0 and _latin(before) and _latin_until(text, opening + 1, ")"))
    return not _latin(before) and not (i > 0 and _latin(text[i - 1]) and not is_han(after))


_SHORTCUT_KEY = re.compile(r"(?:[⌘⌥⌃⇧][ \t]*\+?|(?<![A-Za-z])(?:Ctrl|Cmd|Alt|Shift|Option|Command|Control)[ \t]*\+)"
                           r"[ \t]*([;:,.!?(])")
"""A punctuation key pressed with a modifier (`⌘ + ;`, `⌘⇧;`, `Ctrl+,`; a modifier's name needs its `+`): a key
named, not punctuation."""


def _shortcut_keys(text: str) -> set[int]:
    """Indices of half-width marks that are keys of a keyboard shortcut (`_SHORTCUT_KEY`)."""
    return {m.start(1) for m in _SHORTCUT_KEY.finditer(text)}


def _empty_calls(mt: MappedText) -> set[int]:
    """Indices of the brackets of an empty argument list right after an identifier, empty in the source too:
    find(), movmean(), Update()/Handle(), a procedure named in Chinese prose as code writes it (SHARP($\\kappa=0$),
    whose math the prose view leaves out, is no call)."""
    text, source, offsets = mt.text, mt.source.text, mt.offsets
    out = set[int]()
    start = text.find("()")
    while start >= 0:
        if start > 0 and (_latin(text[start - 1]) or text[start - 1] == "_") \
                and offsets[start + 1] == offsets[start] + 1 and source[offsets[start] + 1] == ")":
            out.update((start, start + 1))
        start = text.find("()", start + 2)
    return out


MACRO_REACH = 400
"""How far back a closing bracket looks for its opening one (a macro's argument may be a whole heading)."""


def _matching_open(text: str, i: int) -> int:
    """Index of the "(" that the ")" at i closes (brackets nested between counted), or -1 within MACRO_REACH."""
    depth = 0
    for k in range(i - 1, max(-1, i - MACRO_REACH - 1), -1):
        c = text[k]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return k
            depth -= 1
    return -1


def _substitution_at(text: str, opening: int) -> bool:
    """Whether the "(" at `opening` opens a macro call or substitution, $( … ): Ddoc's $(C code) and $(H5 …)
    (D documentation, left untagged by CAT tools), a Makefile's $(VAR), a shell's $(command). Its brackets are
    the markup's, whatever the text inside."""
    return opening > 0 and text[opening - 1] == "$"


def _latin_until(text: str, start: int, stop: str) -> bool:
    """True when text from `start` to the next `stop` has no Han character (a Latin parenthesis)."""
    end = text.find(stop, start)
    return end >= 0 and not any(is_han(c) for c in text[start:end])


_REFERENCES_ONLY = LazyPattern(r"(?:[\s~,\-\u2013\u3001]|\\(?:eq|auto|c|C|page|name)?ref\*?\{[^{}]*\})*")
"""Source text that is nothing but cross-references (\\ref{..}, \\eqref, \\autoref, \\cref, ...) and what
separates them (spaces, tie, comma, hyphen, en dash, 、): 式(\\ref{a}-\\ref{b})."""
_NUMBER_IN_BRACKETS = r"\(\s*\d+(?:[.\-\u2013]\d+)*[a-z]?\s*\)"
_EQUATION_NUMBER = LazyPattern(rf"(?<=式|程)\s*{_NUMBER_IN_BRACKETS}|{_NUMBER_IN_BRACKETS}(?=\s*式)")
"""An equation number in brackets after 式 / 公式 / 方程 or before 式: 由式(3.2)可得, 将(2)式代入."""


def _numbering_brackets(mt: MappedText) -> set[int]:
    """Indices of half-width brackets that print a reference number, not prose punctuation: an equation number
    written out (`_EQUATION_NUMBER`), or brackets around nothing but cross-references in the source (式(\\ref{eq:a}),
    which the prose view reads 式()), as LaTeX's \\eqref prints them; Chinese typesetting keeps such numbers in
    half-width brackets. Brackets around inline math ($k=1.38$) stay prose punctuation."""
    text, out = mt.text, set[int]()
    for m in _EQUATION_NUMBER.finditer(text):
        out.update((text.index("(", m.start()), m.end() - 1))
    source = mt.source.text
    start = text.find("(")
    while start >= 0:
        end = text.find(")", start, start + 9)  # the prose between holds at most some separators
        inside = source[mt.offsets[start] + 1:mt.offsets[end]] if end > 0 else ""
        if "\\" in inside and _REFERENCES_ONLY.fullmatch(inside):
            out.update((start, end))
        start = text.find("(", start + 1)
    return out


_OPERATION = LazyPattern(r"\w[*=^]\w")
"""An operator prose never writes, set between two operands with no space (色彩通道数*阵列个数, t=0): the brackets
around it enclose a formula. Spaced, "0 = 样式默认" explains in words; "*.autotext" is a file pattern."""
_MATH_TUPLE = LazyPattern(r"\s*\$[^$]+\$(?:\s*[,，、;]\s*\$[^$]+\$)+\s*")
r"""Source text that is nothing but two or more inline maths and separators: ($Q$,$K$,$V$), a tuple, whose brackets
are its notation (one math in brackets, 第 $t$ 层 ($t=0, \dots$), is a parenthesis of the prose)."""
FORMULA_REACH = 80
"""How far a formula's opening bracket looks for its closing one."""


def _formula_brackets(mt: MappedText) -> set[int]:
    """Indices of half-width brackets that belong to a formula written in the text, not to the prose around it: the
    brackets of an expression holding an operation outside math (`_OPERATION`: max(ceil(包数量*2 / 24) * 24, 72)),
    or of a tuple of inline math (通过($Q$,$K$,$V$)三元组). The bracket closing one is found by nesting, within
    FORMULA_REACH characters and before any Chinese sentence end."""
    text, source, offsets = mt.text, mt.source.text, mt.offsets
    out = set[int]()
    start = text.find("(")
    while start >= 0:
        depth, end = 0, -1
        for k in range(start + 1, min(len(text), start + FORMULA_REACH)):
            c = text[k]
            if c in "。！？；\n":
                break
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    end = k
                    break
                depth -= 1
        inside = source[offsets[start] + 1:offsets[end]] if end > 0 else ""
        if end > 0 and ((_OPERATION.search(inside) and "$" not in inside) or _MATH_TUPLE.fullmatch(inside)):
            out.update((start, end))
        start = text.find("(", start + 1)
    return out


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
            import difflib  # noqa: PLC0415 - rarely needed (most edits are swaps and spaces): not imported up front

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
    reported: set[int] = (_numbering_brackets(mt) | _formula_brackets(mt) | _empty_calls(mt)
                          if "(" in text else set())  # as if reported
    if any(c in text for c in "⌘⌥⌃⇧+"):
        reported |= _shortcut_keys(text)
    first_half = _HALF_RE.search(text)
    if options.cjk_latin_space is not True and not first_half:
        edits: Iterable[tuple[int, int, str, str]] = ()  # nothing AutoCorrect could report here
    else:
        edits = _autocorrect_edits(text)
    for a, _b, old, new in edits:
        if any(c in _HALF for c in old) and any(c in _FULL.values() for c in new):
            i = a + next(k for k, c in enumerate(old) if c in _HALF)
            if i in reported:
                continue
            reported.add(i)
            yield _finding(mt, i, i + 1, lang, width_message(text[i], "zh"), _FULL[text[i]])
        elif options.cjk_latin_space is True and not old and new.strip() == "" and a > 0 and a < len(text):
            left, right = text[a - 1], text[a]
            if (is_han(left) and right.isascii() and right.isalnum()) or (
                is_han(right) and left.isascii() and (left.isalnum() or left == "%")
            ):
                yield _finding(mt, a - 1, a + 1, lang, "no space between Chinese and Latin text",
                               f"{left} {right}")
        elif old or new:
            log.debug("autocorrect edit not reported: %r -> %r", old, new)
    # hand rule: what AutoCorrect leaves (parentheses, some semicolons); each half-width mark in order, from the first
    for m in _HALF_RE.finditer(text, first_half.start()) if first_half else ():
        i, c = m.start(), m.group()
        if i not in reported and _in_chinese(text, i):
            if c in ":" and _neighbour(text, i, 1)[:1].isdigit():
                continue  # 10:30, ratios
            yield _finding(mt, i, i + 1, lang, width_message(c, "zh"), _FULL[c])
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
        mark = m.group(0)
        glued = mark in _CLAUSE_MARKS and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalpha()
        yield _finding(mt, i, i + 1, "en", width_message(mark, "en"), _TO_HALF[mark] + (" " if glued else ""))


_CLAUSE_MARKS = "，。；：？！"
"""Full-width marks that carry their own space: typed in English right before a word ("results，and"), the half-width
mark needs the space English writes after it ("results, and"), or the fix glues the words ("results,and")."""


def punctuation_width(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """punctuation-width findings over the given texts, a document whose Chinese is written in half-width
    punctuation (`house_style`) one finding for all its half-width marks."""
    texts = list(texts)
    yield from house_style(list(_each_place(ctx, texts)), texts)


def _each_place(ctx: CheckContext, texts: Iterable[Text]) -> Iterator[Finding]:
    """punctuation-width findings over the given texts, one per place (a bracket pair one place)."""
    seen: set[tuple[object, ...]] = set()
    lists: dict[int, str] | None = None  # built when a half-width , or ; is first reported
    for mt, lang, keep in texts:
        found = english_width(mt) if lang == "en" else chinese_width(mt, ctx.options, "zh")
        kept: list[Finding] = []
        for f in found:
            key = (f.location, f.message)
            if key in seen:
                continue
            at = _start_index(mt, f) if keep is not None or f.suggestion in _LIST_MARKS else -1
            if keep is not None and at not in keep:
                continue
            if at >= 0 and mt.text[at] in ",;":
                lists = _separator_lists(ctx) if lists is None else lists
                if lists.get(id(mt)) == mt.text[at]:
                    continue  # "角度,角度,deg" for "degree,degrees,deg": the list's separator, as in the source
            seen.add(key)
            kept.append(f)
        yield from bracket_pairs(mt, "en" if lang == "en" else "zh", kept, keep)


_WRONG_WIDTH = {"zh": ("half-width", "Chinese"), "en": ("full-width", "English")}
"""Per language of the text: the width of the marks reported in it, and the language's name."""
_PAIRS = {"zh": ("(", ")", "（", "）"), "en": ("（", "）", "(", ")")}
"""Per language: the wrong-width opening and closing bracket and their right-width forms."""


def width_message(mark: str, lang: str) -> str:
    """The message of one wrong-width mark in a text of language `lang` ('half-width "," in Chinese text')."""
    width, language = _WRONG_WIDTH[lang]
    return f'{width} "{mark}" in {language} text'
PAIR_QUOTE = 20
"""Characters of the bracketed text a pair's message quotes ("…" where cut)."""
PAIR_SPAN = 200
"""Most characters between the brackets of a pair across lines: a hard-wrapped aside spans a line break or two; a
bracket whose partner comes paragraphs of text later is more likely a lone one, and stays its own finding."""


def bracket_pairs(mt: MappedText, lang: str, findings: list[Finding],
                  keep: Collection[int] | None = None) -> list[Finding]:
    """`findings` of one text with each wrong-width bracket pair made one finding: one defect,
    "(详细分析)" for "（详细分析）", is reported once, at the opening bracket, its location spanning the pair, its
    message quoting the bracketed text and its suggestion the pair in the right width (`fix` replaces only the two
    brackets). Brackets pair by nesting over the wrong-width ones only (right-width brackets between, a crossing
    "(a（b)c）", are not counted); a nested pair is its own finding inside the outer one's span. A bracket whose
    partner is not reported (a formula's, a half-open interval's) or not in the text stays its own finding, with
    one exception: a half-width ")" closing a reported "(" of Chinese text, which was not reported itself only
    because a Latin letter or a digit stands before it and no Han after it (方法(见图2)。), is the pair's: reported
    alone, the opening bracket's fix wrote "（见图2)", a pair of two widths. `keep`, where given, holds the indices of
    the text a finding may be made at (a CAT target's marks the source lacks). A pair across lines (hard-wrapped
    text) is one too, up to PAIR_SPAN characters apart: its location spans the lines, its quote has the line break
    as a space."""
    opening, closing, right_open, right_close = _PAIRS[lang]
    width, language = _WRONG_WIDTH[lang]
    single = {width_message(opening, lang), width_message(closing, lang)}
    if opening not in mt.text or not any(f.message in single for f in findings):
        return findings
    at = {_start_index(mt, f): f for f in findings if f.message in single}
    stack: list[int] = []
    merged: dict[int, Finding] = {}  # index of the opening bracket -> the pair's finding
    dropped: set[int] = set()
    for i, c in enumerate(mt.text):
        if c == opening:
            stack.append(i)
        elif c == closing and stack:
            o = stack.pop()
            if o not in at or (i not in at and not _closes_chinese(mt.text, i, lang, keep)):
                continue
            inner = mt.text[o + 1:i]
            loc = mt.location(o, i + 1)
            across = loc.end_line != loc.line
            if across and (len(inner) > PAIR_SPAN or "\n\n" in inner):
                continue
            quoted = clipped(" ".join(inner.split()) if across else inner, PAIR_QUOTE)
            first = at[o]
            merged[o] = Finding(first.rule, first.severity,
                                f'{width} "{opening}" and "{closing}" in {language} text: '
                                f"{opening}{quoted}{closing}",
                                loc, first.lang, first.excerpt, suggestion=f"{right_open}{inner}{right_close}")
            dropped.add(i)
    if not merged:
        return findings
    index = {id(f): k for k, f in at.items()}
    out: list[Finding] = []
    for f in findings:
        k = index.get(id(f), -1)
        if k in dropped:
            continue
        out.append(merged.get(k, f))
    return out


def _closes_chinese(text: str, i: int, lang: str, keep: Collection[int] | None) -> bool:
    """Whether the unreported half-width ")" at text[i], the partner of a reported "(" of Chinese text, is left
    unreported only for the Latin letter or digit before it: it closes the Chinese text's bracket all the same."""
    before = _neighbour(text, i, -1)
    return lang == "zh" and (keep is None or i in keep) and before.isascii() and before.isalnum() \
        and not is_han(_neighbour(text, i, 1))


MAX_ITEM_WORDS = 3
"""Most words an item of a separator list has ("meters per second"): longer ones are prose."""


_LIST_MARKS = frozenset({_FULL[","], _FULL[";"]})
"""The suggestions of a half-width , or ; in Chinese: the findings a separator list may take back."""


def _separator_list(text: str) -> str | None:
    """The mark of a text that is items joined by one mark (, or ;) with no space either side (a trailing one
    allowed), each item a few words at most (MAX_ITEM_WORDS): a list a program parses (search keywords
    "calculation;arithmetic;", unit names "degree,degrees,deg"), which English prose never writes. None for anything
    else."""
    marks = {c for c in text if c in ",;"}
    if len(marks) != 1:
        return None
    mark = marks.pop()
    items = text.strip().removesuffix(mark).split(mark)
    if len(items) < 2 or not any(c.isalpha() for c in text) \
            or any(not item or item != item.strip() or item.count(" ") + 1 > MAX_ITEM_WORDS for item in items):
        return None  # "1,000" is a number; "disorders,in vitro research on …" prose that lost its spaces
    return mark


def _separator_lists(ctx: CheckContext) -> dict[int, str]:
    """The Chinese sentences whose English counterpart is a separator list (`_separator_list`) -> its mark: the
    translation keeps the program's separator, so that mark there is no Chinese punctuation."""
    out: dict[int, str] = {}
    for _pair, _bead, zh, en in ctx.aligned_beads():
        mark = _separator_list(en[0].text.text) if len(en) == 1 else None
        if mark is not None:
            out.update((id(s.text), mark) for s in zh)
    return out


def _start_index(mt: MappedText, f: Finding) -> int:
    """Index in mt of the first character of a finding made on mt."""
    source = mt.source
    target = source.line_starts[f.location.line - 1] + f.location.column - 1
    k = bisect.bisect_left(mt.offsets, target)  # offsets grow along the text
    return k if k < len(mt.offsets) and mt.offsets[k] == target else -1


HOUSE_SHARE = 0.75
"""Share of a document's Chinese , ; : ? ! ( ) marks written half-width from which half-width is its house style,
one finding, not a slip at each place. Real files fall far either side: two theses written in half-width have 0.89
and 0.99, every other thesis at most 0.17, the seed (half-width commas from PDF extraction among full-width ones) 0.36,
the most mixed journal documents 0.55-0.68 (a medline abstract: 17 of 25). The same share holds for English typed with
a Chinese input method's full-width marks (，。；：？！（）【】、) among its , . ; : ? ! ( ) [ ]."""
HOUSE_MIN = 20
"""Fewest wrong-width marks a house style is claimed on: a few marks are reported where they are (a short document,
an abstract on one line, is shown as one line of findings by the reports anyway)."""
_FULL_MARKS = frozenset(_FULL.values())
_EN_MARKS = "，。；：？！（）【】、"
"""The full-width marks reported in English text (`_FULL_IN_EN`), in the order a house-style message counts them."""
_EN_RIGHT = re.compile(r"[,;:?!()\[\]]|\.(?=\s|$)")
"""Half-width marks of English text a full-width one stands for; a full stop only where it ends something (before a
space or the end: not the point of 3.5 or the inside of e.g.)."""


def _wrong_width(f: Finding, lang: str) -> bool:
    """Whether f is a wrong-width mark (or bracket pair) of `lang` text: half-width in Chinese, full-width in
    English."""
    return f.lang == lang and f.message.startswith(_WRONG_WIDTH[lang][0] + " ")


def _marks(f: Finding) -> list[str]:
    """The wrong-width marks one finding reports ("(" and ")" for a bracket pair)."""
    m = re.match(r'(?:half|full)-width "(.)"(?: and "(.)")?', f.message)
    return [c for c in (m.groups() if m else ()) if c]


def _right_width_counts(texts: Iterable[Text], lang: str) -> Counter[str]:
    """Marks of the right width in the `lang` texts checked (where a finding may start), by file: full-width
    , ; : ? ! ( ) in Chinese, half-width ones (`_EN_RIGHT`) in English."""
    n = Counter[str]()
    for mt, text_lang, keep in texts:
        if (text_lang == "en") != (lang == "en"):
            continue
        if lang == "en":
            n[mt.source.path] += sum(1 for m in _EN_RIGHT.finditer(mt.text) if keep is None or m.start() in keep)
        else:
            n[mt.source.path] += sum(1 for k, c in enumerate(mt.text)
                                     if c in _FULL_MARKS and (keep is None or k in keep))
    return n


def house_style(findings: list[Finding], texts: list[Text]) -> list[Finding]:
    """`findings` with the wrong-width marks of one language made one finding when that width is the document's
    house style: at least HOUSE_MIN marks and HOUSE_SHARE of its marks of that language (an editor wants one note,
    "the Chinese uses half-width punctuation throughout", or "the English was typed with full-width punctuation", not
    a note at each mark). A document that is not, as a whole, may hold a file that is (a thesis's chapter written by
    another hand): that file's marks are one finding. The finding stands at the first mark, its message counts the
    marks by kind, its data's `places` holds each place and its suggestion (`fix` fixes them all). A document that
    mixes, a minority of the wrong width, keeps a finding at each place."""
    for lang in ("zh", "en"):
        findings = _house_style(findings, texts, lang)
    return findings


def _house_style(findings: list[Finding], texts: list[Text], lang: str) -> list[Finding]:
    wrong = [f for f in findings if _wrong_width(f, lang)]
    if sum(len(_marks(f)) for f in wrong) < HOUSE_MIN:
        return findings
    right = _right_width_counts(texts, lang)
    whole = _one_finding(wrong, sum(right.values()), lang)
    if whole is not None:
        return [f for f in findings if not _wrong_width(f, lang)] + [whole]
    by_file: dict[str, list[Finding]] = {}  # not the document's style: perhaps one file's
    for f in wrong:
        by_file.setdefault(f.location.path, []).append(f)
    merged, drop = [], set[int]()
    for path, fs in by_file.items():
        one = _one_finding(fs, right[path], lang)
        if one is not None:
            merged.append(one)
            drop.update(id(f) for f in fs)
    return [f for f in findings if id(f) not in drop] + merged


def _one_finding(wrong: list[Finding], right: int, lang: str) -> Finding | None:
    """The one finding for the wrong-width marks `wrong` of `lang` text among `right` right-width ones, or None when
    they are too few (HOUSE_MIN) or too small a share (HOUSE_SHARE) to be a house style. Its data: `places`
    (location, suggestion) of each mark, `counts` by mark and `full_width` (Chinese) or `half_width` (English), the
    right-width marks."""
    marks = [c for f in wrong for c in _marks(f)]
    if len(marks) < HOUSE_MIN or len(marks) < HOUSE_SHARE * (len(marks) + right):
        return None
    rank: dict[str, int] = {}  # files in reading order (the order the texts were checked in), each by position
    for f in wrong:
        rank.setdefault(f.location.path, len(rank))
    wrong = sorted(wrong, key=lambda f: (rank[f.location.path], f.location.line, f.location.column))
    first, last = wrong[0], wrong[-1]
    order = _HALF if lang == "zh" else _EN_MARKS
    counts = sorted(((n, c) for c, n in Counter(marks).items()),
                    key=lambda t: (-t[0], order.index(t[1]) if t[1] in order else len(order)))
    by_mark = ", ".join(f'"{c}" {n}' for n, c in counts)
    files = len({f.location.path for f in wrong})
    where = (f"line {first.location.line} to line {last.location.end_line}" if files == 1 else
             f"{files} files, from {_name(first.location.path)}:{first.location.line} "
             f"to {_name(last.location.path)}:{last.location.end_line}")
    width, language = _WRONG_WIDTH[lang]
    other = "full-width" if lang == "zh" else "half-width"
    message = (f"{width} punctuation throughout the {language} text: {len(marks)} of {len(marks) + right} marks "
               f"({by_mark}), {where}; `fix` makes every one {other}")
    return Finding(first.rule, first.severity, message, first.location, lang, first.excerpt,
                   data=(("places", tuple((f.location, f.suggestion) for f in wrong)),
                         ("counts", tuple((c, n) for n, c in counts)),
                         ("full_width" if lang == "zh" else "half_width", right)))


def _name(path: str) -> str:
    """A file's name without its folders."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]
