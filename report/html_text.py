"""One piece of manuscript text as escaped HTML: glossary terms, finding spans and markers, Markdown markup hidden."""
from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from zhen_qa.report.findings import Finding

Highlighter = Callable[[str, str], "list[tuple[int, int, str]]"]
"""(text, lang) -> [(start, end, label)]: spans to mark as glossary terms.

When `label` looks like CSS class names ("term term-deprecated") they are added to the span's
classes and the tooltip says "glossary term: deprecated"; any other label is the tooltip as is.
"""

_CSS_TOKENS = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z][A-Za-z0-9_-]*)*$")
# Markdown markup shown as text would be noise: heading hashes, bullets, quote marks, emphasis
# delimiters, code backticks, link brackets and targets. Group "hide" is left out, and with
# `closes` as many characters again at the end of the match; group "tail" too.
_MARKUP: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(r"^(?P<hide>[ \t]{0,3}(?:#{1,6}|[-*+]|>)[ \t]+)"), False),
    (re.compile(r"(?P<hide>\*\*|__)(?=[^\s*_])(?:.+?)(?<=[^\s*_])(?P=hide)"), True),
    (re.compile(r"(?<!\*)(?P<hide>\*)(?=[^\s*])(?:[^*\n]+?)(?<=[^\s*])\*(?!\*)"), True),
    (re.compile(r"(?P<hide>`+)(?:[^`\n]+?)(?P=hide)"), True),
    (re.compile(r"(?P<hide>!?\[)(?:[^\]\n]+)(?P<tail>\]\([^)\s]*(?:\s+\"[^\"]*\")?\))"), False),
)


def esc(text: object) -> str:
    """HTML-escaped text (quotes too, so it is safe in attributes)."""
    return html.escape(str(text), quote=True)


def markdown_markup(text: str) -> set[int]:
    """Indices of `text` that are Markdown markup rather than prose (delimiters, link targets)."""
    hidden: set[int] = set()
    for pattern, closes in _MARKUP:
        for m in pattern.finditer(text):
            hidden.update(range(*m.span("hide")))
            if "tail" in pattern.groupindex:
                hidden.update(range(*m.span("tail")))
            if closes:
                hidden.update(range(m.end() - len(m.group("hide")), m.end()))
    return hidden


@dataclass(frozen=True)
class Mark:
    """A finding's span inside one text (character indices) and its number in the report."""

    start: int
    end: int
    number: int
    finding: Finding
    anchor: bool = True
    """Whether this marker carries the finding's id (its one primary place on the page)."""


def marker(m: Mark) -> str:
    """The numbered badge that links a place in the text to the finding's row in the list."""
    f = m.finding
    sev = f.severity.value
    ident = f' id="f-{m.number}"' if m.anchor else ""
    return (
        f'<a class="marker sev-{sev}"{ident} href="#list-{m.number}" data-finding="{m.number}" '
        f'data-rule="{esc(f.rule)}" data-severity="{sev}" title="{esc(f.rule + ": " + f.message)}">{m.number}</a>'
    )


def _term_span(piece: str, label: str) -> str:
    extra, title = "", label
    if _CSS_TOKENS.match(label):
        tokens = [t for t in label.split() if t != "term"]
        extra = "".join(f" {t}" for t in tokens)
        kinds = [t[len("term-"):] if t.startswith("term-") else t for t in tokens]
        title = "glossary term" + (f": {', '.join(kinds)}" if kinds else "")
    return f'<span class="term{esc(extra)}" title="{esc(title)}">{piece}</span>'


def text_html(text: str, lang: str, marks: Sequence[Mark], highlight: Highlighter | None = None,
              *, markdown: bool = False) -> str:
    """The text with term spans, finding spans and markers; everything escaped, markup hidden when `markdown`."""
    terms: list[tuple[int, int, str]] = []
    if highlight is not None:
        for start, end, label in highlight(text, lang) or ():
            start, end = max(0, int(start)), min(len(text), int(end))
            if start < end:
                terms.append((start, end, str(label)))
    hidden = markdown_markup(text) if markdown else set()
    cuts = {0, len(text)}
    for a, b, _ in terms:
        cuts.update((a, b))
    for m in marks:
        cuts.update((m.start, m.end))
    for i in hidden:
        cuts.update((i, i + 1))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    markers_at: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        markers_at[min(max(m.start, 0), len(text))].append(m)
    out: list[str] = []
    for k, a in enumerate(points):
        out.extend(marker(m) for m in markers_at.get(a, ()))
        if k + 1 == len(points):
            break
        b = points[k + 1]
        if a in hidden:
            continue
        piece = esc(text[a:b])
        for m in marks:
            if m.start <= a and b <= m.end:
                f = m.finding
                piece = (
                    f'<span class="hit sev-{f.severity.value}" data-finding="{m.number}" '
                    f'data-rule="{esc(f.rule)}" data-severity="{f.severity.value}">{piece}</span>'
                )
        for ta, tb, label in terms:
            if ta <= a and b <= tb:
                piece = _term_span(piece, label)
        out.append(piece)
    return "".join(out)


def excerpt_html(excerpt: str, context: str | None, start: int, end: int, *, markdown: bool = False) -> str:
    """The excerpt with the finding's exact span marked (`context[start:end]` is the span).

    The excerpt is looked up in the text the finding is in (`context`); when it is not there
    (a rule that quotes something else), a window of the context around the span is shown instead.
    """
    if context is None or not 0 <= start <= end <= len(context):
        return esc(excerpt)
    core = excerpt.strip("…")
    lead = excerpt[: len(excerpt) - len(excerpt.lstrip("…"))]
    at = -1
    if core:
        at = context.find(core, max(0, end - len(core)))
        while at >= 0 and not (at <= start and end <= at + len(core)):
            at = context.find(core, at + 1)
            if at > start:
                at = -1
    if at < 0 or not core:
        a, b = max(0, start - 30), min(len(context), end + 30)
        lead, core, at = ("…" if a else ""), context[a:b], a
        tail = "…" if b < len(context) else ""
    else:
        tail = excerpt[len(lead) + len(core):]
    s, e = start - at, end - at
    hidden = markdown_markup(core) if markdown else set()

    def shown(i: int, j: int) -> str:
        return esc("".join(ch for n, ch in enumerate(core[i:j], start=i) if n not in hidden))

    span = shown(s, e) or "&#8203;"
    return f'{esc(lead)}{shown(0, s)}<mark class="span">{span}</mark>{shown(e, len(core))}{esc(tail)}'
