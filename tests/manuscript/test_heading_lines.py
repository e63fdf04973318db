"""Short lines standing alone in a file printed one paragraph a line (`manuscript.heading_lines`)."""
from __future__ import annotations

from zhen_qa.manuscript.heading_lines import (
    MAX_HEADING,
    paragraph_line_languages,
    printed_width,
    short_lines,
    stands_alone,
)
from zhen_qa.manuscript.source import SourceText
from zhen_qa.manuscript.structure import parse_blocks

LONG_EN = ("Australia, and the state of Victoria in particular, have been seeing a reemergence of cases over the past "
           "weeks, after a period in which community transmission had been brought under control by strict measures.")
LONG_ZH = "澳大利亚，尤其是维多利亚州，在过去几周中再次出现了病例数的回升，" \
          "而在此之前，当地通过严格的措施控制住了社区传播，这说明病毒仍然可以通过输入病例重新进入一个已经控制住疫情的地区，并在当地再次传播开来，形成新的传播链。"


def texts(text: str, path: str = "a.txt") -> list[str]:
    return [b.text.text for b in parse_blocks(SourceText.from_text(path, text))]


def test_a_heading_line_is_not_glued_to_its_paragraph_in_a_file_of_paragraph_lines() -> None:
    text = "\n".join(["Resurgence in Australia", LONG_EN, "Situation in Oceania", LONG_EN, "Closing summary",
                      LONG_EN]) + "\n"
    assert texts(text) == ["Resurgence in Australia", LONG_EN, "Situation in Oceania", LONG_EN, "Closing summary",
                           LONG_EN]


def test_chinese_heading_lines_and_a_mixed_one_stand_alone() -> None:
    text = "\n".join(["报告摘要", LONG_ZH, "Nextstrain的资料", LONG_ZH, "澳大利亚疫情复燃", LONG_ZH]) + "\n"
    assert texts(text) == ["报告摘要", LONG_ZH, "Nextstrain的资料", LONG_ZH, "澳大利亚疫情复燃", LONG_ZH]


def test_hard_wrapped_lines_still_join() -> None:
    # a printed page: no line is a paragraph's length, so a line without a final stop goes on in the next
    text = "Stem cells secrete many factors that\nact on nearby cells and\nrepair the tissue.\n" * 3
    assert texts(text)[0] == "Stem cells secrete many factors that act on nearby cells and repair the tissue."


def test_a_line_whose_sentence_goes_on_still_joins() -> None:
    text = "\n".join(["We looked at Australia,", LONG_EN, LONG_EN, LONG_EN]) + "\n"
    assert texts(text)[0].startswith("We looked at Australia, Australia, and the state")


def test_paragraph_line_languages_need_several_long_lines() -> None:
    assert paragraph_line_languages([(LONG_EN, "en")] * 3 + [("short", "en")]) == frozenset({"en"})
    assert paragraph_line_languages([(LONG_EN, "en")] * 2) == frozenset()
    assert paragraph_line_languages([(LONG_ZH, "zh")] * 3) == frozenset({"zh"})


def test_stands_alone_is_short_and_without_a_continuing_mark() -> None:
    langs = frozenset({"en"})
    assert stands_alone("Closing summary", "en", langs)
    assert not stands_alone("Closing summary", "en", frozenset())
    assert not stands_alone("As the pandemic reaches its eighth month of global circulation, we can now see "
                            "distinct changes over time", "en", langs)
    assert not stands_alone("(see the tree", "en", langs)
    assert not stands_alone("We looked at Australia,", "en", langs)


def test_a_short_line_after_a_joined_one_stands_alone_too() -> None:
    # a paragraph split by a page break goes on in the next line; the short line after it does not
    split = LONG_EN.rstrip(".") + " and"
    text = "\n".join([split, "went on here", "Closing summary", LONG_EN, LONG_EN, LONG_EN]) + "\n"
    assert texts(text)[:3] == [split + " went on here", "Closing summary", LONG_EN]


def test_markdown_lines_of_one_paragraph_stay_together() -> None:
    # Markdown marks its headings with #: a short line inside a paragraph is a soft wrap, whatever the line lengths
    text = "\n".join(["Resurgence in Australia", LONG_EN, "Situation in Oceania", LONG_EN, LONG_EN]) + "\n"
    assert texts(text, "a.md")[0] == "Resurgence in Australia " + LONG_EN


def test_a_chinese_line_with_a_clause_comma_is_a_broken_sentence_not_a_heading() -> None:
    # the seed's PDF text: a paragraph broken by the page after 生长, the rest ("因子、…") on the next line
    text = "\n".join([LONG_ZH, LONG_ZH, "干细胞分泌组由广泛的生物活性分子组成，包括生长",
                      "因子、细胞因子和外泌体，已显示出前景。", LONG_ZH]) + "\n"
    joined = texts(text)[2]
    assert joined.startswith("干细胞分泌组由广泛的生物活性分子组成，包括生长") and "因子、细胞因子" in joined
    assert not stands_alone("干细胞分泌组由广泛的生物活性分子组成，包括生长", "zh", frozenset({"zh"}))
    assert stands_alone("干细胞分泌组的临床应用", "zh", frozenset({"zh"}))


def test_a_title_line_is_measured_in_printed_width() -> None:
    # 41 characters, 18 of them half-width: 32 Chinese characters wide, a title's line of its own
    title = "新型冠状病毒（COVID-19）流行病学基因组分析（状况报告2020-03-05）"
    assert len(title) > MAX_HEADING["zh"] >= printed_width(title) == 32
    assert stands_alone(title, "zh", frozenset({"zh"}))
    text = "\n".join([title, LONG_ZH, LONG_ZH, LONG_ZH]) + "\n"
    assert texts(text)[:2] == [title, LONG_ZH]
    # a line of Chinese characters alone is held to the same 40
    line = "干细胞分泌组由广泛的生物活性分子组成并在多种疾病模型中显示出良好的治疗前景与应用价值"  # 42 wide
    assert not stands_alone(line, "zh", frozenset({"zh"}))


def test_short_lines_are_chinese_lines_well_short_of_their_column() -> None:
    full = "医生将查看您的症状并安排检查。这些检查"
    lines = [(full, "zh"), ("• 体液损失，也称为脱水", "zh"), ("• 减肥", "zh"), ("Signs may be mild.", "en"),
             ("", "mixed"), ("", "mixed"), ("", "mixed"), ("", "mixed"), ("• 软垫台滑入机器的开", "zh"),
             ("口，直到检查部位处", "zh")]
    # the bullet is left out of the width; English lines are never short; a narrow column is measured on its own
    assert short_lines(lines) == [False, True, True, False, False, False, False, False, False, False]


WRAPPED = ["本研究旨在评价二甲双胍对二型糖尿病患者血糖控制的影响",
           "及其安全性。结果显示二甲双胍组的糖化血红蛋白明显下降", "且未增加低血糖风险。"]
BODY_ZH = ("本研究采用随机对照设计，在三家医院共纳入了四百二十名二型糖尿病患者，按照一比一的比例随机分配到二甲双"
           "胍组和安慰剂组，随访时间为十二个月，主要终点为糖化血红蛋白的变化，次要终点包括空腹血糖和不良事件的发生率。")


def test_a_hard_wrapped_abstract_joins_in_a_file_printed_one_paragraph_a_line() -> None:
    """review50 R9: the abstract pasted hard-wrapped into a file whose body is one paragraph a line still joins its
    lines (a short line inside a labelled abstract is no heading there)."""
    text = "\n".join(["二甲双胍对血糖控制的影响", "摘要", *WRAPPED, "关键词：二甲双胍；糖尿病", "1 引言",
                      BODY_ZH, BODY_ZH, "2 方法", BODY_ZH]) + "\n"
    assert texts(text)[1] == "".join(WRAPPED)


def test_a_hard_wrapped_abstract_still_joins() -> None:
    # a printed abstract: no line a paragraph's length, so a line without a final stop goes on in the next
    text = "摘要\n干细胞分泌多种因子，这些因子\n作用于邻近细胞并\n修复组织。\n"
    assert texts(text) == ["干细胞分泌多种因子，这些因子作用于邻近细胞并修复组织。"]
