"""Tests of checks.term_subject_part: a narrower disease named by the file's subject disease contracted."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_subject_part import en_contracted, part_of, zh_contracted
from zhen_qa.glossary.model import Concept

CRC = Concept("crc", "结直肠癌", "colorectal cancer")
COLON = Concept("colon", "结肠癌", "colon cancer")
GASTRIC = Concept("gastric", "胃癌", "gastric cancer")
NAMED = [
    ("结直肠癌是常见的癌症。", "Colorectal cancer is a common cancer."),
    ("结直肠癌的发病率在西方较高。", "The incidence of colorectal cancer is high in Western countries."),
    ("结直肠癌的早期诊断很重要。", "Early diagnosis of colorectal cancer is important."),
    ("手术是结直肠癌的主要治疗方法。", "Surgery is the main treatment for colorectal cancer."),
]
FILLER = [(f"本研究纳入了{n}例患者。", f"The study enrolled {n} patients.") for n in range(20, 36)]
PART = ("多数研究表明结肠癌与肉类摄入呈正相关。", "Positive associations with meat consumption have been found.")


def missing(pairs: list[tuple[str, str]]) -> list[str]:
    return term_missing(gl(CRC, COLON, GASTRIC), [z for z, _e in pairs], [e for _z, e in pairs])


def test_names_contracted() -> None:
    assert zh_contracted("结肠癌", "结直肠癌") and en_contracted("colon cancer", "colorectal cancer")
    assert not zh_contracted("直肠癌", "结直肠癌")  # the first character left out: another name
    assert not zh_contracted("胃癌", "结直肠癌") and not en_contracted("gastric cancer", "colorectal cancer")
    assert not en_contracted("colon polyp", "colorectal cancer")  # another head
    assert part_of(COLON, CRC) and not part_of(GASTRIC, CRC) and not part_of(CRC, COLON)


def test_a_part_of_the_subject_left_to_the_context() -> None:
    assert missing([*NAMED, *FILLER, PART]) == []


def test_a_part_is_still_missing_without_a_subject_or_beside_another_disease() -> None:
    assert len(missing([*NAMED[:3], *FILLER, PART])) == 1  # too few beads: no subject
    wrong = (PART[0], "Positive associations of gastric cancer with meat consumption have been found.")
    assert missing([*NAMED, *FILLER, wrong]) == [
        "「结肠癌」 has no “colon cancer” in the aligned English (it has “gastric cancer”)"]
    other = ("多数研究表明胃癌与肉类摄入呈正相关。", PART[1])  # a disease that is no part of the subject
    assert len(missing([*NAMED, *FILLER, other])) == 1
