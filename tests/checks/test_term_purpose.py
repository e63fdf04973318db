"""Tests of checks.term_purpose through term-missing: the file's subject as what a noun is for is not left out."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

PEER = Concept("peer", "同侪支持", "peer support")
COLON = Concept("colon", "结肠癌", "colon cancer")

PEER_ZH = ["本研究探讨家长的同侪支持。", "同侪支持以相互理解为基础。", "同侪支持带来情感支持。",
           "同侪支持也有不利影响。"]
PEER_EN = ["This study explores peer support among parents.", "Peer support is grounded in mutual understanding.",
           "Peer support brings emotional support.", "Peer support also has negative aspects."]


def missing(concept: Concept, zh: list[str], en: list[str]) -> list[str]:
    return term_missing(gl(concept), zh, en)


def test_the_subject_as_what_a_noun_is_for_is_missing() -> None:
    """"two Facebook groups for peer support" = 两个脸书小组: the Chinese keeps the groups and drops what they are
    for, though peer support is the file's subject."""
    (msg,) = missing(PEER, PEER_ZH + ["通过两个封闭的脸书小组招募受访者。"],
                     PEER_EN + ["Respondents were recruited through two closed Facebook groups for peer support."])
    assert msg.startswith("“peer support” has no 「同侪支持」")


def test_the_subject_left_elsewhere_is_still_implied() -> None:
    # the subject of the sentence, not a noun's purpose: left to the context as before
    assert missing(PEER, PEER_ZH + ["它对家长很有意义。"], PEER_EN + ["Peer support is meaningful to parents."]) == []
    # "for" after a word and the file's subject disease: what a treatment is for in a colon cancer summary
    zh = ["结肠癌是常见的恶性肿瘤。", "结肠癌的发病率逐年上升。", "饮食与结肠癌有关。", "结肠癌可以筛查。",
          "手术是主要的治疗。"]
    en = ["Colon cancer is a common malignancy.", "The incidence of colon cancer is rising.",
          "Diet is associated with colon cancer.", "Colon cancer can be screened for.",
          "Surgery is the main treatment for colon cancer."]
    assert missing(COLON, zh, en) == []
