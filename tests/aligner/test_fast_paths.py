"""Fast paths give the results of the full paths: the digit pre-check of numbers and citations."""
from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from zhen_qa.aligner import citations, numbers
from zhen_qa.aligner.scorers import anchors

SENTENCES = [
    "起初神创造天地。",
    "神说，要有光，就有了光。",
    "三组患者中有两组在十二个月内复发，百分之三十一的患者无效。",
    "三分之一的细胞，第三次实验，一些统一的方法之一。",
    "患者１８例，占３１％，随访６～１４个月。",
    "共纳入1800万人（Smith et al., 2020），其中45.8% 10。",
    "研究表明⁽¹⁹⁾，干细胞分泌组具有治疗作用¹˒²。",
    "分泌组²⁻⁴在再生医学中的应用",
    "Two thirds of the patients (Smith and Jones 2019) were followed for twenty-one months.",
    "In November 2011, one third of the cohort died.1-3",
    "Stem cells secrete factors [12], [3-5] and^{1,2} more^(7).",
    "The radiotherapy3,17 are HER2-positive in CD34 cells, see https://doi.org/10.1000/xyz.",
    "Forty percent of the twelve samples were positive (Smith et al.).",
    "Nothing to count here, per cent or otherwise.",
    "١٢ patients and ۳ controls",
    "1. Methods\n2、结果 3) 讨论 3.8 干细胞",
    "",
    "⁽,⁾ and ⁽⁻⁾ and ˒",
]


def _random_texts(n: int, seed: int = 7) -> Iterator[str]:
    alphabet = list("三十一两百千万亿个组次分之第的是为约。，；（）()[]%％ \n.,-–~^{}") + list("0123456789０１") + \
        list("⁰¹²³⁽⁾⁻˒") + ["Smith", " et al.", " and ", "2020", "twenty", "-one", "third", "November", " percent",
                              "million", "CD", "her", "www.x.org", "death.", " Group"]
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))


def _full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the pre-checks always pass, so every expression runs."""
    always = re.compile("")
    monkeypatch.setattr(numbers, "_ANY_DIGIT", always)
    monkeypatch.setattr(citations, "_ANY_DIGIT", always)
    monkeypatch.setattr(citations, "_SUPER_DIGIT", always)
    citations._extract_citations_cached.cache_clear()
    numbers._extract_numbers_cached.cache_clear()


def _results(texts: list[str]) -> list[object]:
    out: list[object] = []
    for text in texts:
        for lang in ("zh", "en"):
            out.append(citations._extract_citations(text, lang))
            out.append(numbers._extract_numbers(text, lang))
            out.append(anchors.number_anchors(text, lang))
    out.append(anchors.anchor_lists(texts, texts))
    return out


def test_digit_precheck_gives_the_full_results(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = SENTENCES + list(_random_texts(3000))
    fast = _results(texts)
    with monkeypatch.context() as m:
        _full_path(m)
        full = _results(texts)
    citations._extract_citations_cached.cache_clear()
    numbers._extract_numbers_cached.cache_clear()
    assert fast == full
    assert any(fast[i] for i in range(0, len(fast) - 1, 3))  # the cases do have citations


ZH_WORDS = ["患者", "接受", "化疗", "今天", "天气", "很好", "我们", "北京", "见面", "讨论",
            "癌症", "治疗", "3例", "“", "”"]
EN_WORDS = ["patients", "received", "chemotherapy", "today", "weather", "fine", "we", "met", "Beijing", "discussed",
            "cancer", "treatment", "3", "\"", "cases"]


def _random_doc(rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    picks = [[rng.randrange(len(ZH_WORDS)) for _ in range(rng.randint(1, 6))] for _ in range(n)]
    zh = ["".join(ZH_WORDS[k] for k in p) + "。" for p in picks]
    en = [" ".join(EN_WORDS[k] for k in p) + "." for p in picks if rng.random() > 0.1]
    return zh, en


@pytest.mark.parametrize(("seed", "full_limit"), [(1, None), (2, None), (3, 400)])
def test_chunked_scoring_equals_scoring_at_once(monkeypatch: pytest.MonkeyPatch, seed: int,
                                                full_limit: int | None) -> None:
    from zhen_qa.aligner import align as A

    if full_limit is not None:  # the corridor search of long documents
        monkeypatch.setattr(A, "FULL_LIMIT", full_limit)
    zh, en = _random_doc(random.Random(seed), 60)
    monkeypatch.setattr(A, "CHUNK", 1 << 40)
    at_once = A.align(zh, en, chrf=0.3)
    monkeypatch.setattr(A, "CHUNK", 7)
    chunked = A.align(zh, en, chrf=0.3)
    assert [(b.zh, b.en, b.score) for b in chunked] == [(b.zh, b.en, b.score) for b in at_once]
