"""term-missing inside a sentence reported as having no counterpart is its echo (checks/term_echo.py)."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.checks.term_echo import without_echoes
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity

GLOSSARY = "zh,en\n分片项,sharding item\n注册中心,registry center\n作业节点,job node\n"
ZH = "# 分片\n\n作业会被拆分为多个分片项并由作业节点执行，" \
     "注册中心会记录每一次重新分配的完整历史以便运维人员回溯排查问题。\n\n调度器按照分片项的编号依次启动任务。\n"
EN = "# Sharding\n\nA job is split into several sharding items which are run by job nodes.\n\n" \
     "The scheduler starts the tasks in the order of their numbers.\n"


def _findings(tmp_path: Path, zh: str, en: str) -> list[tuple[str, int, int]]:
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"),
                        Flags(glossaries=(str(tmp_path / "g.csv"),)))
    return [(f.rule, f.location.line, f.location.column) for f in result.findings
            if f.rule in ("term-missing", "untranslated")]


def test_a_term_of_a_clause_reported_without_english_is_no_second_finding(tmp_path: Path) -> None:
    """The English renders the first clause only; the second clause (注册中心会记录…) is reported `untranslated` at its
    start. Its term 注册中心 lacking "registry center" is the same defect: one finding, the untranslated one."""
    assert _findings(tmp_path, ZH, EN) == [("untranslated", 3, 22)]


def test_a_term_dropped_from_the_translated_part_is_still_reported(tmp_path: Path) -> None:
    """A real drop of the same shape: the English of the translated clause leaves out "job nodes" (作业节点). That
    term is not in a span reported as having no English, so its term-missing finding stands."""
    en = EN.replace("which are run by job nodes", "which are then run in turn")
    found = _findings(tmp_path, ZH, en)
    assert ("term-missing", 3, 15) in found


def _f(rule: str, path: str, span: tuple[int, int, int, int], data: tuple[tuple[str, object], ...] = ()) -> Finding:
    return Finding(rule, Severity.WARNING, rule, Location(path, *span), "zh" if path.endswith("zh.md") else "en",
                   data=data)


def test_an_english_term_of_a_sentence_with_no_chinese_is_its_echo() -> None:
    """extra-target says an English sentence has no Chinese: a term of it lacking its Chinese is that defect again; a
    term of the next sentence, or in the other file at the same place, is not."""
    extra = _f("extra-target", "p.en.md", (5, 1, 5, 60))
    inside = _f("term-missing", "p.en.md", (5, 10, 5, 18))
    after = _f("term-missing", "p.en.md", (7, 3, 7, 9))
    other_file = _f("term-missing", "p.zh.md", (5, 10, 5, 14))
    assert without_echoes([extra, inside, after, other_file]) == [extra, after, other_file]


def test_a_summary_naming_a_sentence_outside_the_span_is_kept() -> None:
    """A finding standing for several sentences (`data["sentences"]`: a summary or a fold) one of which lies outside
    the reported span says more than the echo: it stays."""
    untranslated = _f("untranslated", "p.zh.md", (3, 22, 3, 60))
    places = [{"line": 3, "column": 22, "end_line": 3, "end_column": 26},
              {"line": 9, "column": 1, "end_line": 9, "end_column": 5}]
    summary = _f("term-missing", "p.zh.md", (3, 22, 3, 26), data=(("sentences", places),))
    lone = _f("term-missing", "p.zh.md", (3, 22, 3, 26), data=(("sentences", places[:1]),))
    assert without_echoes([untranslated, summary, lone]) == [untranslated, summary]
    assert without_echoes([summary, lone]) == [summary, lone]  # nothing reported without a counterpart: all stay
