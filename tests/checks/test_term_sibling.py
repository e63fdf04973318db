from __future__ import annotations

from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.term_sibling import sibling_said


def test_a_word_sharing_a_gloss_with_the_listed_form() -> None:
    zh2en = load_lexicon().zh2en
    assert sibling_said(["大流行"], "疫情期间学校关闭", zh2en) == "疫情"
    assert sibling_said(["大流行"], "这一流行病的影响", zh2en) == "流行病"


def test_no_shared_gloss_or_a_part_of_the_listed_form() -> None:
    zh2en = load_lexicon().zh2en
    assert sibling_said(["大流行"], "学校关闭", zh2en) == ""
    assert sibling_said(["大流行"], "流行很快", zh2en) == ""  # 流行: part of the listed form, presence's evidence
