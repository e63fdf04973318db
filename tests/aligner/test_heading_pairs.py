from __future__ import annotations

import numpy as np

from zhen_qa.aligner.heading_pairs import is_heading, pair_lone_headings

ZH = ["哮喘是一种疾病。", "症状", "呼吸困难。"]
EN = ["Asthma is a disease.", "Signs", "Trouble breathing."]


def test_headings_are_short_lines_without_a_final_mark() -> None:
    assert is_heading("症状", "zh") and is_heading("医疗护理 ", "zh") and is_heading("Your Care", "en")
    assert not is_heading("呼吸困难。", "zh") and not is_heading("如有以下情况：", "zh")
    assert not is_heading("Trouble breathing.", "en") and not is_heading("Your care may include:", "en")
    assert not is_heading("and then the rest of a sentence", "en")


def test_two_lone_headings_side_by_side_between_pairs_are_paired() -> None:
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 2, 2), (2, 2, 3, 3)]  # 症状 1-0, then "Signs" 0-1
    assert pair_lone_headings(path, ZH, EN) == [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3)]
    other_order = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 2), (2, 2, 3, 3)]
    assert pair_lone_headings(other_order, ZH, EN) == [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3)]


def test_a_lone_sentence_beside_a_lone_heading_stays_alone() -> None:
    zh, en = ["哮喘是一种疾病。", "呼吸困难。", "喘鸣。"], ["Asthma is a disease.", "Signs", "Wheezing."]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 2, 2), (2, 2, 3, 3)]
    assert pair_lone_headings(path, zh, en) == path


def test_lone_headings_next_to_another_lone_sentence_or_across_groups_stay_alone() -> None:
    zh = ["哮喘是一种疾病。", "症状", "呼吸困难。"]
    en = ["Asthma is a disease.", "Signs", "Other.", "Trouble breathing."]
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 2, 2), (2, 2, 2, 3), (2, 3, 3, 4)]  # an English sentence alone after
    assert pair_lone_headings(path, zh, en) == path
    path = [(0, 0, 1, 1), (1, 1, 2, 1), (2, 1, 2, 2), (2, 2, 3, 3)]
    # 症状 in group 0, "Signs" in group 1: never paired
    assert pair_lone_headings(path, ZH, EN, groups=(np.array([0, 0, 1]), np.array([0, 1, 1]))) == path


def test_a_lone_heading_takes_its_counterpart_from_the_bead_beside_it() -> None:
    # the search gave the English lead-in "• Be active:" to the item before; its Chinese • 保持锻炼： was left alone
    zh = ["Ì 尝试无糖口香糖。", "• 保持锻炼：", "Ì 散步。"]
    en = ["Ì Try sugar free gum.", "• Be active:", "Ì Take walks."]
    path = [(0, 0, 1, 2), (1, 2, 2, 2), (2, 2, 3, 3)]
    assert pair_lone_headings(path, zh, en) == [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3)]
    # a sentence of content at the bead's edge is not taken
    en2 = ["Ì Try sugar free gum.", "Take walks every day.", "Ì Take walks."]
    assert pair_lone_headings(path, zh, en2) == path


def test_both_heading_tests_share_one_end_of_clause_test() -> None:
    """A stop closed by a quotation mark or bracket ends a sentence for is_heading too (“症状。” is quoted speech, no
    heading), and a comma ends a clause for orphans.heading_like too (统计学分析， is the start of a sentence)."""
    from zhen_qa.aligner.orphans import heading_like

    assert not is_heading("“症状。”", "zh") and not is_heading("Signs.)", "en")
    assert heading_like(["统计学分析，", "次要终点、", "Secondary End Points,", "统计学分析"]).tolist() \
        == [False, False, False, True]


def test_two_short_sentences_alone_side_by_side_between_pairs_are_paired() -> None:
    """不要佝偻。 and "Do not slouch." share no word the lexicon knows; alone side by side between two pairs, each is
    the other's counterpart (hit5's back-health leaflet reported them as untranslated with its counterpart beside)."""
    zh = ["在椅子上坐直。", "不要佝偻。", "请使用枕头支撑腰部。"]
    en = ["Sit up straight in a chair.", "Do not slouch.", "Use a pillow to support your lower back."]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 2), (2, 2, 3, 3)]  # "Do not slouch." 0-1, then 不要佝偻。 1-0
    assert pair_lone_headings(path, zh, en) == [(0, 0, 1, 1), (1, 1, 2, 2), (2, 2, 3, 3)]
    # a long sentence is no such pair: its words would show whether it translates the other
    zh2 = [zh[0], "如果您脊柱下部的曲线需要支撑，请使用枕头或卷曲的毛巾。", zh[2]]
    assert pair_lone_headings(path, zh2, en) == path
    # a sentence beside a clause that goes on (a comma, a list's lead-in) stays alone
    en3 = [en[0], "Do not slouch,", en[2]]
    assert pair_lone_headings(path, zh, en3) == path
