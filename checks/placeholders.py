"""Placeholders of software strings: what the program fills in must be in the translation, no more and no less.

A CAT unit translated from a program's strings holds format placeholders (printf `%s`, `%1$@`, `%lld`, Python
`%(name)s`, .NET/Java `{0}`, `{0:N2}`, named `{name}`, Angular/i18next `{{count}}`, `${var}`, Qt/Windows `%1`). A
placeholder the target drops loses the value at run time; one it adds, or changes (`%d` for `%s`, `{1}` for
`{0}`), makes the program fail or print the wrong value: the check translators rely on most (translate-toolkit's
`printf` and `pythonbraceformat`, Xbench's tag and placeholder checks). Sides are compared as multisets, so a
target may reorder; printf placeholders are compared by their position and conversion, so `%@ … %@` may become
`%2$@ … %1$@` (width, flags and precision are layout). `%n` is a line break (Inno Setup, Java), `%%` a percent sign:
neither is a placeholder.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.inline_tags import tag_place
from zhen_qa.checks.quote import clipped, differences
from zhen_qa.manuscript.document import InlineTag, Sentence, span_of
from zhen_qa.manuscript.i18n_json import JSON_SUFFIXES, plural_form
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

PLACEHOLDER_MISMATCH = Rule(
    "placeholder-mismatch",
    Severity.ERROR,
    "A format placeholder of a CAT unit or a message file's string (%s, %1$@, {0}, {name}, {{count}}, ${var}, %1) "
    "is missing from its translation, or the translation has one its source lacks, or leaves an ICU plural or "
    "select unclosed that its source closes: the program loses the value or fails.",
    preconditions="CAT and message files only; units with a target; %n (a line break) and %% (a percent sign) are "
                  "no placeholders",
)

RULES: tuple[Rule, ...] = (PLACEHOLDER_MISMATCH,)

_PLACEHOLDER = re.compile(
    r"(?P<dict>%#@\w+@)"
    r"|(?P<printf>(?<!%)%(?:(?P<pos>[1-9]\d*)\$)?(?:\((?P<name>\w+)\))?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
    r"(?P<conv>@|(?:hh|h|ll|l|z|j|t|L|q)?[diouxXeEfFgGaAcsSprvqTb]))"
    r"|(?P<qt>(?<![%A-Za-z0-9_])%(?P<num>[1-9]\d?)(?![\d$A-Za-z_]))"
    r"|(?P<icu>\{\s*(?P<arg>[^\W\d][\w.]*|\d+)\s*,\s*(?P<kind>plural|selectordinal|select|number|date|time|spellout"
    r"|ordinal|duration)\s*[,}])"
    r"|(?P<linked>(?<![\w.@])@(?:\.\w+)?:(?:\([\w.-]+\)|[\w-]+(?:\.[\w-]+)*))"
    r"|(?P<nest>\$t\([^()\s]+\))"
    r"|(?P<double>\{\{\s*[\w.$-]+\s*\}\})"
    r"|(?P<dollar>\$\{[^{}\s]+\})"
    r"|(?P<brace>(?<![{$\\A-Za-z])\{(?:\d+(?:,[^{}]*)?(?::[^{}]*)?|[^\W\d][\w.]*)\}(?!\}))"
)
"""One placeholder: printf (numbered, named, Objective-C %@, stringsdict %#@VAR@, Python %r, Go %v %q %T),
Qt/Windows %1, {{var}}, ${var}, .NET/Java/Python slots {0}, {0,number}, {0:N2}, {name}; an ICU message's argument
`{count, plural, …}` / `{d, date}` (keyed as `{count}`: the argument is what the program fills in, its cases are
text), vue-i18n's linked message `@:common.ok` / `@.lower:key` and i18next's nesting `$t(key)`. A % right after a % is
not read (`%%` is a literal percent sign). A Qt %1 is told from Latin text by Latin letters and digits around it only:
Chinese writes it between Han characters (第%1步, 已复制%1个文件), which Python's regex word class holds."""

_GLUED = re.compile(_PLACEHOLDER.pattern.replace(r"(?<![{$\\A-Za-z])\{", r"(?<![{$\\])\{"))
"""The same with a slot glued to a word read too (`the {0}naming guide{1}`, a link opened and closed around words):
in a JSON message file, where a brace is the message format's; elsewhere `a{2}` may be a regex or a LaTeX group."""
_LETTER_SLOT = re.compile(r"[A-Za-z]\{")
"""A brace right after a Latin letter: where a slot glued to a word may stand (`_shared_glued`)."""
_COUNT = re.compile(r"^(?:%\{count\}|\{\{?\s*count\s*\}?\}|%(?:1\$)?d)$")
"""The count of a plural message (Rails `%{count}`, i18next `{{count}}`, vue-i18n `{count}`, Android `%d`): a form
for zero, one or two may say it in words ("Posted once", "No replies") in one language and not the other."""
_PIPE = re.compile(r"[ \t]\|[ \t]")
"""vue-i18n's plural branches, `no apples | one apple | {count} apples`: alternatives, of which Chinese writes one."""
_PIPED = (".json", ".yml", ".yaml")
"""Message files whose strings may be vue-i18n's piped plurals."""
_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.I)


def placeholders(text: str, glued: bool = False) -> list[tuple[str, int, int]]:
    """(key, start, end) of each placeholder in `text`, in order; printf keys are "%POSITION CONVERSION" with the
    position counted among unnumbered ones when not written, others the token without inner spaces. An ICU plural
    or select (`{count, plural, one {{n} file} other {{n} files}}`) gives its selector as "?{count}" (`OPTIONAL`:
    a language with one plural form drops it) and the placeholders of its cases, each as many times as the case
    that holds it most (the cases are alternatives, not a sequence). `glued`: a slot right after a letter is one too
    (`_GLUED`)."""
    out: list[tuple[str, int, int]] = []
    running = 0
    urls = [u.span() for u in _URL.finditer(text)] if "%" in text else []
    pos = 0
    pattern = _GLUED if glued else _PLACEHOLDER
    while (m := pattern.search(text, pos)) is not None:
        pos = m.end()
        if any(a <= m.start() < b for a, b in urls):
            continue  # %7E, %20: a URL's percent-encoding
        if m.group("icu") and m.group("kind") in _SELECTORS:
            cases = _icu_cases(text, m.end() - 1)
            if cases is not None:
                out.append((OPTIONAL + "{" + m.group("arg") + "}", m.start(), m.end() - 1))
                count = "{" + m.group("arg") + "}" if m.group("kind") != "select" else ""
                out.extend(_alternatives([[(k, a + start, b + start)
                                           for k, a, b in placeholders(text[start:end], glued)]
                                          + _counts(text, start, end, count)
                                          for start, end in cases[0]]))
                pos = cases[1]
                continue
        if m.group("brace") and _nested(text, m.start()):
            continue  # a brace of an ICU message's case that could not be read as one
        if m.group("printf") and _percent_before_a_word(text, m.start(), m.end()):
            continue  # "Save 50%off": a percentage and a word, not printf %o
        if m.group("printf"):
            if m.group("name"):
                key = f"%({m.group('name')}){m.group('conv')}"
            else:
                if not m.group("pos"):
                    running += 1
                key = f"%{m.group('pos') or running}${m.group('conv').lstrip('hlzjtLq')}"
        elif m.group("icu"):
            key = "{" + m.group("arg") + "}"  # {n, number}, {d, date}: the value {n} is, formatted
            close = text.find("}", m.end() - 1)
            if close >= 0 and "{" not in text[m.end():close]:
                out.append((key, m.start(), close + 1))  # the whole argument with its style, {0,number,#}
                pos = close + 1
                continue
        elif m.group("dict") or m.group("qt") or m.group("linked") or m.group("nest"):
            key = m.group(0)
        else:
            key = re.sub(r"\s+", "", m.group(0))
        out.append((key, m.start(), m.end()))
    return out


OPTIONAL = "?"
"""Prefix of the key of an ICU plural's or select's selector: what chooses the form, which a translation may drop
(Chinese writes one plural form) or print as a plain argument, so it is not compared."""
_SELECTORS = frozenset({"plural", "selectordinal", "select"})
_CASE = re.compile(r"\s*(?:offset:\s*\d+\s*)?(?:=\s*-?\d+(?:\.\d+)?|[\w-]+)\s*\{")


def _icu_cases(text: str, at: int) -> tuple[list[tuple[int, int]], int] | None:
    """The (start, end) of each case's message of the ICU plural or select whose header ends at `at` (its comma),
    and the offset past its closing brace; None when what follows is not cases (`one {…} other {…}`) closed by
    the block's brace."""
    cases: list[tuple[int, int]] = []
    i = at + 1
    while True:
        m = _CASE.match(text, i)
        if m is None:
            j = len(text) - len(text[i:].lstrip())
            return (cases, j + 1) if cases and text[j:j + 1] == "}" else None
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        if depth:
            return None
        cases.append((m.end(), j - 1))
        i = j


def _printed(side: Sequence[_Found], selectors: set[str]) -> set[str]:
    """The selectors' arguments a side prints (`{count}`, or `#` in a plural case): a count the source shows and the
    target nowhere does is a lost value, though which case prints it is each language's own."""
    return {k for k, *_ in side if k in selectors}


def _counts(text: str, start: int, end: int, key: str) -> list[tuple[str, int, int]]:
    """`key` at each `#` of a plural case text[start:end] outside its nested braces: ICU prints the count there
    (`one {# file}`), so it is the argument as much as `{count}` is; none for a select (`key` empty)."""
    if not key:
        return []
    found, depth = [], 0
    for i in range(start, end):
        ch = text[i]
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if ch == "#" and depth == 0:
            found.append((key, i, i + 1))
    return found


def _alternatives(cases: list[list[tuple[str, int, int]]]) -> list[tuple[str, int, int]]:
    """The placeholders of alternative cases: each key as often as the case that holds it most, placed there."""
    best: dict[str, list[tuple[str, int, int]]] = {}
    for found in cases:
        by_key: dict[str, list[tuple[str, int, int]]] = {}
        for item in found:
            by_key.setdefault(item[0], []).append(item)
        for key, items in by_key.items():
            if len(items) > len(best.get(key, [])):
                best[key] = items
    return sorted((item for items in best.values() for item in items), key=lambda item: item[1])


def _percent_before_a_word(text: str, start: int, end: int) -> bool:
    """True when a bare printf conversion (`%` and one letter, no flag, width or position) follows a digit and its
    letter starts a longer Latin word: "50%off", "20%discount" are a percentage glued to a word by a writer who left
    the space out, as a reader of the string sees them, not `%o` or `%d` (a format string would need `%%`; the
    realcat PO, XLIFF and TMX files hold no digit-glued placeholder of this shape). A placeholder after a digit
    (`1%s`, "50%d") or before a non-letter stays one."""
    return (end - start == 2 and start > 0 and text[start - 1].isdigit() and text[start - 1].isascii()
            and end < len(text) and text[end].isascii() and text[end].isalpha())


def _nested(text: str, at: int) -> bool:
    """True when text[at] is inside a brace opened before it and not closed (an ICU message's case)."""
    depth = 0
    for ch in text[:at]:
        depth = depth + 1 if ch == "{" else max(depth - 1, 0) if ch == "}" else depth
    return depth > 0


_Found = tuple[str, str, "tuple[Location, str] | None"]
"""A placeholder of one side: its key, as written, and where it is with an excerpt (None: not placed)."""


def _side(sentences: Sequence[Sentence], tags: Sequence[InlineTag], glued: bool = False) -> list[_Found]:
    """The placeholders of one side of a unit, in order: its text's, and those in the attributes of markup the
    string writes as text (`<a href="%s">`: `text_tags` took the tag out of the prose, its placeholder is still
    the program's). A tag's attributes are read where the tag stands in the text, so unnumbered printf
    placeholders are counted in the order the program fills them."""
    out: list[_Found] = []
    for k, s in enumerate(sentences):
        text = s.text
        first, last = (text.offsets[0], text.end_of(len(text.text) - 1)) if text.text else (0, 0)
        inside = [t for t in tags if t.attrs and t.at is not None
                  and (k == 0 or t.at[0] >= first) and (k == len(sentences) - 1 or t.at[0] < last)]
        pieces: list[tuple[str, int, InlineTag | None]] = []  # text, where it starts in `text`, or the tag
        pos = 0
        for tag in sorted(inside, key=lambda t: t.at or (0, 0)):
            assert tag.at is not None
            i = bisect.bisect_left(text.offsets, tag.at[0], pos)
            pieces += [(text.text[pos:i], pos, None), (tag.attrs, i, tag)]
            pos = i
        pieces.append((text.text[pos:], pos, None))
        written = " ".join(p for p, _, _ in pieces)
        starts, at = [], 0
        for p, _, _ in pieces:
            starts.append(at)
            at += len(p) + 1
        for key, a, b in placeholders(written, glued):
            j = bisect.bisect_right(starts, a) - 1
            _, origin, marked = pieces[j]
            token, a, b = written[a:b], a - starts[j] + origin, b - starts[j] + origin
            out.append((key, token, tag_place(marked, [s]) if marked is not None
                        else (text.location(a, b), excerpt_around(text.text, a, b))))
    return out


def _branch_max(sentences: Sequence[Sentence], glued: bool) -> Counter[str] | None:
    """Placeholder counts of a side written as vue-i18n plural branches (`{n} car | {n} cars`): each placeholder as
    often as the branch that holds it most (the branches are alternatives); None for a side without branches."""
    text = " ".join(s.text.text for s in sentences)
    if not _PIPE.search(text):
        return None
    out: Counter[str] = Counter()
    for branch in _PIPE.split(text):
        out |= Counter(k for k, _a, _b in placeholders(branch, glued) if not k.startswith(OPTIONAL))
    return out


def _branches(sentences: Sequence[Sentence]) -> int:
    """How many `_PIPE` branches a side is written as (1: none)."""
    return len(_PIPE.split(" ".join(s.text.text for s in sentences)))


def _unclosed(target: Sequence[Sentence], read: set[str]) -> Finding | None:
    """The finding for an ICU plural or select of the target whose cases are not closed by the block's brace
    (`{count, plural, one {# 项} other {# 项`) where the source's, with the same argument, is read (`read`: the
    source's selectors): ICU cannot parse the message, and the program fails or prints it raw. None when there is no
    such block (one the source writes alike is a form this check does not read, not the translator's slip)."""
    texts = [s.text.text for s in target]
    written = " ".join(texts)
    starts = [sum(len(t) + 1 for t in texts[:k]) for k in range(len(texts))]
    for m in _PLACEHOLDER.finditer(written):
        if not (m.group("icu") and m.group("kind") in _SELECTORS and "{" + m.group("arg") + "}" in read):
            continue
        if _icu_cases(written, m.end() - 1) is not None:
            continue
        k = bisect.bisect_right(starts, m.start()) - 1
        a, b = m.start() - starts[k], min(m.end(), starts[k] + len(texts[k])) - starts[k]
        header = re.sub(r"\s+", " ", m.group(0))
        return Finding(PLACEHOLDER_MISMATCH.id, PLACEHOLDER_MISMATCH.severity,
                       f"the ICU {m.group('kind')} {_shown(header + ' …')} is not closed (its source's is): the "
                       f"program cannot format the message: {clipped(written)}",
                       target[k].text.location(a, b), target[k].lang, excerpt_around(texts[k], a, b),
                       data=(("unclosed", "{" + m.group("arg") + "}"),))
    return None


def _shared_glued(source: Sequence[Sentence], target: Sequence[Sentence], tags: tuple[Sequence[InlineTag], ...],
                  src: list[_Found], tgt: list[_Found]) -> tuple[list[_Found], list[_Found]]:
    """The placeholders of both sides with the slots glued to a word (`_GLUED`) that the other side writes too: in a
    file whose braces need not be the message format's, `peer{markup_end}` alone may be a regex's or a LaTeX
    group's brace, but beside a translation that writes {markup_end} (个节点{markup_end}, after a Han character) it
    is that slot, and a Chinese GB{size} is the English's {size}. A glued slot the other side lacks stays unread, as
    before (a drop of one is not seen: no evidence it is a slot)."""
    texts = [s.text.text for s in (*source, *target)]
    if not any(_LETTER_SLOT.search(t) for t in texts):
        return src, tgt
    src_g, tgt_g = _side(source, tags[0], True), _side(target, tags[1], True)
    shared = {k for k, *_ in src_g} & {k for k, *_ in tgt_g}

    def read(plain: list[_Found], both: list[_Found]) -> list[_Found]:
        known = {(k, place) for k, _, place in plain}
        return [f for f in both if f[0] in shared or (f[0], f[2]) in known]

    return read(src, src_g), read(tgt, tgt_g)


def _shown(token: str) -> str:
    return f"“{token}”"


def run(ctx: CheckContext) -> Iterator[Finding]:
    """One finding per CAT unit whose target's placeholders differ from its source's."""
    ms = ctx.manuscript
    if not ms.units:
        return
    source_lang = ms.source_lang or "zh"
    target_lang = "en" if source_lang == "zh" else "zh"
    glued = ms.path.lower().endswith(JSON_SUFFIXES)
    piped = ms.path.lower().endswith(_PIPED)
    for pair in ms.pairs:
        source = pair.zh if source_lang == "zh" else pair.en
        target = pair.en if source_lang == "zh" else pair.zh
        if not source or not target:
            continue  # an untranslated unit is `untranslated`, once
        tags = pair.tags or ((), ())
        src, tgt = _side(source, tags[0], glued), _side(target, tags[1], glued)
        if not glued:
            src, tgt = _shared_glued(source, target, tags, src, tgt)
        if not src and not tgt:
            continue
        unclosed = _unclosed(target, {k[len(OPTIONAL):] for k, *_ in src if k.startswith(OPTIONAL)})
        if unclosed is not None:
            yield unclosed
            continue  # its cases unread, its placeholders are not compared
        src_tokens = {k: token for k, token, _ in src}
        tgt_tokens = {k: token for k, token, _ in tgt}
        selectors = {k[len(OPTIONAL):] for k, *_ in src + tgt if k.startswith(OPTIONAL)}
        known = {k.removeprefix(OPTIONAL) for k in src_tokens}
        src_count = Counter(k for k, *_ in src if not k.startswith(OPTIONAL) and k not in selectors)
        tgt_count = Counter(k for k, *_ in tgt if not k.startswith(OPTIONAL) and k not in selectors
                            or k.startswith(OPTIONAL) and k[len(OPTIONAL):] not in known)  # a selector renamed
        if piped and _branches(source) != _branches(target):  # as many on both sides: parallel, or a separator
            src_count = _branch_max(source, glued) or src_count
            tgt_count = _branch_max(target, glued) or tgt_count
        missing = list((src_count - tgt_count).elements())
        missing += sorted(_printed(src, selectors) - _printed(tgt, selectors))  # a count the target never shows
        extra = list((tgt_count - src_count).elements())
        # "Posted once" / "%{count} 个回复": the form names its count
        if plural_form(pair.section, ms.path) in ("zero", "one", "two"):
            missing = [k for k in missing if not _COUNT.match(src_tokens.get(k, k))]
            extra = [k for k in extra if not _COUNT.match(tgt_tokens[k])]
        if not missing and not extra:
            continue
        parts = differences([_shown(src_tokens[k]) for k in missing], [_shown(tgt_tokens[k]) for k in extra],
                            source_lang, target_lang)
        place = next((p for k, _, p in tgt if k in extra and p is not None), None)
        if place is not None:
            location, excerpt = place
        else:
            location = span_of(target)
            excerpt = excerpt_around(" ".join(s.text.text for s in target), 0, 0)
        shown = clipped(" ".join(s.text.text for s in target))
        yield Finding(PLACEHOLDER_MISMATCH.id, PLACEHOLDER_MISMATCH.severity, "; ".join(parts) + ": " + shown,
                      location, target_lang, excerpt, related=span_of(source),
                      data=(("missing", [src_tokens[k] for k in missing]),
                            ("extra", [tgt_tokens[k] for k in extra])))
