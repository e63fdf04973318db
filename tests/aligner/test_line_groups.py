from __future__ import annotations

from zhen_qa.aligner.line_groups import lone_lines_joined


def test_a_lone_chinese_line_joins_the_line_pair_whose_english_holds_two_sentences() -> None:
    groups = [(["z0"], ["e0"]), (["z1"], ["e1a", "e1b"]), (["z2"], []), (["z3"], ["e3"])]
    assert lone_lines_joined(groups) == [(["z0"], ["e0"], False), (["z1", "z2"], ["e1a", "e1b"], True),
                                         (["z3"], ["e3"], False)]


def test_a_lone_line_joins_the_pair_after_it_when_the_one_before_has_no_room() -> None:
    groups = [(["z0"], ["e0"]), ([], ["e1"]), (["z2a", "z2b"], ["e2"])]
    assert lone_lines_joined(groups) == [(["z0"], ["e0"], False), (["z2a", "z2b"], ["e1", "e2"], True)]


def test_a_lone_line_between_pairs_of_one_sentence_a_side_stays_alone() -> None:
    """A deleted line in a file of one sentence a line: its neighbours have no room for a counterpart."""
    groups = [(["z0"], ["e0"]), (["z1"], []), (["z2"], ["e2"])]
    assert lone_lines_joined(groups) == [(zh, en, False) for zh, en in groups]


def test_a_pair_takes_as_many_lone_lines_as_it_has_room_for() -> None:
    groups = [(["z0"], ["e0a", "e0b"]), (["z1"], []), (["z2"], []), (["z3"], ["e3"])]
    assert lone_lines_joined(groups) == [(["z0", "z1"], ["e0a", "e0b"], True), (["z2"], [], False),
                                         (["z3"], ["e3"], False)]


def test_a_lone_line_before_a_pair_leaves_the_room_after_it_to_the_line_after() -> None:
    """A Chinese caption line with no English before the line pair, and the Chinese closing line after it that the
    pair's English line ends with: both join; the sentence alignment leaves the caption alone."""
    groups = [(["z0"], ["e0"]), (["caption"], []), (["z2"], ["e2a", "e2b"]), (["z3"], []), (["z4"], [])]
    assert lone_lines_joined(groups) == [(["z0"], ["e0"], False), (["caption", "z2", "z3"], ["e2a", "e2b"], True),
                                         (["z4"], [], False)]
