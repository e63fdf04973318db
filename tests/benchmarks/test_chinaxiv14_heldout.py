"""The fourteenth ChinaXiv builder's selection rule (the papers naming neither a clinical nor a life-science subject,
every STEP-th of that order), on a small git repository of papers written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv14_heldout as fourteenth  # noqa: E402

from tests.benchmarks.chinaxiv_papers import ENGLISH, paper, repository  # noqa: E402

SOIL = "本研究测量了黄土高原三个样地的土壤含水量与降水之间的关系，" * 4 + "结果提示坡向决定了水分的再分配。"


def soil(site: str) -> str:
    """An earth-science Chinese abstract naming neither a clinical nor a life-science subject."""
    return SOIL.replace("黄土高原", site)


def test_other_takes_neither_clinical_nor_life_science_abstracts() -> None:
    assert fourteenth.other(soil("华北平原"))
    assert not fourteenth.other(soil("华北平原") + "患者")    # clinical: the earlier sets' pool
    assert not fourteenth.other(soil("华北平原") + "植物")    # life science: chinaxiv8's pool
    assert fourteenth.other(soil("华北平原") + "神经网络")    # computing, not neuroscience


def test_spread_takes_every_step_th_paper_from_the_first() -> None:
    items = [(f"p{i}", ([str(i)], [str(i)])) for i in range(10)]
    assert [name for name, _ in fourteenth.spread(items, step=3, count=3)] == ["p0", "p3", "p6"]
    assert [name for name, _ in fourteenth.spread(items, step=3, count=9)] == ["p0", "p3", "p6", "p9"]


def test_selected_skips_other_pools_and_repeated_openings(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-201601.00001V1.md": paper(soil("华北平原"), ENGLISH),           # taken (first)
        "ChinaXiv-201602.00002V1.md": paper(soil("华北平原") + "患者", ENGLISH),   # clinical: out
        "ChinaXiv-201603.00003V1.md": paper(soil("华北平原") + "。", ENGLISH),     # opens as 00001: out
        "ChinaXiv-201604.00004V1.md": paper(soil("青藏高原"), ENGLISH),           # second of the order
        "ChinaXiv-201605.00005V1.md": paper(soil("云贵高原"), ENGLISH),           # third
    })
    assert [name for name, _ in fourteenth.selected(git_dir, "HEAD", step=2)] == [
        "md/ChinaXiv-201601.00001V1.md", "md/ChinaXiv-201605.00005V1.md"]
    assert [name for name, _ in fourteenth.selected(git_dir, "HEAD")] == ["md/ChinaXiv-201601.00001V1.md"]
