"""Tests of checks.term_titles: a term inside a quoted title is no use of a form."""
from __future__ import annotations

from tests.checks.terms_kit import only, run_syn
from zhen_qa.checks.term_titles import in_quoted_title
from zhen_qa.glossary.model import Concept, Glossary


def at(text: str, word: str) -> bool:
    k = text.index(word)
    return in_quoted_title(text, k, k + len(word))


def test_quoted_titles() -> None:
    assert at("check out the 'How to Read Phylogenies' narrative when you're ready.", "Phylogenies")
    assert at("check out the 'How to Read Phylogenies' narrative.", "Phylogenies'")  # the match takes the quote
    assert at("see “Living with Cancer” first.", "Cancer")
    assert not at("the word 'phylogenies' is plural.", "phylogenies")  # one word: a mention, not a title
    assert not at("we saw 'the tree of all phylogenies' here.", "phylogenies")  # not title case
    assert not at("How to Read Phylogenies", "Phylogenies")  # not quoted
    assert not at("you aren't sure which phylogenies we mean, it's fine.", "phylogenies")  # apostrophes


def test_through_term_inconsistent() -> None:
    """phylogeny in a quoted title does not count against "phylogenetic tree"; unquoted it does (with admitted
    synonyms reported: two different words of one concept)."""
    g = Glossary.build([Concept("pt", "系统发生树", "phylogenetic tree", en_admitted=("phylogeny",))], "g.csv")
    zh = ["如果你不熟悉系统发生树，请先阅读《如何阅读系统发生树》。", "系统发生树显示了两个簇。"]
    en = ["If you aren't familiar with phylogenetic trees, read 'How to Read Phylogenies' first.",
          "The phylogeny shows two clusters."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []
    en2 = ["If you aren't familiar with phylogenetic trees, read about phylogenies first.",
           "The phylogeny shows two clusters."]
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1
