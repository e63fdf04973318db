"""Discovery's English evidence for two Chinese forms: the shared rendering it names."""
from __future__ import annotations

from collections import Counter

from zhen_qa.glossary.discover.collect import FormStat
from zhen_qa.glossary.discover.zh_variants import shared_rendering


def _form(english: list[tuple[str, int]], aligned: int) -> FormStat:
    return FormStat(count=aligned, first=("s", 0, 2), context="", english=Counter(dict(english)), aligned=aligned)


def test_a_tie_is_broken_the_same_way_whatever_the_counters_order() -> None:
    # Both stems occur in every aligned sentence of both forms and only there: equal scores.
    df = {"regenerativ": 4, "medicin": 4}
    one = shared_rendering(_form([("regenerativ", 2), ("medicin", 2)], 2),
                           _form([("regenerativ", 2), ("medicin", 2)], 2), df)
    other = shared_rendering(_form([("medicin", 2), ("regenerativ", 2)], 2),
                             _form([("medicin", 2), ("regenerativ", 2)], 2), df)
    assert one == other == "medicin"


def test_the_higher_score_wins_over_alphabetical_order() -> None:
    df = {"alpha": 10, "secretom": 4}  # alpha also occurs far from the forms: less specific
    x = _form([("alpha", 2), ("secretom", 2)], 2)
    y = _form([("alpha", 2), ("secretom", 2)], 2)
    assert shared_rendering(x, y, df) == "secretom"


def test_no_rendering_without_an_aligned_occurrence() -> None:
    assert shared_rendering(_form([], 0), _form([("x", 1)], 1), {"x": 1}) == ""
