"""term_gloss_kept: an English term the English page glosses with its short form in brackets ("a database (db)"),
which the Chinese of documentation writes by that short form (匹配到 db); iotdb-heldout TTL page (io56)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_gloss_kept import gloss_kept

DATABASE = "database,数据库,database,,\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"
EN = ("If the path pattern matches a database (db), it is expanded to all sub-paths.\n\n"
      "If the path pattern does not match a database, nothing is expanded.\n")


def test_a_term_written_by_the_short_form_the_english_glosses_it_with_is_rendered(tmp_path: Path) -> None:
    zh = "若路径模式匹配到 db，则自动扩展为所有子路径。\n\n若路径模式未匹配到 db，则不会扩展。\n"
    assert _check(tmp_path, zh + CODE, EN + CODE_EN, DATABASE) == []


def test_a_term_dropped_or_a_short_form_written_fewer_times_is_still_missing(tmp_path: Path) -> None:
    # the second bead drops it
    dropped = "若路径模式匹配到 db，则自动扩展为所有子路径。\n\n若路径模式不匹配，则不会扩展。\n"
    assert len(_check(tmp_path, dropped + CODE, EN + CODE_EN, DATABASE)) == 1
    twice = ("If the path pattern matches a database (db), it is expanded to all sub-paths.\n\n"
             "If the path pattern matches no database and no other database, nothing is expanded.\n")
    once = "若路径模式匹配到 db，则自动扩展为所有子路径。\n\n若路径模式未匹配到 db，则不会扩展。\n"
    assert len(_check(tmp_path, once + CODE, twice + CODE_EN, DATABASE)) == 1  # said twice, db written once


def test_the_glossed_short_form_must_abbreviate_the_term() -> None:
    page = "a database (db) and a database (MySQL)"
    assert gloss_kept("database", "匹配到 db", 1, "does not match a database", page)
    assert not gloss_kept("database", "匹配到 MySQL", 1, "does not match a database", page)  # an example, no short form
    assert not gloss_kept("database", "匹配到 db", 1, "does not match a database", "a database")  # no gloss on the page
    assert not gloss_kept("database", "匹配到 db", 1, "the db does not match a database", page)  # the English's own db


def test_a_manuscript_without_code_is_not_excused(tmp_path: Path) -> None:
    zh = "若路径模式匹配到 db，则自动扩展为所有子路径。\n\n若路径模式未匹配到 db，则不会扩展。\n"
    assert len(_check(tmp_path, zh, EN, DATABASE)) >= 1  # no code block: not documentation
