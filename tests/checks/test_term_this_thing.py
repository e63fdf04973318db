"""Tests of checks.term_this_thing: 该技术 "this technique" refers back to a term named on both sides before."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_this_thing import named_as, this_thing
from zhen_qa.glossary.model import Concept, Glossary

G = Glossary.build([Concept("pet", "正电子发射断层扫描", "positron emission tomography", en_admitted=("PET",))],
                   "g.csv")
ZH = ["正电子发射断层扫描技术已广泛用于肿瘤诊断。", "然而，高昂的费用限制了该技术的临床应用。"]
EN = ["Positron emission tomography is widely used in tumour diagnosis.",
      "However, the high cost has restricted the clinical use of PET."]


def test_a_demonstrative_and_a_class_noun_as_a_word() -> None:
    assert this_thing("该技术的应用") == {"技术"} and this_thing("这一方法简单，此类药物有效") == {"方法", "药物"}
    for text in ("该技术人员", "研究方法学", "一种新技术", "该患者", "其技术"):
        assert not this_thing(text), text


def test_the_text_calls_the_thing_by_the_class_noun() -> None:
    assert named_as(["功能磁共振成像", "fMRI"], {"技术"}, "其中功能磁共振成像（functional MRI, fMRI）技术应用广泛")
    assert named_as(["功能磁共振成像", "fMRI"], {"技术"}, "静息态 fMRI技术")
    assert not named_as(["功能磁共振成像"], {"技术"}, "功能磁共振成像的分辨率较高，该技术")
    assert not named_as(["神经机制"], {"模型"}, "本研究探讨主动控制感的神经机制。这一模型将有利于理解。")


def test_the_english_naming_again_what_the_chinese_refers_back_to_is_no_finding() -> None:
    assert only(run(G, ZH, EN), "term-missing") == []


def test_without_the_demonstrative_or_the_term_named_before_it_is_reported() -> None:
    # 新技术 "a new technique" is not the one named before
    (f,) = only(run(G, [ZH[0], "然而，高昂的费用限制了新技术的临床应用。"], EN), "term-missing")
    assert f.lang == "en" and "PET" in f.message
    # nothing named before: 该技术 may be anything
    (f,) = only(run(G, [ZH[1]], [EN[1]]), "term-missing")
    assert "PET" in f.message
    # the text never calls the scan a 技术: 该技术 may be another technique
    (f,) = only(run(G, ["正电子发射断层扫描已广泛用于肿瘤诊断。", ZH[1]], EN), "term-missing")
    assert "PET" in f.message
