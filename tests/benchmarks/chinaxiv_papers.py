"""Small MinerU-like ChinaXiv papers and a git repository of them, for the ChinaXiv builders' tests."""
from __future__ import annotations

from pathlib import Path

from tests.benchmarks import git_files

CHINESE = "本研究观察了一组患者的睡眠质量与日常活动之间的关系，" * 4 + "结果提示规律作息有助于改善症状。"
ENGLISH = ("This study observed the relation between sleep quality and daily activity in a group of patients, "
           "and the results suggest that a regular routine helps to relieve their symptoms over several weeks. ") * 3
GLUED = ("Thisstudyobservedtherelationbetweensleepqualityanddailyactivityinagroupofpatients "
         "andtheresultssuggestthataregularroutinehelpstorelievetheirsymptomsoverseveralweeks. ") * 3

LIFE = "本研究观察了一组小鼠的细胞分裂与日常活动之间的关系，" * 4 + "结果提示规律作息有助于改善代谢。"


def life(topic: str) -> str:
    """A life-science Chinese abstract naming no clinical subject (the pool of chinaxiv8 and the sets after it)."""
    return LIFE.replace("日常活动", topic)


def paper(chinese: str, english: str) -> str:
    """A MinerU-like paper: Chinese abstract and keywords, then the English ones."""
    return (f"# 题目\n\n摘要：{chinese}\n\n关键词：睡眠；患者\n\n"
            f"# Title\n\nAbstract: {english}\n\nKey words: sleep; patients\n")


def other(topic: str) -> str:
    """Another Chinese abstract of the same shape."""
    return CHINESE.replace("睡眠质量", topic)


def repository(tmp_path: Path, papers: dict[str, str]) -> str:
    """A git dir whose md/ holds each paper's text under its name, committed; its path."""
    return git_files.repository(tmp_path, {f"md/{name}": text for name, text in papers.items()})
