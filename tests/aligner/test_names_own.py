"""Latin names as evidence of which Chinese sentence an English sentence renders, and their length."""
from __future__ import annotations

import math

from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.rendered_by import names_own
from zhen_qa.aligner.scorers.length import MU, char_lengths, zh_lengths

ZH = ["制作大鼠III度烧伤模型。",
      "取肝组织，Western印迹观察IFIT1表达；免疫组织化学检测caspase-3和caspase-8表达；末端标记法(TUNEL)检测肝细胞凋亡。"]
EN = ["A model of third degree burn injury was established.", "IFIT1 expression was examined by Western blot.",
      "The expression of caspase-3 and -8 was measured by immunohistochemistry.",
      "Liver cell apoptosis was detected by TUNEL.", "Each item was analysed.", "Western blot showed IFIT1 rose."]


def _ev() -> Evidence:
    return Evidence(char_lengths(ZH), char_lengths(EN), None, None, ZH, EN)


def test_an_english_sentence_with_a_name_only_it_has_renders_part_of_the_chinese() -> None:
    bead = (1, 1, 2, 4)  # zh 1 with en 1-3
    assert names_own(_ev(), bead, 1) and names_own(_ev(), bead, 2) and names_own(_ev(), bead, 3)
    assert not names_own(_ev(), (1, 4, 2, 5), 4)  # no name at all
    assert not names_own(_ev(), (1, 1, 2, 6), 5)  # its names are en 1's too: nothing of its own
    assert not names_own(_ev(), (0, 0, 1, 2), 1)  # names the Chinese of the bead does not write


def test_english_phrases_inside_chinese_count_as_their_own_english() -> None:
    glossed = "采用末端标记法(terminal deoxynucleotidyl transferase mediated nick end labeling，TUNEL)检测凋亡。"
    plain = "采用末端标记法(TUNEL)检测凋亡。"
    phrase = len("terminaldeoxynucleotidyltransferasemediatednickendlabeling")
    got = zh_lengths([glossed, plain, "患者共120例（HR 0.5）。"])
    assert math.isclose(got[0], char_lengths([glossed])[0] - phrase * (1 - math.exp(-MU)))
    assert got[1] == char_lengths([plain])[0]  # an abbreviation alone counts as before
    assert got[2] == char_lengths(["患者共120例（HR 0.5）。"])[0]


def test_a_hyphenated_identifier_is_one_word_not_an_english_phrase() -> None:
    # a documentation page names a package: postcss-px-to-viewport is counted as the length model was fitted
    text = "postcss-px-to-viewport 是一款 PostCSS 插件，用于将 px 单位转化为 vw/vh 单位。"
    assert zh_lengths([text])[0] == char_lengths([text])[0]
