"""The fourth ChinaXiv builder's selection rule, on a small git repository of papers written here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv4_heldout as builder  # noqa: E402

CHINESE = "本研究观察了一组患者的睡眠质量与日常活动之间的关系，" * 4 + "结果提示规律作息有助于改善症状。"
ENGLISH = ("This study observed the relation between sleep quality and daily activity in a group of patients, "
           "and the results suggest that a regular routine helps to relieve their symptoms over several weeks. ") * 3
GLUED = ("Thisstudyobservedtherelationbetweensleepqualityanddailyactivityinagroupofpatients "
         "andtheresultssuggestthataregularroutinehelpstorelievetheirsymptomsoverseveralweeks. ") * 3


def paper(english: str) -> str:
    """A MinerU-like paper: Chinese abstract and keywords, then the English ones."""
    return (f"# 题目\n\n摘要：{CHINESE}\n\n关键词：睡眠；患者\n\n"
            f"# Title\n\nAbstract: {english}\n\nKey words: sleep; patients\n")


def repository(tmp_path: Path, english: dict[str, str]) -> str:
    """A git dir whose md/ holds one paper a name, committed; its path."""
    work = tmp_path / "work"
    (work / "md").mkdir(parents=True)
    for name, text in english.items():
        (work / "md" / name).write_text(paper(text), encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "papers"], check=True)
    return str(work / ".git")


def test_takes_the_papers_after_the_skipped_ones_leaving_glued_english_out(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-202101.00001V1.md": ENGLISH,   # skipped: the earlier set's
        "ChinaXiv-202101.00002V1.md": GLUED,     # glued English: left out
        "ChinaXiv-202102.00003V1.md": ENGLISH,
        "ChinaXiv-202201.00004V1.md": ENGLISH,
        "ChinaXiv-202201.00005V1.md": ENGLISH,   # over the count
        "ChinaXiv-202001.00006V1.md": ENGLISH,   # another year
    })
    taken = builder.selected(git_dir, "HEAD", skip=1, count=2)
    assert [name for name, _ in taken] == ["md/ChinaXiv-202102.00003V1.md", "md/ChinaXiv-202201.00004V1.md"]
    zh, en = taken[0][1]
    assert zh[0] == CHINESE and en[0] == ENGLISH.strip()


def test_a_glued_paper_counts_towards_the_skipped_ones(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-202101.00001V1.md": GLUED,     # skipped: chinaxiv2-heldout took papers glued or not
        "ChinaXiv-202101.00002V1.md": ENGLISH,
    })
    assert [name for name, _ in builder.selected(git_dir, "HEAD", skip=1)] == ["md/ChinaXiv-202101.00002V1.md"]


def test_the_fifth_set_skips_the_third_sets_papers_and_takes_each_chinese_abstract_once(tmp_path: Path) -> None:
    import chinaxiv5_heldout as fifth

    other = CHINESE.replace("睡眠质量", "饮食结构")
    work = tmp_path / "work"
    (work / "md").mkdir(parents=True)
    papers = {
        "ChinaXiv-201701.00001V1.md": paper(ENGLISH),                          # the third set's
        "ChinaXiv-201702.00002V1.md": paper(GLUED),                            # glued English: never counted
        "ChinaXiv-201801.00003V1.md": paper(ENGLISH),                          # the same Chinese again: left out
        "ChinaXiv-201802.00004V1.md": paper(ENGLISH).replace(CHINESE, other),  # taken
    }
    for name, text in papers.items():
        (work / "md" / name).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "papers"]):
        subprocess.run([*git, *args], check=True)
    taken = fifth.selected(str(work / ".git"), "HEAD", skip=1, count=5)
    assert [name for name, _ in taken] == ["md/ChinaXiv-201802.00004V1.md"]
