"""The eighth ChinaXiv builder's selection rule (life-science or psychology, no clinical subject), on a small git
repository of papers written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv8_heldout as eighth  # noqa: E402

from tests.benchmarks.chinaxiv_papers import ENGLISH, GLUED, life, paper, repository  # noqa: E402


def test_takes_life_science_abstracts_with_no_clinical_subject_each_once(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-201601.00001V1.md": paper(life("饮食结构") + "患者", ENGLISH),   # a clinical subject: the old pool
        "ChinaXiv-201602.00002V1.md": paper(life("饮食结构"), GLUED),            # glued English: left out
        "ChinaXiv-201603.00003V1.md": paper(life("饮食结构").replace("细胞", "神经网络"), ENGLISH),  # computing
        "ChinaXiv-201703.00004V1.md": paper(life("运动习惯"), ENGLISH),          # taken
        "ChinaXiv-201704.00005V1.md": paper(life("运动习惯"), ENGLISH),          # its Chinese again: left out
        "ChinaXiv-202201.00006V1.md": paper(life("饮水习惯"), ENGLISH),          # taken
        "ChinaXiv-202202.00007V1.md": paper(life("阅读习惯"), ENGLISH),          # over the count
        "ChinaXiv-201501.00008V1.md": paper(life("工作压力"), ENGLISH),          # another year
    })
    taken = eighth.selected(git_dir, "HEAD", count=2)
    assert [name for name, _ in taken] == ["md/ChinaXiv-201703.00004V1.md", "md/ChinaXiv-202201.00006V1.md"]
    zh, en = taken[0][1]
    assert zh[0] == life("运动习惯") and en[0] == ENGLISH.strip()


def test_the_subject_rules_split_the_pools() -> None:
    assert eighth.life_science("小鼠神经元的凋亡") and not eighth.life_science("患者神经元的凋亡")
    assert not eighth.life_science("卷积神经网络的训练") and not eighth.life_science("城市交通的拥堵")
