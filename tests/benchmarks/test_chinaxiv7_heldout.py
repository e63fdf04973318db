"""The seventh ChinaXiv builder's selection rule, on a small git repository of papers written here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv7_heldout as seventh  # noqa: E402

CHINESE = "本研究观察了一组患者的睡眠质量与日常活动之间的关系，" * 4 + "结果提示规律作息有助于改善症状。"
ENGLISH = ("This study observed the relation between sleep quality and daily activity in a group of patients, "
           "and the results suggest that a regular routine helps to relieve their symptoms over several weeks. ") * 3
GLUED = ("Thisstudyobservedtherelationbetweensleepqualityanddailyactivityinagroupofpatients "
         "andtheresultssuggestthataregularroutinehelpstorelievetheirsymptomsoverseveralweeks. ") * 3


def paper(chinese: str, english: str) -> str:
    """A MinerU-like paper: Chinese abstract and keywords, then the English ones."""
    return (f"# 题目\n\n摘要：{chinese}\n\n关键词：睡眠；患者\n\n"
            f"# Title\n\nAbstract: {english}\n\nKey words: sleep; patients\n")


def other(topic: str) -> str:
    """Another Chinese abstract of the same shape."""
    return CHINESE.replace("睡眠质量", topic)


def test_takes_the_papers_after_the_second_and_the_fourth_sets_each_chinese_abstract_once(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "md").mkdir(parents=True)
    papers = {
        "ChinaXiv-202101.00001V1.md": paper(CHINESE, GLUED),              # the second set's, glued or not
        "ChinaXiv-202101.00002V1.md": paper(other("饮食结构"), GLUED),      # glued English: never counted
        "ChinaXiv-202102.00003V1.md": paper(other("运动习惯"), ENGLISH),    # the fourth set's
        "ChinaXiv-202103.00004V1.md": paper(CHINESE, ENGLISH),            # the second set's Chinese again: left out
        "ChinaXiv-202104.00005V1.md": paper(other("运动习惯"), ENGLISH),    # the fourth set's Chinese again: left out
        "ChinaXiv-202105.00006V1.md": paper(other("饮水习惯"), ENGLISH),    # taken
        "ChinaXiv-202106.00007V1.md": paper(other("饮水习惯"), ENGLISH),    # its Chinese again: left out
        "ChinaXiv-202201.00008V1.md": paper(other("社交活动"), ENGLISH),    # taken
        "ChinaXiv-202202.00009V1.md": paper(other("阅读习惯"), ENGLISH),    # over the count
        "ChinaXiv-202001.00010V1.md": paper(other("工作压力"), ENGLISH),    # another year
    }
    for name, text in papers.items():
        (work / "md" / name).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "papers"]):
        subprocess.run([*git, *args], check=True)
    taken = seventh.selected(str(work / ".git"), "HEAD", skip=1, fourth=1, count=2)
    assert [name for name, _ in taken] == ["md/ChinaXiv-202105.00006V1.md", "md/ChinaXiv-202201.00008V1.md"]
    zh, en = taken[0][1]
    assert zh[0] == other("饮水习惯") and en[0] == ENGLISH.strip()
