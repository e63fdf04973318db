"""defects.py's reference pairs of a document without gold: no sentence the document writes twice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import defects  # noqa: E402

ZH = "患者接受了化疗。化疗后患者的症状明显改善。研究共纳入了一百名患者。"
EN = ("The patients received chemotherapy. Their symptoms improved clearly after chemotherapy. "
      "The study enrolled one hundred patients.")


def _pairs(zh: str, en: str) -> list[tuple[str, str]]:
    return [(zh[u.zs:u.ze], en[u.es:u.ee]) for u in defects.own_units(zh, en)]


def test_a_sentence_written_twice_is_no_reference_pair() -> None:
    """A Chinese abstract repeated whole: a defect injected into one copy leaves the other copy to pair with the
    English, so neither copy's sentences are reference pairs."""
    once = _pairs(ZH, EN)
    assert any(z == "研究共纳入了一百名患者。" for z, _e in once), once
    twice = _pairs(ZH + ZH, EN)
    assert all(z not in ZH for z, _e in twice), twice
