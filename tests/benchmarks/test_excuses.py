"""The excuse ablation's matching (benchmarks/excuses.py): a finding is its place and subject, not its wording."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import excuses  # noqa: E402

from zhen_qa.manuscript.source import Location  # noqa: E402
from zhen_qa.report.findings import Finding, Severity  # noqa: E402


def finding(line: int, message: str, concept: str | None = "c1", rule: str = "term-missing") -> Finding:
    data = (("concept", concept),) if concept else ()
    return Finding(rule, Severity.WARNING, message, Location("/x/doc.zh", line, 1, line, 3), "zh", "摘录", data=data)


def test_a_summary_reworded_at_its_place_is_the_same_finding() -> None:
    base = excuses.by_place([finding(3, "「a」 has no “A” in 2 sentences (lines 3 and 9)")])
    found = excuses.by_place([finding(3, "「a」 has no “A” in 3 sentences (lines 3, 5 and 9)")])
    assert excuses.compared(base, found) == ([], 0, 1)


def test_a_new_place_appears_and_a_moved_one_is_gone() -> None:
    kept, moved = finding(3, "kept"), finding(7, "moved", "c2")
    new, moved_up = finding(5, "new", "c3"), finding(2, "moved", "c2")
    appeared, gone, reworded = excuses.compared(excuses.by_place([kept, moved]),
                                                excuses.by_place([kept, new, moved_up]))
    assert sorted(f.location.line for f in appeared) == [2, 5] and (gone, reworded) == (1, 0)


def test_another_concept_at_the_same_line_is_another_finding() -> None:
    base = excuses.by_place([finding(3, "same words", "c1")])
    appeared, gone, _ = excuses.compared(base, excuses.by_place([finding(3, "same words", "c1"),
                                                                 finding(3, "same words", "c2")]))
    assert [dict(f.data)["concept"] for f in appeared] == ["c2"] and gone == 0


def test_a_finding_of_no_concept_is_told_by_its_message() -> None:
    one, other = finding(4, "“7” missing", None, "number-mismatch"), finding(4, "“8” missing", None, "number-mismatch")
    assert excuses.place(one) == ("doc.zh", 4, "number-mismatch", "“7” missing")
    appeared, gone, reworded = excuses.compared(excuses.by_place([one]), excuses.by_place([one, other]))
    assert appeared == [other] and (gone, reworded) == (0, 0)


def test_a_new_occurrence_on_a_paragraphs_line_is_the_one_that_appears() -> None:
    """A paragraph file keeps an abstract on one line: the finding unchanged there is paired with itself, and the
    other occurrence of the concept is the one that appears, whatever the report's order."""
    kept = finding(1, "「a」 has no “A”")
    new = Finding("term-missing", Severity.WARNING, "「a」 has no “A”", Location("/x/doc.zh", 1, 40, 1, 42), "zh",
                  "摘录", data=(("concept", "c1"),))
    appeared, gone, reworded = excuses.compared(excuses.by_place([kept]), excuses.by_place([new, kept]))
    assert appeared == [new] and (gone, reworded) == (0, 0)
