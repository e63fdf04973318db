"""defects.py's doubled-char kind: one Han character of the sentence typed twice in place, found at its two copies."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import defects  # noqa: E402

ZH = "第一句。我们需要支持 3 种格式。\n下一句。"


def _doc() -> tuple[defects.Doc, defects.Unit]:
    zs = ZH.index("我")
    ze = ZH.index("。", zs) + 1
    unit = defects.Unit(zs, ze, 0, 5)
    return defects.Doc("d", ZH, "First", [unit]), unit


def test_one_han_character_of_the_sentence_is_typed_twice() -> None:
    doc, unit = _doc()
    zh2, en2, places = defects._doubled_char(doc, unit, random.Random(3))
    assert en2 == doc.en and len(zh2) == len(ZH) + 1
    k = next(k for k in range(len(ZH)) if zh2[k] != ZH[k])  # the first changed offset: the second copy
    assert zh2[k - 1] == zh2[k] and "\u4e00" <= zh2[k] <= "\u9fff" and unit.zs < k <= unit.ze
    assert zh2[:k] + zh2[k + 1:] == ZH
    _path, line, col, _end_line, end_col = places[0]
    assert (line, end_col - col) == (1, 2) and zh2[col - 1:end_col - 1] == zh2[k] * 2


def test_the_draw_is_seeded_and_covers_the_sentence() -> None:
    doc, unit = _doc()
    runs = [defects._doubled_char(doc, unit, random.Random(s)) for s in range(40)]
    assert runs[:5] == [defects._doubled_char(doc, unit, random.Random(s)) for s in range(5)]
    assert len({r[0] for r in runs if r}) >= 6  # different characters drawn with different seeds


def test_a_sentence_without_han_characters_gets_none() -> None:
    unit = defects.Unit(0, 5, 0, 5)
    assert defects._doubled_char(defects.Doc("d", "abc 1", "abc 1", [unit]), unit, random.Random(1)) is None


def test_doubled_char_is_reported_as_repeated_char() -> None:
    assert defects.EXPECTED["doubled-char"] == ("repeated-char",)
    assert defects.KINDS[-1] == "doubled-char"  # drawn last: the earlier kinds' draws stay those of earlier runs
