"""Self-contained HTML review page: the whole document in reading order with findings in place, the two
languages side by side bead by bead, findings grouped by rule, and review marks saved as a baseline.

The page loads nothing from the network and runs only its own script (a Content-Security-Policy
with the hashes of its inline style and script). Every piece of manuscript text is escaped.
"""
from __future__ import annotations

import base64
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from importlib.resources import files

from zhen_qa.manuscript.digest import sha256
from zhen_qa.manuscript.document import Block, Pair, Role
from zhen_qa.manuscript.plural import plural
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, Location, MappedText, SourceText
from zhen_qa.report.baseline import baseline_entries
from zhen_qa.report.codetext import shown_span, shown_text
from zhen_qa.report.findings import Finding
from zhen_qa.report.html_findings import Row, findings_html, short_names
from zhen_qa.report.html_place import Placer
from zhen_qa.report.html_tables import table_html, table_runs
from zhen_qa.report.html_text import Highlighter, Mark, esc, marker, text_html
from zhen_qa.report.model import FileResult, Report
from zhen_qa.report.places import is_word, line_name
from zhen_qa.report.safetext import utf8
from zhen_qa.report.summary import SEVERITIES, count, describe, glossary_sentence, rules_worst_first
from zhen_qa.report.version import TOOL_NAME, tool_version

__all__ = ["Highlighter", "content_security_policy", "render_html"]

_HEADINGS = (Role.TITLE, Role.HEADING)
_LANG = {"zh": "zh-CN", "en": "en", "mixed": "zh-CN"}


def _asset(name: str) -> str:
    return files("zhen_qa.report").joinpath(name).read_text(encoding="utf-8")


def _hash_source(text: str) -> str:
    """A CSP hash source for one inline element's exact text."""
    return "'sha256-" + base64.b64encode(sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    """The page's CSP: its own inline style and script (by hash) and nothing else, no network at all."""
    return (
        f"default-src 'none'; style-src {_hash_source(style)}; script-src {_hash_source(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _shown_path(path: str, root: str) -> str:
    """`path` relative to `root` with forward slashes (as given when it cannot be made relative)."""
    try:
        return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return path


def _is_markdown(path: str) -> bool:
    return path.lower().endswith((".md", ".markdown"))


class _Page:
    """Places every finding of one file in the document view, the bead view, or the list of the rest."""

    def __init__(self, fr: FileResult, numbered: Sequence[tuple[int, Finding]]) -> None:
        self.fr = fr
        self.sentences = [s for p in fr.pairs for s in (*p.zh, *p.en)]
        self.sid = {id(s): i for i, s in enumerate(self.sentences)}
        self.doc_marks: dict[int, list[Mark]] = defaultdict(list)
        self.bead_marks: dict[int, list[Mark]] = defaultdict(list)
        self.elsewhere: list[tuple[int, Finding]] = []
        self.context: dict[int, tuple[str, int, int]] = {}
        self.labels = {tid: t for tid, t in enumerate(_label_text(b) for b in fr.blocks) if t is not None}
        self.label_marks: dict[int, list[Mark]] = defaultdict(list)
        label_of = list(self.labels)
        doc = Placer([*(b.text for b in fr.blocks), *self.labels.values()])
        beads = Placer([s.text for s in self.sentences])
        for number, f in numbered:
            in_doc = doc.place(f)
            in_bead = beads.place(f)
            if in_doc is not None and in_doc[0] >= len(fr.blocks):  # in a block's label (the colon of 摘要:)
                tid, a, b = in_doc
                block = label_of[tid - len(fr.blocks)]
                self.label_marks[block].append(Mark(a, b, number, f))  # its excerpt: the line, as before
            elif in_doc is not None:
                tid, a, b = in_doc
                self.doc_marks[tid].append(Mark(a, b, number, f))
                self.context[number] = shown_span(fr.blocks[tid].text, a, b)
                for place in _listed_places(f):  # the other cells of a table column left in English…
                    other = doc.place(replace(f, location=place))
                    if other is not None and other[0] < len(fr.blocks) and other != in_doc:
                        self.doc_marks[other[0]].append(Mark(other[1], other[2], number, f, anchor=False))
            if in_bead is not None:
                tid, a, b = in_bead
                self.bead_marks[tid].append(Mark(a, b, number, f, anchor=in_doc is None))
                self.context.setdefault(number, shown_span(self.sentences[tid].text, a, b))
            if in_doc is None and in_bead is None:
                self.elsewhere.append((number, f))
            if number not in self.context:
                line = _line_context(doc.sources.get(f.location.path) or beads.sources.get(f.location.path), f)
                if line is not None:
                    self.context[number] = line


def _listed_places(f: Finding) -> list[Location]:
    """The places after the first of a finding that lists them (`data["sentences"]` with their ends: the cells of a
    table column left in English, the sentences of a term-missing summary), each marked in the document with the
    finding's number so that a reader sees every place the one finding stands for."""
    listed = dict(f.data).get("sentences")
    if not isinstance(listed, list):
        return []
    keys = {"line", "column", "end_line", "end_column"}
    return [Location(f.location.path, s["line"], s["column"], s["end_line"], s["end_column"])
            for s in listed[1:] if isinstance(s, dict) and keys <= s.keys()]


def _label_text(block: Block) -> MappedText | None:
    """The shown label of a block (摘要:, Abstract:) where its file writes it, right before the block's text on the
    same line, so that a finding on it (a half-width colon) is marked in the label; None without one."""
    if not block.label or block.role in _HEADINGS or not block.text.offsets:
        return None
    source, start = block.text.source, block.text.offsets[0]
    line_start = source.text.rfind("\n", 0, start) + 1
    at = source.text.rfind(block.label, line_start, start)
    return MappedText.span(source, at, at + len(block.label)) if at >= 0 else None


def _line_context(source: SourceText | None, f: Finding) -> tuple[str, int, int] | None:
    """The finding's line of its file and its span there (for a finding outside every shown text)."""
    loc = f.location
    if source is None or not 1 <= loc.line <= len(source.line_starts):
        return None
    start = source.line_starts[loc.line - 1]
    end = source.line_starts[loc.line] - 1 if loc.line < len(source.line_starts) else len(source.text)
    text = source.text[start:end]
    a = min(max(loc.column - 1, 0), len(text))
    b = min(max(loc.end_column - 1, a), len(text)) if loc.end_line == loc.line else len(text)
    return text, a, b


def _shown(mt: MappedText, marks: Sequence[Mark]) -> tuple[str, Sequence[Mark]]:
    """The text as the file writes it (inline code put back for the mask) and the marks at their place in it."""
    if CODE_PLACEHOLDER not in mt.text:
        return mt.as_written(), marks
    text, where = shown_text(mt)
    n = len(mt.text)
    return text, [replace(m, start=where[min(m.start, n)], end=where[min(m.end, n)]) for m in marks]


def _block_html(block: Block, marks: Sequence[Mark], highlight: Highlighter | None,
                label_marks: Sequence[Mark] = (), *, cell: bool = False) -> str:
    """A block of the document view; a table `cell` is a `<div>` without its line number (its row shows it)."""
    tag = "div" if cell else "h3" if block.role in _HEADINGS else "p"
    md = _is_markdown(block.text.source.path)
    shown_label = block.label and block.role not in _HEADINGS  # a heading's label is its own text
    label_html = text_html(block.label, block.lang, label_marks) if label_marks else esc(block.label)
    label = f'<span class="label">{label_html}</span> ' if shown_label else ""
    text, marks = _shown(block.text, marks)
    body = text_html(text, block.lang, marks, highlight, markdown=md)
    cls = f"blk role-{block.role.value}" + (" has-findings" if marks or label_marks else "")
    lang = _LANG.get(block.lang, "zh-CN")
    line = "" if cell else f'<span class="ln">{_line_label(block.text.source.path, block.location.line)}</span>'
    return f'<{tag} class="{cls}" lang="{lang}">{line}{label}{body}</{tag}>'


def _offset_cell(cell_html: Callable[[int], str], start: int, i: int) -> str:
    return cell_html(start + i)


def _block_line(block: Block) -> str:
    return _line_label(block.text.source.path, block.location.line)


def _line_label(path: str, line: int) -> str:
    """The line number shown before a text; in a Word document the paragraph's, or where a text read after the body
    is (`table 1, row 2`, `footnote 3`), whose line numbers are the reader's own and no paragraph of the document."""
    if not is_word(path):
        return str(line)
    name = _CELL_NUMBER.sub("", line_name(path, line))
    return name.removeprefix("paragraph ") if name.startswith("paragraph ") and name[10:].isdigit() else esc(name)


_CELL_NUMBER = re.compile(r", cell \d+$")


def _path_html(path: str, root: str, names: Mapping[str, str]) -> str:
    """A file as headings name it: its short name (`short_names`), the whole relative path in the tooltip."""
    shown = _shown_path(path, root)
    return f'<span title="{esc(shown)}">{esc(names.get(shown, shown))}</span>'


def _document_html(page: _Page, highlight: Highlighter | None, root: str, names: Mapping[str, str]) -> str:
    out = ['<section class="document"><h3 class="view">Document</h3>']
    current: str | None = page.fr.path  # the page's heading names it: a file heading only where another begins
    blocks = page.fr.blocks
    tables = dict(table_runs(blocks))

    def cell_html(tid: int) -> str:
        return _block_html(blocks[tid], page.doc_marks.get(tid, ()), highlight, page.label_marks.get(tid, ()),
                           cell=True)

    order = _reading_order(page.fr)
    k = 0
    while k < len(order):
        tid = order[k]
        block = blocks[tid]
        path = block.text.source.path
        if path != current:
            out.append(f'<h4 class="source">{_path_html(path, root, names)}</h4>')
        current = path
        if tid in tables:
            start, end = tid, tables[tid]
            out.append(table_html(blocks[start:end], partial(_offset_cell, cell_html, start), _block_line))
            k += end - start
            continue
        out.append(_block_html(block, page.doc_marks.get(tid, ()), highlight, page.label_marks.get(tid, ())))
        k += 1
    out.append("</section>")
    return "\n".join(out)


def _reading_order(fr: FileResult) -> list[int]:
    """The indices of the file's blocks as the Document view shows them: in reading order, except that a
    translation's two files (`check ZH --en EN`) are each shown whole, the Chinese file first. A JSON message pair's
    reader gives its blocks unit by unit, English and Chinese by turns, and the view named the files at every unit,
    the first English string under the pair's heading. The Chinese file is the one its Chinese blocks come from, not
    the path given first: a pair given the other way round is read swapped. Within a file the order is kept (a
    table's cells stay together); a thesis's chapters, read where the main file inputs them, keep their place."""
    blocks = fr.blocks
    if fr.en_path is None:
        return list(range(len(blocks)))
    zh_path = next((b.text.source.path for b in blocks if b.lang == "zh"), fr.path)
    return sorted(range(len(blocks)), key=lambda i: blocks[i].text.source.path != zh_path)


def _side_html(page: _Page, pair: Pair, indices: Sequence[int], lang: str, highlight: Highlighter | None) -> str:
    sentences = pair.zh if lang == "zh" else pair.en
    parts = []
    for i in indices:
        s = sentences[i]
        marks = page.bead_marks.get(page.sid[id(s)], ())
        text, shown_marks = _shown(s.text, marks)
        body = text_html(text, lang, shown_marks, highlight, markdown=_is_markdown(s.text.source.path))
        ln = _line_label(s.text.source.path, s.location.line)
        parts.append(f'<span class="sent"><span class="ln">{ln}</span>{body}</span>')
    return "".join(parts)


def _beads_html(page: _Page, highlight: Highlighter | None) -> str:
    pairs = [(p, pair) for p, pair in enumerate(page.fr.pairs) if pair.en]
    if not pairs:
        return ""
    out = ['<section class="side-by-side"><h3 class="view">Side by side</h3>']
    english_first = page.fr.source_lang == "en"  # a CAT file translated from English: its source first, as the tool
    zh_head, en_head = '<th lang="zh-CN">中文</th>', '<th lang="en">English</th>'
    head = en_head + zh_head if english_first else zh_head + en_head
    for p, pair in pairs:
        out.append(f'<section class="pair"><h4>{esc(pair.section)}</h4><table class="beads">')
        out.append(f'<colgroup><col class="n"><col><col></colgroup><tr><th class="n">#</th>{head}</tr>')
        for b, bead in enumerate(pair.beads, start=1):
            zh = f'<td lang="zh-CN">{_side_html(page, pair, bead.zh, "zh", highlight)}</td>'
            en = f'<td lang="en">{_side_html(page, pair, bead.en, "en", highlight)}</td>'
            sents = [*(pair.zh[i] for i in bead.zh), *(pair.en[i] for i in bead.en)]
            cls = "bead has-findings" if any(page.bead_marks.get(page.sid[id(s)]) for s in sents) else "bead"
            out.append(
                f'<tr class="{cls}" id="p{p + 1}-b{b}"><td class="n" title="score {bead.score:.3f}">{b}</td>'
                f'{en + zh if english_first else zh + en}</tr>'
            )
        out.append("</table></section>")
    out.append("</section>")
    return "\n".join(out)


def _file_html(fr: FileResult, page: _Page, highlight: Highlighter | None, root: str,
               names: Mapping[str, str]) -> str:
    label = _path_html(fr.path, root, names) + (f" + {_path_html(fr.en_path, root, names)}" if fr.en_path else "")
    out = [f'<section class="file"><h2>{label}</h2>']
    out.extend(f'<p class="note">{esc(note)}</p>' for note in fr.notes)
    if page.elsewhere:
        out.append('<h3>Findings outside the shown text</h3><ul class="elsewhere">')
        for number, f in page.elsewhere:
            out.append(
                f'<li data-finding="{number}" data-rule="{esc(f.rule)}" data-severity="{f.severity.value}">'
                f"{marker(Mark(0, 0, number, f))} <code>{f.location.line}:{f.location.column}</code> "
                f"{esc(f.message)}</li>"
            )
        out.append("</ul>")
    if fr.blocks:
        out.append(_document_html(page, highlight, root, names))
    out.append(_beads_html(page, highlight))
    out.append("</section>")
    return "\n".join(out)


def _filters(findings: Sequence[Finding], catalog: Sequence[str]) -> str:
    """The severity and rule filters; the rules in the order of the groups below them (`rules_worst_first`: they
    were alphabetical, monolingual-section before term-variant, while the groups read term-variant first)."""
    sev_counts = count(findings)
    boxes = [
        f'<label><input type="checkbox" data-kind="severity" value="{s.value}" checked> '
        f'<span class="badge sev-{s.value}">{s.value}</span> ({getattr(sev_counts, s.value)})</label>'
        for s in SEVERITIES
    ]
    rule_boxes = [
        f'<label><input type="checkbox" data-kind="rule" value="{esc(r)}" checked> '
        f'<code>{esc(r)}</code> ({n})</label>'
        for r, _severity, n in rules_worst_first(findings, catalog)
    ]
    return (
        '<form id="filters">'
        f'<fieldset id="severity-filter"><legend>Severity</legend>{"".join(boxes)}</fieldset>'
        f'<fieldset id="rule-filter"><legend>Rule</legend>{"".join(rule_boxes)}</fieldset>'
        '<span id="shown"></span></form>'
        '<div id="review-bar"><span id="review-counts"></span> '
        '<button type="button" id="download-baseline">Download false alarms as a baseline</button></div>'
    )


def _paths(report: Report) -> list[str]:
    """Every file the page names: the checked files, the files their text was read from, the findings' files."""
    paths = [p for fr in report.files for p in (fr.path, fr.en_path) if p]
    paths += [b.text.source.path for fr in report.files for b in fr.blocks]
    paths += [f.location.path for fr in report.files for f in fr.findings]
    return paths


def _page_title(report: Report, root: str, names: Mapping[str, str]) -> str:
    """The browser tab's title: the checked file's short name first (`a.zh.txt + a.en.txt`), or how many files."""
    if len(report.files) != 1:
        return f"{plural(len(report.files), 'file')} - {TOOL_NAME} report"
    fr = report.files[0]
    label = " + ".join(names.get(_shown_path(p, root), p) for p in (fr.path, fr.en_path) if p)
    return f"{label} - {TOOL_NAME} report"


def _glossary_html(report: Report) -> str:
    """The header's line naming the glossary the files were checked against (none, when the run had none)."""
    sentence = glossary_sentence(report.glossaries)
    return f'<p class="glossary">{esc(sentence)}</p>' if sentence else ""


def render_html(report: Report, *, highlight: Highlighter | None = None, root: str | None = None) -> bytes:
    """The HTML review page as UTF-8 bytes; `highlight` marks glossary terms; paths are shown and
    keyed for the baseline relative to `root` (default: the working directory)."""
    root = os.path.abspath(root or os.getcwd())
    numbered_by_file: list[list[tuple[int, Finding]]] = []
    all_numbered: list[tuple[int, Finding]] = []
    for fr in report.files:
        items = [(len(all_numbered) + k + 1, f) for k, f in enumerate(sorted(fr.findings, key=Finding.sort_key))]
        numbered_by_file.append(items)
        all_numbered.extend(items)
    findings = [f for _, f in all_numbered]
    keys = baseline_entries(findings, root)
    pages = [_Page(fr, numbered) for fr, numbered in zip(report.files, numbered_by_file)]
    names = short_names(_shown_path(p, root) for p in _paths(report))
    rows = []
    for page, numbered in zip(pages, numbered_by_file):
        for number, f in numbered:
            context, a, b = page.context.get(number, (None, 0, 0))
            shown = _shown_path(f.location.path, root)
            rows.append(Row(number, f, shown, keys[number - 1], context, a, b, _is_markdown(f.location.path),
                            names[shown]))
    total = count(findings)
    summary = f"{plural(total.total, 'finding')} ({describe(total)}) in {plural(len(report.files), 'file')}"
    signature = json.dumps(report.signature, ensure_ascii=False, sort_keys=True, indent=1, default=str)
    report_id = sha256(utf8(json.dumps(keys, sort_keys=True, ensure_ascii=False))).hexdigest()[:16]
    style, script = _asset("html_report.css"), _asset("html_report.js")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(content_security_policy(style, script))}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(_page_title(report, root, names))}</title><style>{style}</style></head>",
        f'<body data-root="{esc(root)}" data-report="{report_id}">',
        f'<header><h1>{TOOL_NAME} report</h1><p class="summary">{esc(summary)}</p>{_glossary_html(report)}'
        f"{_filters(findings, [r.id for r in report.rules])}</header>",
        "<main>",
        findings_html(rows, {r.id: r for r in report.rules}),
    ]
    for fr, page in zip(report.files, pages):
        parts.append(_file_html(fr, page, highlight, root, names))
    parts += [
        "</main>",
        f"<footer>{TOOL_NAME} {esc(tool_version(report.signature))}<details><summary>Signature</summary>"
        f"<pre>{esc(signature)}</pre></details></footer>",
        f"<script>{script}</script>",
        "</body></html>",
        "",
    ]
    return utf8("\n".join(parts))
