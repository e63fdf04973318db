"""Tests of checks.term_expanded: a short Chinese term written out as the words its characters stand for."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.term_expanded import written_out
from zhen_qa.glossary.model import Concept

AREA = Concept("area", "疫区", "affected area")


def test_a_short_term_written_out_renders_it() -> None:
    """疫区 (epidemic + area) as 疫情严重的地区: a word for each character, each sharing a gloss with the term."""
    zh2en = load_lexicon().zh2en
    assert written_out(["疫区"], "避免前往疫情严重的地区。", zh2en)
    assert not written_out(["疫区"], "避免前往疫苗接种的地区。", zh2en)  # 疫苗 (vaccine) is no epidemic
    assert not written_out(["疫区"], "疫情严重，许多地区关闭。", zh2en)  # punctuation between: two phrases
    assert not written_out(["疫区"], "避免前往疫情严重、人口密集且交通不便的边远地区。", zh2en)  # too far apart


def test_through_term_missing_and_a_real_omission() -> None:
    g = gl(AREA)
    en = ["Avoid travel to severely affected areas."]
    assert only(run(g, ["避免前往疫情严重地区。"], en), "term-missing") == []
    assert len(only(run(g, ["避免前往人口密集地区。"], en), "term-missing")) == 1  # only the area: the term is missing
