"""term_compound_head: a Chinese term modifying a compound the page's English gave in full, the English saying the
compound's head alone (元数据模板不一致 = "Template is not consistent" below 元数据模板重复 = "Schema template is
duplicated"); iotdb-heldout-g (gm57)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check

SCHEMA = "metadata,元数据,metadata,,schema\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"
GIVEN = "元数据模板重复。\n\n元数据模板未定义。\n\n"
GIVEN_EN = "Schema template is duplicated.\n\nSchema template is not defined.\n\n"


def test_the_head_of_a_compound_given_in_full_before_is_the_compound(tmp_path: Path) -> None:
    zh = GIVEN + "元数据模板不一致。\n"
    en = GIVEN_EN + "Template is not consistent.\n"
    assert _check(tmp_path, zh + CODE, en + CODE_EN, SCHEMA) == []


def test_a_compound_never_given_in_full_or_dropped_is_still_missing(tmp_path: Path) -> None:
    # the page's English says "template" alone from the first row: the modifier was never given
    zh = "元数据模板不一致。\n\n元数据模板正在使用。\n"
    en = "Template is not consistent.\n\nTemplate is in use.\n"
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, SCHEMA)) == 1
    # the compound given in full above, then a row whose English drops it altogether
    dropped = GIVEN + "元数据模板不一致。\n"
    assert len(_check(tmp_path, dropped + CODE, GIVEN_EN + "Value is not consistent.\n" + CODE_EN, SCHEMA)) == 1


def test_a_head_the_chinese_compound_does_not_gloss_is_still_missing(tmp_path: Path) -> None:
    # "Schema template" above, but this row's English says "Region", which 模板 does not gloss
    zh = GIVEN + "元数据模板不一致。\n"
    en = GIVEN_EN + "Region is not consistent.\n"
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, SCHEMA)) == 1


def test_a_head_after_another_modifier_is_still_missing(tmp_path: Path) -> None:
    """medline's injected drop: "alcohol dependence" given, then "substance dependence" where 酒精依赖 stands (the
    term replaced): the head after another modifier names another kind, not the compound again."""
    alcohol = "alcohol,酒精,alcohol,,\n"
    zh = "酒精依赖很常见。\n\n酒精依赖的风险基因。\n"
    en = "Alcohol dependence is common.\n\nRisk genes of substance dependence.\n"
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, alcohol)) == 1
    bare = "Alcohol dependence is common.\n\nRisk genes of the dependence.\n"  # after a stop word: the compound again
    assert _check(tmp_path, zh + CODE, bare + CODE_EN, alcohol) == []


def test_a_head_before_a_preposition_is_still_missing(tmp_path: Path) -> None:
    """"the template for substance": the complement after the head may hold the term replaced (as
    test_term_head_kept's "the factories for substance")."""
    zh = GIVEN + "元数据模板不一致。\n"
    en = GIVEN_EN + "The template for substance is not consistent.\n"
    assert len(_check(tmp_path, zh + CODE, en + CODE_EN, SCHEMA)) == 1


def test_a_head_after_another_glossary_term_is_still_missing(tmp_path: Path) -> None:
    """review57 R8 (dolphin's file-parameter page): "upstream tasks" where 下游任务 stands — the head after another
    listed term (blanked in the evidence) has a modifier, another kind of task, not the compound again."""
    stream = "downstream,下游,downstream,,\nupstream,上游,upstream,,\n"
    zh = "使用文件参数把文件传递给下游任务。\n\n将多个上游任务处理好的数据文件一起传递给特定的下游任务。\n"
    given = "Use the file parameter to pass files to the downstream task.\n\n"
    for dropped in ("Pass the data files processed by multiple upstream tasks to a specific task.\n",
                    "Multiple upstream tasks send their data files to a specific task.\n"):
        assert len(_check(tmp_path, zh + CODE, given + dropped + CODE_EN, stream)) == 1
    said = "Multiple upstream tasks send their data files to the task.\n"  # the head alone: the compound again
    assert _check(tmp_path, zh + CODE, given + said + CODE_EN, stream) == []
