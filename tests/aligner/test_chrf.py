from __future__ import annotations

import numpy as np

from zhen_qa.aligner import chrf, csr
from zhen_qa.aligner.align import align
from zhen_qa.aligner.chrf import ChrF, _common, glosses, path_band
from zhen_qa.aligner.scorers.base import Analysis

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


def test_vectorised_chrf_equals_sacrebleu_on_one_to_one_beads() -> None:
    from sacrebleu.metrics import CHRF

    zh = ZH + ["没有任何翻译。"]
    en = EN + ["Nothing whatsoever."]
    metric = ChrF(Analysis(zh, en))
    I, J = np.meshgrid(np.arange(1, 5), np.arange(1, 5), indexing="ij")
    got = metric.score(1, 1, I.ravel(), J.ravel())
    ref = CHRF()
    want = [ref.sentence_score(metric.zh[i - 1], [metric.en[j - 1]]).score / 100 for i, j in zip(I.ravel(), J.ravel())]
    assert np.allclose(got, want, atol=1e-6)


def test_vectorised_chrf_of_a_merge_is_close_to_sacrebleu_on_the_joined_text() -> None:
    from sacrebleu.metrics import CHRF

    metric = ChrF(Analysis(ZH, EN))
    got = metric.score(2, 2, np.array([2]), np.array([2]))[0]
    want = CHRF().sentence_score(" ".join(metric.zh[:2]), [" ".join(metric.en[:2])]).score / 100
    assert abs(got - want) < 0.05 and got > 0


def test_ngram_matrices_count_like_sacrebleu() -> None:
    from sacrebleu.metrics.helpers import extract_all_char_ngrams

    from zhen_qa.aligner.chrf import ORDER, ngram_matrices

    lines = ["abab a", "", "x", "ba ba ba", "ab"]
    mats = ngram_matrices(lines)
    assert len(mats) == ORDER
    for r, line in enumerate(lines):
        counters = extract_all_char_ngrams(line, ORDER)
        for n in range(ORDER):
            assert sorted(mats[n][r].data.tolist()) == sorted(float(c) for c in counters[n].values())
    # the same n-gram gets the same column on every line: "ab" twice in line 0, once in line 4
    ab0 = mats[1][0].toarray().ravel()
    ab4 = mats[1][4].toarray().ravel()
    assert ab0[ab4.argmax()] == 2.0


def test_second_pass_skipped_above_the_size_limit(monkeypatch) -> None:
    import zhen_qa.aligner.align as A

    calls = []
    real = A._chrf_pass
    monkeypatch.setattr(A, "_chrf_pass", lambda *args: calls.append(1) or real(*args))
    A.align(ZH, EN)
    assert calls == [1]
    monkeypatch.setattr(A, "CHRF_MAX_SENTENCES", 5)
    A.align(ZH, EN)
    A.align(ZH, EN, chrf=0)
    assert calls == [1]


def test_all_orders_at_once_score_as_one_order_at_a_time() -> None:
    """`_score` works on (orders x beads) arrays; each element goes through the float32 steps it went through when
    the orders were scored one at a time, and the orders are summed in order: the same bits."""
    metric = ChrF(Analysis(ZH, EN))

    def one_order_at_a_time(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        prec, rec, eff = np.zeros(len(I)), np.zeros(len(I)), np.zeros(len(I))
        counts = metric._numpy_counts
        assert counts is not None  # a short document: numpy rows
        for n_hyp, n_ref, differ in zip(*counts(a, b, I, J)):
            match = (n_hyp + n_ref - differ) / 2
            both = (n_hyp > 0) & (n_ref > 0)
            prec += np.where(both, match / np.where(both, n_hyp, 1), 0.0)
            rec += np.where(both, match / np.where(both, n_ref, 1), 0.0)
            eff += both
        prec = np.where(eff > 0, prec / np.maximum(eff, 1), 0.0)
        rec = np.where(eff > 0, rec / np.maximum(eff, 1), 0.0)
        den = 4.0 * prec + rec
        return np.where(prec + rec > 0, 5.0 * prec * rec / np.where(den > 0, den, 1e-16), 0.0)

    for a, b in [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1)]:
        I, J = (x.ravel() for x in np.meshgrid(np.arange(a, 4), np.arange(b, 4), indexing="ij"))
        got = metric.score(a, b, I, J)
        assert got.tobytes() == one_order_at_a_time(a, b, I, J).tobytes() and got.max() > 0.3


def _random_rows(rng: np.random.Generator, rows: int, cols: int) -> csr.Csr:
    """Rows of whole-number counts with sorted columns, some rows empty."""
    dense = rng.integers(0, 4, size=(rows, cols)) * (rng.random((rows, cols)) < 0.3)
    dense[rng.random(rows) < 0.2] = 0
    r, c = np.nonzero(dense)
    return csr.Csr(np.searchsorted(r, np.arange(rows + 1)), c.astype(np.int64), dense[r, c].astype(np.int64),
                   (rows, cols))


def test_common_counts_are_the_sum_of_least_counts_per_order() -> None:
    """`_common` (one merge of packed keys) gives, bead by bead and order by order, the sum over the n-grams of
    min(h, r): counted here cell by cell on dense rows."""
    rng = np.random.default_rng(7)
    order_of = np.repeat(np.arange(3), [4, 0, 5])  # an order without n-grams keeps its column of zeros
    for _ in range(20):
        H, R = _random_rows(rng, 6, 9), _random_rows(rng, 5, 9)
        I, J = rng.integers(1, 7, size=12), rng.integers(1, 6, size=12)
        bits = int(max(H.data.max(initial=0), R.data.max(initial=0))).bit_length()
        got = _common(H, R, I, J, 9, max(bits, 1), order_of, 3)
        dense_h, dense_r = np.zeros((6, 9), dtype=np.int64), np.zeros((5, 9), dtype=np.int64)
        dense_h[H.row_of_entries(), H.indices] = H.data
        dense_r[R.row_of_entries(), R.indices] = R.data
        least = np.minimum(dense_h[I - 1], dense_r[J - 1])
        want = np.stack([least[:, order_of == k].sum(axis=1) for k in range(3)], axis=1)
        assert got.dtype == np.int64 and (got == want).all()


def test_numpy_counts_equal_scipy_counts_however_many_beads_a_merge(monkeypatch) -> None:
    """The numpy rows' counts of a short document are scipy's, value for value, for every bead type; also when the
    beads are merged a few at a time (as the keys of a wide vocabulary must be)."""
    metric = ChrF(Analysis(ZH + ZH[::-1], EN + EN[::-1]))
    counts = metric._numpy_counts
    assert counts is not None
    large = Analysis(ZH + ZH[::-1], EN + EN[::-1])
    large.small = False
    scipy_metric = ChrF(large)
    beads = [(a, b, *(x.ravel() for x in np.meshgrid(np.arange(a, 7), np.arange(b, 7), indexing="ij")))
             for a, b in [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (1, 3)]]
    want = [scipy_metric._scipy_counts(a, b, I, J) for a, b, I, J in beads]
    for per_merge in (None, 1, 4):
        if per_merge is not None:
            monkeypatch.setattr(chrf, "_beads_per_merge", lambda width, bits, k=per_merge: k)
        got = [counts(a, b, I, J) for a, b, I, J in beads]
        for g, w in zip(got, want):
            assert all(x.tobytes() == y.tobytes() for x, y in zip(g, w))


def test_beads_per_merge_keep_keys_within_62_bits() -> None:
    for width, bits in [(1, 1), (1000, 3), (10**6, 20), (1 << 40, 30)]:
        k = chrf._beads_per_merge(width, bits)
        assert k >= 1 and (k == 1 or (k * width) << bits <= 1 << 62)
