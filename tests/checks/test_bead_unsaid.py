"""A Chinese sentence joined to its neighbour's bead although the bead's English says nothing of it
(`checks.bead_unsaid`; ds64: the English of one sentence of a paragraph dropped, its Chinese hidden in a 2-2 bead)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.checks.aligned import build
from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.bead_unsaid import findings
from zhen_qa.manuscript.document import Bead
from zhen_qa.manuscript.source import CODE_PLACEHOLDER
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


def test_a_later_sentence_rendered_freely_by_an_english_sentence_of_its_own_is_not_reported() -> None:
    """The bead's second English sentence says (almost) nothing of the first Chinese sentence: it is the second's
    rendering, however free (one shared word, 'records', is a topic word)."""
    zh = [KEPT, "这些记录可以很好地帮助你排查线上问题。"]
    en = ["Log files are split by day and the records of the last seven days are kept.",
          "This is a great place to start when debugging production."]
    assert _reported(zh, en) == []


def test_a_later_sentence_is_still_reported_when_both_english_sentences_render_the_first() -> None:
    """The defect the excuse resembles: the English is two sentences, both the first Chinese sentence's."""
    assert _reported([KEPT, DROPPED], ["Log files are split by day.",
                                       "The records of the last seven days are kept in the log folder."]) == [DROPPED]


def _reported_md(tmp_path: Path, zh: str, en: str) -> list[str]:
    """The findings on a Markdown page pair of a heading and one paragraph, read as the tool reads Markdown and
    aligned by hand: the heading 1-1, the paragraph's sentences in one bead."""
    (tmp_path / "a.zh.md").write_text(f"# 标题\n\n{zh}\n", encoding="utf-8")
    (tmp_path / "a.en.md").write_text(f"# Title\n\n{en}\n", encoding="utf-8")
    pair = load_manuscript(str(tmp_path / "a.zh.md"), str(tmp_path / "a.en.md")).pairs[0]
    beads = (Bead((0,), (0,), 1.0), Bead(tuple(range(1, len(pair.zh))), tuple(range(1, len(pair.en))), 1.0))
    return [f.excerpt for f in findings(replace(pair, beads=beads), "untranslated", Severity.WARNING)]


SHIFTED_ZH = "我们想要把 `city` 列里的字符 ``替换为 `-`。然后我们可以添加一个 `Rename` 转换，像这样："


def test_a_code_span_the_english_writes_counts_although_a_stray_backtick_shifts_the_reading(tmp_path: Path) -> None:
    """The English writes `` ` ` `` (a code span of one space), which the reading pairs with the next backtick, so
    it reads `Rename` as plain words: the code span both write is looked up in the English as written."""
    en = "We want to replace the char ` ` to `-` at the `city` column. Then we can add a `Rename` Transform like this:"
    assert _reported_md(tmp_path, SHIFTED_ZH, en) == []


def test_a_markdown_sentence_whose_code_the_english_does_not_write_is_still_reported(tmp_path: Path) -> None:
    en = "We want to replace the char ` ` to `-` at the `city` column."
    assert _reported_md(tmp_path, SHIFTED_ZH, en) == [f"然后我们可以添加一个 {CODE_PLACEHOLDER} 转换，像这样："]
