from __future__ import annotations

from zhen_qa.checks.term_object import _shared, _stem


def test_stems_of_an_act_and_its_object() -> None:
    assert _stem("vaccination") == "vaccin" and _stem("vaccine") == "vaccine"
    assert _shared("vaccin", "vaccine")
    assert _stem("human papillomavirus") == ""  # a phrase is no derived word


def test_short_or_unrelated_stems_are_not_shared() -> None:
    assert not _shared("inject", "drug")
    assert not _shared("dose", "dosage")  # under STEM_MIN letters
    assert not _shared("vaccine", "vaccine")  # one word is no act and object
