"""A Chinese term opening a longer word the file's English names by another concept's term (`term_compound_named`)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file

GLOSSARY = "theme,主题,theme\ndesign-token,设计令牌,design token\n"
ZH = "# 定制\n\n运行 `npm i` 即可。\n\n## 修改主题变量\n\n通过 `token` 属性可以修改主题变量。\n\n其他内容写在这里。\n"
EN = "# Customize\n\nRun `npm i`.\n\n## Customize Design Token\n\nYou can modify the Design Token by `token`.\n\n" \
     "Other things are written here.\n"


def _missing(tmp_path: Path, zh: str, en: str, lang: str = "zh") -> list[str]:
    """term-missing's findings at lines of `lang`, each call in a folder of its own (loaded files are cached by
    path)."""
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    (folder / "p.zh.md").write_text(zh, encoding="utf-8")
    (folder / "p.en.md").write_text(en, encoding="utf-8")
    (folder / "g.csv").write_text("id,zh,en\n" + GLOSSARY, encoding="utf-8")
    result = check_file(str(folder / "p.zh.md"), str(folder / "p.en.md"), Flags(glossaries=(str(folder / "g.csv"),)))
    return [f"{f.location.line}" for f in result.findings if f.rule == "term-missing" and f.lang == lang]


def test_a_compound_the_page_names_by_another_term_twice_is_rendered(tmp_path: Path) -> None:
    """主题变量 said "Design Token" in two beads: the page's own name, not 主题 dropped."""
    assert _missing(tmp_path, ZH, EN) == []


def test_one_bead_is_no_page_usage(tmp_path: Path) -> None:
    en = EN.replace("You can modify the Design Token by `token`.", "You can change it by `token`.")
    assert _missing(tmp_path, ZH, en) == ["5"]


def test_the_term_alone_in_the_other_terms_place_is_missing(tmp_path: Path) -> None:
    """修改主题 (no compound) said "Design Token": the wrong term, reported."""
    zh = ZH.replace("主题变量", "主题")
    assert _missing(tmp_path, zh, EN) == ["5"]


def test_the_following_word_translated_keeps_the_finding(tmp_path: Path) -> None:
    """"Design Token variables" translates 变量: another term stands in 主题's place."""
    en = EN.replace("Design Token", "Design Token variables")
    assert _missing(tmp_path, ZH, en) == ["5"]


def test_a_manuscript_without_code_keeps_the_finding(tmp_path: Path) -> None:
    zh, en = ZH.replace("`npm i`", "安装命令").replace("`", ""), EN.replace("`npm i`", "the installer").replace("`", "")
    assert _missing(tmp_path, zh, en) == ["5"]


def test_the_english_term_the_page_names_by_the_compound_is_rendered_too(tmp_path: Path) -> None:
    """"Customize Design Token" over 修改主题变量: the page's Chinese name for it, not 设计令牌 dropped (the English
    finding once the Chinese term is excused; with the term alone, 修改主题, the pair is one finding, the Chinese
    one above)."""
    assert _missing(tmp_path, ZH, EN) == [] and _missing(tmp_path, ZH, EN, "en") == []
