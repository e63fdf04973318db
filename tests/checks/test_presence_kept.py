"""Tests of `checks.presence_kept`: English forms kept in Chinese text, as names or left untranslated."""
from __future__ import annotations


def test_an_english_word_left_in_the_chinese_is_no_kept_name() -> None:
    """An English dictionary word the glossary writes in lower case, inside the Chinese, is a word left
    untranslated: "death" has no 死亡 (reported); a name or code the glossary writes with a capital or a digit, or a
    word the dictionary lacks (a new drug, ubrogepant), still renders its concept kept as written, in any case."""
    from tests.checks.test_terms import only, run
    from zhen_qa.aligner.lexicon import load_lexicon
    from zhen_qa.checks.presence import Evidence
    from zhen_qa.checks.presence_kept import left_in_english
    from zhen_qa.glossary.model import Concept, Glossary

    en2zh = load_lexicon().en2zh
    assert not Evidence("肺部感染是患者death的常见原因。").has_original(["death"], en2zh)
    assert Evidence("肺部感染是患者death的常见原因。").has_original(["death"])  # kept as written, asked as such
    assert not Evidence("治疗 efficacy 较好").has_original(["efficacy"], en2zh)
    assert Evidence("符合Hardy-Weinberg平衡").has_original(["Hardy-Weinberg"], en2zh)
    assert Evidence("采用 PCR 检测").has_original(["polymerase chain reaction", "PCR"], en2zh)
    assert Evidence("风险比，0.51；95% ci，0.34～0.77").has_original(["CI"], en2zh)  # a lower-cased corpus too
    assert Evidence("接受100 mg ubrogepant治疗").has_original(["ubrogepant"], en2zh)  # a new drug: no Chinese word
    assert not Evidence("具有ease of use、低成本等优势").has_original(["ease of use"], en2zh)  # "of" is no content
    assert Evidence("检测试剂盒（PowerChek Coronavirus）").has_original(["coronavirus"], en2zh)  # part of a name
    assert not left_in_english(["vaccine"], "National Vaccine Injury Compensation Program（VICP）", en2zh)
    assert left_in_english(["chemotherapy"], "患者接受chemotherapy。", en2zh)
    assert not left_in_english(["chemotherapy"], "请在线访问 cancer.org/chemotherapy。", en2zh)  # an address
    assert not left_in_english(["chemotherapy"], "化学疗法（chemotherapy）", en2zh)  # a gloss in brackets
    glossary = Glossary.build([Concept("d", "死亡", "death")], "t")
    found = only(run(glossary, ["肺部感染是患者death的常见原因。"], ["Lung infection is a common cause of death."]),
                 "term-missing")
    assert [(f.lang, f.location.line) for f in found] == [("en", 3)]


def test_a_software_name_or_a_capitalised_name_kept_in_the_chinese_is_no_word_left_in_english() -> None:
    """Documentation keeps a parameter's or option's name as the code spells it, named by the noun after it (将
    timeout 参数设为 30 秒, 打开 cache 选项); a journal's name keeps its capital (发表于Cell杂志): neither is a word
    left untranslated, whatever case the glossary writes (review47 I2, I3)."""
    from tests.checks.test_terms import only, run
    from zhen_qa.aligner.lexicon import load_lexicon
    from zhen_qa.checks.presence import Evidence
    from zhen_qa.checks.presence_kept import left_in_english
    from zhen_qa.glossary.model import Concept, Glossary

    en2zh = load_lexicon().en2zh
    zh = "将 timeout 参数设为 30 秒，并打开 cache 选项。"
    assert not left_in_english(["timeout"], zh, en2zh) and not left_in_english(["cache"], zh, en2zh)
    assert Evidence(zh).has_original(["cache"], en2zh)
    assert left_in_english(["cache"], "清除浏览器的cache后重试。", en2zh)  # no software noun after it: left in English
    assert not left_in_english(["cache"], "把 `cache` 设为 true。", en2zh)  # a code span
    assert not left_in_english(["cache"], "将 cache_size 设为 10。", en2zh)  # part of an identifier
    assert left_in_english(["theory"], "使用草根theory方法进行解码。", en2zh)  # no space, no software noun
    assert left_in_english(["cache"], "清除cache事件后重试。", en2zh)  # written on: a word of the prose
    assert left_in_english(["chemotherapy"], "患者接受chemotherapy(CT)。", en2zh)  # a bracket after: no call
    glossary = Glossary.build([Concept("timeout", "超时", "timeout"), Concept("cache", "缓存", "cache")], "t")
    en = "Set the timeout parameter to 30 seconds and turn on the cache option."
    assert only(run(glossary, [zh], [en]), "term-missing") == []
    cell = Glossary.build([Concept("cell", "细胞", "cell")], "t")
    assert only(run(cell, ["该结果发表于Cell杂志。"], ["The result was published in Cell."]), "term-missing") == []


def test_a_kept_english_form_is_asked_one_way_by_both_questions() -> None:
    """`has_original` and `left_in_english` read the same places (`english_kept`): an empty call such as fit() is
    code, a name kept, for both; before, `left_in_english` blanked the brackets first and so never saw the "()"."""
    from zhen_qa.aligner.lexicon import load_lexicon
    from zhen_qa.checks.presence import Evidence
    from zhen_qa.checks.presence_kept import english_kept, left_in_english

    en2zh = load_lexicon().en2zh
    zh = "调用 fit() 训练模型。"
    assert Evidence(zh).has_original(["fit"], en2zh)
    assert not left_in_english(["fit"], zh, en2zh)
    assert left_in_english(["fit"], "模型的fit较好。", en2zh)  # a word of the prose
    assert list(english_kept(["chemotherapy"], "化学疗法（chemotherapy）与chemotherapy", en2zh)) == [
        (False, False), (False, True)]  # the gloss in brackets is no prose, the second is a word left in English


def test_kept_in_prose_reads_a_word_in_any_case_and_number_but_not_as_code() -> None:
    """review70 R3: a word the glossary says the Chinese must translate is kept in the prose with a capital or in
    capitals too (a capital makes no name of it), singular or plural against either number of the form; inside a
    code span, an identifier (label_selector, LabelSelector), a run of code or a bracketed gloss it is no word of the
    prose."""
    from zhen_qa.checks.presence_kept import kept_in_prose

    for text in ("给 Pod 加上 Labels。", "给 Pod 加上 LABEL。", "给Pod加上label之后", "以 Label 的形式"):
        assert kept_in_prose(("label",), text), text
        assert kept_in_prose(("labels",), text), text  # the glossary's plural against a singular kept, and back
    for text in ("给 Pod 设置 `labels` 字段。", "给 Pod 设置 label_selector。", "给 Pod 设置 LabelSelector。",
                 "见 k8s.io/label 文档", "标签（labels）", "给 Pod 加上标签。"):
        assert not kept_in_prose(("label",), text), text
    assert kept_in_prose(("pull request",), "提交 Pull Requests 之前")  # the last word of several inflects
    assert not kept_in_prose(("pull request",), "提交 pull 之前")
