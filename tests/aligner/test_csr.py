"""numpy rows (`aligner.csr`) give what scipy.sparse gives, bit for bit: the same entries in the same order and the
same float32 sums, so a short document (numpy) and a long one (scipy) are scored alike; and a short document's
check never imports scipy."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from zhen_qa.aligner import csr
from zhen_qa.aligner.align import FULL_LIMIT, align
from zhen_qa.aligner.chrf import ChrF
from zhen_qa.aligner.scorers import base
from zhen_qa.aligner.scorers.base import Analysis, SparseCosine
from zhen_qa.aligner.scorers.lexical import _counts, gloss_matrices
from zhen_qa.aligner.search import Band, corridor

ROOT = Path(__file__).resolve().parents[2]

ZH = ["患者接受了化疗，化疗后肿瘤缩小。", "今天天气很好。", "我们在北京见面，讨论了3项研究。", "没有任何翻译。",
      "研究纳入了120名患者。", "他们讨论了癌症的治疗。"]
EN = ["The patients received chemotherapy and the tumour shrank after chemotherapy.", "The weather is fine today.",
      "We met in Beijing.", "We discussed 3 studies there.", "The study enrolled 120 patients.",
      "They discussed the treatment of cancer."]


def _scipy(X: csr.Csr) -> sp.csr_matrix:
    return sp.csr_matrix((X.data, X.indices, X.indptr), shape=X.shape)


def _same(X: csr.Csr, Y: sp.csr_matrix) -> bool:
    """Same shape, entries in the same order, values equal to the bit."""
    Y = Y.tocsr()
    return X.shape == Y.shape and np.array_equal(X.indptr, Y.indptr) and np.array_equal(X.indices, Y.indices) \
        and Y.data.dtype == np.float32 and X.data.tobytes() == Y.data.tobytes()


def _rows(rng: np.random.Generator, n: int, width: int, density: float, ordered: bool) -> list[dict[int, float]]:
    """Random rows with values of very different sizes (their float32 sums depend on the order of addition)."""
    out = []
    for _ in range(n):
        cols = rng.choice(width, size=rng.binomial(width, density), replace=False)
        out.append({int(c): float(rng.random() * rng.choice([0.01, 1.0, 30.0])) for c in (np.sort(cols) if ordered
                                                                                            else cols)})
    return out


@pytest.mark.parametrize("seed", range(40))
def test_operations_equal_scipy_to_the_bit(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m, v = (int(x) for x in rng.integers(1, 30, 3))
    density = float(rng.choice([0.05, 0.2, 0.5]))
    A = csr.from_rows(_rows(rng, n, v, density, seed % 3 == 0), v)
    B = csr.from_rows(_rows(rng, v, m, density, seed % 2 == 0), m)
    sA, sB = _scipy(A), _scipy(B)
    w = (rng.random(v) * 5).astype(np.float32)
    assert _same(csr.matmul(A, B), sA @ sB)
    assert _same(csr.matmul(csr.matmul(A, csr.diagonal(w)), B), sA @ sp.diags(w) @ sB)
    for X, sX in ((A, sA), (csr.matmul(A, B), sA @ sB)):  # canonical or not
        rows = X.shape[0]
        for k in range(min(rows, 4)):
            want = np.asarray(sX[: rows - k].multiply(sX[k:]).sum(axis=1)).ravel()
            assert csr.elementwise_row_sums(X.rows(0, rows - k), X.rows(k, rows)).tobytes() == want.tobytes()
            if k == 0:  # one matrix with itself: the squares, without looking each entry up
                assert csr.elementwise_row_sums(X, X).tobytes() == want.tobytes()
    cells = rng.permutation(np.unique(rng.integers(0, n * v, 20)))
    vals = rng.random(len(cells)).astype(np.float32)
    assert _same(csr.from_entries(cells // v, cells % v, vals, (n, v)),
                 sp.csr_matrix((vals, (cells // v, cells % v)), shape=(n, v)))
    E = csr.from_rows(_rows(rng, m, v, density, False), v)
    clo = np.sort(rng.integers(0, m, n))
    chi = np.maximum.accumulate(np.minimum(m, clo + rng.integers(0, m + 1, n)))
    start = np.concatenate([[0], np.cumsum(chi - clo)])
    full = (sA @ _scipy(E).T.tocsc()).toarray()
    want = np.concatenate([full[r, clo[r]:chi[r]] for r in range(n)] + [np.zeros(1 if not start[-1] else 0)])
    assert csr.band_cells(A, E, clo, chi, start).tobytes() == want.astype(np.float32).tobytes()


def test_counts_equal_scipy() -> None:
    docs = [["a", "b", "a"], [], ["c", "a", "c", "c"], ["b"]]
    vocab, C, w = _counts(docs, small=True)
    vocab2, C2, w2 = _counts(docs)
    assert vocab == vocab2 == {"a": 0, "b": 1, "c": 2}
    assert isinstance(C, csr.Csr) and _same(C, C2) and w.tobytes() == w2.tobytes()
    assert C.data.tolist() == [2.0, 1.0, 1.0, 3.0, 1.0]


def test_document_vectors_and_scores_equal_scipy() -> None:
    small, large = Analysis(ZH, EN), Analysis(ZH, EN)
    large.small = False
    assert small.small
    for counts in ((small, "zh", "en"), (small, "en", "zh")):
        doc, src, tgt = counts
        table = doc.lexicon.zh2en if src == "zh" else doc.lexicon.en2zh
        side = {"zh": doc.zh_tokens, "en": doc.en_stems}
        got = gloss_matrices(side[src], side[tgt], table, (_counts(side[src], True), _counts(side[tgt], True)))
        want = gloss_matrices(side[src], side[tgt], table)
        assert all(isinstance(g, csr.Csr) and _same(g, x) for g, x in zip(got, want))
        band = corridor([(0, 0), (2, 3), (6, 6)], 6, 6, 1, width=2)
        for max_side in (1, 3):
            a, b = SparseCosine(*got, band, max_side), SparseCosine(_scipy(got[0]), _scipy(got[1]), band, max_side)
            assert a.D.tobytes() == b.D.tobytes() and a.D.any()
            assert all(x.tobytes() == y.tobytes() for x, y in zip(a.nz + a.ne, b.nz + b.ne))
    numpy_chrf, scipy_chrf = ChrF(small), ChrF(large)
    band = Band.full(6, 6)
    for a, b in [(1, 1), (1, 2), (2, 1), (2, 3), (3, 2), (1, 4)]:
        nodes = [(i, j) for i in range(a, 7) for j in range(b, 7) if band.lo[i] <= j < band.hi[i]]
        I, J = (np.array(x) for x in zip(*nodes))
        got = numpy_chrf.score(a, b, I, J)
        assert got.tobytes() == scipy_chrf.score(a, b, I, J).tobytes() and got.max() > 0.3


def test_alignment_equals_the_scipy_one(monkeypatch: pytest.MonkeyPatch) -> None:
    beads = align(ZH, EN)
    monkeypatch.setattr(base, "NUMPY_NODES", 0)
    assert [(b.zh, b.en, b.score.hex()) for b in align(ZH, EN)] == [(b.zh, b.en, b.score.hex()) for b in beads]
    assert [b.zh for b in beads if b.en][:3] == [(0,), (1,), (2,)]


def test_a_corridor_search_takes_scipy_vectors_and_aligns_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    import zhen_qa.aligner.align as A

    monkeypatch.setattr(A, "FULL_LIMIT", 200)  # the block-level first pass runs (in scipy.sparse)
    zh, en = ZH * 6, EN * 6
    beads = align(zh, en)
    monkeypatch.setattr(base, "NUMPY_NODES", 0)
    assert [(b.zh, b.en, b.score.hex()) for b in align(zh, en)] == [(b.zh, b.en, b.score.hex()) for b in beads]
    assert sum(1 for b in beads if b.zh == b.en) >= 20  # repeated sentences: most still on the diagonal


def test_numpy_rows_stop_where_the_block_pass_starts() -> None:
    # documents searched in a corridor go through `align._first_pass`, which works in scipy.sparse
    assert base.NUMPY_NODES <= FULL_LIMIT
    assert base.numpy_rows(500, 500) and not base.numpy_rows(1500, 1500)


def test_checking_a_short_manuscript_never_imports_scipy_or_numpy_ma(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    code = ("import runpy, sys\n"
            f"sys.argv = ['zhen-qa', 'check', {str(ROOT / 'samples' / 'manuscript.md')!r}, '--format', 'json',"
            f" '--output', {str(out)!r}]\n"
            "try:\n"
            f"    runpy.run_path({str(ROOT / 'cli.py')!r}, run_name='__main__')\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'charset_normalizer')\n"
            "                      or m == 'numpy.ma' or m.startswith('numpy.ma.'))))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert any(p["beads"] > 1 for p in report["pairs"])  # sentences were aligned
