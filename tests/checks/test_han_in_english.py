"""checks.han_in_english: Chinese left in an English sentence, the original cited in brackets or after a language
label excepted."""
from __future__ import annotations

from tests.checks.aligned import build
from tests.checks.untranslated_kit import GOOD, ZH, findings, rows, whole
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.untranslated import run


def test_chinese_left_in_english() -> None:
    fs = findings([([GOOD[0]], ["The stem cell 分泌组 has broad clinical use."])], "untranslated-span")
    assert len(fs) == 1
    loc = fs[0].location
    assert (loc.path, loc.line, loc.column, loc.end_column) == ("en.txt", 1, 15, 18)


def test_original_in_parentheses_allowed_by_option() -> None:
    beads = [([GOOD[0]], ["The stem cell secretome (分泌组) has broad clinical use."])]
    assert findings(beads, "untranslated-span") == []
    assert len(findings(beads, "untranslated-span", allow_original_in_parentheses=False)) == 1


def test_chinese_runs_in_english_exact() -> None:
    en = "The 分泌组、外泌体 and 干细胞 here."
    got = rows([([ZH], [en])], "untranslated-span")
    # one finding for the sentence (one defect, one finding), at its first run, quoting every run
    assert got == [
        ("untranslated-span", "en", "warning", ("en.txt", 1, 5, 1, 12), whole("zh.txt", 1, ZH),
         'Chinese left in the English: "分泌组、外泌体", "干细胞"', en),
    ]


def test_many_runs_of_one_sentence_are_one_finding_that_counts_the_rest() -> None:
    en = "甲 one 乙 two 丙 three 丁 four 戊."
    (f,) = [f for f in run(CheckContext(build([([ZH], [en])]))) if f.rule == "untranslated-span"]
    assert f.message == 'Chinese left in the English: "甲", "乙", "丙" and 2 more'
    assert [r["text"] for r in dict(f.data)["runs"]] == ["甲", "乙", "丙", "丁", "戊"]
    assert [r["column"] for r in dict(f.data)["runs"]] == [1, 7, 13, 21, 28]


def test_original_in_parentheses_needs_latin_before_and_both_brackets() -> None:
    def spans(en: str) -> list[tuple[int, int]]:
        return [(r[3][2], r[3][4]) for r in rows([([ZH], [en])], "untranslated-span")]

    assert spans("The secretome (分泌组) is used.") == []
    assert spans("The secretome（ 分泌组 ）is used.") == []
    assert spans("The secretome [分泌组] is used.") == []
    assert spans("(分泌组) is used.") == [(2, 5)]  # no English before it: not a gloss
    assert spans("The secretome (分泌组 is used.") == [(16, 19)]
    assert spans("The secretome 分泌组) is used.") == [(15, 18)]
    assert spans("The secretome (see 分泌组) is used.") == [(20, 23)]
    assert spans("The secretome (分泌组)") == []
    assert spans("Secretome (分泌组") == [(12, 15)]
    # several forms of one gloss, nested brackets and all: "Wuhan pneumonia" (武汉(漢)肺炎/武肺)
    assert spans('Some call it "Wuhan pneumonia" (武汉(漢)肺炎/武肺) or "Wuhan disease".') == []
    assert spans("The secretome (分泌组, 分泌体) is used.") == []
    # English inside: no gloss; both runs in one finding at the first
    assert spans("The secretome (分泌组 or 分泌体) is used.") == [(16, 19)]


def test_original_labelled_as_chinese_is_cited() -> None:
    def spans(en: str) -> list[tuple[int, int]]:
        return [(r[3][2], r[3][4]) for r in rows([([ZH], [en])], "untranslated-span")]

    assert spans('A laboratory named "Huo-Yan" (Chinese: 火眼, or "Fire Eye" in English) was opened.') == []
    assert spans("The lab is called in Mandarin 火眼 by its staff.") == []
    assert spans("The secretome or 分泌组 is used.") == [(18, 21)]  # no label: left in the English
    # a label only with the option that allows originals
    assert rows([([ZH], ["Its name (Chinese: 火眼, Fire Eye) stuck."])], "untranslated-span",
                allow_original_in_parentheses=False) != []
