"""A documentation heading's term left to the section under the paired English heading (`term_heading_section`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.checks.term_excuses import switched

HEADING_BODY = ("heading-body",)
"""The excuse that takes a heading's term where the other heading is a title of its own and the section under it says
the term (`term_heading_body`, hd61): off in the tests of this module's own guards whose shapes it now takes
(a word of the heading's own in the term's place), so that they still test this module."""

GLOSSARY = "theme,主题,theme,,\n"
ZH = "# 主题\n\n运行 `npm i` 即可。\n\n## 配置主题\n\n通过 `ConfigProvider` 可以修改颜色。\n\n把主题传给它。\n\n" \
     "## 其他\n\n其他内容。\n"
EN = "# Theme\n\nRun `npm i`.\n\n## Basic Usage\n\nYou can change colours with `ConfigProvider`.\n\n" \
     "Pass the theme to it.\n\n## Others\n\nOther things.\n"


def test_a_heading_term_said_by_the_english_section_is_rendered(tmp_path: Path) -> None:
    """配置主题 over "Basic Usage": the English section under the heading says "theme"."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh") == []


def test_a_heading_term_the_english_section_never_says_is_missing(tmp_path: Path) -> None:
    en = EN.replace("Pass the theme to it.", "Pass the colours to it.")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh") == [5]


def test_a_heading_of_a_manuscript_without_code_keeps_its_finding(tmp_path: Path) -> None:
    """A thesis's or a paper's heading: no documentation, its term is reported where the heading drops it."""
    zh, en = ZH.replace("`npm i`", "安装命令").replace("`", ""), EN.replace("`npm i`", "the installer").replace("`", "")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [5]


def test_a_heading_translated_with_another_word_in_the_terms_place_keeps_its_finding(tmp_path: Path) -> None:
    """"Configure skin" translates 配置 and puts "skin" where 主题 stands: the wrong word a glossary is for (review49
    R2), though the section says "theme"."""
    with switched(off=HEADING_BODY):
        assert page_term_lines(tmp_path, ZH, EN.replace("## Basic Usage", "## Configure skin"), GLOSSARY, "zh") == [5]


def test_a_one_word_english_heading_is_the_terms_own_slot(tmp_path: Path) -> None:
    """"## About skins" for 关于主题 names the section with the wrong word, not a label of its own (review49b Q4)."""
    with switched(off=HEADING_BODY):
        zh, en = ZH.replace("## 配置主题", "## 关于主题"), EN.replace("## Basic Usage", "## About skins")
        assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [5]
