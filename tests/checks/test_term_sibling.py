from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.term_sibling import sibling_said, suffix_swapped
from zhen_qa.glossary.model import Concept


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


def test_the_listed_stem_with_another_deriving_suffix_is_a_synonym_not_a_slip() -> None:
    # 创造性 and 创造力 are both glossed "creativity": the stem said with another suffix, in a file never writing 创造力
    assert suffix_swapped("创造性", ["创造力"]) and suffix_swapped("敏感度", ["敏感性"])
    assert not suffix_swapped("临床实验", ["临床试验"]) and not suffix_swapped("淋巴癌", ["淋巴瘤"])
    g = gl(Concept("cr", "创造力", "creativity"))
    zh, en = ["隐喻具有高创造性和记忆保持等优势。"], ["Metaphors feature high creativity and strong memory retention."]
    assert only(run(g, zh, en), "term-missing") == []
    # a slip of the stem is still reported
    assert len(only(run(g, ["隐喻具有高创作力和记忆保持等优势。"], en), "term-missing")) == 1


def test_a_sibling_said_elsewhere_does_not_excuse_another_word_in_the_terms_compound() -> None:
    # "turnover mechanism ... metabolic mechanism": 机理 (a sibling of 机制) renders the second; right after 周转, the
    # rendering of the word beside the first, stands 物质, a word the English does not say: that one is missing
    g = gl(Concept("mech", "机制", "mechanism"))
    en = ["We review the turnover mechanism of methionine to inform studies on its metabolic mechanism."]
    found = only(run(g, ["本文综述了蛋氨酸的周转物质，以期为其代谢机理研究提供参考。"], en), "term-missing")
    assert [f.message for f in found] == ["“mechanism” has no 「机制」 in the aligned Chinese"]
    # the sibling in the term's place is the term said by a sibling, as before
    assert only(run(g, ["本文综述了蛋氨酸的周转机理，以期为其代谢机理研究提供参考。"], en), "term-missing") == []
