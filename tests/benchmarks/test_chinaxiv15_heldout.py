"""The fifteenth ChinaXiv builder's selection (chinaxiv14's pool and order, every STEP-th paper from START), on a small
git repository of papers written here: it never takes a paper the fourteenth takes."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv14_heldout as fourteenth  # noqa: E402
import chinaxiv15_heldout as fifteenth  # noqa: E402

from tests.benchmarks.chinaxiv_papers import ENGLISH, paper, repository  # noqa: E402
from tests.benchmarks.test_chinaxiv14_heldout import soil  # noqa: E402

SITES = ("华北平原", "青藏高原", "云贵高原", "黄土高原", "四川盆地", "东北平原")


def test_start_lies_strictly_between_two_picks_of_the_fourteenth() -> None:
    assert 0 < fifteenth.START < fourteenth.STEP


def test_spread_from_a_start_skips_the_items_before_it() -> None:
    items = [(f"p{i}", ([str(i)], [str(i)])) for i in range(10)]
    assert [name for name, _ in fourteenth.spread(items, step=3, count=3, start=1)] == ["p1", "p4", "p7"]
    assert [name for name, _ in fourteenth.spread(items, step=3, count=3)] == ["p0", "p3", "p6"]


def test_the_two_samples_of_one_order_share_no_paper(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        f"ChinaXiv-20160{i + 1}.0000{i + 1}V1.md": paper(soil(site), ENGLISH) for i, site in enumerate(SITES)})
    first = [name for name, _ in fourteenth.selected(git_dir, "HEAD", step=2)]
    second = [name for name, _ in fourteenth.selected(git_dir, "HEAD", step=2, start=1)]
    assert first == ["md/ChinaXiv-201601.00001V1.md", "md/ChinaXiv-201603.00003V1.md", "md/ChinaXiv-201605.00005V1.md"]
    assert second == ["md/ChinaXiv-201602.00002V1.md", "md/ChinaXiv-201604.00004V1.md", "md/ChinaXiv-201606.00006V1.md"]
