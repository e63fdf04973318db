"""The twelfth ChinaXiv builder's selection rule (the papers chinaxiv9's `after` takes past the ninth and tenth sets'),
on a small git repository of papers written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import chinaxiv12_heldout as twelfth  # noqa: E402

from tests.benchmarks.chinaxiv_papers import ENGLISH, life, paper, repository  # noqa: E402


def test_takes_the_papers_after_the_tenth_set_and_no_ocr_variant_of_one(tmp_path: Path) -> None:
    git_dir = repository(tmp_path, {
        "ChinaXiv-201601.00001V1.md": paper(life("饮食结构"), ENGLISH),          # the eighth set's
        "ChinaXiv-201602.00002V1.md": paper(life("运动习惯"), ENGLISH),          # the ninth set's
        "ChinaXiv-201603.00003V1.md": paper(life("饮食结构") + "另见。", ENGLISH),  # opens as 00001: left out
        "ChinaXiv-201604.00004V1.md": paper("近年来" + life("饮水习惯"), ENGLISH),  # the tenth set's
        "ChinaXiv-201605.00005V1.md": paper(life("阅读习惯") + "患者", ENGLISH),   # clinical: not in the order
        "ChinaXiv-201606.00006V1.md": paper("此外" + life("睡眠习惯"), ENGLISH),   # taken
        "ChinaXiv-201607.00007V1.md": paper("近年来" + life("饮水习惯") + "。", ENGLISH),  # opens as 00004: left out
        "ChinaXiv-201608.00008V1.md": paper("然而" + life("工作压力"), ENGLISH),   # taken
        "ChinaXiv-201609.00009V1.md": paper("因此" + life("社交活动"), ENGLISH),   # over the count
    })
    ordered = twelfth.chinaxiv8_order(git_dir, "HEAD", 10 ** 6)
    taken = twelfth.next_after_tenth(ordered, eighth=1, before=2, count=2)
    assert [name for name, _ in taken] == ["md/ChinaXiv-201606.00006V1.md", "md/ChinaXiv-201608.00008V1.md"]


def test_the_rule_follows_the_ninth_and_tenth_sets_counts() -> None:
    assert twelfth.TAKEN_BY_EIGHTH == 40 and twelfth.TAKEN_BY_NINTH == 40 and twelfth.TAKEN_BY_TENTH == 40
    assert twelfth.COUNT == 40
