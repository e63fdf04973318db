"""Tests of checks.term_user: a drug left to the context as what its users use or some were not treated with."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

ASPIRIN = Concept("aspirin", "阿司匹林", "aspirin")
TAMOXIFEN = Concept("tamoxifen", "他莫昔芬", "tamoxifen")


missing = missing_with(gl(ASPIRIN, TAMOXIFEN))


def test_users_of_the_drug() -> None:
    zh = "该检测对阿司匹林用药者和非阿司匹林用药者的特异性分别为85.7%与89.2%。"
    assert missing(zh, "Specificities were 85.7% for users compared with 89.2% for nonusers.") == []
    # a noun before "users": another word in the drug's place
    assert len(missing(zh, "Specificities were 85.7% for substance users compared with 89.2% for others.")) == 1
    # no users in the English at all
    assert len(missing(zh, "Specificities were 85.7% compared with 89.2%.")) == 1


def test_women_not_treated_with_the_drug() -> None:
    zh = "与未接受他莫昔芬治疗的患者相比其发病率增加了2-7倍。"
    assert missing(zh, "The rate is two to seven times that in untreated women.") == []
    assert len(missing(zh, "The rate is two to seven times that in women.")) == 1
    # the drug after a taking that is not negated: "treated women" does not say which treatment was withheld
    treated = "与接受他莫昔芬治疗的患者相比其发病率增加了2-7倍。"
    assert len(missing(treated, "The rate is higher in untreated women.")) == 1
