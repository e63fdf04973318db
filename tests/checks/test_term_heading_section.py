"""A documentation heading's term left to the section under the paired English heading (`term_heading_section`)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file

GLOSSARY = "theme,主题,theme\n"
ZH = "# 主题\n\n运行 `npm i` 即可。\n\n## 配置主题\n\n通过 `ConfigProvider` 可以修改颜色。\n\n把主题传给它。\n\n" \
     "## 其他\n\n其他内容。\n"
EN = "# Theme\n\nRun `npm i`.\n\n## Basic Usage\n\nYou can change colours with `ConfigProvider`.\n\n" \
     "Pass the theme to it.\n\n## Others\n\nOther things.\n"


def _missing(tmp_path: Path, zh: str, en: str) -> list[str]:
    """term-missing's messages at Chinese headings, each call in a folder of its own (loaded files are cached by
    path)."""
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    (folder / "p.zh.md").write_text(zh, encoding="utf-8")
    (folder / "p.en.md").write_text(en, encoding="utf-8")
    (folder / "g.csv").write_text("id,zh,en\n" + GLOSSARY, encoding="utf-8")
    result = check_file(str(folder / "p.zh.md"), str(folder / "p.en.md"), Flags(glossaries=(str(folder / "g.csv"),)))
    return [f"{f.location.line}: {f.message}" for f in result.findings if f.rule == "term-missing" and f.lang == "zh"]


def test_a_heading_term_said_by_the_english_section_is_rendered(tmp_path: Path) -> None:
    """配置主题 over "Basic Usage": the English section under the heading says "theme"."""
    assert _missing(tmp_path, ZH, EN) == []


def test_a_heading_term_the_english_section_never_says_is_missing(tmp_path: Path) -> None:
    en = EN.replace("Pass the theme to it.", "Pass the colours to it.")
    assert [m[:2] for m in _missing(tmp_path, ZH, en)] == ["5:"]


def test_a_heading_of_a_manuscript_without_code_keeps_its_finding(tmp_path: Path) -> None:
    """A thesis's or a paper's heading: no documentation, its term is reported where the heading drops it."""
    zh, en = ZH.replace("`npm i`", "安装命令").replace("`", ""), EN.replace("`npm i`", "the installer").replace("`", "")
    assert [m[:2] for m in _missing(tmp_path, zh, en)] == ["5:"]


def test_a_heading_translated_with_another_word_in_the_terms_place_keeps_its_finding(tmp_path: Path) -> None:
    """"Configure skin" translates 配置 and puts "skin" where 主题 stands: the wrong word a glossary is for (review49
    R2), though the section says "theme"."""
    assert [m[:2] for m in _missing(tmp_path, ZH, EN.replace("## Basic Usage", "## Configure skin"))] == ["5:"]


def test_a_one_word_english_heading_is_the_terms_own_slot(tmp_path: Path) -> None:
    """"## About skins" for 关于主题 names the section with the wrong word, not a label of its own (review49b Q4)."""
    zh, en = ZH.replace("## 配置主题", "## 关于主题"), EN.replace("## Basic Usage", "## About skins")
    assert [m[:2] for m in _missing(tmp_path, zh, en)] == ["5:"]
