"""A statement's syntax as the caption of the code block that runs it (`checks.statement_caption`)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.statement_caption import statement_caption

BLOCK = "```\nIoTDB> SHOW TTL ON root.db.**;\n+----------+\n|      path|\n+----------+\n```\n"


def test_a_statement_caption_is_the_statement_the_block_runs() -> None:
    assert statement_caption("show all ttl", "IoTDB> SHOW ALL TTL\n+---+")
    assert statement_caption("show ttl on pathPattern", "IoTDB> SHOW TTL ON root.db.**;")
    assert statement_caption("SHOW TTL ON <path>", "mysql> show ttl on root.db.**;")
    assert statement_caption("unset ttl from path_pattern", "unset ttl from root.sg.**")


def test_an_instruction_or_other_words_above_the_block_are_not_a_caption() -> None:
    assert not statement_caption("Show all TTL settings", "IoTDB> SHOW ALL TTL")  # more words than the statement
    assert not statement_caption("show the ttl", "IoTDB> SHOW ALL TTL")  # another word
    assert not statement_caption("Show all TTL", "IoTDB> SHOW ALL TTL")  # an instruction in sentence case
    assert not statement_caption("show all ttl", "print(ttl)")  # the block runs something else
    assert not statement_caption("show all ttl.", "IoTDB> SHOW ALL TTL")  # a sentence
    assert not statement_caption("show", "IoTDB> SHOW ALL TTL")  # one word


def _pages(tmp_path: Path, caption_zh: str, caption_en: str) -> list[tuple[str, int]]:
    zh = tmp_path / "ttl.zh.md"
    en = tmp_path / "ttl.en.md"
    zh.write_text(f"# 显示 TTL\n\n显示某一路径的 TTL 的 SQL 语句如下所示：\n{caption_zh}\n{BLOCK}\n"
                  "设置完成后即可查看。结果只列出匹配的路径。\n", encoding="utf-8")
    en.write_text(f"# Show TTL\n\nTo show the TTL of a path, use the following SQL statement:\n\n{caption_en}\n"
                  f"{BLOCK}\nThe setting can then be viewed. Only matching paths are listed.\n", encoding="utf-8")
    ms = load_manuscript(str(zh), str(en))  # Markdown read by blocks: a line holds two sentences
    return [(f.lang, f.location.line) for f in check_manuscript(ms, select=["untranslated-span"])]


def test_a_statement_caption_kept_on_both_pages_is_no_finding(tmp_path: Path) -> None:
    # iotdb's TTL page writes `show ttl on pathPattern` above the block running `SHOW TTL ON root.db.**`: the
    # statement's syntax, the same on both pages, was reported as English left identical to the Chinese
    assert _pages(tmp_path, "show ttl on pathPattern", "show ttl on pathPattern") == []


def test_an_english_instruction_left_above_the_block_is_still_reported(tmp_path: Path) -> None:
    assert _pages(tmp_path, "Show the TTL of a path pattern", "Show the TTL of a path pattern") == [("en", 5)]
