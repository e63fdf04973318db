from __future__ import annotations

from zhen_qa.aligner.lexicon import STOP_EN, load_lexicon
from zhen_qa.checks.term_headed import headed, modifier_before

CHEMO_ZH = ["化疗", "化学治疗"]


def test_the_head_under_the_english_modifier() -> None:
    zh2en = load_lexicon().zh2en
    assert headed(CHEMO_ZH, ["chemotherapy"], "induction", "评估诱导治疗缓解效果", zh2en)
    assert headed(CHEMO_ZH, ["chemotherapy"], "regular", "在正规抗结核治疗基础上", zh2en)  # what it acts against


def test_not_without_the_modifier_too_far_or_across_another_term() -> None:
    zh2en = load_lexicon().zh2en
    assert not headed(CHEMO_ZH, ["chemotherapy"], "induction", "评估治疗效果", zh2en)
    assert not headed(CHEMO_ZH, ["chemotherapy"], "regular", "正规的全身抗结核治疗", zh2en)  # 5 between
    assert not headed(CHEMO_ZH, ["chemotherapy"], "standard", "采用标准靶向治疗", zh2en)  # another kind
    assert not headed(CHEMO_ZH, ["chemotherapy"], "regular", "正规抗结核药物治疗", zh2en)  # 抗 + 4
    assert not headed(CHEMO_ZH, ["chemotherapy"], "induction", "诱导\0\0缓解", zh2en)  # 放疗, masked
    assert not headed(CHEMO_ZH, ["chemotherapy"], "", "诱导治疗", zh2en)


def test_the_modifier_is_a_content_word_before_the_term() -> None:
    text = "induction chemotherapy effect; received chemotherapy; the chemotherapy; new chemotherapy"
    starts = [i for i in range(len(text)) if text.startswith("chemotherapy", i)]
    assert [modifier_before(text, k, STOP_EN) for k in starts] == ["induction", "", "", ""]
