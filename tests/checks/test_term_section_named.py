"""A documentation body sentence's term left to the heading of its section, which names it on both sides
(`term_section_named`), and the drops of that shape still reported."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_findings, page_term_lines

GLOSSARY = "data-type,数据类型,data type,,\n"
ZH = "# 配置说明\n\n运行 `lmdeploy serve` 即可启动。\n\n## 批处理大小\n\n通过 `max_batch_size` 设置最大批处理量。\n\n" \
     "## 数据类型\n\n和数据类型相关的参数是 `weight_type` 和 `group_size`。\n\n它们不可被修改。\n\n" \
     "## 缓存\n\n缓存由 `cache_max_entry_count` 控制。\n"
EN = "# Configuration\n\nRun `lmdeploy serve` to start.\n\n## Batch size\n\nSet the batch size with " \
     "`max_batch_size`.\n\n## Data type\n\n`weight_type` and `group_size` are the relevant parameters.\n\n" \
     "They cannot be modified.\n\n## Cache\n\nThe cache is controlled by `cache_max_entry_count`.\n"


def test_a_term_left_to_the_heading_of_its_section_is_no_finding(tmp_path: Path) -> None:
    """和数据类型相关的参数是… = "… are the relevant parameters" under ## 数据类型 = ## Data type."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh") == []


def test_a_section_whose_english_heading_does_not_name_the_term_keeps_the_finding(tmp_path: Path) -> None:
    """Under "## Parameters" the English says the data type nowhere: the body sentence's drop is reported (with the
    heading's, in one finding naming both lines)."""
    found = page_term_findings(tmp_path, ZH, EN.replace("## Data type", "## Parameters"), GLOSSARY)
    places = [p["line"] for f in found for p in dict(f.data).get("sentences", [{"line": f.location.line}])]
    assert 11 in places


def test_another_word_in_the_terms_place_is_reported_under_its_heading(tmp_path: Path) -> None:
    """"the relevant layout parameters": a wrong word where 数据类型 stands, though the heading names it."""
    en = EN.replace("are the relevant parameters", "are the relevant layout parameters")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh") == [11]


def test_a_word_the_chinese_does_not_say_is_reported_under_its_heading(tmp_path: Path) -> None:
    """数据类型的参数 = "the substance parameters": a word nothing in the Chinese says, away from the term's slot
    (`Case.replaced` misses it there), so a wrong word in the term's place, not a term left to the heading."""
    zh = ZH.replace("和数据类型相关的参数是", "数据类型的参数是")
    en = EN.replace("are the relevant parameters", "are the substance parameters")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [11]


def test_an_english_term_the_chinese_drops_under_its_heading_is_reported(tmp_path: Path) -> None:
    """The other way: "the data type parameters" whose Chinese says 相关的参数 only is reported (nothing tells a
    word put in a Chinese term's place from the rest of a free Chinese sentence)."""
    zh = ZH.replace("和数据类型相关的参数是", "相关的参数是")
    en = EN.replace("are the relevant parameters", "are the relevant data type parameters")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [11]


def test_a_term_dropped_under_another_sections_heading_is_reported(tmp_path: Path) -> None:
    """The same sentence pair under ## 缓存 = ## Cache: that heading names no data type, the drop is reported."""
    zh = ZH.replace("缓存由 `cache_max_entry_count` 控制。", "和数据类型相关的参数是 `dtype`。")
    en = EN.replace("The cache is controlled by `cache_max_entry_count`.", "`dtype` is the relevant parameter.")
    found = page_term_findings(tmp_path, zh, en, GLOSSARY)
    places = [p["line"] for f in found for p in dict(f.data).get("sentences", [{"line": f.location.line}])]
    assert 17 in places and 11 not in places


def test_a_manuscript_without_code_keeps_its_finding(tmp_path: Path) -> None:
    """A thesis's section: no documentation, a drop under a heading naming the term is reported."""
    zh = ZH.replace("`", "").replace("weight_type 和 group_size", "权重格式和分组大小")
    en = EN.replace("`", "").replace("weight_type and group_size", "The weight format and the group size")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [11]


def test_a_term_dropped_under_the_page_title_is_reported(tmp_path: Path) -> None:
    """# 数据类型 = # Data type is the page's title, not a section's heading: its subject is `topic`'s to excuse (where
    the page names it throughout), not this excuse's (review55 R6)."""
    zh = "# 数据类型\n\n和数据类型相关的参数是 `weight_type` 和 `group_size`。\n\n它们不可被修改。\n"
    en = "# Data type\n\n`weight_type` and `group_size` are the relevant parameters.\n\nThey cannot be modified.\n"
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [3]


def test_unexplained_lists_the_english_words_the_chinese_does_not_say() -> None:
    """"substance" is said by no Chinese word; "parameters" is (参数): one unsaid of two content words."""
    from zhen_qa.checks.term_rendered import zh2en
    from zhen_qa.checks.term_section_named import unexplained

    assert unexplained("the substance parameters", "数据类型的参数", zh2en()) == (["substance"], 2)
