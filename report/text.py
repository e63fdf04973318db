"""Plain-text report: one line per finding, `path:line:col: severity [rule] message`, then summaries."""
from __future__ import annotations

from typing import Any

from zhen_qa.manuscript.plural import plural
from zhen_qa.report.findings import Finding, Severity, unit_of
from zhen_qa.report.model import Report
from zhen_qa.report.places import describe_place, is_word, more_on_line
from zhen_qa.report.safetext import utf8
from zhen_qa.report.summary import by_rule_line, count, describe, file_label, glossary_sentence

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOUR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


def _sanitize(text: str) -> str:
    """Keep a finding on one line and free of terminal control characters."""
    return "".join(" " if ch in "\r\n\t" else ("\ufffd" if ord(ch) < 32 or ord(ch) == 127 else ch) for ch in text)


def finding_line(f: Finding, color: bool = False) -> str:
    """`path:line:col: severity [rule] message`, with ANSI colour when asked; a CAT file's (or JSON message
    file's) finding names its unit before the message (`unit s2: …`), the id a translator finds it by in the tool."""
    loc = f.location
    where = f"{loc.path} ({describe_place(loc, with_path=False)}):" if is_word(loc.path) \
        else f"{loc.path}:{loc.line}:{loc.column}:"
    sev = f.severity.value
    rule = f"[{f.rule}]"
    unit = unit_of(f)
    message = (f"unit {_sanitize(unit)}: " if unit else "") + _sanitize(f.message)
    if not color:
        return f"{where} {sev} {rule} {message}"
    return f"{_BOLD}{where}{_RESET} {_SEVERITY_COLOUR[f.severity]}{sev}{_RESET} {_DIM}{rule}{_RESET} {message}"


MAX_COLUMNS_SHOWN = 10
"""Most further columns listed when the same finding recurs on one line."""


def reading_key(f: Finding, zh_path: str) -> tuple[Any, ...]:
    """Sort key in Chinese reading order: a finding on the English side sits at its Chinese partner."""
    loc = f.location
    if loc.path != zh_path and f.related is not None and f.related.path == zh_path:
        loc = f.related
    elif loc.path != zh_path:
        return (1, loc.path, loc.line, loc.column, f.sort_key())  # no Chinese partner: after the Chinese
    return (0, "", loc.line, loc.column, f.location.path != zh_path, f.sort_key())


def grouped_lines(findings: list[Finding], zh_path: str, color: bool = False) -> list[str]:
    """Text lines in reading order; the same finding recurring on one line (`Finding.same_on_line_key`: the 87
    half-width commas of a paragraph) becomes one line."""
    groups: dict[tuple[str, int, str, Severity, str], list[Finding]] = {}
    for f in sorted(findings, key=lambda f: reading_key(f, zh_path)):
        groups.setdefault(f.same_on_line_key(), []).append(f)
    out: list[str] = []
    for group in groups.values():
        line = finding_line(group[0], color)
        if len(group) > 1:
            cols = [str(g.location.column) for g in group[1:]]
            shown = ", ".join(cols[:MAX_COLUMNS_SHOWN]) + (", …" if len(cols) > MAX_COLUMNS_SHOWN else "")
            where, unit = more_on_line(group[0].location.path, len(cols), group[0].location.line)
            line += f" (+{len(cols)} more {where}, {unit} {shown})"
        out.append(line)
    return out


def render_text(report: Report, *, color: bool = False) -> bytes:
    """The whole text report as UTF-8 bytes."""
    lines: list[str] = []
    for fr in report.files:
        lines.extend(grouped_lines(list(fr.findings), fr.path, color))
    if lines:
        lines.append("")
    for fr in report.files:
        c = count(fr.findings)
        if fr.error is not None:
            why = fr.error.removeprefix(f"{fr.path}: ")  # the line names the file already
            lines.append(f"{file_label(fr)}: not checked: {_sanitize(why)}")
            continue
        lines.append(f"{file_label(fr)}: {plural(c.total, 'finding')} ({describe(c)})")
    said = glossary_sentence(report.glossaries)
    if said:  # what the terms were checked against: a translator handed two reports can tell them apart
        lines.append(said)
    total = count(f for fr in report.files for f in fr.findings)
    ranked = by_rule_line((f for fr in report.files for f in fr.findings), [r.id for r in report.rules])
    if ranked:
        lines.append(ranked)
    head = f"Total: {plural(total.total, 'finding')} ({describe(total)}) in {plural(len(report.files), 'file')}"
    if color:
        head = f"{_BOLD}{head}{_RESET}"
    lines.append(head)
    return utf8("\n".join(lines) + "\n")
