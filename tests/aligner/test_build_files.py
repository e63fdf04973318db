"""Two-file loading: one sentence a line detected, swapped or wrong-language files named.

The Chinese prints its section labels twice, as a web layout does (方法方法, 结果结果): no slip to report."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.cli import main

ZH = "摘要\n方法方法\n我们纳入了2400例患者。\n随访3年。\n结果结果\n共有35例复发。\n诱导化疗组的总生存率更高。\n"
EN = ("abstract\nmethods\nwe enrolled 2400 patients.\nfollow-up was 3 years.\nresults\n35 patients relapsed.\n"
      "overall survival was higher in the induction chemotherapy group.\n")


def test_one_sentence_a_line_is_noted_and_each_line_is_a_sentence() -> None:
    ms = build_from_texts(ZH, EN, presplit=False)
    assert any("one sentence a line" in n for n in ms.notes)
    (pair,) = ms.pairs
    assert [s.text.text for s in pair.zh][:2] == ["摘要", "方法方法"]
    assert [(b.zh, b.en) for b in pair.beads] == [((i,), (i,)) for i in range(7)]


def _write(tmp: Path, name: str, text: str) -> str:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_swapped_files_are_checked_the_right_way_round(tmp_path: Path) -> None:
    zh, en = _write(tmp_path, "d.zh", ZH), _write(tmp_path, "d.en", EN)
    result = CliRunner().invoke(main, ["check", en, "--en", zh])
    assert result.exit_code == 0, result.output
    assert "is English and" in result.stderr and "checked the other way round" in result.stderr
    assert "Total: 0 findings" in result.stdout


def test_two_files_in_one_language_exit_2_and_an_english_manuscript_is_named(tmp_path: Path) -> None:
    zh, en = _write(tmp_path, "d.zh", ZH), _write(tmp_path, "d.en", EN)
    both = CliRunner().invoke(main, ["check", zh, "--en", _write(tmp_path, "d2.zh", ZH)])  # not zh itself: refused
    assert both.exit_code == 2 and "are both Chinese" in both.stderr and "Traceback" not in both.output
    alone = CliRunner().invoke(main, ["check", en])  # English-only manuscript: said in a note, no findings
    assert alone.exit_code == 0 and "Traceback" not in alone.output
    note = f"zhen-qa: note: {en}: has no Chinese text: give the Chinese (or bilingual) manuscript as PATH"
    assert note in alone.stderr


def test_the_dictionary_shards_a_text_needs_are_asked_for_ahead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    from zhen_qa.aligner import build, jieba_base, lexicon

    asked: list[tuple[str, frozenset[str]]] = []
    monkeypatch.setattr(jieba_base, "prefetch", lambda chars: asked.append(("jieba", frozenset(chars))))
    monkeypatch.setattr(lexicon, "prefetch", lambda chars: asked.append(("lexicon", frozenset(chars))))
    zh, en = _write(tmp_path, "d.zh", ZH), _write(tmp_path, "d.en", EN)
    build.load_manuscript(zh, en)
    assert [name for name, _ in asked] == ["jieba", "lexicon"]
    assert asked[0][1] == set(ZH + EN) and asked[1][1] == set(ZH + EN)
    asked.clear()
    build.load_manuscript(_write(tmp_path, "zh.txt", "我们纳入了患者。\n"))  # no English: nothing to align
    assert [name for name, _ in asked] == ["jieba"]
    asked.clear()
    build.load_manuscript(_write(tmp_path, "en.txt", EN))  # no Chinese: no dictionary is looked up
    assert asked == []
    monkeypatch.setattr(build, "PREFETCH_UP_TO", 10)  # a long text reads the tables whole
    build.load_manuscript(zh, en)
    assert asked == []


def test_a_latex_translation_in_two_files_is_read_as_latex(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    zh = _write(tmp_path, "zh.tex", "\\documentclass{ctexart}\n\\newcommand{\\sys}{分泌组}\n\\begin{document}\n"
                "\\section{引言}\n\\sys{}含有30种因子\\cite{a}。\n\\end{document}\n")
    en = _write(tmp_path, "en.tex", "\\documentclass{article}\n\\begin{document}\n\\section{Introduction}\n"
                "The secretome contains 40 factors \\cite{a}.\n\\end{document}\n")
    m = load_manuscript(zh, en)
    texts = [s.text.text for p in m.pairs for s in (*p.zh, *p.en)]
    assert "分泌组含有30种因子[1]。" in texts and "The secretome contains 40 factors [1]." in texts
    assert not any("\\" in t for t in texts)  # no markup read as prose


def test_a_cat_file_given_as_the_english_is_refused(tmp_path: Path) -> None:
    zh = _write(tmp_path, "zh.md", "# 标题\n\n分泌组很重要。\n")
    xlf = _write(tmp_path, "en.xlf", "<xliff version='1.2'/>\n")
    result = CliRunner().invoke(main, ["check", zh, "--en", xlf])
    assert result.exit_code == 2 and "a CAT file holds both languages" in result.stderr


def test_a_markdown_page_of_table_rows_keeps_its_markdown_parts() -> None:
    """A Markdown page that is mostly one table (a heading, a sentence, eight rows) is read as Markdown, not line by
    line: its cells carry their table part (kind, row, column), which the table rules read."""
    rows = "".join(f"| {n} | GET | /items/{n} | 返回第 {n} 个对象 |\n" for n in range(1, 9))
    zh = ("# 接口\n\n接口的状态如下，每个接口都返回一个对象。\n\n"
            "| 序号 | 方法 | 路径 | 返回 |\n| --- | --- | --- | --- |\n" + rows)
    en = zh.replace("接口的状态如下，每个接口都返回一个对象。", "The routes are listed below; each returns an object.")
    ms = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert not any("one sentence a line" in n for n in ms.notes)
    assert {b.part.kind for b in ms.blocks if b.part is not None} == {"heading", "paragraph", "cell"}


_ROWS = "".join(f'<tr class="row-odd"><td align="right">{i}</td><td align="right">{i * 2}</td></tr>\n'
                for i in range(300))
MDX_ZH = (f"# 性能\n\n下表列出了每一行的延迟。这些数字来自基准测试。\n\n"
          f"<table>\n{_ROWS}</table>\n\n以上结果在默认配置下测得。\n")
MDX_EN = (f"# Performance\n\nThe table lists the latency of each row. These numbers come from the benchmark.\n\n"
          f"<table>\n{_ROWS}</table>\n\nThe results above were measured with the default configuration.\n")


def test_a_chinese_page_whose_markup_outweighs_its_prose_is_chinese(tmp_path: Path) -> None:
    zh, en = _write(tmp_path, "p.zh.mdx", MDX_ZH), _write(tmp_path, "p.en.mdx", MDX_EN)
    result = CliRunner().invoke(main, ["check", zh, "--en", en])
    assert result.exit_code == 0 and "are both English" not in result.stderr, result.output
    swapped = CliRunner().invoke(main, ["check", en, "--en", zh])
    assert swapped.exit_code == 0 and "checked the other way round" in swapped.stderr


def test_two_english_pages_of_markup_are_still_refused(tmp_path: Path) -> None:
    en, en2 = _write(tmp_path, "p.zh.mdx", MDX_EN), _write(tmp_path, "p.en.mdx", MDX_EN)
    both = CliRunner().invoke(main, ["check", en, "--en", en2])
    assert both.exit_code == 2 and "are both English" in both.stderr and "Traceback" not in both.output


def _options_table(cells: "list[tuple[str, str]]", header: "tuple[str, str]") -> str:
    rows = "".join(f"    <tr>\n      <td>{key}</td>\n      <td>{text}</td>\n    </tr>\n" for key, text in cells)
    return (f"<table>\n  <thead>\n    <tr>\n      <th>{header[0]}</th>\n      <th>{header[1]}</th>\n    </tr>\n"
            f"  </thead>\n  <tbody>\n{rows}  </tbody>\n</table>\n")


TABLE_ZH = "## 选项\n\n下表列出了该插件的选项。\n\n" + _options_table(
    [("timeout", "插件在放弃之前等待的时间。"), ("retries", "请求失败后插件重新尝试的次数，超过该次数后将返回错误。")],
    ("选项", "描述"))
TABLE_EN = "## Options\n\nThe table lists the options of the plugin.\n\n" + _options_table(
    [("timeout", "How long the plugin waits before it gives up."), ("retries", "")], ("Option", "Description"))


def _checked(tmp_path: Path, zh: str, en: str, suffix: str = ".mdx") -> "tuple[list[str], str]":
    zh_path, en_path = _write(tmp_path, f"t.zh{suffix}", zh), _write(tmp_path, f"t.en{suffix}", en)
    result = CliRunner().invoke(main, ["check", zh_path, "--en", en_path])
    found = [line.split(": warning ")[0].split("/")[-1] + " " + line.split("[")[1].split("]")[0]
             for line in result.stdout.splitlines() if ": warning [" in line]
    return found, result.stderr


def test_a_page_of_one_tag_a_line_is_read_as_markup_not_a_sentence_a_line(tmp_path: Path) -> None:
    found, notes = _checked(tmp_path, TABLE_ZH, TABLE_EN)
    assert "one sentence a line" not in notes
    assert found == ["t.zh.mdx:19:11 untranslated"]  # the cell with no English; the `timeout` cells pair


def test_an_english_sentence_left_in_a_chinese_cell_is_still_reported(tmp_path: Path) -> None:
    zh = TABLE_ZH.replace("插件在放弃之前等待的时间。", "How long the plugin waits before it gives up.")
    found, _notes = _checked(tmp_path, zh, TABLE_EN)
    assert found == ["t.en.mdx:14:11 untranslated-span", "t.zh.mdx:19:11 untranslated"]


def test_a_markdown_file_of_one_sentence_a_line_is_still_read_so(tmp_path: Path) -> None:
    _found, notes = _checked(tmp_path, ZH, EN, ".md")
    assert "one sentence a line" in notes


def test_an_english_markdown_manuscript_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The language test of a markup file reads the blocks the check then pairs: one parse, not two (a 1 MB page
    spent half its time in a second parse)."""
    from zhen_qa.aligner import build

    parsed: list[str] = []
    real = build.document_blocks
    monkeypatch.setattr(build, "document_blocks", lambda source: parsed.append(source.path) or real(source))
    page = _write(tmp_path, "page.md", "# Setup\n\nThe secretome contains many active components. " * 3 + "\n")
    manuscript = build.load_manuscript(page)
    assert parsed == [page]
    assert manuscript.notes and "has no Chinese text" in manuscript.notes[0]
