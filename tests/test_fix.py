"""`zhen-qa fix`: certain fixes applied to text files and, as tracked changes, to Word documents."""
from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from tests.texts import thesis_with_chapter
from zhen_qa.cli import main

GLOSSARY = ("id,zh,en,zh_deprecated\nsecretome,分泌组,secretome,分泌物|分泌体\n"
            "regen,再生医学,regenerative medicine,再生医疗\n")
TEXT = (
    "干细胞分泌物研究\r\n\r\n"
    "Stem cell secretome research\r\n\r\n"
    "摘要: 分泌组是细胞分泌的分子集合, 在再生医疗中很重要。\r\n\r\n"
    "Abstract: The secretome is the set of molecules a cell secretes; it matters in regenerative medicine.\r\n"
)
FIXED = TEXT.replace("分泌物研究", "分泌组研究").replace("摘要: ", "摘要：").replace("集合, ", "集合，") \
    .replace("再生医疗", "再生医学")


def _run(*args: object) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


def _rules(path: Path, glossary: Path) -> list[str]:
    report = json.loads(_run("check", path, "--glossary", glossary, "--format", "json").stdout)
    return sorted(f["rule"] for f in report["findings"])


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "m.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    return path, glossary


def test_dry_run_prints_the_diff_and_changes_nothing(files: tuple[Path, Path]) -> None:
    path, glossary = files
    result = _run("fix", path, "--glossary", glossary, "--dry-run")
    assert result.exit_code == 1
    assert "-干细胞分泌物研究\n+干细胞分泌组研究\n" in result.output.replace("\r", "")
    assert "4 certain fixes in 1 file" in result.output
    assert path.read_bytes() == TEXT.encode("utf-8")


def test_in_place_changes_exactly_the_spans_and_the_findings_go(files: tuple[Path, Path]) -> None:
    path, glossary = files
    assert {"term-variant", "punctuation-width"} <= set(_rules(path, glossary))
    result = _run("fix", path, "--glossary", glossary, "--in-place", "--backup")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == FIXED.encode("utf-8")  # CRLF kept, nothing else touched
    assert Path(str(path) + ".orig").read_bytes() == TEXT.encode("utf-8")
    assert not {"term-variant", "punctuation-width"} & set(_rules(path, glossary))


def test_output_writes_a_copy_and_select_limits_the_rules(files: tuple[Path, Path], tmp_path: Path) -> None:
    path, glossary = files
    out = tmp_path / "fixed.txt"
    result = _run("fix", path, "--glossary", glossary, "--select", "term-variant", "--output", out)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == TEXT.replace("分泌物研究", "分泌组研究").replace("再生医疗", "再生医学").encode("utf-8")
    assert path.read_bytes() == TEXT.encode("utf-8")


@pytest.mark.parametrize("args,message", [
    (("--select", "term-missing"), "no fix for term-missing"),
    (("--in-place", "--output", "x.txt"), "either --in-place or --output"),
    (("--backup",), "--backup goes with --in-place"),
])
def test_usage_errors(files: tuple[Path, Path], args: tuple[str, ...], message: str) -> None:
    path, glossary = files
    result = _run("fix", path, "--glossary", glossary, *args)
    assert result.exit_code == 2
    assert message in result.output


def test_word_fixes_are_tracked_changes(files: tuple[Path, Path], tmp_path: Path) -> None:
    _path, glossary = files
    path = tmp_path / "m.docx"
    d = docx.Document()
    for line in TEXT.split("\r\n")[:-1]:
        p = d.add_paragraph()
        p.add_run(line[:3])
        p.add_run(line[3:]).italic = True
    d.save(str(path))
    result = _run("fix", path, "--glossary", glossary, "--in-place")
    assert result.exit_code == 0, result.output
    body = docx.Document(str(path)).element.body
    dels = ["".join(t.text for t in el.iter(qn("w:delText"))) for el in body.iter(qn("w:del"))]
    ins = ["".join(t.text for t in el.iter(qn("w:t"))) for el in body.iter(qn("w:ins"))]
    expected = [("分泌物", "分泌组"), (": ", "："), (", ", "，"), ("再生医疗", "再生医学")]
    assert sorted(zip(dels, ins)) == sorted(expected)
    assert {el.get(qn("w:author")) for el in body.iter(qn("w:ins"), qn("w:del"))} == {"zhen-qa"}
    inserted = next(el for el in body.iter(qn("w:ins")) if "分泌组" in "".join(el.itertext()))
    assert inserted.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:i')}") is not None  # the italic run's formatting
    # the reader takes tracked changes as accepted: checking again finds none of the fixed problems
    assert not {"term-variant", "punctuation-width"} & set(_rules(path, glossary))


def test_pre_commit_hook_for_fix_is_declared() -> None:
    import yaml

    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text())
    fix = next(h for h in hooks if h["id"] == "zhen-qa-fix")
    assert fix["entry"] == "zhen-qa fix --in-place --skip-other-languages"


def test_word_fix_in_a_merged_cell_is_made_once(tmp_path: Path) -> None:
    from zhen_qa.manuscript.reader import read_source

    path, out = tmp_path / "t.docx", tmp_path / "fixed.docx"
    d = docx.Document()
    d.add_paragraph("表格如下。")
    table = d.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "合并单元格,的的错误"
    d.save(str(path))
    before = path.read_bytes()
    result = _run("fix", path, "--select", "punctuation-width", "--output", out)
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before
    assert "合并单元格，的的错误" in read_source(str(out)).text.split("\n")
    assert _run("fix", out, "--select", "punctuation-width").exit_code == 0  # nothing left to fix


RD_GLOSSARY = ("id,zh,en,zh_deprecated,en_deprecated\nrd,研发,R&D,,research and development\n"
               "secretome,分泌组,secretome,分泌物,\n")
RD_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
  <trans-unit id="u1"><source>分泌物含有生长因子。</source><target>The secretome contains growth factors.</target>
  </trans-unit>
  <trans-unit id="u2"><source>公司加大了投入。</source><target>The company spent on research and development.</target>
  </trans-unit>
 </body></file>
</xliff>
"""


def test_cat_fixes_edit_only_the_target_and_stay_well_formed(tmp_path: Path) -> None:
    from zhen_qa.manuscript.cat import read_cat

    path, out, glossary = tmp_path / "a.xlf", tmp_path / "fixed.xlf", tmp_path / "g.csv"
    path.write_text(RD_XLIFF, encoding="utf-8")
    glossary.write_text(RD_GLOSSARY, encoding="utf-8")
    assert "term-variant" in _rules(path, glossary)  # 分泌物 in the Chinese source is reported ...
    result = _run("fix", path, "--glossary", glossary, "--output", out)
    assert result.exit_code == 0, result.output
    fixed = out.read_text(encoding="utf-8")
    assert "<source>分泌物含有生长因子。</source>" in fixed  # ... but the source is the original's text: not edited
    assert "spent on R&amp;D.</target>" in fixed
    assert [p.en[0].text.text for p in read_cat(str(out)).pairs][1] == "The company spent on R&D."


def test_latex_fix_escapes_what_latex_would_read_as_markup(tmp_path: Path) -> None:
    path, out, glossary = tmp_path / "m.tex", tmp_path / "fixed.tex", tmp_path / "g.csv"
    path.write_text("\\documentclass{ctexart}\n\\begin{document}\n\\begin{abstract}\n公司加大了投入。\n\\end{abstract}\n"
                    "\\begin{abstract*}\nThe company spent on research and development.\n\\end{abstract*}\n"
                    "\\end{document}\n", encoding="utf-8")
    glossary.write_text(RD_GLOSSARY, encoding="utf-8")
    assert _run("fix", path, "--glossary", glossary, "--output", out).exit_code == 0
    assert "The company spent on R\\&D." in out.read_text(encoding="utf-8")


def test_output_with_nothing_to_fix_is_an_unchanged_copy(files: tuple[Path, Path], tmp_path: Path) -> None:
    _path, glossary = files
    clean, out = tmp_path / "clean.txt", tmp_path / "out.txt"
    clean.write_text("标题\n\nTitle\n", encoding="utf-8")
    result = _run("fix", clean, "--glossary", glossary, "--output", out)
    assert result.exit_code == 0 and out.read_bytes() == clean.read_bytes()
    assert "nothing to fix" in result.stderr


def _ascii_xliff(path: Path, target: str) -> None:
    """An XLIFF written by translate-toolkit, serialised by lxml as US-ASCII: every Chinese character of the target
    is a character reference (&#20998;), as tools that write ASCII-only XML do."""
    from lxml import etree
    from translate.storage import xliff

    store = xliff.xlifffile(sourcelanguage="en", targetlanguage="zh-CN")  # type: ignore[no-untyped-call]
    store.addsourceunit("Stem cell secretome research & development.").target = target  # type: ignore[no-untyped-call]
    path.write_bytes(etree.tostring(etree.fromstring(bytes(store)), encoding="us-ascii", xml_declaration=True))


def test_a_fix_ending_on_a_character_reference_replaces_the_whole_reference(tmp_path: Path) -> None:
    from lxml import etree

    path, out, glossary = tmp_path / "a.xlf", tmp_path / "fixed.xlf", tmp_path / "g.csv"
    _ascii_xliff(path, "干细胞分泌物研究与开发,进展很快。")
    glossary.write_text(GLOSSARY, encoding="utf-8")
    assert "&#29289;&#30740;" in path.read_text(encoding="ascii")  # 物研: the term ends on a reference
    result = _run("fix", path, "--glossary", glossary, "--output", out)
    assert result.exit_code == 0, result.output
    out.read_bytes().decode("ascii")  # still the encoding it declares
    targets = [t.text for t in etree.parse(str(out)).iter("{*}target")]
    assert targets == ["干细胞分泌组研究与开发，进展很快。"]
    assert _rules(out, glossary) == []


def test_a_fix_in_a_tmx_with_hexadecimal_references_keeps_it_well_formed(tmp_path: Path) -> None:
    from lxml import etree

    path, out, glossary = tmp_path / "m.tmx", tmp_path / "fixed.tmx", tmp_path / "g.csv"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
                    'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
                    'creationtoolversion="1"/><body>\n<tu><tuv xml:lang="en"><seg>Secretome R&amp;D &lt;10 kDa.'
                    '</seg></tuv>\n<tuv xml:lang="zh-CN"><seg>&#x5206;&#x6CCC;&#x7269; R&amp;D &lt;10 kDa。</seg></tuv>'
                    '</tu>\n</body></tmx>\n', encoding="utf-8")
    glossary.write_text(GLOSSARY, encoding="utf-8")
    result = _run("fix", path, "--glossary", glossary, "--output", out)
    assert result.exit_code == 0, result.output
    segs = [s.text for s in etree.parse(str(out)).iter("seg")]
    assert segs == ["Secretome R&D <10 kDa.", "分泌组 R&D <10 kDa。"]
    assert "<seg>分泌组 R&amp;D &lt;10 kDa。</seg>" in out.read_text(encoding="utf-8")


def test_a_latex_main_files_chapters_are_fixed_with_it(tmp_path: Path) -> None:
    main_tex, chapter = thesis_with_chapter(tmp_path, "\\chapter{引言}\n分泌物含有生长因子,对吗。\n")
    glossary = tmp_path / "g.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    result = _run("fix", main_tex, "--glossary", glossary, "--in-place")  # `check main.tex` reports them
    assert result.exit_code == 0, result.output
    assert chapter.read_text(encoding="utf-8") == "\\chapter{引言}\n分泌组含有生长因子，对吗。\n"
    assert main_tex.read_text(encoding="utf-8").startswith("\\documentclass{ctexbook}\n")  # nothing to fix there
    # the pre-commit hook names the main file and the staged chapter: the chapter is fixed once, inside the main file
    chapter.write_text("\\chapter{引言}\n分泌物含有生长因子,对吗。\n", encoding="utf-8")
    result = _run("fix", main_tex, chapter, "--glossary", glossary, "--in-place")
    assert result.exit_code == 0 and chapter.read_text(encoding="utf-8").count("分泌组含有生长因子，") == 1


def test_fix_corrects_both_brackets_of_a_pair_and_leaves_the_text_between(tmp_path: Path) -> None:
    zh = tmp_path / "zh.md"
    body = "# 标题\n\n我们进行了分析(**详细**分析见附录) 结果很好，嵌套(外(内)外)结束，单独的)括号。\n"
    zh.write_text(body, encoding="utf-8")
    en = tmp_path / "en.md"
    en.write_text("# Title\n\nWe analysed it (see the appendix); nested (outer (inner)) end, a lone ) here.\n",
                  encoding="utf-8")
    findings = json.loads(_run("check", zh, en, "--format", "json").stdout)["findings"]
    assert sorted(f["message"] for f in findings if f["rule"] == "punctuation-width") == [
        'half-width "(" and ")" in Chinese text: (内)',
        'half-width "(" and ")" in Chinese text: (外(内)外)',
        'half-width "(" and ")" in Chinese text: (详细分析见附录)',
        'half-width ")" in Chinese text']
    result = _run("fix", zh, en, "--select", "punctuation-width", "--in-place")
    assert result.exit_code == 0, result.output
    assert zh.read_text(encoding="utf-8") == \
        "# 标题\n\n我们进行了分析（**详细**分析见附录）结果很好，嵌套（外（内）外）结束，单独的）括号。\n"


def test_word_fix_of_a_bracket_pair_tracks_the_two_brackets_only(tmp_path: Path) -> None:
    path = tmp_path / "pair.docx"
    d = docx.Document()
    d.add_paragraph("我们进行了分析(详细分析见附录)，结果很好。")
    d.add_paragraph("We analysed it (see the appendix), and it was good.")
    d.save(str(path))
    result = _run("fix", path, "--in-place")
    assert result.exit_code == 0, result.output
    body = docx.Document(str(path)).element.body
    dels = ["".join(t.text for t in el.iter(qn("w:delText"))) for el in body.iter(qn("w:del"))]
    ins = ["".join(t.text for t in el.iter(qn("w:t"))) for el in body.iter(qn("w:ins"))]
    assert sorted(zip(dels, ins)) == [("(", "（"), (")", "）")]


def test_fix_counts_a_bracket_pair_as_one_fix(tmp_path: Path) -> None:
    """A wrong-width bracket pair is one finding and one fix (two edits): the dry run says "1 certain fix", the
    written fix "fixed 1 finding (punctuation-width 1)"; a lone bracket beside it is one more."""
    zh = tmp_path / "zh.md"
    zh.write_text("# 标题\n\n我们进行了分析(详见附录)，单独的)括号。\n", encoding="utf-8")
    en = tmp_path / "en.md"
    en.write_text("# Title\n\nWe analysed it (see the appendix), a lone ) here.\n", encoding="utf-8")
    dry = _run("fix", zh, en, "--select", "punctuation-width")
    assert dry.exit_code == 1 and "2 certain fixes in 1 file" in dry.stderr, dry.output
    pair = tmp_path / "pair.md"
    pair.write_text("# 标题\n\n我们进行了分析(详见附录)。\n", encoding="utf-8")
    pair_en = tmp_path / "pair_en.md"
    pair_en.write_text("# Title\n\nWe analysed it (see the appendix).\n", encoding="utf-8")
    assert "1 certain fix in 1 file" in _run("fix", pair, pair_en, "--select", "punctuation-width").stderr
    done = _run("fix", pair, pair_en, "--select", "punctuation-width", "--in-place")
    assert done.exit_code == 0 and "fixed 1 finding in" in done.stderr and "(punctuation-width 1)" in done.stderr
    assert pair.read_text(encoding="utf-8") == "# 标题\n\n我们进行了分析（详见附录）。\n"


def test_fix_corrects_a_bracket_pair_across_lines(tmp_path: Path) -> None:
    """A pair whose brackets are on two lines (hard-wrapped text) is one finding and one fix: both brackets
    corrected, the line break and the text between untouched."""
    path = tmp_path / "wrapped.txt"
    path.write_text("摘要：我们进行了分析(详细分析\n见附录) 结果很好。\n\n"
                    "Abstract: We analysed it (see the appendix), and it was good.\n", encoding="utf-8")
    done = _run("fix", path, "--select", "punctuation-width", "--in-place")
    assert done.exit_code == 0 and "fixed 1 finding in" in done.stderr, done.output
    assert path.read_text(encoding="utf-8").startswith("摘要：我们进行了分析（详细分析\n见附录）结果很好。\n")
