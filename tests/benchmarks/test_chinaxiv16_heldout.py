"""The sixteenth ChinaXiv builder's selection (chinaxiv14's pool and order, every STEP-th paper from START), on a small
git repository of papers written here: it never takes a paper the fourteenth or the fifteenth takes."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv14_heldout as fourteenth  # noqa: E402
import chinaxiv15_heldout as fifteenth  # noqa: E402
import chinaxiv16_heldout as sixteenth  # noqa: E402

from tests.benchmarks.chinaxiv_papers import ENGLISH, paper, repository  # noqa: E402
from tests.benchmarks.test_chinaxiv14_heldout import soil  # noqa: E402

SITES = ("华北平原", "青藏高原", "云贵高原", "黄土高原", "四川盆地", "东北平原", "江汉平原", "塔里木盆地", "准噶尔盆地")


def test_start_lies_strictly_between_the_first_picks_of_the_fourteenth_and_the_fifteenth() -> None:
    assert 0 < sixteenth.START < fifteenth.START < fourteenth.STEP


def test_the_three_samples_of_one_order_share_no_paper(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        f"ChinaXiv-20160{i + 1}.0000{i + 1}V1.md": paper(soil(site), ENGLISH) for i, site in enumerate(SITES)})
    samples = [{name for name, _ in fourteenth.selected(git_dir, "HEAD", step=3, start=start)} for start in (0, 1, 2)]
    assert [len(s) for s in samples] == [3, 3, 3]
    assert not (samples[0] & samples[1] or samples[0] & samples[2] or samples[1] & samples[2])
    assert "md/ChinaXiv-201602.00002V1.md" in samples[1]
