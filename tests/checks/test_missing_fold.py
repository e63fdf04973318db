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
