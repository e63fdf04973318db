"""term_verb_result: a Chinese term used as the verb of a result (转换为, listed 转换 "transform") said by another of
the lexicon's senses ("convert to")."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_verb_result import result_verb_said

GLOSSARY = "transform,转换,transform,,transformation\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"


def test_the_verb_of_a_result_said_by_another_sense_is_rendered(tmp_path: Path) -> None:
    zh = "这时需要定义一个schema来转换为TableSchema并获取数据。"
    en = "At this time, a schema needs to be defined to convert to TableSchema and obtain data."
    assert _check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY) == []
    zh = "该插件利用模型将文本数据转换为向量化表示。"
    en = "The plugin leverages models to convert text data into vectorized representations."
    assert _check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY) == []


def test_the_noun_or_no_verb_in_the_english_leaves_the_term_missing(tmp_path: Path) -> None:
    zh = "这时需要定义一个schema来转换为TableSchema并获取数据。"
    en = "At this time, a schema needs to be defined and data obtained."  # the term really dropped
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY)) == 1
    noun = "你可以使用转换处理数据。"  # the concept (a transform), no result after it
    assert len(_check(tmp_path, noun + CODE, "You can convert to the data you need." + CODE_EN, GLOSSARY)) == 1


def test_result_verb_said_needs_a_result_and_the_english_verb() -> None:
    zh2en = {"转换": ("chang", "convert", "transform")}
    text = "来转换为TableSchema"
    assert result_verb_said(["转换"], ["transform"], text, 3, "to convert to TableSchema", zh2en)
    assert not result_verb_said(["转换"], ["transform"], "降低转换成本", 4, "to convert to lower cost", zh2en)
    assert not result_verb_said(["转换"], ["transform"], text, 3, "to convert the schema", zh2en)
    assert not result_verb_said(["转换"], ["transform"], "转换插件", 2, "to convert to TableSchema", zh2en)


def test_another_verbs_to_does_not_say_a_dropped_result(tmp_path: Path) -> None:
    """转换为 YAML dropped from the English, whose "switch to" renders 切换到 (another verb of the sentence) and says
    no YAML after its "to" (review53 R19): the term stays missing."""
    zh = "保存后，先将配置转换为 YAML 格式，然后切换到生产环境。"
    en = "After saving, write the configuration as a file and then switch to the production environment."
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY)) == 1
    # the result said but by the other verb's sense alone: switch is 切换's
    en = "After saving, switch the configuration to YAML and go to the production environment."
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY)) == 1
