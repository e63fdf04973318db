from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.aligner.evaluate import evaluate, lax_counts, load_folder_or_file, read_beads, strict_counts
from zhen_qa.manuscript.errors import InputError

GOLD = [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((4,), (2,))]
PRED = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), ()), ((4,), (2, 3))]


def test_strict_counts_exact_beads_including_nulls() -> None:
    s = strict_counts(GOLD, PRED)
    assert (s.correct_pred, s.n_pred, s.correct_gold, s.n_gold) == (2, 5, 2, 4)
    assert s.precision == pytest.approx(0.4) and s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)


def test_lax_counts_overlap_on_both_sides_non_null_only() -> None:
    lax = lax_counts(GOLD, PRED)
    # non-null predicted: [0]:[0], [1]:[1], [4]:[2,3] all overlap a gold bead; gold non-null all found
    assert (lax.correct_pred, lax.n_pred, lax.correct_gold, lax.n_gold) == (3, 3, 3, 3)
    assert lax.f1 == 1.0


def test_pooled_over_documents_and_missing_prediction() -> None:
    res = evaluate({"a": GOLD, "b": [((0,), (0,))]}, {"a": PRED})
    assert res.strict.n_gold == 5 and res.strict.correct_gold == 2 and res.strict.n_pred == 5
    assert res.per_doc["b"][0].recall == 0.0


def test_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "g").mkdir()
    (tmp_path / "p").mkdir()
    (tmp_path / "g" / "d1.gold").write_text("[0]:[0]\n[1,2]:[1]\n")
    (tmp_path / "p" / "d1.align").write_text("[0]:[0]\n[1]:[1]\n[2]:[]\n")
    gold, pred = load_folder_or_file(str(tmp_path / "g"), str(tmp_path / "p"))
    assert gold == {"d1": [((0,), (0,)), ((1, 2), (1,))]}
    assert evaluate(gold, pred).strict.precision == pytest.approx(1 / 3)
    g, p = load_folder_or_file(str(tmp_path / "g" / "d1.gold"), str(tmp_path / "p" / "d1.align"))
    assert list(g) == ["doc"] and p["doc"] == read_beads(str(tmp_path / "p" / "d1.align"))
    with pytest.raises(InputError):
        load_folder_or_file(str(tmp_path / "g"), str(tmp_path / "p" / "d1.align"))
    with pytest.raises(InputError):
        read_beads(str(tmp_path / "missing.gold"))


def test_a_binary_bead_file_is_bad_input(tmp_path: Path) -> None:
    p = tmp_path / "x.gold"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\xfb\xff")
    with pytest.raises(InputError, match="x.gold: not a bead file"):
        read_beads(str(p))
