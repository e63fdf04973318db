"""A run of Chinese clauses written twice in a row (a revision kept beside the old wording) is a doubling."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.repeated_clause import clause_doubles
from zhen_qa.checks.run import Flags, check_file

KEPT_TWICE = ("在此基础上，本文将预测得到的干模态频率与附连水频率修正系数相结合，本文构建了以螺旋桨几何参数为输入、"
              "以干模态频率预测为基础，并结合附连水系数进行频率修正，最终构建了以螺旋桨几何参数为输入、以干模态频率预测为基础，"
              "并结合附连水系数进行频率修正，最终获得湿模态频率的快速预测流程。")


def _runs(text: str) -> list[str]:
    return [run for _a, _b, run in clause_doubles(text)]


def test_clauses_written_twice_with_a_changed_lead_in_are_found() -> None:
    [(a, b, run)] = list(clause_doubles(KEPT_TWICE))
    assert run == "构建了以螺旋桨几何参数为输入、以干模态频率预测为基础，并结合附连水系数进行频率修正"
    assert KEPT_TWICE[a:b] == run and KEPT_TWICE[:a].endswith("最终")  # the second copy


def test_parallel_items_and_filler_are_no_revision() -> None:
    # two groups treated alike, items cut by ；: not one sentence written twice
    assert _runs("对照组给予常规护理干预，连续干预三个月，每周随访一次；"
                 "观察组给予常规护理干预，连续干预三个月，每周随访一次。") == []
    # the same subject, two short clauses repeated inside one sentence: too little to be evidence
    assert _runs("甲组给予常规护理干预，连续干预3个月，乙组给予常规护理干预，连续干预3个月。") == []
    # a template's page filler, one clause over and over
    assert _runs("以下内容为测试页眉的相关问题、" * 8) == []
    # the same clauses in two sentences (a summary restating a finding) are no slip inside a sentence
    assert _runs("本文提出了一种快速预测方法，显著降低了有限元计算成本，提高了设计效率。"
                 "结果表明，本文提出了一种快速预测方法，显著降低了有限元计算成本，提高了设计效率。") == []


def test_the_doubling_is_a_repeated_char_finding_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "abstract.md"
    path.write_text("# 摘要\n\n" + KEPT_TWICE + "\n", encoding="utf-8")
    found = [f for f in check_file(str(path), None, Flags()).findings if f.rule == "repeated-char"]
    assert [f.location.line for f in found] == [3]
    assert found[0].message.startswith('clauses written twice in a row: "构建了以螺旋桨几何参数为输入、')
