from __future__ import annotations

import json

import pytest

from zhen_qa.aligner.beadio import format_beads, format_json, format_tsv, parse_beads
from zhen_qa.manuscript.document import Bead
from zhen_qa.manuscript.errors import InputError

BEADS = [Bead((0, 1), (0,), 0.9), Bead((2,), (), 0.8), Bead((), (1,), 0.7), Bead((3,), (2, 3), 0.5)]


def test_format_and_parse_round_trip() -> None:
    text = format_beads(BEADS)
    assert text == "[0,1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2,3]\n"
    assert parse_beads(text) == [(b.zh, b.en) for b in BEADS]


def test_parse_tolerates_spaces_blank_lines_and_scores() -> None:
    assert parse_beads("[0, 1] : [2]\n\n[]:[3]:0.5\n") == [((0, 1), (2,)), ((), (3,))]


def test_parse_rejects_garbage_with_line_number() -> None:
    with pytest.raises(InputError, match=r"x.gold:2"):
        parse_beads("[0]:[0]\n0-0\n", "x.gold")


def test_tsv_and_json() -> None:
    zh = ["甲。", "乙。", "丙。", "丁。"]
    en = ["A.", "B\tb.", "C.", "D."]
    tsv = format_tsv(BEADS, zh, en).splitlines()
    assert tsv[0] == "zh_ids\ten_ids\tscore\tzh\ten"
    assert tsv[1] == "0,1\t0\t0.9000\t甲。乙。\tA."
    assert tsv[3] == "\t1\t0.7000\t\tB b."
    data = json.loads(format_json(BEADS, zh, en))
    assert data[0] == {"zh_ids": [0, 1], "en_ids": [0], "score": 0.9, "zh": "甲。乙。", "en": "A."}
    assert data[3]["en"] == "C. D."
