"""term_style_adjective: a Chinese term made an adjective by 式 (插件式, listed 插件 "plug-in") that the English says by
the adjective of the term's own word ("Pluggable")."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_style_adjective import style_adjective

GLOSSARY = "plugin,插件,plugin,,plug-in\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"
EN = "- **Pluggable Storage Backends**: supports `RocksDB` and `HBase`.\n"


def test_the_term_made_an_adjective_by_style_is_said_by_its_adjective(tmp_path: Path) -> None:
    zh = "- **插件式存储后端**：支持 `RocksDB` 和 `HBase`。\n"
    assert _check(tmp_path, zh + CODE, EN + CODE_EN, GLOSSARY) == []


def test_no_adjective_another_adjective_or_the_noun_alone_leaves_the_term_missing(tmp_path: Path) -> None:
    zh = "- **插件式存储后端**：支持 `RocksDB` 和 `HBase`。\n"
    for en in ("- **Storage Backends**: supports `RocksDB` and `HBase`.\n",  # the term really dropped
               "- **Portable Storage Backends**: supports `RocksDB` and `HBase`.\n"):  # another word's adjective
        assert len(_check(tmp_path, zh + CODE, en + CODE_EN, GLOSSARY)) == 1, en
    noun = "- **插件存储后端**：支持 `RocksDB` 和 `HBase`。\n"  # the noun, no 式: the plug-in itself, not said
    assert len(_check(tmp_path, noun + CODE, EN + CODE_EN, GLOSSARY)) == 1


def test_style_adjective_builds_on_the_first_word_of_a_form() -> None:
    text = "模块式设计"
    assert style_adjective(["module"], text, 2, "a modular design", 1)
    assert style_adjective(["plug-in"], "插件式后端", 2, "pluggable backends", 1)
    assert not style_adjective(["plug-in"], "插件后端", 2, "pluggable backends", 1)
    assert not style_adjective(["use"], "用式", 1, "a usable design", 1)  # us-: too short a word
    assert not style_adjective(["plug-in"], "插件式后端", 2, "pluggable backends", 2)
