"""Tests of checks.term_clause_moved through term-missing: a Chinese term in an edge clause the English moved into the
neighbouring sentence."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

CHEMOTHERAPY = Concept("chemotherapy", "化疗", "chemotherapy")
ZH = ["回顾性分析72例初治DLBCL患者的临床资料，分析DLBCL患者应用利妥昔单抗联合CHOP/EPOCH方案化疗的缓解率。",
      "同时进行生存分析，探讨影响难治复发的高危因素。"]
OWN = "The clinical data of 72 patients with de novo DLBCL were retrospectively analyzed."
MISSING = "「化疗」 has no “chemotherapy” in the aligned English"


def missing(zh: list[str], en: list[str]) -> list[str]:
    return [f.message for f in only(run(gl(CHEMOTHERAPY), zh, en), "term-missing")]


def test_last_clause_rendered_by_the_next_bead_is_not_missing() -> None:
    nxt = ("The remission rate of DLBCL patients treated by rituximab combined with CHOP/EPOCH was analyzed, and "
           "survival analysis was conducted to explore the risk factors.")
    assert missing(ZH, [OWN, nxt]) == []
    said = ("The remission rate of DLBCL patients given rituximab combined with chemotherapy was analyzed, and "
            "survival analysis was conducted to explore the risk factors.")
    assert missing(ZH, [OWN, said]) == []


def test_first_clause_rendered_by_the_previous_bead_is_not_missing() -> None:
    zh = ["同时进行生存分析。",
          "利妥昔单抗联合CHOP/EPOCH方案化疗的缓解率较高，但仍有约1/3的患者难治复发。"]
    en = ["Survival analysis was conducted; the remission rate of rituximab combined with CHOP/EPOCH is high.",
          "But about one third of the patients still show refractory and relapsed disease."]
    assert missing(zh, en) == []


def test_clause_not_in_the_neighbour_or_rendered_at_home_is_still_missing() -> None:
    other = "Survival analysis was conducted to explore the risk factors influencing refractory recurrence."
    assert missing(ZH, [OWN, other]) == [MISSING]
    home = ("The clinical data of 72 patients with DLBCL were analyzed, and the remission rate of rituximab combined "
            "with CHOP/EPOCH substance.")
    nxt = "The remission rate of rituximab combined with CHOP/EPOCH was analyzed."
    assert missing(ZH, [home, nxt]) == [MISSING]


def test_neighbour_not_saying_the_term_is_still_missing() -> None:
    nxt = ("The remission rate of DLBCL patients treated by rituximab combined with CHOP/EPOCH substance was "
           "analyzed, and survival analysis was conducted.")
    assert missing(ZH, [OWN, nxt]) == [MISSING]
