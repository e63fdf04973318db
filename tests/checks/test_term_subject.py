"""Tests of checks.term_subject through term-missing: the disease a file is about, left to the context."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

GASTRIC = Concept("gastric", "胃癌", "gastric cancer", en_admitted=("stomach cancer",))
LUNG = Concept("lung", "肺癌", "lung cancer")
NAMED = [
    ("胃癌是常见的癌症。", "Gastric cancer is a common cancer."),
    ("胃癌的发病率在亚洲较高。", "The incidence of gastric cancer is high in Asia."),
    ("胃癌的早期诊断很重要。", "Early diagnosis of gastric cancer is important."),
    ("手术是胃癌的主要治疗方法。", "Surgery is the main treatment for gastric cancer."),
]
FILLER = [(f"本研究纳入了{n}例患者。", f"The study enrolled {n} patients.") for n in range(20, 36)]
STAGE = ("至多15%的III期胃癌患者可单纯行手术治愈。",
         "As many as 15% of stage III patients can be cured by surgery alone.")


def missing(pairs: list[tuple[str, str]], *concepts: Concept) -> list[str]:
    return term_missing(gl(*(concepts or (GASTRIC, LUNG))), [z for z, _e in pairs], [e for _z, e in pairs])


def test_the_files_disease_left_to_the_context() -> None:
    # named on both sides of 4 of 21 beads: too few for the file's topic (a fifth), yet its only disease
    assert missing([*NAMED, *FILLER, STAGE]) == []
    # the English side too: 浸润癌 "invasive cancer" for "invasive gastric cancer"
    invasive = ("浸润癌可行手术治疗。", "Invasive gastric cancer may be treated by surgery.")
    assert missing([*NAMED, *FILLER, invasive]) == []


def test_a_real_omission_is_still_reported() -> None:
    # the disease named in too few beads to be the file's subject
    assert len(missing([*NAMED[:3], *FILLER, STAGE])) == 1
    # another disease named as often: no single subject
    lung = [(z.replace("胃癌", "肺癌"), e.replace("gastric cancer", "lung cancer").replace("Gastric cancer",
                                                                                          "Lung cancer"))
            for z, e in NAMED]
    assert len(missing([*NAMED, *lung, *FILLER, STAGE])) == 1
    # the other side names another disease where the subject was: the wrong disease, not the subject implied
    wrong = (STAGE[0], "As many as 15% of stage III lung cancer patients can be cured by surgery alone.")
    assert missing([*NAMED, *FILLER, wrong]) == [
        "「胃癌」 has no “gastric cancer” / “stomach cancer” in the aligned English (it has “lung cancer”)"]


def test_a_disease_the_file_names_less_than_another_concept_is_no_subject() -> None:
    apoptosis = Concept("apoptosis", "凋亡", "apoptosis")
    about = [(f"第{k}组细胞发生凋亡。", f"Cells of group {k} underwent apoptosis.") for k in range(1, 6)]
    dropped = ("耐药胃癌细胞抗凋亡。", "Resistance inhibits cell apoptosis.")
    # apoptosis is named on both sides of six beads (the dropped one too), gastric cancer of four
    assert len(missing([*NAMED, *about, *FILLER, dropped], GASTRIC, apoptosis)) == 1
    assert missing([*NAMED, *about[:3], *FILLER, dropped], GASTRIC, apoptosis) == []  # four beads each
