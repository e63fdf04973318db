"""Tests of checks.term_site_left through term-missing: the site of a measurement left to the context."""
from __future__ import annotations

from tests.checks.terms_kit import MARROW, gl, only, run, term_missing

INTRO = ("收集患者骨髓，检测骨髓中VEGF水平。", "Bone marrow was collected and VEGF in bone marrow was measured.")


def missing(zh: str, en: str) -> list[str]:
    return term_missing(gl(MARROW), [INTRO[0], zh], [INTRO[1], en])


def test_the_site_of_a_measured_marker_left_to_the_context() -> None:
    assert missing("重症患者骨髓VEGF水平较高。", "VEGF levels were higher in severe patients.") == []
    assert missing("重症患者骨髓VEGF含量较高。", "Severe patients had higher VEGF content.") == []
    assert missing("骨髓中VEGF的表达与分期相关。", "The expression of VEGF was related to the stage.") == []
    # the marker again without a site (患者的VEGF), the English naming it at a sentence's start: no other site
    assert missing("患者的VEGF水平与病灶数相关，多病灶患者骨髓VEGF水平较高。",
                   "The VEGF level of patients was related to the number of lesions. VEGF levels were higher in "
                   "patients with more lesions.") == []


def test_a_site_replaced_or_never_named_is_still_missing() -> None:
    # a content word where the site was: the term replaced by another word
    assert len(missing("重症患者骨髓VEGF水平较高。", "Substance VEGF levels were higher in severe patients.")) == 1
    assert len(missing("重症患者骨髓VEGF水平较高。", "The substance VEGF levels were higher in severe patients.")) == 1
    # no marker after the term: the site itself is what the sentence is about
    assert len(missing("重症患者骨髓增生活跃。", "Hyperplasia was active in severe patients.")) == 1
    # the English lacks the marker too: not the site alone left out
    assert len(missing("重症患者骨髓VEGF水平较高。", "Levels were higher in severe patients.")) == 1
    # the file never names the site on both sides elsewhere: the reader cannot recover it
    found = only(run(gl(MARROW), ["重症患者骨髓VEGF水平较高。"], ["VEGF levels were higher in severe patients."]),
                 "term-missing")
    assert len(found) == 1


def test_a_site_compared_with_another_site_is_still_missing() -> None:
    # review49 R5: the marker measured at two sites; the English keeps only the other one
    assert len(missing("骨髓VEGF水平高于血清VEGF水平。", "VEGF levels were higher than serum VEGF levels.")) == 1
    assert len(missing("骨髓VEGF水平与外周血VEGF水平无相关性。",
                       "VEGF levels did not correlate with peripheral blood VEGF levels.")) == 1


def test_a_site_compared_with_a_site_named_once_is_still_missing() -> None:
    # review49b Q6: the second site named without the marker again, or after 的
    assert len(missing("骨髓VEGF水平高于外周血。", "VEGF levels were higher than in peripheral blood.")) == 1
    assert len(missing("骨髓VEGF水平高于患者血清的VEGF水平。",
                       "VEGF levels were higher than the VEGF levels of patient serum.")) == 1
    assert len(missing("骨髓VEGF水平与外周血相比明显升高。",
                       "VEGF levels were markedly raised compared with peripheral blood.")) == 1
    # a comparison of groups names no second site
    assert missing("重症患者骨髓VEGF水平高于轻症患者。",
                   "VEGF levels were higher in severe than in mild patients.") == []
