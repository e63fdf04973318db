"""The Health Information Translations held-out builder's fixed split rules, on a small leaflet written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import hit_heldout as builder  # noqa: E402

BODY = "\n".join([
    "Hand Washing. Simplified Chinese.",
    "Hand Washing ",
    "洗手",
    "Wash your hands often with soap and ",
    "water.",
    "经常用肥皂和水洗",
    "手。",
    " ",
    "（GTT）。",
    "2",
    "© 2005 - June 23, 2017, Health Information Translations.",
    "Unless otherwise stated, user may print or download information.",
    "other qualified health care provider before you start or stop any treatment.",
    "a result of your stopping medical treatment or your failure to obtain treatment.",
    "Hand Washing. Simplified Chinese.",
    "healthinfotranslations.org",
    "Ligament",
    "韧带",
    "3",
    "Hand Washing. Chinese Simplified. ",
])


def test_furniture_is_dropped_and_lines_split_by_script() -> None:
    zh, en = builder.split(BODY)
    assert en == ["Hand Washing ", "Wash your hands often with soap and ", "water.", "Ligament"]
    assert zh == ["洗手", "经常用肥皂和水洗", "手。", " ", "（GTT）。", "韧带"]


def test_a_number_not_before_furniture_is_kept_with_its_block() -> None:
    zh, en = builder.split("Take 2 pills.\n2\nat night.\n每次服\n2\n片。")
    assert en == ["Take 2 pills.", "2", "at night."]
    assert zh == ["每次服", "2", "片。"]


def test_side_of_a_line() -> None:
    assert builder.side_of("(Sweet ‘N•Low)。") == "zh"
    assert builder.side_of("(thigh bone)") == "en"
    assert builder.side_of(" 12 ") is None


def test_the_second_sample_is_twelve_other_leaflets() -> None:
    second = builder.SAMPLES["hit2"]
    assert len(set(second)) == 12
    assert not set(second) & set(builder.LEAFLETS)
    assert builder.SAMPLES["hit"] == builder.LEAFLETS


def test_the_third_sample_is_eleven_leaflets_of_neither_earlier_sample() -> None:
    third = builder.SAMPLES["hit3"]
    assert len(set(third)) == 11
    assert not set(third) & (set(builder.SAMPLES["hit"]) | set(builder.SAMPLES["hit2"]))


def test_the_fourth_sample_is_ten_leaflets_of_no_earlier_sample() -> None:
    fourth = builder.SAMPLES["hit4"]
    assert len(set(fourth)) == 10
    earlier = set(builder.SAMPLES["hit"]) | set(builder.SAMPLES["hit2"]) | set(builder.SAMPLES["hit3"])
    assert not set(fourth) & earlier
