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

from collections.abc import Mapping, Sequence
from typing import Any

from zhen_qa.checks.missing_column import COLUMN_MIN
from zhen_qa.checks.missing_summary import Missed
from zhen_qa.report.findings import Finding
from zhen_qa.report.places import lines_words

_LANG = {"zh": "Chinese", "en": "English"}


def joined(missed: Sequence[Missed], findings: Sequence[Finding],
           in_columns: Mapping[tuple[str, str, str, tuple[int, int]], int] | None = None) -> list[Finding]:
    """`findings` (what `missing_summary.summarise` made of `missed`) with the per-sentence findings of one sentence
    pair the page repeats joined into the first (see the module docstring), and those of one table column that
    never renders the concept as listed (`missing_column`; `in_columns` counts the rows of each column, by file,
    concept and direction, whose source names the concept)."""
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
    if in_columns:
        for m, others in _columns(per_sentence, joined_ids, in_columns):
            into.setdefault(id(m.finding), []).extend(("column", o) for o in others)
            joined_ids.update(id(o.finding) for o in others)
    out: list[Finding] = []
    for f in findings:
        if id(f) in joined_ids:
            continue
        out.append(_joined(own[id(f)], into[id(f)]) if id(f) in into else f)
    return out


def _columns(per_sentence: Sequence[Missed], joined_ids: set[int],
             in_columns: Mapping[tuple[str, str, str, tuple[int, int]], int]) -> list[tuple[Missed, list[Missed]]]:
    """Each table column's first per-sentence finding and the others of its column, for the columns that lack one
    concept in COLUMN_MIN rows or more and render it as listed in none (`missing_column`)."""
    groups: dict[tuple[str, str, str, tuple[int, int]], list[Missed]] = {}
    for m in per_sentence:
        if m.cell is not None and id(m.finding) not in joined_ids:
            groups.setdefault((m.finding.location.path, m.concept, m.tgt, m.cell), []).append(m)
    return [(items[0], items[1:]) for key, items in groups.items()
            if len(items) >= COLUMN_MIN and in_columns.get(key, 0) <= len(items)]


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
    rows = [o.finding.location.line for how, o in others if how == "column"]
    if rows:
        notes.append(f"the same in the table column's rows at {_LANG[src]} {lines_words(f.location.path, rows, 12)},"
                     " none of which renders it as listed")
    with_: list[dict[str, Any]] = [{"how": how, "concept": o.concept, "line": o.finding.location.line,
                                    "column": o.finding.location.column, "message": o.finding.message}
                                   for how, o in others]
    data = dict(f.data)
    data["with"] = with_
    return Finding(f.rule, f.severity, f.message + "; " + "; ".join(notes), f.location, f.lang, f.excerpt,
                   suggestion=f.suggestion, related=f.related, data=tuple(data.items()))
