"""Tests of checks.term_implied.Discourse's questions about the beads around a sentence (one window helper serves
established, established_before, named_before and named_elsewhere; pinned here bead by bead)."""
from __future__ import annotations

from typing import Any, cast

from zhen_qa.checks.term_implied import Discourse
from zhen_qa.manuscript.document import Sentence


def _discourse(beads: list[tuple[int, set[str], set[str]]], radius: int = 2) -> tuple[Discourse, list[Sentence]]:
    """A Discourse over the given beads (file pair, Chinese concepts, English concepts), one stand-in sentence each."""
    d = Discourse.__new__(Discourse)
    d._radius, d._beads, d._subjects = radius, beads, None
    sentences = [cast(Sentence, object()) for _ in beads]
    d._index = {id(s): k for k, s in enumerate(sentences)}
    cast(Any, d)._keep = sentences  # the ids stay valid while the test runs
    return d, sentences


def test_the_window_questions_bead_by_bead() -> None:
    beads = [(1, {"a"}, {"a"}), (1, {"b"}, set()), (1, set(), {"b"}), (1, set(), set()), (1, set(), set()),
             (2, {"c"}, {"c"}), (2, set(), set())]
    d, s = _discourse(beads)
    # both sides within the radius, in one bead or two
    assert d.established({"b"}, s[3]) and d.established({"a"}, s[2]) and not d.established({"a"}, s[3])
    # before only, both sides in one bead, within the radius
    assert d.established_before({"a"}, s[1]) and d.established_before({"a"}, s[2])
    assert not d.established_before({"a"}, s[3]) and not d.established_before({"b"}, s[4])
    assert not d.established_before({"a"}, s[0])  # its own bead does not count
    # named on one side anywhere before, in its file pair only
    assert d.named_before({"b"}, s[4], "zh") and d.named_before({"b"}, s[4], "en")
    assert not d.named_before({"b"}, s[1], "zh") and not d.named_before({"a"}, s[6], "zh")
    # both sides in another bead anywhere in the file pair
    assert d.named_elsewhere({"a"}, s[4]) and not d.named_elsewhere({"a"}, s[0])
    assert not d.named_elsewhere({"c"}, s[5]) and d.named_elsewhere({"c"}, s[6])
    # a sentence of no aligned bead is asked nothing
    stray = cast(Sentence, object())
    assert not d.established({"a"}, stray) and not d.named_elsewhere({"a"}, stray)
