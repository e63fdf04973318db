"""Which fixes are certain: deprecated terms, punctuation width, doubling of words never doubled."""
from __future__ import annotations

from zhen_qa.checks.fixes import certain_edits
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity


def _f(rule: str, line: int, col: int, end: int, suggestion: str | None, lang: str = "zh", **data: str) -> Finding:
    return Finding(rule, Severity.WARNING, "m", Location("m.txt", line, col, line, end), lang, "", suggestion,
                   data=tuple(data.items()))


TEXTS = {"m.txt": ["分泌物, 在再生医疗中的的作用一一说明", "Alzheimer disease and the the brain"]}


def _plan(*findings: Finding, select: tuple[str, ...] = ()) -> list[tuple[int, int, int, str]]:
    return [(e.location.line, e.location.column, e.location.end_column, e.replacement)
            for e in certain_edits(findings, TEXTS, select)]


def test_deprecated_term_becomes_preferred_only_for_a_decided_concept() -> None:
    decided = _f("term-variant", 1, 6, 10, "再生医学", concept="regen", status="deprecated")
    undecided = _f("term-variant", 1, 1, 4, "分泌组", status="deprecated")  # no single concept
    assert _plan(decided, undecided) == [(1, 6, 10, "再生医学")]


def test_english_replacement_keeps_a_capital() -> None:
    f = _f("term-variant", 2, 1, 18, "alzheimer's disease", lang="en", concept="ad", status="deprecated")
    assert _plan(f) == [(2, 1, 18, "Alzheimer's disease")]


def test_full_width_comma_takes_the_space_after_it() -> None:
    assert _plan(_f("punctuation-width", 1, 4, 5, "，")) == [(1, 4, 6, "，")]


def test_doubling_is_fixed_only_for_words_never_doubled() -> None:
    de = _f("repeated-char", 1, 14, 16, "的")
    yiyi = _f("repeated-char", 1, 18, 20, "一")  # 一一 is a word (one by one)
    the = _f("repeated-char", 2, 23, 30, "the", lang="en")
    assert _plan(de, yiyi, the) == [(1, 14, 16, "的"), (2, 23, 30, "the")]


def test_select_limits_the_rules_and_other_rules_are_never_fixed() -> None:
    punct = _f("punctuation-width", 1, 4, 5, "，")
    term = _f("term-variant", 1, 6, 10, "再生医学", concept="regen", status="deprecated")
    missing = _f("term-missing", 1, 6, 10, "regenerative medicine")
    assert _plan(punct, term, missing, select=("term-variant",)) == [(1, 6, 10, "再生医学")]
    assert _plan(missing) == []


def test_a_replacement_is_written_as_each_form_spells_it() -> None:
    from zhen_qa.checks.fixes import written_as

    assert written_as("R&D <x>", "a.xlf") == "R&amp;D &lt;x&gt;" and written_as("R&D", "m.tmx") == "R&amp;D"
    assert written_as('say "hi" \\', "zh.po") == 'say \\"hi\\" \\\\'
    assert written_as("50% R&D_x", "t.tex") == "50\\% R\\&D\\_x"
    assert written_as("R&D", "m.md") == "R&D"
