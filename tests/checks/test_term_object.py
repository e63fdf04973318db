from __future__ import annotations

from zhen_qa.checks.term_object import _stem, shared_stem


def test_stems_of_an_act_and_its_object() -> None:
    assert _stem("vaccination") == "vaccin" and _stem("vaccine") == "vaccine"
    assert shared_stem("vaccin", "vaccine")
    assert _stem("human papillomavirus") == ""  # a phrase is no derived word


def test_short_or_unrelated_stems_are_not_shared() -> None:
    assert not shared_stem("inject", "drug")
    assert not shared_stem("dose", "dosage")  # under STEM_MIN letters
    assert not shared_stem("vaccine", "vaccine")  # one word is no act and object
