"""Suppression parsing on exact offsets, lines and states; region edges to the character."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zhen_qa.manuscript.source import Location, SourceText
from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.suppress import _State, apply_suppressions, parse_rules, parse_suppressions


def finding(path: str, line: int, column: int, rule: str = "r") -> Finding:
    return Finding(rule, Severity.WARNING, "m", Location(path, line, column, line, column + 1), "zh")


def test_points_states_and_lines_exact() -> None:
    text = "ab<!-- zhen-qa-disable x y -->cd\n<!--zhen-qa-enable:x-->\n<!-- zhen-qa-disable-next-line -->\n\n  \nz\n"
    sup = parse_suppressions(SourceText.from_text("a.md", text))
    disable_start = 2
    enable_end = text.index("-->", text.index("enable")) + 3
    assert sup.points == [disable_start, enable_end]
    assert sup.states == [_State(False, frozenset({"x", "y"})), _State(False, frozenset({"y"}))]
    assert sup.lines == {6: [frozenset()]}  # the next non-blank line after the comment on line 3
    assert bool(sup) is True
    assert bool(parse_suppressions(SourceText.from_text("a.md", "nothing here\n"))) is False


def test_region_edges_to_the_character() -> None:
    text = "甲乙<!-- zhen-qa-disable -->丙丁<!-- zhen-qa-enable -->戊\n"
    src = SourceText.from_text("a.md", text)
    start = text.index("<!--")
    end = text.index("-->", text.index("enable")) + 3
    cols = {c: c + 1 for c in range(len(text) - 1)}  # offset -> 1-based column on line 1
    fs = [finding("a.md", 1, cols[k]) for k in (start - 1, start, end - 1, end)]
    kept = apply_suppressions(fs, {"a.md": src})
    assert [f.location.column for f in kept] == [start, end + 1]


def test_next_line_at_end_of_file_and_ignore_marker_rules() -> None:
    text = "甲 zhen-qa: ignore[a, b]\n<!-- zhen-qa-disable-next-line c -->"
    sup = parse_suppressions(SourceText.from_text("a.md", text))
    assert sup.lines == {1: [frozenset({"a", "b"})], 3: [frozenset({"c"})]}
    assert sup.suppresses("a", 0, 1) and sup.suppresses("b", 0, 1) and not sup.suppresses("c", 0, 1)
    assert not sup.suppresses("a", 0, 2)


def test_state_transitions() -> None:
    s = _State()
    assert not s.disables("a")
    s = s.disable(frozenset({"a"}))
    assert s == _State(False, frozenset({"a"})) and s.disables("a") and not s.disables("b")
    s = s.disable(frozenset())
    assert s == _State(True) and s.disables("b")
    s = s.enable(frozenset({"b"}))
    assert s == _State(True, frozenset(), frozenset({"b"})) and s.disables("a") and not s.disables("b")
    s = s.disable(frozenset({"b"}))
    assert s == _State(True, frozenset(), frozenset()) and s.disables("b")
    assert _State(False, frozenset({"a", "b"})).enable(frozenset({"a"})) == _State(False, frozenset({"b"}))
    assert _State(True).enable(frozenset()) == _State()


def test_findings_outside_the_file_or_without_directives_pass_through() -> None:
    src = SourceText.from_text("a.md", "<!-- zhen-qa-disable -->\n甲\n")
    beyond = finding("a.md", 9, 1)
    column_zero = finding("a.md", 2, 0)
    assert apply_suppressions([beyond, column_zero], {"a.md": src}) == [beyond]
    plain = SourceText.from_text("b.md", "甲\n")
    f = finding("b.md", 1, 1)
    assert apply_suppressions([f], {"b.md": plain}) == [f]


def test_parse_rules_exact() -> None:
    assert parse_rules(None) == frozenset()
    assert parse_rules("a,b") == frozenset({"a", "b"})
    assert parse_rules("a all") == frozenset()
    assert parse_rules(",,a\n\tb ,") == frozenset({"a", "b"})


def test_directive_spellings() -> None:
    for comment in ("<!--zhen-qa-disable-->", "<!-- zhen-qa-disable: r -->", "<!--   zhen-qa-disable r,s   -->"):
        sup = parse_suppressions(SourceText.from_text("a.md", comment + "\n甲\n"))
        assert sup.points == [0], comment
        assert sup.suppresses("r", len(comment) + 1, 2), comment
    sup = parse_suppressions(SourceText.from_text("a.md", "<!-- zhen-qa-disabled -->\n"))
    assert sup.points == []


def test_disable_one_rule_inside_disable_all_keeps_the_other_exemptions() -> None:
    s = _State().disable(frozenset()).enable(frozenset({"a", "b"})).disable(frozenset({"a"}))
    assert s == _State(True, frozenset(), frozenset({"b"}))
    assert s.disables("a") and not s.disables("b") and s.disables("c")


def test_next_line_directly_below_and_last_line_without_newline() -> None:
    sup = parse_suppressions(SourceText.from_text("a.md", "<!-- zhen-qa-disable-next-line -->\n甲\n乙\n"))
    assert sup.lines == {2: [frozenset()]}
    sup = parse_suppressions(SourceText.from_text("a.md", "<!-- zhen-qa-disable-next-line -->\n\n乙"))
    assert sup.lines == {3: [frozenset()]}


def test_last_line_without_newline_and_first_column_edges() -> None:
    src = SourceText.from_text("a.md", "<!-- zhen-qa-disable -->\n甲")
    assert apply_suppressions([finding("a.md", 2, 1)], {"a.md": src}) == []
    src = SourceText.from_text("a.md", "甲<!-- zhen-qa-disable -->乙")
    before, inside = finding("a.md", 1, 1), finding("a.md", 1, 2)
    assert apply_suppressions([before, inside], {"a.md": src}) == [before]


def test_findings_of_unknown_files_do_not_stop_the_rest() -> None:
    src = SourceText.from_text("a.md", "甲\n<!-- zhen-qa-disable -->\n乙\n")
    other, kept, dropped = finding("x.md", 1, 1), finding("a.md", 1, 1), finding("a.md", 3, 1)
    assert apply_suppressions([other, kept, dropped, other], {"a.md": src}) == [other, kept, other]


def test_debug_log_names_each_directive_and_suppression(debug_messages: Callable[[str], Any]) -> None:
    src = SourceText.from_text("a.md", "甲\n<!-- zhen-qa-disable r, s -->\n乙\n<!-- zhen-qa-enable -->\n")
    with debug_messages("zhen_qa.report.suppress") as got:
        apply_suppressions([finding("a.md", 3, 1, "s")], {"a.md": src})
    assert got == [
        "a.md:2: zhen-qa-disable ['r', 's']", "a.md:4: zhen-qa-enable all", "suppressed s at a.md:3"]
