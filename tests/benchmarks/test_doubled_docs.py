"""benchmarks/doubled_docs.py: which characters are drawn, how they are doubled, when a finding covers one."""
from __future__ import annotations

import random
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from doubled_docs import Spot, covers, doubled, draw  # noqa: E402


def test_draw_takes_each_line_and_each_character_once() -> None:
    spots = [Spot(1, 1, "需"), Spot(1, 2, "要"), Spot(2, 1, "需"), Spot(3, 4, "持"), Spot(4, 1, "持")]
    for seed in range(20):
        got = draw(spots, 10, random.Random(seed))
        assert len({s.line for s in got}) == len(got) and len({s.char for s in got}) == len(got)
        assert got == sorted(got, key=lambda s: s.line)
    assert len(draw(spots, 2, random.Random(1))) == 2


def test_doubled_types_the_character_twice_in_place() -> None:
    lines = ["# 标题\n", "我们需要支持。\n"]
    assert doubled(lines, [Spot(2, 3, "需")]) == ["# 标题\n", "我们需需要支持。\n"]


def _finding(rule: str, line: int, column: int, end_column: int) -> SimpleNamespace:
    loc = SimpleNamespace(path="p", line=line, column=column, end_line=line, end_column=end_column)
    return SimpleNamespace(rule=rule, location=loc)


def test_covers_needs_a_repeated_char_finding_over_the_copies() -> None:
    spot = Spot(2, 3, "需")  # copies at columns 3 and 4
    assert covers(SimpleNamespace(findings=[_finding("repeated-char", 2, 3, 5)]), "p", spot)
    assert covers(SimpleNamespace(findings=[_finding("repeated-char", 2, 4, 6)]), "p", spot)
    assert not covers(SimpleNamespace(findings=[_finding("repeated-char", 2, 5, 7)]), "p", spot)
    assert not covers(SimpleNamespace(findings=[_finding("untranslated", 2, 3, 5)]), "p", spot)
    assert not covers(SimpleNamespace(findings=[_finding("repeated-char", 3, 3, 5)]), "p", spot)


def test_context_brackets_the_added_copy() -> None:
    from doubled_docs import context  # noqa: PLC0415

    assert context("我们需需要支持。\n", Spot(1, 3, "需"), width=2) == "我们需[需]要支"


def test_a_word_spot_is_typed_twice_and_covered_over_both_copies() -> None:
    from doubled_docs import context  # noqa: PLC0415

    lines = ["请安装插件。\n"]
    spot = Spot(1, 2, "安装", opened=True)  # copies at columns 2-3 and 4-5
    assert doubled(lines, [spot]) == ["请安装安装插件。\n"]
    assert covers(SimpleNamespace(findings=[_finding("repeated-char", 1, 2, 6)]), "p", spot)
    assert covers(SimpleNamespace(findings=[_finding("repeated-char", 1, 5, 6)]), "p", spot)
    assert not covers(SimpleNamespace(findings=[_finding("repeated-char", 1, 6, 8)]), "p", spot)
    assert context("请安装安装插件。\n", spot, width=1) == "请安装[安装]插"
