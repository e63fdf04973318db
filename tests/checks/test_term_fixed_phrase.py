"""Tests of checks.term_fixed_phrase: a glossary word inside a CC-CEDICT multiword gloss ("for instance" = 例如,
"table of contents" = 目录) written whole in the English, the gloss's Chinese word in the bead, is no use of the
term."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run, term_missing
from zhen_qa.checks.term_fixed_phrase import phrase_rendering
from zhen_qa.glossary.model import Concept

INSTANCE = Concept("instance", "实例", "instance", en_admitted=("instances",))
TABLE = Concept("table", "表格", "table", en_admitted=("tables",))
DEFAULT = Concept("default", "默认", "default")
TIME = Concept("time", "时间", "time", en_admitted=("times",))
GLOSSARY = gl(INSTANCE, TABLE, DEFAULT, TIME)


def missing(zh: str, en: str) -> list[str]:
    return term_missing(GLOSSARY, [zh], [en])


def test_a_phrase_rendering_another_chinese_word_is_no_finding() -> None:
    assert missing("例如，重启服务会清空缓存。", "For instance, restarting the service clears the cache.") == []
    assert missing("比如重启服务会清空缓存。", "For instance if you restart the service, the cache is cleared.") == []
    assert missing("请参见目录。", "See the Table of Contents.") == []


def test_nor_a_term_inconsistency() -> None:
    # two beads: 实例 rendered "instance" once, and 例如 "for instance" (no use of the term) next to it
    findings = run(GLOSSARY, ["重启实例会清空缓存。", "例如，重启服务会清空缓存。"],
                   ["Restarting the instance clears the cache.", "For instance, restarting the service clears it."])
    assert only(findings, "term-inconsistent") == [] and only(findings, "term-missing") == []


def test_a_real_term_beside_the_phrase_is_still_missing() -> None:
    # the Chinese word 例如 is spent on "For instance": the real "instance" has no 实例
    assert len(missing("例如，每次重启都会清空缓存。",
                       "For instance, each restart of the instance clears the cache.")) == 1
    # the phrase without its Chinese word is no evidence: the term stays
    assert len(missing("重启服务会清空缓存。", "For instance, restarting the service clears the cache.")) == 1
    # the words around the match are not the whole phrase
    assert len(missing("重启服务会清空缓存。", "Instance creation clears the cache.")) == 1
    assert len(missing("目录中列出了结果。", "The table of results is in the directory.")) == 1


def test_a_phrase_of_the_terms_own_chinese_keeps_the_term() -> None:
    # 默认 listed for "default": a phrase glossing 默认 is its term, and a 默认 with no "default" is a finding
    assert len(missing("默认开启缓存。", "The cache is on.")) == 1
    assert missing("默认开启缓存。", "The cache is on by default.") == []
    text = "The cache is on by default."
    at = text.index("default")
    assert phrase_rendering(text, at, at + 7, "默认开启缓存。", ["默认"]) == ""


def test_a_compound_noun_of_the_dictionary_is_no_fixed_phrase() -> None:
    # CC-CEDICT glosses 二进制编码 "binary code", 抗药性 "drug resistance": compounds of content words, their head the
    # term's own sense (代码 "code", 耐药 "resistance" listed), the Chinese word a synonym the glossary settles
    text = "The program is stored as binary code."
    assert phrase_rendering(text, text.index("code"), text.index("code") + 4, "程序以二进制编码保存。", ["代码"]) == ""
    text = "The bacteria developed drug resistance."
    at = text.index("resistance")
    assert phrase_rendering(text, at, at + 10, "细菌产生了抗药性。", ["耐药"]) == ""


def test_the_parts() -> None:
    text = "For instance, restarting clears it."
    at = text.index("instance")
    assert phrase_rendering(text, at, at + 8, "例如，重启会清空它。", ["实例"]) == "例如"
    # a mark between the words breaks the phrase; the term's own Chinese word is no other word
    assert phrase_rendering("For, instance", 5, 13, "例如", ["实例"]) == ""
    assert phrase_rendering(text, at, at + 8, "例如", ["例如"]) == ""
    # a function word takes no plural: "built-ins" is a noun of its own, not "built in" (内置)
    ins = "Import the built-ins."
    assert phrase_rendering(ins, ins.index("built"), ins.index("built") + 5, "导入内置组件。", ["构建"]) == ""
    assert phrase_rendering("A built-in tool.", 2, 7, "内置工具。", ["构建"]) == "内置"
    toc = "See the tables of contents."
    assert phrase_rendering(toc, toc.index("tables"), toc.index("tables") + 6, "目录", ["表格"]) == "目录"


def test_the_phrases_chinese_word_must_be_a_word_of_the_bead() -> None:
    # "a period of time" glosses 期, which stands here only inside 定期 ("periodically"): the English says a period of
    # time the Chinese never says, a real mistranslation, still reported (review63 R4)
    assert len(missing("服务会定期检查配置。", "For a period of time, the service checks its configuration.")) == 1
    text = "For a period of time, the service checks it."
    at = text.index("time")
    assert phrase_rendering(text, at, at + 4, "服务会定期检查配置。", ["时间"]) == ""


def test_a_one_character_word_is_no_evidence() -> None:
    # "easy to" glosses 好, a word of this bead, but one character stands in nearly every Chinese sentence
    text = "This problem is easy to solve."
    at = text.index("easy")
    assert phrase_rendering(text, at, at + 4, "这个问题好解决。", ["容易"]) == ""


def test_the_phrases_word_is_no_evidence_of_the_term_either() -> None:
    # 实例 dropped from the English: the "instance" of "For instance" (= 例如) renders no 实例, in the bead nor in the
    # balance over its neighbours, so the real omission is reported
    assert len(missing("例如，重启实例会清空缓存。", "For instance, a restart clears the cache.")) == 1
    # the phrase alone, its Chinese word rendered and no 实例: nothing
    assert missing("例如，重启服务会清空缓存。", "For instance, a restart clears the cache.") == []
