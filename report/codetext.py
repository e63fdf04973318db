"""Show users their code, not the mask: inline code in findings' messages and excerpts, as written.

The Markdown prose view stands each inline code span in for one object replacement character (U+FFFC,
`CODE_PLACEHOLDER`) so the checks read it as one opaque object; every rule builds its message and
excerpt from that masked text. Here, in one place for every rule, each placeholder of a finding is put
back as the code span of the file (`` `code` ``, long spans shortened with "…"): the placeholder's
offset points at the start of the span's content in the source, and the placeholder a message quotes is
found among the sentences at the finding's place by its surrounding text.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from os.path import commonprefix

from zhen_qa.manuscript.source import CODE_PLACEHOLDER, Location, MappedText, code_span
from zhen_qa.report.findings import Finding

MAX_CODE_SHOWN = 40
"""Longest code span quoted whole in a message; longer ones keep their start and end around "…"."""
_CONTEXT = 12
"""Characters on each side of a placeholder compared to find which span of the sentence a message quotes."""


def code_at(mt: MappedText, index: int) -> str:
    """The inline code span (with its backticks) that the placeholder mt.text[index] stands for."""
    span = code_span(mt, index)
    if span is None:
        return "`…`"
    n, content = span
    code = " ".join(content.split())
    if len(code) > MAX_CODE_SHOWN:
        half = (MAX_CODE_SHOWN - 1) // 2
        code = code[:half] + "…" + code[-half:]
    fence = "`" * n
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def restore(text: str, candidates: Sequence[MappedText]) -> str:
    """`text` with each placeholder replaced by the code span it quotes from one of `candidates`."""
    if CODE_PLACEHOLDER not in text:
        return text
    slots = [(mt, i) for mt in candidates for i, ch in enumerate(mt.text) if ch == CODE_PLACEHOLDER]
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch != CODE_PLACEHOLDER:
            out.append(ch)
            continue
        left, right = text[max(0, i - _CONTEXT):i], text[i + 1:i + 1 + _CONTEXT]
        best, best_score = None, -1
        for mt, k in slots:
            before, after = mt.text[max(0, k - _CONTEXT):k], mt.text[k + 1:k + 1 + _CONTEXT]
            score = len(commonprefix([left[::-1], before[::-1]])) + len(commonprefix([right, after]))
            if score > best_score:
                best, best_score = (mt, k), score
        out.append(code_at(*best) if best is not None else "`…`")
    return "".join(out)


def _lines(loc: Location | None) -> tuple[str, int, int] | None:
    return None if loc is None else (loc.path, loc.line, loc.end_line)


def restore_code(findings: Iterable[Finding], texts: Iterable[MappedText]) -> list[Finding]:
    """Findings whose message, excerpt or suggestion quote masked code, with the code put back.

    `texts` are the manuscript's sentences and blocks; those overlapping a finding's lines (or its
    related place's) are where its placeholders are looked up.
    """
    findings = list(findings)
    if not any(CODE_PLACEHOLDER in f.message + f.excerpt + (f.suggestion or "") for f in findings):
        return findings
    masked = [(mt, mt.location()) for mt in texts if CODE_PLACEHOLDER in mt.text]
    out: list[Finding] = []
    for f in findings:
        if CODE_PLACEHOLDER not in f.message + f.excerpt + (f.suggestion or ""):
            out.append(f)
            continue
        places = [p for p in (_lines(f.location), _lines(f.related)) if p is not None]
        near = [mt for mt, loc in masked for path, a, b in places
                if loc.path == path and loc.line <= b and a <= loc.end_line]
        out.append(replace(
            f,
            message=restore(f.message, near),
            excerpt=restore(f.excerpt, near),
            suggestion=None if f.suggestion is None else restore(f.suggestion, near),
        ))
    return out


def shown_text(mt: MappedText) -> tuple[str, list[int]]:
    """mt's text with its code (and any character the reader widened: `MappedText.as_written`) put back, and where
    each character of mt (and its end) is in it."""
    where: list[int] = []
    out: list[str] = []
    n = 0
    for i, ch in enumerate(mt.as_written()):
        where.append(n)
        out.append(code_at(mt, i) if ch == CODE_PLACEHOLDER else ch)
        n += len(out[-1])
    where.append(n)
    return "".join(out), where


def shown(mt: MappedText) -> str:
    """mt's text with its inline code (and any character the reader widened) put back as the file writes it."""
    return shown_text(mt)[0] if CODE_PLACEHOLDER in mt.text else mt.as_written()


def shown_span(mt: MappedText, start: int, end: int) -> tuple[str, int, int]:
    """mt's text with its code put back, and characters [start, end) of mt at their place in it."""
    if CODE_PLACEHOLDER not in mt.text:
        return mt.as_written(), start, end
    text, where = shown_text(mt)
    return text, where[min(start, len(mt.text))], where[min(end, len(mt.text))]
