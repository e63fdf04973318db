from __future__ import annotations

import numpy as np

from aligner.align import align
from aligner.chrf import ChrF, glosses, path_band
from aligner.scorers.base import Analysis

ZH = ["患者接受了化疗。", "今天天气很好。", "我们在北京见面。"]
EN = ["The patients accepted chemotherapy.", "The weather is fine today.", "We met in Beijing."]


def test_gloss_keeps_translations_found_in_the_english() -> None:
    g = glosses(Analysis(ZH, EN))
    assert "weather" in g[1].split() and "chemotherapi" in g[0].split()
    assert "weather" not in g[0].split()


def test_chrf_prefers_translations() -> None:
    metric = ChrF(Analysis(ZH, EN))
    I, J = np.meshgrid(np.arange(1, 4), np.arange(1, 4), indexing="ij")
    s = metric.score(1, 1, I.ravel(), J.ravel()).reshape(3, 3)
    assert np.all((s >= 0) & (s <= 1))
    assert all(s[i].argmax() == i for i in range(3))


def test_path_band_contains_the_path_and_its_neighbours() -> None:
    path = [(0, 0, 1, 1), (1, 1, 2, 3), (2, 3, 3, 4)]
    band = path_band(path, 3, 4, width=1)
    for i, j in [(0, 0), (1, 1), (2, 3), (3, 4), (1, 2)]:
        assert band.lo[i] <= j < band.hi[i]
    assert band.size < 4 * 5


def test_second_pass_keeps_a_clear_alignment() -> None:
    zh = ZH + ["他们讨论了癌症的治疗。"]
    en = [EN[0], "The weather is fine.", "It is a fine day today.", EN[2], "They discussed the treatment of cancer."]
    beads = align(zh, en, chrf=0.3)
    assert [(b.zh, b.en) for b in beads] == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]
