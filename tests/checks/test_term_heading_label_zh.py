"""An English documentation heading's term left to the section under the paired Chinese heading
(`term_heading_label_zh`)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file

GLOSSARY = "theme,主题,theme\n"
ZH = "# 主题\n\n运行 `npm i` 即可。\n\n## 基本概念\n\n通过 `ConfigProvider` 可以修改颜色。\n\n把主题传给它。\n\n" \
     "## 其他\n\n其他内容。\n"
EN = "# Theme\n\nRun `npm i`.\n\n## Theme Tokens\n\nYou can change colours with `ConfigProvider`.\n\n" \
     "Pass it the settings.\n\n## Others\n\nOther things.\n"


def _missing(tmp_path: Path, zh: str, en: str) -> list[str]:
    """term-missing's findings at English lines, each call in a folder of its own (loaded files are cached by
    path)."""
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    (folder / "p.zh.md").write_text(zh, encoding="utf-8")
    (folder / "p.en.md").write_text(en, encoding="utf-8")
    (folder / "g.csv").write_text("id,zh,en\n" + GLOSSARY, encoding="utf-8")
    result = check_file(str(folder / "p.zh.md"), str(folder / "p.en.md"), Flags(glossaries=(str(folder / "g.csv"),)))
    return [f"{f.location.line}: {f.message}" for f in result.findings if f.rule == "term-missing" and f.lang == "en"]


def test_an_english_heading_term_said_by_the_chinese_section_is_rendered(tmp_path: Path) -> None:
    """"## Theme Tokens" over 基本概念 (basic concepts): the Chinese section under it says 主题."""
    assert _missing(tmp_path, ZH, EN) == []


def test_an_english_heading_term_the_chinese_section_never_says_is_missing(tmp_path: Path) -> None:
    zh = ZH.replace("把主题传给它。", "把设置传给它。")
    assert [m[:2] for m in _missing(tmp_path, zh, EN)] == ["5:"]


def test_a_heading_of_a_manuscript_without_code_keeps_its_finding(tmp_path: Path) -> None:
    """A thesis's or a paper's heading: no documentation, its term is reported where the heading drops it."""
    zh = ZH.replace("`npm i`", "安装命令").replace("`", "")
    en = EN.replace("`npm i`", "the installer").replace("`", "")
    assert [m[:2] for m in _missing(tmp_path, zh, en)] == ["5:"]


def test_a_chinese_heading_translating_the_rest_keeps_its_finding(tmp_path: Path) -> None:
    """动态切换 for "Switch Themes Dynamically" translates "switch" and "dynamically" and drops the term, though the
    section says 主题."""
    zh, en = ZH.replace("## 基本概念", "## 动态切换"), EN.replace("## Theme Tokens", "## Switch Themes Dynamically")
    assert [m[:2] for m in _missing(tmp_path, zh, en)] == ["5:"]


def test_a_one_word_chinese_heading_is_the_terms_own_slot(tmp_path: Path) -> None:
    """## 皮肤 (skin) for "## Theme" names the section with the wrong word, not a label of its own."""
    zh, en = ZH.replace("## 基本概念", "## 皮肤"), EN.replace("## Theme Tokens", "## Theme")
    assert [m[:2] for m in _missing(tmp_path, zh, en)] == ["5:"]
