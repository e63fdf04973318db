"""punctuation-width in Chinese text: half-width , ; : ? ! ( ) among Chinese characters and the spacing between
Chinese and Latin text against the house style.

AutoCorrect (`autocorrect_py.format`) runs on Chinese text and its edits are mapped back to exact positions (a
linear walk when they are only punctuation swaps and spaces, else difflib on chunks): it converts half-width
, : ? ! (and ; in most contexts) between Chinese characters and inserts spaces between Chinese and Latin. Hand
rules cover what it leaves: half-width ( ) ; next to Chinese characters, and the "no space" house style
(AutoCorrect only ever adds spaces). Marks that are no punctuation (a formula's brackets, an empty call, a half-open
interval, a keyboard shortcut's key, a file dialog's filter syntax `(*.txt);;`) are left alone.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import autocorrect_py

from zhen_qa.checks.context import Options
from zhen_qa.checks.width_filters import file_filters
from zhen_qa.checks.width_marks import FULL, HALF, HALF_RE, TO_HALF, neighbour, width_finding, width_message
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import MappedText
from zhen_qa.report.findings import Finding

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _space_between() -> re.Pattern[str]:
    """Spaces between Chinese and Latin, compiled on first use (its Han classes cost 2 ms; most runs never ask)."""
    return re.compile(rf"(?<=[{_HAN}])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \t]+(?=[{_HAN}])")


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
    before, after = neighbour(text, i, -1), neighbour(text, i, 1)
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


_FENCE_COLONS = re.compile(r":{3,}")
"""Three colons or more: a custom-container fence (a Docusaurus admonition, `:::note … :::`, written inline in a
list item where the reader cannot take it as a fence line), never a colon of prose."""


def _fence_colons(text: str) -> set[int]:
    """Indices of the colons of container fences (`_FENCE_COLONS`)."""
    return {i for m in _FENCE_COLONS.finditer(text) for i in range(m.start(), m.end())}


_LITERAL_COLONS = LazyPattern(r"[A-Za-z0-9_.]*::[A-Za-z0-9_.:]*|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,}")
"""Colons inside a token of colons and word characters with no space: an IPv6 address (`::2`, `fe80::1`,
`2001:db8:0:1`) or a path of names (`std::vector`, `tauri::Builder`). A literal, never a colon of prose (prose has no
double colon, and a colon of prose is followed by a space or a Chinese character)."""


def _literal_colons(text: str) -> set[int]:
    """Indices of the colons of literals (`_LITERAL_COLONS`)."""
    return {i for m in _LITERAL_COLONS.finditer(text) for i in range(m.start(), m.end()) if text[i] == ":"}


_EMOTICON = LazyPattern(r"(?:(?<=[ \t\u3000])|^)[:;]-?[()DPp](?=[ \t\u3000]|$|[.,!?。，！？])", re.MULTILINE)
"""A text emoticon standing as a word of its own, a space before it and a space, the line's end or the clause's
closing mark after it (`:)`, `:(`, `;)`, `:-)`, `:D`, `:P`; `diagram :(.` and its `图表 :(。`): a face drawn with
marks, not a colon or a semicolon of prose (…这将是很好的 :)); a colon of prose is followed by what it introduces
(设置: 中文, 如下:), never by a bracket and a full stop."""


def faces(text: str) -> frozenset[str]:
    """The text emoticons (`_EMOTICON`) a text writes: the aligned English's, the evidence that the Chinese one is a
    face the translator kept ("… when everything is correct :)"), not a colon of prose."""
    return frozenset(m.group() for m in _EMOTICON.finditer(text)) if ":" in text or ";" in text else frozenset()


_OPEN_BRACKETS = ("(", "（")
_CLOSE_BRACKETS = (")", "）")
"""Round brackets of either width: a half-width ")" may close a full-width "（" (a slip of width, still a pair)."""


def _count(text: str, marks: tuple[str, ...]) -> int:
    return sum(text.count(c) for c in marks)


def _emoticons(text: str, said: frozenset[str] = frozenset()) -> set[int]:
    """Indices of the marks of the text emoticons (`_EMOTICON`) that the aligned English writes too (`said`, from
    `faces`) and whose bracket is no half of a bracket pair of either width: `:)` closes no bracket opened before it
    on the line ("(" or "（") and `:(` opens none closed after it, so 见下方 (说明 :) and 详见下方（说明 :) keep their
    colon's finding; a colon before a bracket beside an English with no such face is a colon of prose."""
    found: set[int] = set()
    if not said:
        return found
    for m in _EMOTICON.finditer(text):
        if m.group() not in said:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line_before, line_after = text[start:m.start()], text[m.end():end if end >= 0 else len(text)]
        bracket = m.group()[-1]
        if bracket == ")" and _count(line_before, _OPEN_BRACKETS) > _count(line_before, _CLOSE_BRACKETS):
            continue
        if bracket == "(" and _count(line_after, _CLOSE_BRACKETS) > _count(line_after, _OPEN_BRACKETS):
            continue
        found.update(range(m.start(), m.end()))
    return found


_TEMPLATE_ARGUMENTS = LazyPattern(r"[A-Za-z_][A-Za-z0-9_]*<[A-Za-z0-9_:, *&]+>$")
"""An identifier with a template argument list right before an empty call's brackets: OpFunc<InT>(),
ReduceFunctor<T>() (Markdown often writes the angle brackets as entities, &lt;T&gt;, which the reader decodes)."""


def _empty_calls(mt: MappedText) -> set[int]:
    """Indices of the brackets of an empty argument list right after an identifier, or after an identifier and its
    template arguments (`_TEMPLATE_ARGUMENTS`), empty in the source too: find(), movmean(), Update()/Handle(),
    OpFunc<InT>(), a procedure named in Chinese prose as code writes it (SHARP($\\kappa=0$), whose math the prose
    view leaves out, is no call)."""
    text, source, offsets = mt.text, mt.source.text, mt.offsets
    out = set[int]()
    start = text.find("()")
    while start >= 0:
        named = start > 0 and (_latin(text[start - 1]) or text[start - 1] == "_"
                               or (text[start - 1] == ">"
                                   and _TEMPLATE_ARGUMENTS.search(text, max(0, start - 60), start) is not None))
        if named and offsets[start + 1] == offsets[start] + 1 and source[offsets[start] + 1] == ")":
            out.update((start, start + 1))
        start = text.find("()", start + 2)
    return out


_LIST_CALL = LazyPattern(r"(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_.]*(\()[^()\n]*\[[^()\n]*\][^()\n]*(\))")
"""A call glued to its name with a list literal among its arguments: reshape(x, [-1, 0, 128]),
Tensor([1.0, 2.0, 3.0]); with no Han character inside (`_list_calls`), code written in the prose, not a
parenthesis of it."""


def _list_calls(mt: MappedText) -> set[int]:
    """Indices of the brackets of a call on a list literal (`_LIST_CALL`) whose arguments hold no Han character: a
    call written in Chinese prose without a code span; its brackets are code, not punctuation. A bracket of prose
    after a word (函数f(即映射)) holds Chinese and stays punctuation."""
    text, out = mt.text, set[int]()
    if "[" not in text:
        return out
    for m in _LIST_CALL.finditer(text):
        if not any(is_han(c) for c in text[m.start(1):m.end(2)]):
            out.update((m.start(1), m.start(2)))
    return out


_QUALIFIED_CALL = LazyPattern(
    r"(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+(\()[^()\n]+(\))")
"""A call glued to a dotted name, with arguments: EventMeshExtensionFactory.getExtension(MeshMQProducer.class,
“rocketmq”), a Java call written in Chinese prose without a code span."""


def _qualified_calls(mt: MappedText) -> set[int]:
    """Indices of the brackets of a call on a dotted name (`_QUALIFIED_CALL`) whose arguments hold no Han
    character: code, its brackets not punctuation (curly quotes around a string argument included). A bracket
    holding Chinese after a dotted name (conf.load(即配置)) stays punctuation."""
    out = set[int]()
    for m in _QUALIFIED_CALL.finditer(mt.text):
        if not any(is_han(c) for c in mt.text[m.start(1):m.end(2)]):
            out.update((m.start(1), m.start(2)))
    return out


_CODE_NAME = re.compile(r"(?<![A-Za-z0-9_])(?:[A-Za-z][A-Za-z0-9]*[a-z][A-Z]|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9])"
                        r"[A-Za-z0-9_]*\(")
"""A name shaped as code writes it, right before "(": an inner capital after a lower-case letter (ColorMap,
EstimateLoad, GetDispatchMap) or an underscore between letters (get_map). An all-capital name (SHARP) or a plain word
is no such name: it may be a method named in prose with its parameter."""
_MATH_ARGUMENT = re.compile(r"\$[^$\n]{1,40}\$")
"""One inline formula, the whole argument in the source (ColorMap($DEL$))."""


def _math_calls(mt: MappedText) -> set[int]:
    """Indices of the brackets of a call on one math argument (`_MATH_ARGUMENT`) after a code-shaped name
    (`_CODE_NAME`): ColorMap($DEL$), EstimateLoad($req$), a procedure named in Chinese prose as code writes it,
    its math left out of the prose view. Code, not punctuation."""
    text, source, offsets = mt.text, mt.source.text, mt.offsets
    out = set[int]()
    for m in _CODE_NAME.finditer(text):
        opening = m.end() - 1
        closing = text.find(")", opening + 1, opening + 42)
        if closing < 0:
            continue
        a, b = offsets[opening], offsets[closing]
        if source[a] == "(" and source[b] == ")" and _MATH_ARGUMENT.fullmatch(source, a + 1, b):
            out.update((opening, closing))
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
_COMPARISON = r"[A-Za-z0-9_.]+(?:\s?[%+\-*/]\s?[A-Za-z0-9_.]+)*\s?(?:==|!=|<=|>=|=|<|>)\s?[A-Za-z0-9_.]+"
_CONDITIONS = LazyPattern(rf"\s*{_COMPARISON}(?:\s*(?:或者|或|并且|且|and|or|&&|\|\|)\s*{_COMPARISON})+\s*")
"""Source text that is nothing but comparisons of Latin operands joined by a connective, the Chinese 或 / 且 too:
(NX % 4 = 0 或 NX % 2 = 0), the grouping brackets of a logical expression. A comparison explained in words
(0 = 样式默认) has a Chinese operand and is no such text."""
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
        if end > 0 and ((_OPERATION.search(inside) and "$" not in inside) or _MATH_TUPLE.fullmatch(inside)
                        or _CONDITIONS.fullmatch(inside)):
            out.update((start, end))
        start = text.find("(", start + 1)
    return out


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
        elif a and b and (FULL.get(a) == b or TO_HALF.get(a) == b or TO_HALF.get(b) == a):
            out.append((i, i + 1, a, b))
            i += 1
            j += 1
        else:
            return None
    return out


def chinese_width(mt: MappedText, options: Options, lang: str = "zh",
                  said: frozenset[str] = frozenset(), qt: bool = False) -> Iterator[Finding]:
    """Half-width punctuation in Chinese runs and Chinese/Latin spacing of one Chinese text; `said` holds the text
    emoticons its aligned English writes (`faces`), the only ones taken for faces here; `qt`: the text is a Qt
    Linguist message (a file-type filter alone is syntax there, `file_filters`)."""
    text = mt.text
    reported: set[int] = (_numbering_brackets(mt) | _formula_brackets(mt) | _empty_calls(mt) | _math_calls(mt)
                          | _list_calls(mt) | _qualified_calls(mt) if "(" in text else set())  # as if reported
    if "*" in text and "(" in text:
        reported |= file_filters(text, qt)  # 文本文件 (*.txt);;所有文件 (*): a Qt file dialog's filter list
    if any(c in text for c in "⌘⌥⌃⇧+"):
        reported |= _shortcut_keys(text)
    if ":::" in text:
        reported |= _fence_colons(text)
    if ":" in text:
        reported |= _literal_colons(text)
    if said:
        reported |= _emoticons(text, said)
    first_half = HALF_RE.search(text)
    if options.cjk_latin_space is not True and not first_half:
        edits: Iterable[tuple[int, int, str, str]] = ()  # nothing AutoCorrect could report here
    else:
        edits = _autocorrect_edits(text)
    for a, _b, old, new in edits:
        if any(c in HALF for c in old) and any(c in FULL.values() for c in new):
            i = a + next(k for k, c in enumerate(old) if c in HALF)
            if i in reported:
                continue
            reported.add(i)
            yield width_finding(mt, i, i + 1, lang, width_message(text[i], "zh"), FULL[text[i]])
        elif options.cjk_latin_space is True and not old and new.strip() == "" and a > 0 and a < len(text):
            left, right = text[a - 1], text[a]
            if (is_han(left) and right.isascii() and right.isalnum()) or (
                is_han(right) and left.isascii() and (left.isalnum() or left == "%")
            ):
                yield width_finding(mt, a - 1, a + 1, lang, "no space between Chinese and Latin text",
                               f"{left} {right}")
        elif old or new:
            log.debug("autocorrect edit not reported: %r -> %r", old, new)
    # hand rule: what AutoCorrect leaves (parentheses, some semicolons); each half-width mark in order, from the first
    for m in HALF_RE.finditer(text, first_half.start()) if first_half else ():
        i, c = m.start(), m.group()
        if i not in reported and _in_chinese(text, i):
            if c in ":" and neighbour(text, i, 1)[:1].isdigit():
                continue  # 10:30, ratios
            yield width_finding(mt, i, i + 1, lang, width_message(c, "zh"), FULL[c])
    if options.cjk_latin_space is False:
        for m in _space_between().finditer(text):
            yield width_finding(mt, m.start(), m.end(), lang, "space between Chinese and Latin text", "")
