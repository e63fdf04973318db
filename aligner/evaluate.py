"""Strict and lax precision, recall and F1 of predicted beads against gold beads, pooled over documents.

Strict: a predicted bead counts only if it equals a gold bead exactly (null beads included).
Lax: a non-null predicted bead counts if it overlaps a non-null gold bead on both sides;
precision is over non-null predicted beads and recall over non-null gold beads.
"""
from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from zhen_qa.aligner.beadio import BeadLike, parse_beads
from zhen_qa.manuscript.errors import InputError

Pairs = list[tuple[tuple[int, ...], tuple[int, ...]]]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from counts."""

    correct_pred: int
    n_pred: int
    correct_gold: int
    n_gold: int

    @property
    def precision(self) -> float:
        """Share of predicted beads that are right."""
        return self.correct_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        """Share of gold beads that were found."""
        return self.correct_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.correct_pred + other.correct_pred, self.n_pred + other.n_pred,
                   self.correct_gold + other.correct_gold, self.n_gold + other.n_gold)


@dataclass(frozen=True)
class EvalResult:
    """Pooled strict and lax scores and the per-document ones."""

    strict: PRF
    lax: PRF
    per_doc: Mapping[str, tuple[PRF, PRF]]

    def format(self) -> str:
        """A small table: per document, then pooled, strict and lax precision, recall and F1."""
        rows = ["document        strict P  strict R  strict F1   lax P   lax R   lax F1"]
        items = list(self.per_doc.items()) if len(self.per_doc) > 1 else []
        for name, (s, l) in items + [("pooled", (self.strict, self.lax))]:
            rows.append(f"{name[:14]:<14}  {s.precision:8.4f}  {s.recall:8.4f}  {s.f1:9.4f}  "
                        f"{l.precision:6.4f}  {l.recall:6.4f}  {l.f1:7.4f}")
        return "\n".join(rows)


def _norm(beads: Sequence[BeadLike]) -> Pairs:
    return [(tuple(b[0]), tuple(b[1])) for b in beads]


def strict_counts(gold: Sequence[BeadLike], pred: Sequence[BeadLike]) -> PRF:
    """Exact-match counts for one document."""
    g, p = set(_norm(gold)), _norm(pred)
    hit = sum(1 for b in p if b in g)
    return PRF(hit, len(p), hit, len(g))


def lax_counts(gold: Sequence[BeadLike], pred: Sequence[BeadLike]) -> PRF:
    """Overlap counts for one document (non-null beads only)."""
    g = [(set(z), set(e)) for z, e in _norm(gold) if z and e]
    p = [(set(z), set(e)) for z, e in _norm(pred) if z and e]
    zh_g: dict[int, list[int]] = {}
    for k, (z, _) in enumerate(g):
        for i in z:
            zh_g.setdefault(i, []).append(k)
    zh_p: dict[int, list[int]] = {}
    for k, (z, _) in enumerate(p):
        for i in z:
            zh_p.setdefault(i, []).append(k)

    def hits(src: list[tuple[set[int], set[int]]], index: dict[int, list[int]],
             other: list[tuple[set[int], set[int]]]) -> int:
        n = 0
        for z, e in src:
            cands = {k for i in z for k in index.get(i, ())}
            if any(e & other[k][1] for k in cands):
                n += 1
        return n

    return PRF(hits(p, zh_g, g), len(p), hits(g, zh_p, p), len(g))


def evaluate(gold: Mapping[str, Sequence[BeadLike]], pred: Mapping[str, Sequence[BeadLike]]) -> EvalResult:
    """Pool strict and lax counts over the documents of `gold`; a document missing from `pred` counts as empty."""
    strict = PRF(0, 0, 0, 0)
    lax = PRF(0, 0, 0, 0)
    per: dict[str, tuple[PRF, PRF]] = {}
    for doc in sorted(gold):
        p = pred.get(doc, [])
        s, l = strict_counts(gold[doc], p), lax_counts(gold[doc], p)
        per[doc] = (s, l)
        strict, lax = strict + s, lax + l
    return EvalResult(strict, lax, per)


def read_beads(path: str) -> Pairs:
    """Read a file of `[0,1]:[2]` bead lines."""
    try:
        with open(path, encoding="utf-8") as fh:
            return parse_beads(fh.read(), path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read bead file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a bead file (not UTF-8 text; expected lines such as [0,1]:[2])") from None


def load_folder_or_file(gold_path: str, pred_path: str) -> tuple[dict[str, Pairs], dict[str, Pairs]]:
    """Load gold and predicted beads from two files, or two folders of `<id>.gold` / `<id>.align`."""
    if os.path.isdir(gold_path) != os.path.isdir(pred_path):
        raise InputError("--gold and --pred must both be files or both be folders")
    if not os.path.isdir(gold_path):
        return {"doc": read_beads(gold_path)}, {"doc": read_beads(pred_path)}
    gold = {f[:-5]: read_beads(os.path.join(gold_path, f)) for f in os.listdir(gold_path) if f.endswith(".gold")}
    if not gold:
        raise InputError(f"{gold_path}: no <id>.gold files in this folder")
    pred: dict[str, Pairs] = {}
    for doc in gold:
        p = os.path.join(pred_path, doc + ".align")
        if os.path.exists(p):
            pred[doc] = read_beads(p)
    return gold, pred
