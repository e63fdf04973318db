"""The sixth ChinaXiv builder's selection rule, on a small git repository of papers written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv6_heldout as sixth  # noqa: E402

from tests.benchmarks.chinaxiv_papers import CHINESE, ENGLISH, GLUED, other, paper, repository  # noqa: E402


def test_takes_the_papers_after_the_third_and_the_fifth_sets_each_chinese_abstract_once(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-201701.00001V1.md": paper(CHINESE, ENGLISH),            # the third set's
        "ChinaXiv-201702.00002V1.md": paper(other("饮食结构"), GLUED),      # glued English: never counted
        "ChinaXiv-201703.00003V1.md": paper(CHINESE, ENGLISH),            # the third set's Chinese again: left out
        "ChinaXiv-201801.00004V1.md": paper(other("运动习惯"), ENGLISH),    # the fifth set's
        "ChinaXiv-201802.00005V1.md": paper(other("运动习惯"), ENGLISH),    # the fifth set's Chinese again: left out
        "ChinaXiv-201901.00006V1.md": paper(other("饮水习惯"), ENGLISH),    # taken
        "ChinaXiv-201902.00007V1.md": paper(other("社交活动"), ENGLISH),    # taken
        "ChinaXiv-201903.00008V1.md": paper(other("阅读习惯"), ENGLISH),    # over the count
        "ChinaXiv-202001.00009V1.md": paper(other("工作压力"), ENGLISH),    # another year
    })
    taken = sixth.selected(git_dir, "HEAD", skip=1, fifth=1, count=2)
    assert [name for name, _ in taken] == ["md/ChinaXiv-201901.00006V1.md", "md/ChinaXiv-201902.00007V1.md"]
    zh, en = taken[0][1]
    assert zh[0] == other("饮水习惯") and en[0] == ENGLISH.strip()
