"""Context rules of Chinese term matching: grammatical characters, locative frames, the comparative 比."""
from __future__ import annotations

from zhen_qa.glossary.match_zh import ZhMatcher
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.glossary.zh_context import GRAMMATICAL, closes_frame, compares, names_pathogen


def test_a_localizer_closes_a_frame_opened_in_its_clause_only() -> None:
    text = "在研究中发现，中药"
    assert closes_frame(text, text.index("中"))  # 在……中
    assert not closes_frame(text, text.rindex("中"))  # a new clause: 中药
    assert not closes_frame("研究中", 2)  # no preposition opened a frame
    assert not closes_frame("在研究和", 3)  # 和 is no localizer


def test_bi_reads_as_a_comparison_only_before_a_noun_and_a_comparative_predicate() -> None:
    text = "死亡风险比安慰剂组低"
    assert compares(text, 2, 5)  # 风险比 + 安慰剂组低: lower than with placebo
    for text in ("风险比为0.71", "风险比0.71", "风险比低于1", "风险比和比值比", "风险比安慰剂组，"):
        assert not compares(text, 0, 3), text
    assert not compares("风险", 0, 2)  # no 比 at all


def test_grammatical_characters_are_one_character_words() -> None:
    assert all(len(ch) == 1 for ch in GRAMMATICAL) and {"的", "无", "对", "将"} <= GRAMMATICAL


def test_a_disease_ending_in_bing_before_du_or_jun_names_its_pathogen() -> None:
    assert names_pathogen("吸入结核病菌时", 2, 5)  # 结核 + 病菌: TB germs
    assert names_pathogen("体内有艾滋病毒", 3, 6)  # 艾滋 + 病毒: HIV
    for text in ("结核病是", "结核病。", "心脏病原因", "结核病"):
        assert not names_pathogen(text, 0, 3), text


def test_the_matcher_finds_the_shorter_term_in_a_pathogens_name() -> None:
    glossary = Glossary.build([Concept("tb", "结核病", "tuberculosis"), Concept("tbx", "结核", "tuberculosis")])
    zh = ZhMatcher(glossary)
    assert [(m.concept_id, m.form) for m in zh.find("以及其他人吸入结核病菌时")] == [("tbx", "结核")]
    assert [(m.concept_id, m.form) for m in zh.find("结核病是一种传染病")] == [("tb", "结核病")]
