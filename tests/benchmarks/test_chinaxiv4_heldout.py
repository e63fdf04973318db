"""The fourth ChinaXiv builder's selection rule, on a small git repository of papers written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv4_heldout as builder  # noqa: E402

from tests.benchmarks.chinaxiv_papers import CHINESE, ENGLISH, GLUED, paper, repository  # noqa: E402


def test_takes_the_papers_after_the_skipped_ones_leaving_glued_english_out(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-202101.00001V1.md": paper(CHINESE, ENGLISH),   # skipped: the earlier set's
        "ChinaXiv-202101.00002V1.md": paper(CHINESE, GLUED),     # glued English: left out
        "ChinaXiv-202102.00003V1.md": paper(CHINESE, ENGLISH),
        "ChinaXiv-202201.00004V1.md": paper(CHINESE, ENGLISH),
        "ChinaXiv-202201.00005V1.md": paper(CHINESE, ENGLISH),   # over the count
        "ChinaXiv-202001.00006V1.md": paper(CHINESE, ENGLISH),   # another year
    })
    taken = builder.selected(git_dir, "HEAD", skip=1, count=2)
    assert [name for name, _ in taken] == ["md/ChinaXiv-202102.00003V1.md", "md/ChinaXiv-202201.00004V1.md"]
    zh, en = taken[0][1]
    assert zh[0] == CHINESE and en[0] == ENGLISH.strip()


def test_a_glued_paper_counts_towards_the_skipped_ones(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-202101.00001V1.md": paper(CHINESE, GLUED),     # skipped: chinaxiv2-heldout took papers glued or not
        "ChinaXiv-202101.00002V1.md": paper(CHINESE, ENGLISH),
    })
    assert [name for name, _ in builder.selected(git_dir, "HEAD", skip=1)] == ["md/ChinaXiv-202101.00002V1.md"]


def test_the_fifth_set_skips_the_third_sets_papers_and_takes_each_chinese_abstract_once(tmp_path: Path) -> None:
    import chinaxiv5_heldout as fifth

    other = CHINESE.replace("睡眠质量", "饮食结构")
    git_dir = repository(tmp_path, {
        "ChinaXiv-201701.00001V1.md": paper(CHINESE, ENGLISH),   # the third set's
        "ChinaXiv-201702.00002V1.md": paper(CHINESE, GLUED),     # glued English: never counted
        "ChinaXiv-201801.00003V1.md": paper(CHINESE, ENGLISH),   # the same Chinese again: left out
        "ChinaXiv-201802.00004V1.md": paper(other, ENGLISH),     # taken
    })
    taken = fifth.selected(git_dir, "HEAD", skip=1, count=5)
    assert [name for name, _ in taken] == ["md/ChinaXiv-201802.00004V1.md"]
