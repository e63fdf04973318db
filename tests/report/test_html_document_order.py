"""The HTML Document view of a translation checked as two files shows each file whole, the Chinese first."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.cli import main


def _document_words(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    doc = html[html.index('<section class="document">'):]
    return re.sub(r"<[^>]+>", " ", doc[:doc.index("</section>")]).split()


def test_a_json_message_pair_is_shown_file_by_file(tmp_path: Path) -> None:
    """The JSON reader gives its blocks unit by unit, English and Chinese by turns: the view showed "Home" under the
    pair's heading, then a file heading before every string (zh-CN.json, 首页, en.json, Documentation, …)."""
    zh, en = tmp_path / "zh-CN.json", tmp_path / "en.json"
    zh.write_text('{"home": "首页", "docs": "文档", "save": "保存"}\n', encoding="utf-8")
    en.write_text('{"home": "Home", "docs": "Documentation", "save": "Save"}\n', encoding="utf-8")
    page = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "-o", str(page)])
    assert result.exit_code == 0, result.output
    words = [w for w in _document_words(page) if not w.isdigit()]
    assert words == ["Document", "首页", "文档", "保存", "en.json", "Home", "Documentation", "Save"]


def test_a_two_file_text_pair_is_shown_as_before(tmp_path: Path) -> None:
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("本文研究分泌组。\n生长因子很重要。\n", encoding="utf-8")
    en.write_text("This paper studies the secretome.\nGrowth factors matter.\n", encoding="utf-8")
    page = tmp_path / "r.html"
    CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "-o", str(page)])
    words = [w for w in _document_words(page) if not w.isdigit()]
    assert words[:3] == ["Document", "本文研究分泌组。", "生长因子很重要。"] and words[3] == "a.en.txt"


def test_a_pair_given_the_other_way_round_shows_the_chinese_file_first(tmp_path: Path) -> None:
    """Given the English file as PATH and the Chinese as --en, the reader checks the pair swapped (with a note); the
    view sorted by the path given as --en and showed the English file first, under the page's heading, with no
    heading of its own (review47 R1)."""
    zh, en = tmp_path / "zh-CN.json", tmp_path / "en.json"
    zh.write_text('{"open": "在 3 秒内打开文件。", "close": "关闭它。"}\n', encoding="utf-8")
    en.write_text('{"open": "Open the file in 3 seconds.", "close": "Close it."}\n', encoding="utf-8")
    page = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["check", str(en), "--en", str(zh), "-o", str(page)])
    assert "checked the other way round" in result.output
    words = [w for w in _document_words(page) if not w.isdigit()]
    assert words[:4] == ["Document", "zh-CN.json", "在", "秒内打开文件。"]
    assert words.index("en.json") > words.index("关闭它。")
