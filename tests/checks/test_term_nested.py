"""Tests of checks.term_nested: a term said inside a longer listed concept, here in the English's own word order."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

GRAD = Concept("gradient", "梯度", "gradient", en_admitted=("gradients",))
CLIP = Concept("gradient-clipping", "梯度裁剪", "gradient clipping")
ZH = "要使用梯度裁剪，只需调用优化器的函数即可进行梯度裁剪。"


def missing(zh: str, en: str) -> list[str]:
    return term_missing(gl(GRAD, CLIP), [zh], [en])


def test_the_longer_concept_said_by_a_verb_beside_the_term_renders_it() -> None:
    # two 梯度裁剪, one "gradient clipping": the other is "clip gradients"
    assert missing(ZH, "To use gradient clipping, just call the optimizer's method to clip gradients.") == []
    assert missing(ZH, "To use gradient clipping, just call the optimizer's method for clipping gradients.") == []


def test_a_term_the_chinese_drops_beside_the_longer_concept_is_still_missing() -> None:
    # a real drop: the Chinese writes 梯度裁剪 once, rendered "gradient clipping"; "compute gradients" has no 梯度
    one = "要使用梯度裁剪，只需调用优化器的函数即可进行计算。"
    assert len(missing(one, "To use gradient clipping, just call the optimizer's method to compute gradients.")) == 1
    # "clip gradients" where the Chinese's only 梯度裁剪 is already "gradient clipping"
    assert len(missing(one, "To use gradient clipping, just call the optimizer's method to clip gradients.")) == 1
    # a clause break between the other word and the term: no phrase of the two
    assert len(missing(ZH, "To use gradient clipping, just call the optimizer's method for the clipping, gradients"
                           " are then set.")) == 1
    # the word beside the term is of another stem
    assert len(missing(ZH, "To use gradient clipping, just call the optimizer's method to compute gradients.")) == 1
