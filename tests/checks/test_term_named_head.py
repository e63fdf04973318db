"""Tests of the named-head excuse (`term_named_head`): a short head ("the tree") standing for a term whose
classifying adjective the English of the file writes elsewhere ("phylogenetic tree")."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.glossary.model import Concept, Glossary

TREE = Glossary.build([Concept("phylogenetic-tree", "系统发生树", "phylogenetic tree")], "g.csv")


def test_the_bare_head_of_a_term_the_english_names_in_full_renders_it() -> None:
    """ns55: 系统发生树显示… = "The tree shows …" once the English has said "phylogenetic tree"."""
    zh = ["我们用系统发生树研究病毒的传播。", "系统发生树显示这些病毒来自同一个祖先。"]
    en = ["We use a phylogenetic tree to study how the virus spreads.",
          "The tree shows that these viruses come from one ancestor."]
    assert only(run(TREE, zh, en), "term-missing") == []


def test_the_bare_head_is_no_rendering_where_the_english_never_names_the_term() -> None:
    """Without the full term anywhere in the English, "the tree" may be any tree: still reported."""
    zh = ["系统发生树显示这些病毒来自同一个祖先。"]
    en = ["The tree shows that these viruses come from one ancestor."]
    (f,) = only(run(TREE, zh, en), "term-missing")
    assert "系统发生树" in f.message


def test_a_dropped_term_is_still_reported_beside_its_full_form_elsewhere() -> None:
    """The real defect: the second sentence drops the term with nothing in its place."""
    zh = ["我们用系统发生树研究病毒的传播。", "系统发生树显示这些病毒来自同一个祖先。"]
    en = ["We use a phylogenetic tree to study how the virus spreads.",
          "It is clear that these viruses come from one ancestor."]
    (f,) = only(run(TREE, zh, en), "term-missing")
    assert "系统发生树" in f.message


def test_a_bare_head_under_another_classifying_adjective_is_still_reported() -> None:
    """"a genetic tree" is another kind, not the phylogenetic tree left short."""
    zh = ["我们用系统发生树研究病毒的传播。", "系统发生树显示这些病毒来自同一个祖先。"]
    en = ["We use a phylogenetic tree to study how the virus spreads.",
          "A genetic tree shows that these viruses come from one ancestor."]
    (f,) = only(run(TREE, zh, en), "term-missing")
    assert "系统发生树" in f.message


def test_a_three_letter_head_names_too_little() -> None:
    """A head under NAMED_HEAD_MIN letters is no rendering even where the full term is named ("the arm")."""
    g = Glossary.build([Concept("surgical-arm", "手术组", "surgical arm")], "g.csv")
    zh = ["手术组共纳入50例患者。", "手术组的生存率更高。"]
    en = ["The surgical arm enrolled 50 patients.", "Survival was higher in the arm."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert "手术组" in f.message


def test_the_bare_head_is_no_rendering_where_the_file_names_another_tree() -> None:
    """Reviewer R8 (stop 55): with a decision tree named just before, "The tree" reads as the decision tree."""
    g = Glossary.build([Concept("phylogenetic-tree", "系统发生树", "phylogenetic tree"),
                        Concept("decision-tree", "决策树", "decision tree")], "g.csv")
    zh = ["我们先构建系统发生树，再训练决策树。", "决策树用于预测宿主。", "系统发生树的深度超过五层。"]
    en = ["We first build a phylogenetic tree and then train a decision tree.", "The decision tree predicts the host.",
          "The tree is more than five levels deep."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert "系统发生树" in f.message


def test_the_bare_head_is_no_rendering_before_the_english_names_the_term() -> None:
    """Reviewer R8 (stop 55): "The tree shows …" opening the text, "phylogenetic tree" only later: no tree named yet."""
    zh = ["系统发生树显示这些病毒来自同一个祖先。", "病毒在三个月内传到了五个国家。",
          "我们用系统发生树研究病毒的传播。"]
    en = ["The tree shows that these viruses come from one ancestor.",
          "The virus reached five countries in three months.",
          "We use a phylogenetic tree to study how the virus spreads."]
    (f,) = only(run(TREE, zh, en), "term-missing")
    assert "系统发生树" in f.message


def test_the_bare_head_renders_the_tree_named_last() -> None:
    """Another tree named earlier does not stop it: after "… a phylogenetic tree", "the tree" is that tree."""
    g = Glossary.build([Concept("phylogenetic-tree", "系统发生树", "phylogenetic tree"),
                        Concept("transmission-tree", "传播树", "transmission tree")], "g.csv")
    zh = ["传播树记录谁传染了谁。", "我们用系统发生树研究病毒的传播。", "系统发生树显示这些病毒来自同一个祖先。"]
    en = ["A transmission tree records who infected whom.",
          "We use a phylogenetic tree to study how the virus spreads.",
          "The tree shows that these viruses come from one ancestor."]
    assert only(run(g, zh, en), "term-missing") == []
