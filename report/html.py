"""Self-contained HTML report: both languages side by side bead by bead, findings in place, filters.

The page loads nothing from the network (a Content-Security-Policy forbids it); CSS and the
small filter script are inlined. Every piece of manuscript text is escaped.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files

from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.source import SourceText
from zhen_qa.report.findings import Finding
from zhen_qa.report.model import FileResult, Report
from zhen_qa.report.safetext import utf8
from zhen_qa.report.summary import SEVERITIES, count, describe, file_label, plural
from zhen_qa.report.version import TOOL_NAME, tool_version

Highlighter = Callable[[str, str], "list[tuple[int, int, str]]"]
"""(text, lang) -> [(start, end, label)]: spans to mark as glossary terms.

When `label` looks like CSS class names ("term term-deprecated") they are added to the span's
classes and the tooltip says "glossary term: deprecated"; any other label is the tooltip as is.
"""



def _hash_source(text: str) -> str:
    """A CSP hash source for one inline element's exact text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    """The page's CSP: its own inline style and script (by hash) and nothing else, no network at all."""
    return (
        f"default-src 'none'; style-src {_hash_source(style)}; script-src {_hash_source(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )

_CSS_TOKENS = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z][A-Za-z0-9_-]*)*$")


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _asset(name: str) -> str:
    return files("report").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class _Mark:
    """A finding's span inside one sentence (character indices into the sentence text)."""

    start: int
    end: int
    number: int
    finding: Finding


def _source_offset(source: SourceText, line: int, column: int) -> int | None:
    if not 1 <= line <= len(source.line_starts):
        return None
    return source.line_starts[line - 1] + max(column, 1) - 1


class _Placer:
    """Finds the sentence and character span where a finding is, from its file position."""

    def __init__(self, pairs: Sequence[Pair]) -> None:
        self.where: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
        self.sources: dict[str, SourceText] = {}
        self.sentences: list[Sentence] = []
        for pair in pairs:
            for s in (*pair.zh, *pair.en):
                sid = len(self.sentences)
                self.sentences.append(s)
                src = s.text.source
                self.sources.setdefault(src.path, src)
                table = self.where[src.path]
                for i, off in enumerate(s.text.offsets):
                    table.setdefault(off, (sid, i))

    def place(self, f: Finding) -> tuple[int, int, int] | None:
        """(sentence id, start, end) of the finding, or None when it is outside every paired sentence."""
        loc = f.location
        src = self.sources.get(loc.path)
        if src is None:
            return None
        start = _source_offset(src, loc.line, loc.column)
        hit = self.where[loc.path].get(start) if start is not None else None
        if hit is None:
            return None
        sid, i = hit
        n = len(self.sentences[sid].text.text)
        end_off = _source_offset(src, loc.end_line, loc.end_column)
        j = n
        if end_off is not None and start is not None and end_off > start:
            last = self.where[loc.path].get(end_off - 1)
            j = last[1] + 1 if last and last[0] == sid else n
        elif end_off is not None:
            j = i
        return sid, i, max(i, min(j, n))


def _marker(m: _Mark) -> str:
    f = m.finding
    sev = f.severity.value
    title = f"{f.rule}: {f.message}"
    return (
        f'<a class="marker sev-{sev}" id="f-{m.number}" href="#list-{m.number}" data-finding="{m.number}" '
        f'data-rule="{_esc(f.rule)}" data-severity="{sev}" title="{_esc(title)}">{m.number}</a>'
    )


def _sentence_html(text: str, lang: str, marks: Sequence[_Mark], highlight: Highlighter | None) -> str:
    """The sentence with term spans, finding spans and finding markers; everything escaped."""
    terms: list[tuple[int, int, str]] = []
    if highlight is not None:
        for start, end, label in highlight(text, lang) or ():
            start, end = max(0, int(start)), min(len(text), int(end))
            if start < end:
                terms.append((start, end, str(label)))
    cuts = {0, len(text)}
    for a, b, _ in terms:
        cuts.update((a, b))
    for m in marks:
        cuts.update((m.start, m.end))
    points = sorted(cuts)
    out: list[str] = []
    markers_at: dict[int, list[_Mark]] = defaultdict(list)
    for m in marks:
        markers_at[m.start].append(m)
    for k, a in enumerate(points):
        out.extend(_marker(m) for m in markers_at.get(a, ()))
        if k + 1 == len(points):
            break
        b = points[k + 1]
        piece = _esc(text[a:b])
        for m in marks:
            if m.start <= a and b <= m.end:
                f = m.finding
                piece = (
                    f'<span class="hit sev-{f.severity.value}" data-finding="{m.number}" '
                    f'data-rule="{_esc(f.rule)}" data-severity="{f.severity.value}">{piece}</span>'
                )
        for ta, tb, label in terms:
            if ta <= a and b <= tb:
                extra, title = "", label
                if _CSS_TOKENS.match(label):
                    tokens = [t for t in label.split() if t != "term"]
                    extra = "".join(f" {t}" for t in tokens)
                    kinds = [t[len("term-"):] if t.startswith("term-") else t for t in tokens]
                    title = "glossary term" + (f": {', '.join(kinds)}" if kinds else "")
                piece = f'<span class="term{_esc(extra)}" title="{_esc(title)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _side_html(pair: Pair, indices: Iterable[int], lang: str, sid_of: dict[int, int],
               marks: dict[int, list[_Mark]], highlight: Highlighter | None) -> str:
    sentences = pair.zh if lang == "zh" else pair.en
    parts = []
    for i in indices:
        s = sentences[i]
        sid = sid_of[id(s)]
        body = _sentence_html(s.text.text, lang, marks.get(sid, ()), highlight)
        parts.append(f'<span class="sent"><span class="ln">{s.location.line}</span>{body}</span>')
    return "".join(parts)


def _finding_row(number: int, f: Finding) -> str:
    loc = f.location
    sev = f.severity.value
    suggestion = _esc(f.suggestion) if f.suggestion else ""
    return (
        f'<tr class="finding-row" id="list-{number}" data-finding="{number}" data-rule="{_esc(f.rule)}" '
        f'data-severity="{sev}"><td class="where"><a href="#f-{number}">{_esc(loc.path)}:{loc.line}:{loc.column}</a></td>'
        f'<td><span class="badge sev-{sev}">{sev}</span></td><td><code>{_esc(f.rule)}</code></td>'
        f"<td>{_esc(f.message)}</td><td>{_esc(f.excerpt)}</td><td>{suggestion}</td></tr>"
    )


def _file_html(fr: FileResult, numbered: list[tuple[int, Finding]], highlight: Highlighter | None) -> str:
    placer = _Placer(fr.pairs)
    sid_of = {id(s): i for i, s in enumerate(placer.sentences)}
    marks: dict[int, list[_Mark]] = defaultdict(list)
    elsewhere: list[tuple[int, Finding]] = []
    for number, f in numbered:
        spot = placer.place(f)
        if spot is None:
            elsewhere.append((number, f))
        else:
            sid, a, b = spot
            marks[sid].append(_Mark(a, b, number, f))
    out = [f'<section class="file"><h2>{_esc(file_label(fr))}</h2>']
    if elsewhere:
        out.append('<h3>Findings outside the paired text</h3><ul class="elsewhere">')
        for number, f in elsewhere:
            m = _Mark(0, 0, number, f)
            out.append(
                f'<li data-finding="{number}" data-rule="{_esc(f.rule)}" data-severity="{f.severity.value}">'
                f"{_marker(m)} <code>{f.location.line}:{f.location.column}</code> {_esc(f.message)}</li>"
            )
        out.append("</ul>")
    for p, pair in enumerate(fr.pairs):
        out.append(f'<section class="pair"><h3>{_esc(pair.section)}</h3><table class="beads">')
        out.append('<colgroup><col class="n"><col><col></colgroup><tr><th class="n">#</th><th lang="zh-CN">中文</th><th lang="en">English</th></tr>')
        for b, bead in enumerate(pair.beads, start=1):
            zh = _side_html(pair, bead.zh, "zh", sid_of, marks, highlight)
            en = _side_html(pair, bead.en, "en", sid_of, marks, highlight)
            has = any(marks.get(sid_of[id(s)]) for s in [*(pair.zh[i] for i in bead.zh), *(pair.en[i] for i in bead.en)])
            cls = "bead has-findings" if has else "bead"
            out.append(
                f'<tr class="{cls}" id="p{p + 1}-b{b}"><td class="n" title="score {bead.score:.3f}">{b}</td>'
                f'<td lang="zh-CN">{zh}</td><td lang="en">{en}</td></tr>'
            )
        out.append("</table></section>")
    out.append("</section>")
    return "\n".join(out)


def _filters(findings: Sequence[Finding]) -> str:
    rules = sorted({f.rule for f in findings})
    sev_counts = count(findings)
    boxes = [
        f'<label><input type="checkbox" data-kind="severity" value="{s.value}" checked> '
        f'<span class="badge sev-{s.value}">{s.value}</span> ({getattr(sev_counts, s.value)})</label>'
        for s in SEVERITIES
    ]
    by_rule = dict(sev_counts.by_rule)
    rule_boxes = [
        f'<label><input type="checkbox" data-kind="rule" value="{_esc(r)}" checked> <code>{_esc(r)}</code> ({by_rule[r]})</label>'
        for r in rules
    ]
    return (
        '<form id="filters">'
        f'<fieldset id="severity-filter"><legend>Severity</legend>{"".join(boxes)}</fieldset>'
        f'<fieldset id="rule-filter"><legend>Rule</legend>{"".join(rule_boxes)}</fieldset>'
        '<span id="shown"></span></form>'
    )


def render_html(report: Report, *, highlight: Highlighter | None = None) -> bytes:
    """The HTML report as UTF-8 bytes; `highlight` marks glossary terms in each sentence."""
    numbered_by_file: list[list[tuple[int, Finding]]] = []
    all_numbered: list[tuple[int, Finding]] = []
    for fr in report.files:
        items = [(len(all_numbered) + k + 1, f) for k, f in enumerate(sorted(fr.findings, key=Finding.sort_key))]
        numbered_by_file.append(items)
        all_numbered.extend(items)
    findings = [f for _, f in all_numbered]
    total = count(findings)
    summary = f"{plural(total.total, 'finding')} ({describe(total)}) in {plural(len(report.files), 'file')}"
    rows = "\n".join(_finding_row(n, f) for n, f in all_numbered)
    signature = json.dumps(report.signature, ensure_ascii=False, sort_keys=True, indent=1, default=str)
    style, script = _asset("html_report.css"), _asset("html_report.js")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(content_security_policy(style, script))}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{TOOL_NAME} report</title><style>{style}</style></head><body>",
        f'<header><h1>{TOOL_NAME} report</h1><p class="summary">{_esc(summary)}</p>{_filters(findings)}</header>',
        '<main><section id="findings"><h2>Findings</h2>',
        '<table class="list"><thead><tr><th>Where</th><th>Severity</th><th>Rule</th><th>Message</th>'
        f"<th>Excerpt</th><th>Suggestion</th></tr></thead><tbody>{rows}</tbody></table></section>",
    ]
    for fr, numbered in zip(report.files, numbered_by_file):
        parts.append(_file_html(fr, numbered, highlight))
    parts += [
        "</main>",
        f"<footer>{TOOL_NAME} {_esc(tool_version(report.signature))}<details><summary>Signature</summary>"
        f"<pre>{_esc(signature)}</pre></details></footer>",
        f"<script>{script}</script>",
        "</body></html>",
        "",
    ]
    return utf8("\n".join(parts))
