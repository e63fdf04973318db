"""An English text that is not a translation of the Chinese: one pair-mismatch finding, not one per sentence."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.unrelated import unrelated
from zhen_qa.cli import main
from zhen_qa.report.findings import Finding

ZH = ("本研究考察了睡眠时间与儿童学业成绩的关系。共有320名小学生参加了为期6个月的追踪调查。"
      "结果发现每晚睡眠少于8小时的儿童数学成绩较低。睡眠不足还与课堂注意力下降有关。"
      "这些结果提示学校应当推迟上课时间。\n睡眠；学业成绩；注意力；儿童\n")
OTHER = ("In March 2021, a flood struck 14 villages along the river. Roads and bridges were destroyed within two days. "
         "Local farmers lost most of their rice harvest. The government sent 90 trucks of food and tents. "
         "Rebuilding the dams is expected to take five years.\nSleep; academic performance; attention; children\n")
SAME = ("This study examined the relation between sleep duration and academic performance in children. "
        "A total of 320 primary school students took part in a 6-month follow-up survey. "
        "Children who slept less than 8 hours a night had lower mathematics scores. "
        "Lack of sleep was also related to lower attention in class. "
        "These results suggest that schools should start classes later.\n"
        "Sleep; academic performance; attention; children\n")


def _findings(zh: str, en: str) -> list[Finding]:
    return check_manuscript(build_from_texts(zh, en, "zh.txt", "en.txt", presplit=False))


def test_an_unrelated_english_text_is_one_finding() -> None:
    findings = _findings(ZH, OTHER)
    assert [f.rule for f in findings] == ["pair-mismatch"]
    assert "shares almost nothing" in findings[0].message and findings[0].location.line == 1


def test_the_cascade_comes_back_when_pair_mismatch_is_ignored() -> None:
    ms = build_from_texts(ZH, OTHER, "zh.txt", "en.txt", presplit=False)
    rules = {f.rule for f in check_manuscript(ms, ignore=("pair-mismatch",))}
    assert "pair-mismatch" not in rules and rules & {"number-mismatch", "untranslated", "alignment-doubt"}


def test_a_translation_and_a_half_translation_are_compared_sentence_by_sentence() -> None:
    assert not [f for f in _findings(ZH, SAME) if f.rule == "pair-mismatch"]
    half = SAME.split(". ", 2)
    partial = ". ".join(half[:2]) + ". The flood destroyed roads and bridges in 14 villages.\n" \
        "Sleep; academic performance; attention; children\n"
    ms = build_from_texts(ZH, partial, "zh.txt", "en.txt", presplit=False)
    assert all(unrelated(p) is None for p in ms.pairs)
    assert not [f for f in check_manuscript(ms) if f.rule == "pair-mismatch"]


def test_a_summary_that_reaches_the_translated_keyword_line_is_kept() -> None:
    """A term-missing summary of two sentences, one in the unrelated prose and one in the keyword line (a term
    changed there): the keyword line is no part of the one defect, so the summary stays; one of the prose alone
    goes."""
    from zhen_qa.checks.unrelated import one_defect
    from zhen_qa.manuscript.source import Location
    from zhen_qa.report.findings import Severity

    ms = build_from_texts(ZH, OTHER, "zh.txt", "en.txt", presplit=False)

    def missing(lines: list[int]) -> Finding:
        sentences = [{"line": n, "column": 1, "end_line": n, "end_column": 3} for n in lines]
        return Finding("term-missing", Severity.WARNING, f"lines {lines}", Location("zh.txt", 1, 1, 1, 3), "zh",
                       data=(("sentences", sentences),))

    out = one_defect(ms, [missing([1, 2]), missing([1])])
    assert sorted(f.rule + ":" + f.message for f in out) == ["pair-mismatch:" + out[-1].message,
                                                             "term-missing:lines [1, 2]"]


def test_structured_markdown_sections_are_compared_sentence_by_sentence(tmp_path: Path) -> None:
    # documentation sections are paired by their headings, and a freely worded one is still a translation
    zh, en = ZH.split("\n")[0] + "\n", OTHER.split("\n")[0] + "\n"
    (tmp_path / "page.zh.md").write_text("# 说明\n\n## 快\n\n" + zh, encoding="utf-8")
    (tmp_path / "page.en.md").write_text("# Notes\n\n## Fast\n\n" + en, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "page.zh.md"), "--en", str(tmp_path / "page.en.md"),
                                       "--format", "json"], catch_exceptions=False)
    rules = {f["rule"] for f in json.loads(result.output)["findings"]}
    assert "pair-mismatch" not in rules and rules & {"number-mismatch", "untranslated", "alignment-doubt"}
    # the same texts as plain text are one unrelated pair
    assert "pair-mismatch" in {f.rule for f in _findings(zh, en)}
