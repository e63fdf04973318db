"""Plain-text report: one line per finding, `path:line:col: severity [rule] message`, then summaries."""
from __future__ import annotations

from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.model import Report
from zhen_qa.report.places import describe_place, is_word
from zhen_qa.report.safetext import utf8
from zhen_qa.report.summary import count, describe, file_label, plural

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOUR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


def _sanitize(text: str) -> str:
    """Keep a finding on one line and free of terminal control characters."""
    return "".join(" " if ch in "\r\n\t" else ("\ufffd" if ord(ch) < 32 or ord(ch) == 127 else ch) for ch in text)


def finding_line(f: Finding, color: bool = False) -> str:
    """`path:line:col: severity [rule] message`, with ANSI colour when asked."""
    loc = f.location
    where = f"{loc.path} ({describe_place(loc, with_path=False)}):" if is_word(loc.path) \
        else f"{loc.path}:{loc.line}:{loc.column}:"
    sev = f.severity.value
    rule = f"[{f.rule}]"
    message = _sanitize(f.message)
    if not color:
        return f"{where} {sev} {rule} {message}"
    return f"{_BOLD}{where}{_RESET} {_SEVERITY_COLOUR[f.severity]}{sev}{_RESET} {_DIM}{rule}{_RESET} {message}"


def render_text(report: Report, *, color: bool = False) -> bytes:
    """The whole text report as UTF-8 bytes."""
    lines: list[str] = []
    for fr in report.files:
        for f in sorted(fr.findings, key=Finding.sort_key):
            lines.append(finding_line(f, color))
    if lines:
        lines.append("")
    for fr in report.files:
        c = count(fr.findings)
        lines.append(f"{file_label(fr)}: {plural(c.total, 'finding')} ({describe(c)})")
    total = count(f for fr in report.files for f in fr.findings)
    head = f"Total: {plural(total.total, 'finding')} ({describe(total)}) in {plural(len(report.files), 'file')}"
    if color:
        head = f"{_BOLD}{head}{_RESET}"
    lines.append(head)
    return utf8("\n".join(lines) + "\n")
