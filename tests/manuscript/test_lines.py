"""Line-aligned files: detection by line counts and lengths."""
from __future__ import annotations

from zhen_qa.manuscript.lines import lengths_agree, near_counts, plain_lines

ZH = ["共纳入120例患者。", "治疗组的总生存率明显高于对照组，差异有统计学意义，且不良反应发生率相近。", "随访3年。",
      "结论：早期干预可以改善预后。", "本研究为回顾性分析，存在选择偏倚，需要多中心前瞻性研究进一步验证。", "方法"]
EN = ["A total of 120 patients were enrolled.",
      "Overall survival was significantly higher in the treatment group than in the control group. "
      "Adverse events were similar.", "Follow-up lasted 3 years.", "Conclusion: early intervention improves outcome.",
      "This was a retrospective analysis with selection bias. Prospective multicentre studies are needed to "
      "confirm it.", "Methods"]


def test_lines_whose_lengths_agree_pair_line_by_line() -> None:
    assert lengths_agree(ZH, EN)


def test_equal_counts_with_unrelated_lengths_or_shifted_lines_do_not() -> None:
    assert not lengths_agree(ZH, list(reversed(EN)))
    assert not lengths_agree(ZH, EN[1:] + EN[:1])
    assert not lengths_agree(ZH[:5], EN[:4])  # counts differ


def test_plain_lines_refuse_paragraphs_markdown_and_short_files() -> None:
    assert plain_lines("\n".join(ZH)) == ZH
    assert plain_lines("\n\n".join(ZH)) is None  # blank-line paragraphs
    assert plain_lines("# 标题\n" + "\n".join(ZH) + "\n# 结论\n") is None
    assert plain_lines("\n".join(ZH[:3])) is None


def test_plain_lines_are_the_readers_lines() -> None:
    # a paragraph or line separator inside a line (as published corpora have) ends no line; the reader's lines
    # end at LF only, and the line pairs must count the lines the reader gives
    text = "\n".join([ZH[0] + "\u2029" + ZH[1]] + ZH[2:]) + "\n"
    lines = plain_lines(text)
    assert lines is not None and len(lines) == len(ZH) - 1 and "\u2029" in lines[0]


def test_near_counts_allow_a_line_or_two_deleted() -> None:
    assert near_counts(20, 19) and near_counts(20, 18)
    assert not near_counts(20, 20) and not near_counts(20, 15) and not near_counts(4, 3)


def test_near_counts_allow_three_lines_in_a_short_file() -> None:
    # two lines of its own (an edition number, a web address) and a deleted translation in a 33-line guide
    assert near_counts(33, 30) and near_counts(30, 33)
    assert not near_counts(33, 29) and not near_counts(10, 6)


def test_pairs_by_position_that_disagree_in_length() -> None:
    from zhen_qa.manuscript.lines import disagreeing

    assert disagreeing(ZH, EN) == set()
    heading = "Vaccine Injury Compensation Program"  # a name the Chinese keeps in English: the same length in both
    assert disagreeing(ZH + [heading], EN + ["The " + heading]) == set()
    assert disagreeing(ZH + ["结论"], EN + [EN[1]]) == {6}  # a two-character heading against a paragraph
