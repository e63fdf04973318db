"""An English documentation heading's term left to the section under the paired Chinese heading
(`term_heading_label_zh`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.checks.term_excuses import switched

HEADING_BODY = ("heading-body",)
"""The excuse that takes a heading's term where the other heading is a title of its own and the section under it says
the term (`term_heading_body`, hd61): off in the tests of this module's own guards whose shapes it now takes
(a word of the heading's own in the term's place), so that they still test this module."""

GLOSSARY = "theme,主题,theme,,\n"
ZH = "# 主题\n\n运行 `npm i` 即可。\n\n## 基本概念\n\n通过 `ConfigProvider` 可以修改颜色。\n\n把主题传给它。\n\n" \
     "## 其他\n\n其他内容。\n"
EN = "# Theme\n\nRun `npm i`.\n\n## Theme Tokens\n\nYou can change colours with `ConfigProvider`.\n\n" \
     "Pass it the settings.\n\n## Others\n\nOther things.\n"


def test_an_english_heading_term_said_by_the_chinese_section_is_rendered(tmp_path: Path) -> None:
    """"## Theme Tokens" over 基本概念 (basic concepts): the Chinese section under it says 主题."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "en") == []


def test_an_english_heading_term_the_chinese_section_never_says_is_missing(tmp_path: Path) -> None:
    zh = ZH.replace("把主题传给它。", "把设置传给它。")
    assert page_term_lines(tmp_path, zh, EN, GLOSSARY, "en") == [5]


def test_a_heading_of_a_manuscript_without_code_keeps_its_finding(tmp_path: Path) -> None:
    """A thesis's or a paper's heading: no documentation, its term is reported where the heading drops it."""
    zh = ZH.replace("`npm i`", "安装命令").replace("`", "")
    en = EN.replace("`npm i`", "the installer").replace("`", "")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]


def test_a_chinese_heading_translating_the_rest_keeps_its_finding(tmp_path: Path) -> None:
    """动态切换 for "Switch Themes Dynamically" translates "switch" and "dynamically" and drops the term, though the
    section says 主题."""
    with switched(off=HEADING_BODY):
        zh, en = ZH.replace("## 基本概念", "## 动态切换"), EN.replace("## Theme Tokens", "## Switch Themes Dynamically")
        assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]


def test_a_one_word_chinese_heading_is_the_terms_own_slot(tmp_path: Path) -> None:
    """## 皮肤 (skin) for "## Theme" names the section with the wrong word, not a label of its own."""
    zh, en = ZH.replace("## 基本概念", "## 皮肤"), EN.replace("## Theme Tokens", "## Theme")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]


def test_an_english_heading_that_is_the_term_alone_over_another_word_keeps_its_finding(tmp_path: Path) -> None:
    """"## Themes" over ## 界面风格 (interface style), whose section says 主题: the heading is the term alone, and the
    page has the glossary's Chinese for it; the Chinese heading chose another word (review53 R9)."""
    zh, en = ZH.replace("## 基本概念", "## 界面风格"), EN.replace("## Theme Tokens", "## Themes")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]


def test_an_english_heading_that_is_the_term_alone_kept_in_latin_by_the_chinese_section(tmp_path: Path) -> None:
    """"## Design Token" over ## 基本概念, whose section writes Design Token in Latin: the page keeps the name
    untranslated, so its Chinese heading may label the section freely (antd customize-theme)."""
    glossary = "design-token,设计令牌,design token,Design Token,\n"
    zh = ZH.replace("把主题传给它。", "在 Design Token 中我们提供了三层结构。")
    en = EN.replace("## Theme Tokens", "## Design Token")
    assert page_term_lines(tmp_path, zh, en, glossary, "en") == []


def test_a_chinese_heading_the_section_writes_beside_the_term_is_clipped(tmp_path: Path) -> None:
    """动态切换 for "Switch Themes Dynamically" over a section that opens with 动态切换主题: the heading is the
    section's own phrase with the term clipped off (antd customize-theme 103)."""
    zh = ZH.replace("## 基本概念", "## 动态切换").replace("把主题传给它。", "它可以动态切换主题。")
    en = EN.replace("## Theme Tokens", "## Switch Themes Dynamically")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == []


def test_a_section_that_is_only_an_image_is_read_with_the_sentence_before_it(tmp_path: Path) -> None:
    """### 演变过程 over an image, for "### Life of Theme Tokens": the sentence leading into it says 主题."""
    zh = "# 主题\n\n运行 `npm i` 即可。\n\n你需要了解主题的生命周期。\n\n## 演变过程\n\n![token](a.png)\n\n" \
         "## 其他\n\n其他内容。\n"
    en = "# Theme\n\nRun `npm i`.\n\nYou need to know the life of theme tokens.\n\n## Life of Theme Tokens\n\n" \
         "![token](a.png)\n\n## Others\n\nOther things.\n"
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == []
    # the sentence before names something else: the term is missing from the heading
    zh = zh.replace("你需要了解主题的生命周期。", "你需要了解颜色的生命周期。")
    en = en.replace("You need to know the life of theme tokens.", "You need to know the life of colours.")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [7]
