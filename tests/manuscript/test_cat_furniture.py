"""Running heads and page numbers a PDF's extraction left inside the units of a CAT file."""
from __future__ import annotations

from pathlib import Path

from tests.cat_files import tmx_numbers
from zhen_qa.manuscript.cat import read_cat
from zhen_qa.manuscript.cat_furniture import running_heads

HEAD = "Pumps for Small Engines"


def test_a_running_head_and_its_page_number_are_not_read(tmp_path: Path) -> None:
    units = [(HEAD, "小型发动机用泵"),
             (f"{HEAD} 165 the pump delivers 300 litres an hour.", "泵每小时输送300升。"),  # an odd page
             ("A valve fails after 40 cycles 166 Pumps for Small Engines when it is dry.", "阀门干运行40次后失效。")]
    assert tmx_numbers(tmp_path, units) == []
    m = read_cat(str(tmp_path / "memory.tmx"))
    assert m.pairs[1].en[0].text.text == "the pump delivers 300 litres an hour."
    assert m.pairs[2].en[0].text.text == "A valve fails after 40 cycles when it is dry."  # an even page, title-cased


def test_a_number_changed_beside_a_running_head_is_still_reported(tmp_path: Path) -> None:
    units = [(HEAD, "小型发动机用泵"), (f"{HEAD} 165 the pump delivers 300 litres an hour.", "泵每小时输送350升。"),
             ("A valve fails after 40 cycles 166 Pumps for Small Engines when it is dry.", "阀门干运行40次后失效。")]
    assert [m for m in tmx_numbers(tmp_path, units) if "300" in m and "350" in m]
    assert not [m for m in tmx_numbers(tmp_path, units) if "165" in m]


def test_a_number_beside_no_heading_of_the_file_is_read(tmp_path: Path) -> None:
    units = [(HEAD, "小型发动机用泵"),
             ("Small Engines 165 the pump delivers 300 litres an hour.", "泵每小时输送300升。")]
    assert [m for m in tmx_numbers(tmp_path, units) if "165" in m]


def test_a_number_the_translation_gives_is_the_sentences() -> None:
    texts = ["OmegaT on Wikipedia", "OmegaT on Wikipedia 25 languages are listed.", "the pages 31 OmegaT on Wikipedia"
             " say so."]
    assert running_heads(texts, ["维基百科上的 OmegaT", "列出了25种语言。", "这些页面如是说。"]) == {}
    assert running_heads(texts, ["维基百科上的 OmegaT", "列出了多种语言。", "这些页面如是说。"]) == {
        1: [(0, 23)], 2: [(10, 33)]}


def test_heading_words_in_a_sentence_are_no_running_head() -> None:
    """The heading's words in lower case inside a sentence ("the number of cycles 12") are the sentence's."""
    texts = ["Number of Cycles Counted", "We saw the number of cycles counted 12 times.", "Number of Cycles Counted 12 "
             "times, we stopped.", "Number of Cycles Counted 14 times, we went on."]
    assert running_heads(texts, ["", "", "", ""]) == {2: [(0, 28)], 3: [(0, 28)]}


def test_one_number_beside_a_heading_is_the_sentences(tmp_path: Path) -> None:
    """A software file's heading unit and a body unit opening with its words and a number the translator dropped:
    one coincidence, not a page's furniture repeated on two pages."""
    units = [("Install the Toolkit", "安装工具包"),
             ("Install the Toolkit 18 or later before you start the server.", "启动服务器前，请安装工具包或更高版本。"),
             ("Back up the Database", "备份数据库"),
             ("Back up the Database 2 hours before the window opens.", "在维护窗口开始之前备份数据库。")]
    found = tmx_numbers(tmp_path, units)
    assert [m for m in found if "18" in m] and [m for m in found if '"2"' in m]
    units[1] = (units[1][0], "启动服务器前，请安装工具包 16 或更高版本。")
    assert [m for m in tmx_numbers(tmp_path, units) if "16" in m and "Install the Toolkit 18" in m]
