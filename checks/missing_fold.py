"""term-missing, folded by bead: one finding for the terms one aligned sentence pair lacks (`fold`).

A clause the translation drops takes every glossary term in it: 在脚本组件中添加代码 without its English loses
脚本 and 组件, 把追踪的图片在编辑器中作为资产 loses 编辑器 and 资产. Reported one by one, the one omission reads as two
or three defects, and a reviewer who reads the first finding rejects the others as echoes. The per-sentence
findings of one bead and direction (same file, same target sentences, same side lacking the rendering) are therefore
one finding at the first term (or the first whose target has a near variant in its place, the surer claim), naming
the others; each term's place stays in its `data["sentences"]`, as in a summary (`missing_summary`), so a tool
locating a defect by position still finds every one of them.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from zhen_qa.report.findings import Finding

if TYPE_CHECKING:  # missing_summary calls fold: its type only
    from zhen_qa.checks.missing_summary import Missed


def fold(items: Sequence["Missed"]) -> list[Finding]:
    """The findings of `items` (`missing_summary.Missed`, reported one by one), those of one bead and direction
    folded into one, in the order of their first item. Items without a bead (`Missed.bead` empty) stay apart."""
    groups: dict[tuple[str, str, tuple[int, ...]], list[Missed]] = {}
    out: list[Finding | tuple[str, str, tuple[int, ...]]] = []
    for m in items:
        if not m.bead:
            out.append(m.finding)
            continue
        key = (m.finding.location.path, m.tgt, m.bead)
        if key not in groups:
            groups[key] = []
            out.append(key)
        groups[key].append(m)
    return [_one(groups[x]) if isinstance(x, tuple) else x for x in out]


def sentence_places(items: Sequence["Missed"]) -> list[dict[str, Any]]:
    """Each item's place and message, for a finding standing for several (`data["sentences"]`: a fold here, a
    summary in `missing_summary`), so a tool locating a defect by position still finds every one of them."""
    places: list[dict[str, Any]] = []
    for m in items:
        loc, rel = m.finding.location, m.finding.related
        places.append({
            "line": loc.line, "column": loc.column, "end_line": loc.end_line, "end_column": loc.end_column,
            "related": None if rel is None else {"path": rel.path, "line": rel.line, "column": rel.column},
            "message": m.finding.message,
        })
    return places


def _one(items: list["Missed"]) -> Finding:
    """The lead item's finding, naming the other terms of its bead ("; also 「组件」 (“component”)"). The lead is
    the first term whose target names a wrong word in its place (`Missed.has`: a near variant of the listed form,
    临床实验 for 临床试验), else the first term: that claim a reviewer can check on the page, and the "also" list
    would lose the word it names."""
    items = sorted(items, key=lambda m: (not m.has, m.finding.location.line, m.finding.location.column))
    first = items[0].finding
    if len(items) == 1:
        return first
    also = ", ".join(_term(m) for m in items[1:])
    message = f"{first.message}; also {also} in the same sentence pair"
    data = dict(first.data)
    in_order = sorted(items, key=lambda m: (m.finding.location.line, m.finding.location.column))
    data.update({"sentences": sentence_places(in_order), "folded": len(items)})
    return Finding(first.rule, first.severity, message, first.location, first.lang, first.excerpt,
                   suggestion=first.suggestion, related=first.related, data=tuple(data.items()))


def _term(m: "Missed") -> str:
    """A folded item's source term and its listed rendering: 「组件」 (“component”)."""
    src = "en" if m.tgt == "zh" else "zh"
    term = f"「{m.source_text}」" if src == "zh" else f"“{m.source_text}”"
    shown = f"「{m.renderings[0]}」" if m.tgt == "zh" else f"“{m.renderings[0]}”"
    return f"{term} ({shown})" if m.renderings else term
