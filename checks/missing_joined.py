"""term-missing, one finding per defect within a page: a sentence pair the page repeats word for word.

The page repeats a sentence pair word for word (a configuration page that describes two versions with the same
sentences: 和数据类型相关的参数是 … twice, with the same English twice) and the same term is missing in both. The
translation was copied: the finding at the first place names the lines of the copies ("; the same sentence pair
again at Chinese line 220"); the others' findings are in its `data["with"]`.

A concept missing in many sentences is already one finding (`missing_summary`), and the terms one sentence pair
lacks are one finding (`missing_fold`: 与 OpenAI 接口兼容的模型推理服务 = "an OpenAI-compatible server" lacks 模型 and
推理, one rendering decision); this only joins the per-sentence findings those leave. Nothing is dropped: the joined
finding names every line.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zhen_qa.checks.missing_summary import Missed
from zhen_qa.report.findings import Finding
from zhen_qa.report.places import lines_words

_LANG = {"zh": "Chinese", "en": "English"}


def joined(missed: Sequence[Missed], findings: Sequence[Finding]) -> list[Finding]:
    """`findings` (what `missing_summary.summarise` made of `missed`) with the per-sentence findings of one sentence
    pair the page repeats joined into the first (see the module docstring)."""
    own = {id(m.finding): m for m in missed}
    per_sentence = [own[id(f)] for f in findings if id(f) in own]
    into: dict[int, list[tuple[str, Missed]]] = {}  # id of the kept finding -> how each joined one joins it
    joined_ids: set[int] = set()
    for i, m in enumerate(per_sentence):
        if id(m.finding) in joined_ids:
            continue
        for o in per_sentence[i + 1:]:
            if id(o.finding) in joined_ids:
                continue
            if _repeats(m, o):
                into.setdefault(id(m.finding), []).append(("repeat", o))
                joined_ids.add(id(o.finding))
    out: list[Finding] = []
    for f in findings:
        if id(f) in joined_ids:
            continue
        out.append(_joined(own[id(f)], into[id(f)]) if id(f) in into else f)
    return out


def _repeats(m: Missed, o: Missed) -> bool:
    """`o` is the same term missing from a word-for-word copy of `m`'s sentence pair on the same page."""
    if m.tgt != o.tgt or m.finding.location.path != o.finding.location.path or not m.sentence:
        return False
    return m.bead != o.bead and m.concept == o.concept and m.sentence == o.sentence and m.span == o.span \
        and m.target_text == o.target_text


def _joined(first: Missed, others: list[tuple[str, Missed]]) -> Finding:
    """`first`'s finding naming the lines of its copies."""
    f = first.finding
    src = "en" if first.tgt == "zh" else "zh"
    notes: list[str] = []
    copies = [o.finding.location.line for how, o in others if how == "repeat"]
    if copies:
        notes.append(f"the same sentence pair again at {_LANG[src]} {lines_words(f.location.path, copies, 12)}")
    with_: list[dict[str, Any]] = [{"how": how, "concept": o.concept, "line": o.finding.location.line,
                                    "column": o.finding.location.column, "message": o.finding.message}
                                   for how, o in others]
    data = dict(f.data)
    data["with"] = with_
    return Finding(f.rule, f.severity, f.message + "; " + "; ".join(notes), f.location, f.lang, f.excerpt,
                   suggestion=f.suggestion, related=f.related, data=tuple(data.items()))
