"""Which files a run checks, and which are two halves of one translation."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.checks.jobs import Job, collect_files, collect_jobs
from zhen_qa.manuscript.errors import InputError


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n", encoding="utf-8")


def test_name_zh_beside_name_en_is_one_translation(tmp_path: Path) -> None:
    _touch(tmp_path, "a.zh.md", "a.en.md", "b.zh-CN.txt", "b.en.txt", "c.zh.md", "d.md", "notes.pdf")
    jobs = collect_jobs([str(tmp_path)])
    rel = [(Path(j.path).name, Path(j.en_path).name if j.en_path else None) for j in jobs]
    assert rel == [("a.zh.md", "a.en.md"), ("b.zh-CN.txt", "b.en.txt"), ("c.zh.md", None), ("d.md", None)]


def test_zh_folder_beside_en_folder_is_one_translation(tmp_path: Path) -> None:
    _touch(tmp_path, "docs/zh/guide/intro.md", "docs/en/guide/intro.md", "docs/zh/guide/only-zh.md")
    jobs = collect_jobs([str(tmp_path / "docs")])
    assert jobs == [Job(str(tmp_path / "docs/zh/guide/intro.md"), str(tmp_path / "docs/en/guide/intro.md")),
                    Job(str(tmp_path / "docs/zh/guide/only-zh.md"), None)]


def test_explicit_en_takes_one_file(tmp_path: Path) -> None:
    _touch(tmp_path, "a.md", "b.md", "e.md")
    assert collect_jobs([str(tmp_path / "a.md")], str(tmp_path / "e.md")) == [
        Job(str(tmp_path / "a.md"), str(tmp_path / "e.md"))]
    with pytest.raises(InputError, match="exactly one PATH"):
        collect_jobs([str(tmp_path / "a.md"), str(tmp_path / "b.md")], str(tmp_path / "e.md"))


def test_a_pipe_named_like_a_manuscript_is_not_collected_from_a_folder(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.md").write_text("分泌组。", encoding="utf-8")
    os.mkfifo(tmp_path / "b.md")  # opening it would wait for a writer for ever
    assert collect_files([str(tmp_path)]) == [str(tmp_path / "a.md")]


def test_word_owner_files_are_left_out_of_folders_and_patterns(tmp_path: Path) -> None:
    (tmp_path / "paper.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "~$paper.docx").write_bytes(b"\x0cJohn Smith" + bytes(150))  # Word's, while the paper is open
    assert collect_files([str(tmp_path)]) == [str(tmp_path / "paper.docx")]
    assert collect_files([str(tmp_path / "*.docx")]) == [str(tmp_path / "paper.docx")]


def test_the_hooks_leave_word_owner_files_out() -> None:
    import re

    import yaml

    hooks = yaml.safe_load((Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml").read_text())
    for hook in hooks:
        exclude = re.compile(hook["exclude"])
        assert exclude.search("docs/~$paper.docx") and exclude.search("~$paper.docx")
        assert not exclude.search("docs/paper.docx") and not exclude.search("docs/a~$b.md")


def test_an_earlier_runs_results_folder_is_left_out_of_a_folder_search(tmp_path: Path) -> None:
    from zhen_qa.report.archive import ArchiveWriter

    _touch(tmp_path, "a.md", "notes/b.md")
    ArchiveWriter(str(tmp_path / "results"))  # `check DIR --out-dir DIR/results` makes this layout from the start
    (tmp_path / "results" / "aligned.tmx").write_text("<tmx/>", encoding="utf-8")
    assert collect_files([str(tmp_path)]) == [str(tmp_path / "a.md"), str(tmp_path / "notes/b.md")]
    # named itself, or its file named, the results folder is read as asked
    assert collect_files([str(tmp_path / "results")]) == [str(tmp_path / "results" / "aligned.tmx")]
    (tmp_path / "notes" / "done").mkdir()  # one of the names alone is an ordinary folder
    _touch(tmp_path, "notes/done/c.md")
    assert str(tmp_path / "notes/done/c.md") in collect_files([str(tmp_path)])


def test_a_thesis_folder_checks_each_chapter_once_inside_its_main_file(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "main.tex").write_text("\\documentclass{ctexbook}\n\\begin{document}\n\\input{data/chap01}\n"
                                       "\\end{document}\n", encoding="utf-8")
    (tmp_path / "data" / "chap01.tex").write_text("\\chapter{引言}\n分泌组。\n", encoding="utf-8")
    (tmp_path / "data" / "unused.tex").write_text("\\chapter{旧章}\n", encoding="utf-8")
    assert collect_jobs([str(tmp_path)]) == [Job(str(tmp_path / "data" / "unused.tex")),
                                             Job(str(tmp_path / "main.tex"))]
    # a pre-commit hook is given the staged files by name: the same
    assert collect_jobs([str(tmp_path / "main.tex"), str(tmp_path / "data" / "chap01.tex")]) == [
        Job(str(tmp_path / "main.tex"))]
    assert collect_jobs([str(tmp_path / "data" / "chap01.tex")]) == [Job(str(tmp_path / "data" / "chap01.tex"))]


def test_a_chinese_message_file_named_alone_pairs_with_its_english_on_disk(tmp_path: Path) -> None:
    """The pre-commit hook names only the staged files: locales/zh-CN.json staged alone is paired with the
    locales/en.json on disk. A document (zh/x.md) named alone is checked alone, as before, and so is an English
    message file (its Chinese is not looked up) and a JSON file no naming convention pairs (package.json)."""
    _touch(tmp_path, "locales/zh-CN.json", "locales/en.json", "docs/zh/x.md", "docs/en/x.md", "package.json",
           "values-zh-rCN/strings.xml")
    (tmp_path / "values-zh-rCN" / "strings.xml").write_text("<resources/>\n", encoding="utf-8")
    zh, en = str(tmp_path / "locales/zh-CN.json"), str(tmp_path / "locales/en.json")
    assert collect_jobs([zh]) == [Job(zh, en)]
    assert collect_jobs([en]) == [Job(en)]
    for alone in ("docs/zh/x.md", "package.json", "values-zh-rCN/strings.xml"):  # no values/strings.xml on disk
        assert collect_jobs([str(tmp_path / alone)]) == [Job(str(tmp_path / alone))]
    _touch(tmp_path, "values/strings.xml")
    (tmp_path / "values" / "strings.xml").write_text("<resources/>\n", encoding="utf-8")
    android = str(tmp_path / "values-zh-rCN/strings.xml")
    assert collect_jobs([android]) == [Job(android, str(tmp_path / "values/strings.xml"))]


def test_a_folder_search_takes_qt_linguist_files_and_leaves_typescript_out(tmp_path: Path) -> None:
    (tmp_path / "i18n").mkdir()
    qt = tmp_path / "i18n" / "app_zh_CN.ts"
    qt.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN">\n'
                  "</TS>\n", encoding="utf-8")
    (tmp_path / "index.ts").write_text("export const answer = 42;\n", encoding="utf-8")
    assert collect_files([str(tmp_path)]) == [str(qt)]


def test_a_qt_linguist_file_the_reader_reads_is_taken_by_a_folder_search_too(tmp_path: Path) -> None:
    # a licence comment longer than a few kilobytes before <TS>: the CAT reader reads the file when it is named, so a
    # folder search must take it as well
    qt = tmp_path / "app_zh_CN.ts"
    qt.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!-- ' + "licence text " * 600 + "-->\n<!DOCTYPE TS>\n"
                  '<TS version="2.1" language="zh_CN">\n</TS>\n', encoding="utf-8")
    assert collect_files([str(tmp_path)]) == [str(qt)]
