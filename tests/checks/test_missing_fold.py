"""Tests of checks.missing_fold: the terms one aligned sentence pair lacks are one term-missing finding (gc56,
galacean lottie zh 42 / xr develop zh 67: a dropped clause took two glossary terms, reported twice)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

SCRIPT = Concept("script", "脚本", "script")
COMPONENT = Concept("component", "组件", "component")
EDITOR = Concept("editor", "编辑器", "editor")
ASSET = Concept("asset", "资产", "asset")
G = gl(SCRIPT, COMPONENT, EDITOR, ASSET)


def test_a_dropped_clause_with_two_terms_is_one_finding() -> None:
    zh = ["有时候需要在运行时进行设置，在脚本组件中添加代码如下：", "图片在编辑器中是一种资产。"]
    en = ["To configure it during runtime:", "The image is an asset in the editor."]
    found = only(run(G, zh, en), "term-missing")
    assert len(found) == 1  # fails before: 脚本 and 组件, two findings for one dropped phrase
    assert "「脚本」" in found[0].message and "「组件」" in found[0].message
    places = dict(found[0].data)["sentences"]
    assert [(p["line"], p["column"]) for p in places] == [(1, 16), (1, 18)]  # both terms' places kept


def test_terms_missing_from_two_sentence_pairs_stay_two_findings() -> None:
    """The real defects stay: each sentence pair that drops a term is reported, one finding each."""
    zh = ["在脚本中添加代码。", "图片在编辑器中是一种资产。"]
    en = ["Add the code.", "The image is an asset here."]
    found = only(run(G, zh, en), "term-missing")
    assert [f.location.line for f in found] == [1, 2]


TRIAL = Concept("trial", "临床试验", "clinical trial")
PATIENT = Concept("patient", "患者", "patient")


def test_a_fold_leads_with_the_term_whose_target_has_a_wrong_word_in_its_place() -> None:
    """Two terms of one sentence pair missing from the Chinese: for "clinical trial" the Chinese writes 临床实验, a
    near variant of 临床试验 (the wrong word a reviewer checks on the page), for "patients" nothing listed. The fold
    used to lead with the first term by position and name the near variant nowhere; it leads with the surer claim,
    and both terms' places stay, in reading order."""
    found = only(run(gl(TRIAL, PATIENT), ["受试者都参加了该临床实验。"],
                     ["The patients were all enrolled in the clinical trial."]), "term-missing")
    assert len(found) == 1
    lead = "“clinical trial” has no 「临床试验」 in the aligned Chinese (it has 「临床实验」)"
    assert found[0].message.startswith(lead)
    assert "also “patients” (「患者」)" in found[0].message
    assert [p["column"] for p in dict(found[0].data)["sentences"]] == [5, 39]


def test_without_a_wrong_word_named_the_fold_leads_with_the_first_term() -> None:
    found = only(run(gl(TRIAL, PATIENT), ["受试者都参加了该研究。"],
                     ["The patients were all enrolled in the clinical trial."]), "term-missing")
    assert len(found) == 1 and found[0].message.startswith("“patients” has no 「患者」")
