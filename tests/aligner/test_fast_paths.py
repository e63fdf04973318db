"""Fast paths give the results of the full paths: the digit pre-check of numbers and citations, the word pre-checks
of English number words and URLs, the quote-free sentences of the speech scorer, the memoised name spelling and the
search's chunked predecessors."""
from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from zhen_qa.aligner import citations, number_words_en, numbers
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
                              "million", "CD", "her", "www.x.org", "death.", " Group", " Two", "-fold", " half",
                              " Halves", " doubled", "TRIPLE", " march", "SEVENTY", " often", "WwW.", "HTTP://a.b",
                              "10.1000/x", "é"]
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))


def _full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the pre-checks always pass, so every expression runs."""
    always = re.compile("")
    monkeypatch.setattr(numbers, "ANY_DIGIT", always)
    monkeypatch.setattr(number_words_en, "ANY_DIGIT", always)
    monkeypatch.setattr(citations, "_ANY_DIGIT", always)
    monkeypatch.setattr(citations, "_SUPER_DIGIT", always)
    monkeypatch.setattr(number_words_en, "_needles_in", lambda low: None)  # None: any needle may occur
    monkeypatch.setattr(anchors, "_may_hold_url", lambda text: True)
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
    out.extend(anchors.url_anchors(text) + anchors.latin_tokens(text) for text in texts)
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
    words = [n for i in range(1, len(fast) - 1, 3) for n in fast[i] if isinstance(n, numbers.NumberMention)]
    assert {"words"} <= {n.written for n in words}  # and number words
    assert any(url for url in fast[-len(texts):] if isinstance(url, list) and any(u.startswith("u:") for u in url))


def test_quote_free_sentences_give_the_full_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.aligner.scorers import speech

    rng = random.Random(5)
    pieces = ["他说", "“走吧", "”", "「好」", "。", " ", "\u3000", "He said", " 'go", "' ", "\"yes,\" she", "it's",
              "‘x’", "“no”", ".", "\t"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(400)]

    def counts() -> list[list[float]]:
        arrays = [*speech.zh_quoted(texts), speech.zh_open(texts), *speech.en_quoted(texts)]
        return [a.tolist() for a in arrays]

    fast = counts()
    always = re.compile("")
    monkeypatch.setattr(speech, "_ZH_MARK", always)
    monkeypatch.setattr(speech, "_EN_MARK", always)
    full = counts()
    assert fast == full
    assert any(fast[0]) and any(fast[4])  # some speech on both sides


def _spelled_reference(text: str, readings: dict[str, tuple[str, ...]], names: set[str]) -> list[str]:
    """The spelling of names without memos (the definition)."""
    from zhen_qa.aligner.scorers.names import _HAN_RUN, MAX_CHARS

    prefixes = {w[:k] for w in names for k in range(1, len(w) + 1)}
    found: list[str] = []
    for run in _HAN_RUN.findall(text):
        for i in range(len(run)):
            partial = [""]
            for k in range(1, MAX_CHARS + 1):
                if i + k > len(run):
                    break
                partial = [p + o for p in partial for o in readings.get(run[i + k - 1], ()) if p + o in prefixes]
                if not partial:
                    break
                hit = next((w for w in partial if w in names and (k > 1 or len(w) >= 4)), None)
                if hit:
                    found.append(hit)
                    break
    return found


def test_memoised_name_spelling_equals_the_definition() -> None:
    from zhen_qa.aligner.scorers.names import name_lists, spelled_names

    readings = {"陈": ("chen",), "清": ("qing",), "扬": ("yang",), "王": ("wang",), "二": ("er",), "北": ("bei",),
                "京": ("jing",), "长": ("chang", "zhang"), "安": ("an",), "行": ("xing", "hang")}
    names = {"chen", "qingyang", "wang", "er", "beijing", "changan", "zhangan", "hang", "anxing", "beijingan"}
    rng = random.Random(11)
    chars = list(readings) + ["的", "了", "，", "A"]
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 12))) for _ in range(500)]
    texts += ["", "\n", "陈\n清扬", "北\ud800京长安", "王"]  # a line break, a lone surrogate: not characters of a run
    texts += texts[:50]  # repeated texts
    reference = [_spelled_reference(t, readings, names) for t in texts]
    assert [spelled_names(t, readings, names) for t in texts] == reference
    en = ["Chen and Qingyang met Wang in Beijing, Er, Changan, Zhangan, Hang, Anxing and Beijingan."]
    za, _ = name_lists(texts, en, readings)
    assert za == reference
    assert sum(map(len, reference)) > 100


@pytest.mark.parametrize("row_chunk", [1, 5, 64])
def test_predecessors_in_chunks_equal_one_chunk(monkeypatch: pytest.MonkeyPatch, row_chunk: int) -> None:
    from zhen_qa.aligner import align as A
    from zhen_qa.aligner import search

    monkeypatch.setattr(A, "FULL_LIMIT", 400)  # a corridor: rows of different widths
    zh, en = _random_doc(random.Random(4), 80)
    monkeypatch.setattr(search, "ROW_CHUNK", 1 << 40)
    whole = A.align(zh, en, chrf=0.3)
    monkeypatch.setattr(search, "ROW_CHUNK", row_chunk)
    chunked = A.align(zh, en, chrf=0.3)
    assert [(b.zh, b.en, b.score) for b in chunked] == [(b.zh, b.en, b.score) for b in whole]


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


@pytest.mark.parametrize(("a", "b"), [(1, 1), (2, 3), (4, 1), (0, 1), (1, 0), (3, 4)])
def test_gains_filled_by_whole_rows_equal_the_flat_index_fill(a: int, b: int) -> None:
    """fill_gains writes whole rows past the band's first rows; the values land where ending_nodes' flat index
    puts them (a corridor whose first rows start left of column b, and a full band)."""
    import numpy as np

    from zhen_qa.aligner.search import Band, corridor, ending_nodes, fill_gains

    for band in (corridor([(0, 0), (3, 1), (5, 5), (9, 8)], 36, 30, 4, width=3), Band.full(7, 5)):
        start = band.offsets()
        total = int(start[-1])

        def gain(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
            out: np.ndarray = I * 1000.0 + J + a / 10 + b / 100
            return out

        expect = np.full(total, -np.inf)
        where, I, J = ending_nodes(band, start, a, b)
        expect[where] = gain(a, b, I, J)
        got = np.full(total, -np.inf)
        fill_gains(got, band, start, a, b, gain)
        assert np.array_equal(got, expect)
        assert np.isfinite(got).sum() == len(where) > 0


def test_needles_found_in_one_pass_are_the_needles_the_text_contains() -> None:
    texts = [t.lower() for t in SENTENCES + list(_random_texts(2000, seed=11))]
    words = number_words_en
    groups = (words._EN_FRACTION_NEEDLES, words._EN_MULTIPLE_NEEDLES, ("hundred",), words._EN_MONTH_NEEDLES,
              words._EN_WORD_NEEDLES, words._EN_MAGNITUDE_NEEDLES)
    hits = 0
    for low in texts:
        present = words._needles_in(low)
        assert present == {w for g in groups for w in g if w in low}, low  # overlapping ones too: "fourteen", "often"
        hits += bool(present)
    assert hits > 500


def test_uncached_numbers_give_the_cached_results_and_leave_the_caches_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = SENTENCES + list(_random_texts(300, seed=11))
    citations._extract_citations_cached.cache_clear()
    numbers._extract_numbers_cached.cache_clear()
    uncached = [(numbers.extract_numbers(t, lang, cache=False), citations.extract_citations(t, lang, cache=False))
                for t in texts for lang in ("zh", "en")]
    assert numbers._extract_numbers_cached.cache_info().currsize == 0
    assert citations._extract_citations_cached.cache_info().currsize == 0
    assert uncached == [(numbers.extract_numbers(t, lang), citations.extract_citations(t, lang))
                        for t in texts for lang in ("zh", "en")]
    # a document of more sentences than the cache holds is read without it, with the same anchors
    cached = anchors.anchor_lists(texts, texts)
    numbers._extract_numbers_cached.cache_clear()
    monkeypatch.setattr(anchors, "CACHE_SIZE", len(texts))
    assert anchors.anchor_lists(texts, texts) == cached
    assert numbers._extract_numbers_cached.cache_info().currsize == 0
