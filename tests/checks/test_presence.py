from __future__ import annotations

import pytest

from zhen_qa.checks.presence import Evidence, en_present, en_stem, zh_present


@pytest.mark.parametrize("word, stem", [("safety", "safet"), ("analysis", "analys"), ("therapies", "therap"),
                                        ("safe", "safe"), ("cell", "cell"), ("alzheimer's", "alzheimer")])
def test_en_stem(word: str, stem: str) -> None:
    assert en_stem(word) == stem


@pytest.mark.parametrize("form, text", [
    ("sample", "The sample size was 476."), ("sample", "Two samples were taken."), ("sample", "A SAMPLE was taken."),
    ("system", "systemic effects"), ("system", "see the staging system15;"), ("stem cell", "stem-cell therapy"),
    ("stem cell", "stem  cell therapy"), ("stem cell", "stemcell therapy"), ("stem cell", "stem\ncell"),
    ("stem cell", "分泌组(stem cells)"), ("Alzheimer's disease", "Alzheimer disease"),
])
def test_en_present_accepts_inflections_derivations_and_spacing(form: str, text: str) -> None:
    assert en_present([form], text)


@pytest.mark.parametrize("form, text", [
    ("sample", "An example was taken."),  # not at the start of a word
    ("stem cell", "The stem of the plant."),
    ("error", "No mistakes were made."),
    ("WHO", "who said so"),
])
def test_en_present_rejects(form: str, text: str) -> None:
    assert not en_present([form], text, case_sensitive=form.isupper())


def test_en_present_case_sensitive_accepts_case_as_written() -> None:
    assert en_present(["WHO"], "The WHO said so.", case_sensitive=True)


@pytest.mark.parametrize("forms, text", [
    (["安全"], "安全性分析群体"), (["样本"], "增加样本量"), (["神经系统"], "中枢神经 系统转移"),
    (["分泌组"], "分泌組的作用"), (["x", "干细胞"], "胚胎干细胞"), (["ＭＲＩ检查"], "MRI检查"),
])
def test_zh_present_is_a_folded_substring(forms: list[str], text: str) -> None:
    assert zh_present(forms, text)


def test_zh_present_rejects_absent_terms() -> None:
    assert not zh_present(["安全"], "不良事件的评估")
    assert not zh_present([""], "任何文本")


def test_term_kept_in_the_original_language_counts_in_chinese() -> None:
    """95% CI left in English inside the Chinese renders 置信区间's concept: no term-missing; cisplatin is not CI."""
    from tests.checks.test_terms import only, run
    from zhen_qa.checks.presence import Evidence
    from zhen_qa.glossary.model import Concept, Glossary

    assert Evidence("风险比0.51（95% CI，0.34～0.77）").has_original(["CI"])
    assert not Evidence("顺铂（cisplatin）治疗").has_original(["CI"])
    glossary = Glossary.build([Concept("ci", "置信区间", "confidence interval", en_admitted=("CI",))], "t")
    zh = ["风险比为0.51（95% CI，0.34～0.77）。", "疗效良好。"]
    en = ["The hazard ratio was 0.51 (95% CI, 0.34 to 0.77).", "The 95% confidence interval was wide."]
    found = only(run(glossary, zh, en), "term-missing")
    assert [(f.lang, f.location.line, f.location.column) for f in found] == [("en", 5, 9)]


@pytest.mark.parametrize("form, text", [
    ("primary end point", "to detect differences in the coprimary end points"),  # co- + the term
    ("chemotherapy", "(postoperative, prechemotherapy)"),  # pre-
    ("chemotherapy", "a post-chemotherapy scan"),  # post- with a hyphen
    ("tumor mutational burden", "a high tumor-mutation burden"),  # a modifier without its -al, hyphen for space
])
def test_en_present_accepts_prefixes_and_a_modifier_without_its_adjective_ending(form: str, text: str) -> None:
    assert en_present([form], text)


@pytest.mark.parametrize("form, text", [
    ("chemotherapy", "a nonchemotherapy regimen"),  # non- negates: not allowed
    ("body", "an antibody"),  # a prefix only before a word of PREFIXED_MIN letters
    ("tumor mutational burden", "tumor mutation rate"),  # the head keeps its own stem
    ("clinical trial", "clinic visits"),
])
def test_en_present_keeps_prefixes_and_derivation_to_the_same_concept(form: str, text: str) -> None:
    assert not en_present([form], text)


def test_a_chinese_term_without_its_final_process_word_is_present_shortened() -> None:
    assert Evidence("术后给予深静脉血栓预防。").has_zh_shortened(["深静脉血栓形成"])  # 血栓形成: thrombosis
    assert not Evidence("术后给予静脉预防。").has_zh_shortened(["深静脉血栓形成"])
