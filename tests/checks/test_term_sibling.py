from __future__ import annotations

from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.term_sibling import sibling_said


def test_a_word_sharing_a_gloss_with_the_listed_form() -> None:
    lexicon = load_lexicon()
    assert sibling_said(["大流行"], "疫情期间学校关闭", lexicon.zh2en, lexicon.en2zh) == "疫情"
    assert sibling_said(["大流行"], "这一流行病的影响", lexicon.zh2en, lexicon.en2zh) == "流行病"


def test_no_shared_gloss_a_part_of_the_listed_form_or_a_common_gloss() -> None:
    lexicon = load_lexicon()
    assert sibling_said(["大流行"], "学校关闭", lexicon.zh2en, lexicon.en2zh) == ""
    assert sibling_said(["大流行"], "流行很快", lexicon.zh2en, lexicon.en2zh) == ""  # part of the listed form
    # 疗效 "efficacy" and 副作用 "side effect" share only "effect", a gloss of too many words to name a sense
    assert sibling_said(["副作用"], "该药疗效显著", lexicon.zh2en, lexicon.en2zh) == ""
