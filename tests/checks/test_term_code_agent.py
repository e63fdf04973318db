"""term_code_agent: a Chinese compound (字段映射) an English identifier spells whole, the term's word as the agent noun
that does it (FieldMapper)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_code_agent import agents_of, compound_spelled

GLOSSARY = "mapping,映射,mapping,,map\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"


def test_a_compound_spelled_by_an_identifier_of_its_agent_is_rendered(tmp_path: Path) -> None:
    zh, en = "# 字段映射\n\n> 字段映射转换插件\n", "# FieldMapper\n\n> FieldMapper transform plugin\n"
    assert _check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY) == []


def test_another_word_before_the_agent_or_another_act_leaves_the_term_missing(tmp_path: Path) -> None:
    zh = "# 字段映射\n"
    for en in ("# TypeMapper\n", "# FieldFilter\n", "# Field settings\n"):
        assert len(_check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY)) == 1, en


def test_agents_of_an_english_word() -> None:
    assert "mapper" in agents_of("map") and "mapper" in agents_of("mapping") and "computer" in agents_of("compute")
    zh2en = {"字段": ("field",)}
    assert compound_spelled(["map"], "字段映射", 2, [["field", "mapper"]], zh2en)
    assert not compound_spelled(["map"], "类型映射", 2, [["field", "mapper"]], zh2en)
    assert not compound_spelled(["map"], "映射", 0, [["mapper"]], zh2en)
