"""A Chinese sub-heading's term left to the English parent heading (`term_heading_parent`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines

GLOSSARY = "install,安装,install\n"
ZH = "# 快速上手\n\n运行 `vite` 即可。\n\n## 安装\n\n### 通过 npm 安装\n\n" \
     "在现有项目中使用时，可以通过 `npm` 进行安装。\n\n### 通过 CDN 引入\n\n使用 CDN 的方式很简单。\n"
EN = "# Quickstart\n\nRun `vite`.\n\n## Install\n\n### npm\n\nUsing `npm` in an existing project.\n\n" \
     "### CDN\n\nThe easiest way is the CDN.\n"


def test_a_sub_heading_named_by_its_kept_name_under_a_parent_saying_the_term(tmp_path: Path) -> None:
    """### 通过 npm 安装 = ### npm under ## Install."""
    assert 7 not in page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh")


def test_a_parent_that_does_not_say_the_term_keeps_the_finding(tmp_path: Path) -> None:
    """No ## 安装 / ## Install above: the parent is # Quickstart."""
    zh, en = ZH.replace("## 安装\n\n", ""), EN.replace("## Install\n\n", "")
    assert 5 in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")


def test_an_english_heading_with_words_of_its_own_keeps_the_finding(tmp_path: Path) -> None:
    """"### npm packages" has a word of its own: not the kept name alone."""
    en = EN.replace("### npm", "### npm packages")
    assert 7 in page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")


def test_a_manuscript_without_code_keeps_the_finding(tmp_path: Path) -> None:
    zh, en = ZH.replace("`", ""), EN.replace("`", "")
    assert 7 in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")
