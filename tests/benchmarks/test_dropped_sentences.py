"""benchmarks/dropped_sentences.py: which sentences are dropped, how, and what counts as found."""
from __future__ import annotations

import sys
from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import dropped_sentences as ds  # noqa: E402

ZH = """# 缓存

缓存服务把最近读取的记录保存在内存中。每条记录默认保留十分钟。过期的记录会在下一次读取时重新加载。

短段落。

配置文件写在项目根目录下，启动时读取一次。修改配置以后需要重启服务才能生效。
"""
EN = """# Cache

The cache service keeps recently read records in memory. Each record is kept for ten minutes by default. \
Expired records are loaded again on the next read.

Short paragraph.

The configuration file sits in the project root and is read once at startup. After changing the configuration \
you need to restart the service for it to take effect.
"""


def _pages(tmp_path: Path) -> tuple[Path, Path]:
    zh, en = tmp_path / "p.zh.md", tmp_path / "p.en.md"
    zh.write_text(ZH, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    return zh, en


def test_the_last_and_middle_sentences_of_paragraphs_are_chosen_with_their_own_english(tmp_path: Path) -> None:
    zh, en = _pages(tmp_path)
    drops = ds.choose(check_file(str(zh), str(en), Flags()), zh)
    lines = ZH.splitlines()
    chosen = {(d.kind, lines[d.zh[0] - 1][d.zh[1] - 1:d.zh[3] - 1], EN[d.en[0]:d.en[1]]) for d in drops}
    assert chosen == {
        (ds.LAST, "过期的记录会在下一次读取时重新加载。", "Expired records are loaded again on the next read."),
        (ds.MIDDLE, "每条记录默认保留十分钟。", "Each record is kept for ten minutes by default."),
        (ds.LAST, "修改配置以后需要重启服务才能生效。",
         "After changing the configuration you need to restart the service for it to take effect."),
    }  # the one-sentence paragraph and the heading are no candidates


def test_dropping_english_removes_the_sentence_and_one_separating_space() -> None:
    text = "One two. Three four. Five six.\nSeven."
    assert ds.drop_english(text, (9, 20)) == "One two. Five six.\nSeven."
    assert ds.drop_english(text, (0, 8)) == "Three four. Five six.\nSeven."  # at a line's start: the space after
    assert ds.drop_english(text, (31, 37)) == "One two. Three four. Five six."  # a whole line: with its newline


def _untranslated(line: int, col: int, end_col: int, path: str = "p.zh.md", rule: str = "untranslated") -> Finding:
    return Finding(rule, Severity.WARNING, "m", Location(path, line, col, line, end_col), "zh")


def test_only_an_untranslated_finding_on_the_chinese_sentence_counts() -> None:
    drop = ds.Drop(ds.LAST, (3, 33, 3, 51), (0, 10))
    assert ds.found((_untranslated(3, 33, 51),), "p.zh.md", drop)
    assert ds.found((_untranslated(3, 1, 40),), "p.zh.md", drop)  # a run of sentences that ends inside it
    assert not ds.found((_untranslated(3, 1, 33),), "p.zh.md", drop)  # the sentence before it
    assert not ds.found((_untranslated(3, 33, 51, rule="number-mismatch"),), "p.zh.md", drop)
    assert not ds.found((_untranslated(3, 33, 51, path="p.en.md"),), "p.zh.md", drop)


def test_a_drop_whose_target_the_clean_page_already_reports_is_left_out() -> None:
    on_target = ds.Drop(ds.EN_LAST, (3, 33, 3, 51), (0, 10), "1-2")
    elsewhere = ds.Drop(ds.EN_LAST, (5, 1, 5, 20), (20, 30), "1-2")
    kept, out = ds.fresh((_untranslated(3, 40, 51),), "p.zh.md", [on_target, elsewhere])
    assert kept == [elsewhere] and out == [on_target]  # the clean page names 3:40: the drop would score anyway
    assert ds.fresh((), "p.zh.md", [on_target, elsewhere]) == ([on_target, elsewhere], [])


def test_the_drops_file_round_trips(tmp_path: Path) -> None:
    drops = {"a/p.zh.md": [ds.Drop(ds.LAST, (3, 33, 3, 51), (100, 150)), ds.Drop(ds.MIDDLE, (5, 1, 6, 4), (7, 9))]}
    ds.save(tmp_path / "d.tsv", drops)
    assert ds.load(tmp_path / "d.tsv") == drops


def test_the_dropped_last_sentence_of_the_test_page_is_reported(tmp_path: Path) -> None:
    zh, en = _pages(tmp_path)
    drop = next(d for d in ds.choose(check_file(str(zh), str(en), Flags()), zh) if d.zh[0] == 3 and d.kind == ds.LAST)
    en.write_text(ds.drop_english(EN, drop.en), encoding="utf-8")
    assert ds.found(check_file(str(zh), str(en), Flags()).findings, str(zh), drop)


ZH_SPLIT = """# 日志

日志模块把每次请求的耗时写入文件。超过阈值的慢请求会单独写入另一份文件，方便以后按时间排查问题。
"""
EN_SPLIT = """# Logging

The logging module writes the duration of every request to a file. Slow requests over the threshold are written \
to a separate file. This makes it easy to look into problems by time later.
"""


def test_the_english_side_drops_the_last_english_sentence_whatever_its_bead(tmp_path: Path) -> None:
    zh, en = tmp_path / "p.zh.md", tmp_path / "p.en.md"
    zh.write_text(ZH_SPLIT, encoding="utf-8")
    en.write_text(EN_SPLIT, encoding="utf-8")
    result = check_file(str(zh), str(en), Flags())
    lines = ZH_SPLIT.splitlines()
    picked = {(d.kind, lines[d.zh[0] - 1][d.zh[1] - 1:d.zh[3] - 1], EN_SPLIT[d.en[0]:d.en[1]], d.shape, d.partial)
              for d in ds.choose_english(result, en)}
    assert picked == {
        (ds.EN_LAST, "超过阈值的慢请求会单独写入另一份文件，方便以后按时间排查问题。",
         "This makes it easy to look into problems by time later.", "1-2", True),
        (ds.EN_MIDDLE, "超过阈值的慢请求会单独写入另一份文件，方便以后按时间排查问题。",
         "Slow requests over the threshold are written to a separate file.", "1-2", True),
    }
    # the Chinese side drops both English sentences of that bead together: the partly translated case is not its own
    assert {EN_SPLIT[d.en[0]:d.en[1]] for d in ds.choose(result, zh)} == {
        "Slow requests over the threshold are written to a separate file. "
        "This makes it easy to look into problems by time later."}


def test_an_english_sentence_alone_in_its_bead_dropped_from_the_english_side_is_reported(tmp_path: Path) -> None:
    zh, en = _pages(tmp_path)
    drop = next(d for d in ds.choose_english(check_file(str(zh), str(en), Flags()), en)
                if d.kind == ds.EN_LAST and d.zh[0] == 3)
    assert drop.shape == "1-1" and not drop.partial
    en.write_text(ds.drop_english(EN, drop.en), encoding="utf-8")
    assert ds.found(check_file(str(zh), str(en), Flags()).findings, str(zh), drop)


def test_a_sentence_that_is_its_whole_line_goes_with_its_line() -> None:
    assert ds.drop_english("Intro.\n\nA one.\nB two.\nC three.\n", (15, 21)) == "Intro.\n\nA one.\nC three.\n"
    assert ds.drop_english("- A one.\n  B two.\n", (11, 17)) == "- A one.\n"  # a list item's continuation line
    assert ds.drop_english("A one.\nB two.", (7, 13)) == "A one."  # the last line of the page


def test_english_drops_round_trip_with_their_bead_shape(tmp_path: Path) -> None:
    drops = {"p.zh.md": [ds.Drop(ds.EN_LAST, (3, 1, 3, 20), (10, 40), "1-2"), ds.Drop(ds.LAST, (5, 1, 5, 9), (1, 2))]}
    ds.save(tmp_path / "d.tsv", drops)
    assert ds.load(tmp_path / "d.tsv") == drops
