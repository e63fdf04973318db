"""A Chinese term opening a longer word the file's English names by another concept's term (`term_compound_named`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines

GLOSSARY = "theme,主题,theme\ndesign-token,设计令牌,design token\n"
ZH = "# 定制\n\n运行 `npm i` 即可。\n\n## 修改主题变量\n\n通过 `token` 属性可以修改主题变量。\n\n其他内容写在这里。\n"
EN = "# Customize\n\nRun `npm i`.\n\n## Customize Design Token\n\nYou can modify the Design Token by `token`.\n\n" \
     "Other things are written here.\n"


def test_a_compound_the_page_names_by_another_term_twice_is_rendered(tmp_path: Path) -> None:
    """主题变量 said "Design Token" in two beads: the page's own name, not 主题 dropped."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh") == []


def test_one_bead_is_no_page_usage(tmp_path: Path) -> None:
    en = EN.replace("You can modify the Design Token by `token`.", "You can change it by `token`.")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh") == [5]


def test_the_term_alone_in_the_other_terms_place_is_missing(tmp_path: Path) -> None:
    """修改主题 (no compound) said "Design Token": the wrong term, reported."""
    zh = ZH.replace("主题变量", "主题")
    assert page_term_lines(tmp_path, zh, EN, GLOSSARY, "zh") == [5]


def test_the_following_word_translated_keeps_the_finding(tmp_path: Path) -> None:
    """"Design Token variables" translates 变量: another term stands in 主题's place."""
    en = EN.replace("Design Token", "Design Token variables")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh") == [5]


def test_a_manuscript_without_code_keeps_the_finding(tmp_path: Path) -> None:
    zh, en = ZH.replace("`npm i`", "安装命令").replace("`", ""), EN.replace("`npm i`", "the installer").replace("`", "")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [5]


def test_the_english_term_the_page_names_by_the_compound_is_rendered_too(tmp_path: Path) -> None:
    """"Customize Design Token" over 修改主题变量: the page's Chinese name for it, not 设计令牌 dropped (the English
    finding once the Chinese term is excused; with the term alone, 修改主题, the pair is one finding, the Chinese
    one above)."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh") == []
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "en") == []


def test_another_term_modifying_a_word_of_its_own_keeps_the_finding(tmp_path: Path) -> None:
    """表格配置 said "Form Options" twice (glossary: table 表格, form 表单): "Options" takes 配置's place, so "Form" is
    a wrong rendering of 表格, not the page's name for the whole compound (review53 R17)."""
    glossary = "table,表格,table\nform,表单,form\n"
    zh = ZH.replace("## 修改主题变量", "## 表格配置").replace("通过 `token` 属性可以修改主题变量。",
                                                           "通过 `props` 修改表格配置。")
    en = EN.replace("Customize Design Token", "Form Options").replace(
        "You can modify the Design Token by `token`.", "Change the Form options via `props`.")
    assert page_term_lines(tmp_path, zh, en, glossary, "zh") == [5]
