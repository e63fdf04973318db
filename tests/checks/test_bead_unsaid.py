"""A Chinese sentence joined to its neighbour's bead although the bead's English says nothing of it
(`checks.bead_unsaid`; ds64: the English of one sentence of a paragraph dropped, its Chinese hidden in a 2-2 bead)."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.bead_unsaid import findings
from zhen_qa.report.findings import Severity

KEPT = "日志文件按天切割，保留最近七天的记录。"
DROPPED = "如果磁盘空间不足，旧文件会被压缩后上传到远程存储。"
KEPT_EN = ["Log files are split by day.", "The records of the last seven days are kept."]


def _reported(zh: list[str], en: list[str]) -> list[str]:
    pair = build([(zh, en)]).pairs[0]
    return [f.excerpt for f in findings(pair, "untranslated", Severity.WARNING)]


def test_a_later_sentence_the_beads_english_says_nothing_of_is_reported() -> None:
    assert _reported([KEPT, DROPPED], KEPT_EN) == [DROPPED]


def test_a_later_sentence_with_a_code_span_the_english_writes_is_not_reported() -> None:
    """Code is masked in the text the words are read from: a code span both write is a word said."""
    zh = [KEPT, "如果磁盘空间不足，旧文件会被 `gzip` 压缩后上传到远程存储。"]
    assert _reported(zh, ["Log files are split by day and kept seven days, `gzip` is used."]) == []


def test_one_word_of_the_english_is_no_rendering() -> None:
    """The same defect when the kept sentence's English happens to say one word of the dropped one (a topic word):
    still reported; two words are a rendering (`clause_cuts.MIN_SAID`, as `merged_sentences` joins)."""
    assert _reported([KEPT, DROPPED], ["Log files are split by day.",
                                       "The records of the last seven days are kept on disk."]) == [DROPPED]


def test_a_sentence_the_english_renders_in_the_same_bead_is_not_reported() -> None:
    merged = ["Log files are split by day and the records of the last seven days are kept; when the disk runs out "
              "of space, old files are compressed and uploaded to remote storage."]
    assert _reported([KEPT, DROPPED], merged) == []
    assert _reported([KEPT, DROPPED], KEPT_EN + ["Old files are compressed and uploaded to remote storage."]) == []


def test_a_one_sentence_bead_and_a_short_sentence_are_left_alone() -> None:
    assert _reported([KEPT], KEPT_EN) == []
    assert _reported([KEPT, "详见下文。"], KEPT_EN) == []  # too short to be a sentence the English owes
