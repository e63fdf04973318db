"""number-mismatch: citation markers flattened onto the text are not numbers."""
from __future__ import annotations

from tests.checks.numbers_kit import check


def test_a_number_glued_to_a_citation_in_the_chinese_is_there() -> None:
    zh = "自身抗体是抗胶原蛋白链的非胶原结构域72。"
    assert check(zh, "The autoantibody is expressed against the noncollagenous domain 7 of the chain.2") == []
    (f,) = check(zh, "The autoantibody is expressed against the noncollagenous domain 6 of the chain.2")
    assert f.rule == "number-mismatch" and '"6"' in f.message


def test_flattened_references_are_not_numbers_nor_changed_names() -> None:
    assert check("存在ALK重排134,135，且预后较差。", "ALK rearrangements134,135 were associated with it.") == []
    assert check("维生素B1有效31。", "Vitamin B131 was effective.") == []
    (f,) = check("维生素B1有效。", "Vitamin B131 was effective.")  # no reference 31: the name changed
    assert '"B131"' in f.message
    (g,) = check("共纳入134,135例。", "A total of 134,136 patients were enrolled.")
    assert '"134,135"' in g.message
