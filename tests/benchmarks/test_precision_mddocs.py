"""benchmarks/precision_mddocs.py: where an injected defect counts as found (`in_spot`)."""
from __future__ import annotations

import sys
from pathlib import Path

from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from precision_mddocs import _own_english, in_spot  # noqa: E402


def _finding(line: int, end_line: int, listed: list[int]) -> Finding:
    data = (("condensed", True), ("sentences", [{"line": n, "column": 1, "text": "x"} for n in listed]))
    return Finding("extra-target", Severity.INFO, "m", Location("a.en.md", line, 1, end_line, 5), "en", data=data)


def test_a_finding_counts_on_its_lines_or_on_a_sentence_it_lists() -> None:
    assert in_spot(_finding(10, 12, []), (12, 14))  # its span overlaps
    assert not in_spot(_finding(10, 11, []), (12, 14))
    # a condensed finding placed at its first sentence lists the one on the spot
    assert in_spot(_finding(3, 3, [3, 13, 40]), (12, 14))
    assert not in_spot(_finding(3, 3, [3, 40]), (12, 14))


def test_a_targets_path_that_would_be_written_empty_or_nowhere_is_refused(tmp_path: Path) -> None:
    from precision_mddocs import arguments_refused, page_pairs
    (tmp_path / "a.zh.md").write_text("中文。\n", encoding="utf-8")
    (tmp_path / "a.en.md").write_text("English.\n", encoding="utf-8")
    pairs = page_pairs(tmp_path)
    new = tmp_path / "new.targets.tsv"
    assert arguments_refused(tmp_path, pairs, None, False) is None
    assert arguments_refused(tmp_path, pairs, new, False) is None  # a first run writes it
    assert "written empty" in (arguments_refused(tmp_path, pairs, new, True) or "")
    assert "no folder" in (arguments_refused(tmp_path, pairs, tmp_path / "nope" / "t.tsv", False) or "")
    (tmp_path / "empty").mkdir()
    assert "no PAGE" in (arguments_refused(tmp_path / "empty", [], new, False) or "")
    assert "no data folder" in (arguments_refused(tmp_path / "missing-heldout", [], new, False) or "")
    new.write_text("", encoding="utf-8")
    assert arguments_refused(tmp_path, pairs, new, True) is None  # an existing file is read


def test_the_script_refuses_a_wrong_targets_path_with_one_line_and_exit_2(tmp_path: Path) -> None:
    import subprocess
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "precision_mddocs.py"
    (tmp_path / "a.zh.md").write_text("中文。\n", encoding="utf-8")
    (tmp_path / "a.en.md").write_text("English.\n", encoding="utf-8")
    wrong = tmp_path / "x-heldout-heldout.targets.tsv"
    run = subprocess.run([sys.executable, str(script), str(tmp_path), "--no-recall", "--targets", str(wrong)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "written empty" in run.stderr
    assert not wrong.exists()


def test_a_target_paragraph_must_own_its_english() -> None:
    """fw61 (lynx-heldout macos.zh 176): English line 177 is paired with Chinese lines 175 and 176, two blocks; deleting
    it for the block of line 176 deleted line 175's translation too, so the paragraph is no fair target. English
    paired with the paragraph's lines only is."""
    owners = {177: {175, 176}, 180: {179}, 181: {179}}
    assert not _own_english([177], owners, range(176, 177))
    assert _own_english([177], owners, range(175, 177))
    assert _own_english([180, 181], owners, range(179, 180))
