"""Two line-aligned files: line pairs are the anchors of the sentence alignment."""
from __future__ import annotations

from tests.manuscript.test_lines import EN, ZH
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.manuscript.document import Pair


def _line_of(pair: Pair, lang: str, k: int) -> int:
    sentences = pair.zh if lang == "zh" else pair.en
    return sentences[k].text.location().line


def test_two_sentence_lines_pair_within_their_line_and_are_noted() -> None:
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(EN) + "\n", presplit=False)
    assert any("line-aligned (6 Chinese, 6 English lines)" in n for n in ms.notes)
    (pair,) = ms.pairs
    assert len(pair.en) == 8  # the two-sentence lines are split into sentences
    for bead in pair.beads:
        assert bead.zh and bead.en  # every line is translated: nothing unpaired
        lines = {_line_of(pair, "zh", i) for i in bead.zh} | {_line_of(pair, "en", j) for j in bead.en}
        assert len(lines) == 1  # line N of one file only with line N of the other
    assert sorted((len(b.zh), len(b.en)) for b in pair.beads).count((1, 2)) == 2


def test_unrelated_files_with_equal_line_counts_are_not_taken_as_line_aligned() -> None:
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(reversed(EN)) + "\n", presplit=False)
    assert not any("line-aligned" in n for n in ms.notes)


def test_a_deleted_english_line_leaves_its_chinese_line_unpaired() -> None:
    en = EN[:2] + EN[3:]
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(en) + "\n", presplit=False)
    assert any("line-aligned (6 Chinese, 5 English lines, 1 without a counterpart)" in n for n in ms.notes)
    (pair,) = ms.pairs
    lone = [b for b in pair.beads if not b.en]
    assert [_line_of(pair, "zh", i) for b in lone for i in b.zh] == [3]
    assert all(b.zh for b in pair.beads)
