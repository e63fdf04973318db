"""The eleventh ChinaXiv builder's selection rule (the clinical papers of 2017-2019 after chinaxiv6's), on a small git
repository of papers written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv11_heldout as eleventh  # noqa: E402

from tests.benchmarks.chinaxiv_papers import CHINESE, ENGLISH, GLUED, other, paper, repository  # noqa: E402


def test_takes_the_papers_after_the_third_fifth_and_sixth_sets(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-201701.00001V1.md": paper(CHINESE, ENGLISH),            # the third set's
        "ChinaXiv-201702.00002V1.md": paper(other("饮食结构"), GLUED),      # glued English: never counted
        "ChinaXiv-201801.00004V1.md": paper(other("运动习惯"), ENGLISH),    # the fifth set's
        "ChinaXiv-201802.00005V1.md": paper(other("睡眠习惯"), ENGLISH),    # the sixth set's
        "ChinaXiv-201803.00006V1.md": paper(other("睡眠习惯"), ENGLISH),    # the sixth set's Chinese again: left out
        "ChinaXiv-201901.00007V1.md": paper(other("饮水习惯"), ENGLISH),    # taken
        "ChinaXiv-201902.00008V1.md": paper(other("社交活动"), ENGLISH),    # taken
        "ChinaXiv-201903.00009V1.md": paper(other("阅读习惯"), ENGLISH),    # over the count
        "ChinaXiv-202001.00010V1.md": paper(other("工作压力"), ENGLISH),    # another year
    })
    taken = eleventh.selected(git_dir, "HEAD", skip=1, taken=2, count=2)
    assert [name for name, _ in taken] == ["md/ChinaXiv-201901.00007V1.md", "md/ChinaXiv-201902.00008V1.md"]


def test_the_rule_follows_the_fifth_and_sixth_sets_counts() -> None:
    assert eleventh.TAKEN_BY_FIFTH == 30 and eleventh.TAKEN_BY_SIXTH == 30 and eleventh.LIMIT == 40
