"""term-missing, one finding per defect within a page: terms missing side by side in one phrase, and a sentence pair
the page repeats word for word.

Two per-sentence findings are one defect, and reported as one, when

- **one phrase**: two glossary terms stand side by side in one source sentence (nothing but spaces or a hyphen
  between them: 模型推理服务, 模型部署, "single batch inference") and the same aligned target lacks both. The phrase
  was said otherwise or left out as a whole (与 OpenAI 接口兼容的模型推理服务 = "an OpenAI-compatible server"): one
  rendering decision, one place to look at. The first term's finding stays and names the other term ("...; nor
  「推理」 beside it"); the other's finding is in its `data["with"]`;
- **one sentence pair, repeated**: the page repeats a sentence pair word for word (a configuration page that
  describes two versions with the same sentences: 和数据类型相关的参数是 … twice, with the same English twice) and the
  same term is missing in both. The translation was copied: the finding at the first place names the lines of the
  copies ("; the same sentence pair again at Chinese line 220").

A concept missing in many sentences is already one finding (`missing_summary`); this only joins the per-sentence
findings that summary leaves. Nothing is dropped: the joined finding names every term and every line, and a term
missing in a phrase with words between it and another term (two clauses, two omissions) keeps its own finding.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zhen_qa.checks.missing_summary import Missed
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.report.findings import Finding
from zhen_qa.report.places import lines_words

_JOINT = LazyPattern(r"[ \t\u00a0-]*")
"""What may stand between two terms of one phrase: spaces or a hyphen (模型推理, "batch inference")."""

_LANG = {"zh": "Chinese", "en": "English"}


def joined(missed: Sequence[Missed], findings: Sequence[Finding]) -> list[Finding]:
    """`findings` (what `missing_summary.summarise` made of `missed`) with the per-sentence findings of one phrase, and
    of one sentence pair the page repeats, joined into the first of each (see the module docstring)."""
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
            how = _how(m, o)
            if how:
                into.setdefault(id(m.finding), []).append((how, o))
                joined_ids.add(id(o.finding))
    out: list[Finding] = []
    for f in findings:
        if id(f) in joined_ids:
            continue
        out.append(_joined(own[id(f)], into[id(f)]) if id(f) in into else f)
    return out


def _how(m: Missed, o: Missed) -> str:
    """"phrase" when `o`'s term stands beside `m`'s in the same source sentence and bead, "repeat" when `o` is the
    same term missing from a word-for-word copy of `m`'s sentence pair on the same page, else ""."""
    if m.tgt != o.tgt or m.finding.location.path != o.finding.location.path or not m.sentence:
        return ""
    if m.bead == o.bead and m.sentence == o.sentence and m.concept != o.concept:
        (a, b), (c, d) = sorted((m.span, o.span))
        return "phrase" if b <= c and _JOINT.fullmatch(m.sentence[b:c]) is not None else ""
    if m.bead != o.bead and m.concept == o.concept and m.sentence == o.sentence and m.span == o.span \
            and m.target_text == o.target_text:
        return "repeat"
    return ""


def _q(term: str, lang: str) -> str:
    return f"「{term}」" if lang == "zh" else f"“{term}”"


def _joined(first: Missed, others: list[tuple[str, Missed]]) -> Finding:
    """`first`'s finding naming the terms of its phrase and the lines of its copies."""
    f = first.finding
    src = "en" if first.tgt == "zh" else "zh"
    notes: list[str] = []
    beside = [o for how, o in others if how == "phrase"]
    if beside:
        listed = [f"{_q(o.source_text, src)} ({' / '.join(_q(r, o.tgt) for r in o.renderings[:3])})" for o in beside]
        notes.append("nor " + ", ".join(listed) + " beside it")
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
