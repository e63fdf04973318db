"""A run of Chinese clauses written twice in a row (a revision kept beside the old wording) is a doubling."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.jieba_base import word_tag as _tag
from zhen_qa.checks.repeated_clause import clause_doubles
from zhen_qa.checks.run import Flags, check_file

KEPT_TWICE = ("在此基础上，本文将预测得到的干模态频率与附连水频率修正系数相结合，本文构建了以螺旋桨几何参数为输入、"
              "以干模态频率预测为基础，并结合附连水系数进行频率修正，最终构建了以螺旋桨几何参数为输入、以干模态频率预测为基础，"
              "并结合附连水系数进行频率修正，最终获得湿模态频率的快速预测流程。")


def _runs(text: str) -> list[str]:
    return [run for _a, _b, run in clause_doubles(text, _tag)]


def test_clauses_written_twice_with_a_changed_lead_in_are_found() -> None:
    [(a, b, run)] = list(clause_doubles(KEPT_TWICE, _tag))
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


TWO_SETS = ("在训练数据集上，本文方法的准确率最高，模型的收敛速度最快，在测试数据集上，本文方法的准确率最高，"
            "模型的收敛速度最快，这说明本文方法具有良好的泛化能力。")
"""The same two results stated for the training set and the test set (review57 R9): a parallel, not a revision."""


def test_the_same_result_stated_for_two_things_is_no_revision() -> None:
    # 训练 / 测试: the lead clauses change a content word on both sides, two things compared
    assert _runs(TWO_SETS) == []
    assert _runs("甲组患者给予常规护理干预，连续干预三个月，每周随访一次，乙组患者给予常规护理干预，连续干预三个月，"
                 "每周随访一次。") == []
    # a lead-in revised to an adverb or a connective (本文 → 最终, 本文 → 进而) is still a revision
    assert _runs(KEPT_TWICE.replace("最终构建了", "进而构建了", 1)) != []


def _repeated(tmp_path: Path, chinese: str, english: str) -> list[str]:
    zh, en = tmp_path / "p.zh.txt", tmp_path / "p.en.txt"
    zh.write_text(chinese + "\n", encoding="utf-8")
    en.write_text(english + "\n", encoding="utf-8")
    return [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "repeated-char"]


FRAMED_TWICE = ("首先在数据集上，本文方法的准确率最高，模型的收敛速度最快，最后在数据集上，本文方法的准确率最高，"
                "模型的收敛速度最快，这说明本文方法具有良好的泛化能力。")


def test_a_run_the_english_translates_twice_is_meant(tmp_path: Path) -> None:
    assert _repeated(tmp_path, TWO_SETS, "On the training set, our method has the highest accuracy and the fastest "
                     "convergence, and on the test set, our method also has the highest accuracy and the fastest "
                     "convergence, which shows that it generalises well.") == []
    assert _repeated(tmp_path, FRAMED_TWICE, "First, on the dataset, our method has the highest accuracy and the "
                     "fastest convergence; finally, on the dataset, our method again has the highest accuracy and "
                     "the fastest convergence, which shows that it generalises well.") == []


def test_a_run_the_english_translates_once_is_still_reported(tmp_path: Path) -> None:
    found = _repeated(tmp_path, FRAMED_TWICE, "On the dataset, our method has the highest accuracy and the fastest "
                      "convergence, which shows that it generalises well.")
    assert [m[:30] for m in found] == ['clauses written twice in a row']
