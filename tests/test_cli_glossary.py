"""The command line with real-world glossaries and bad input: warnings, validate/show, --strict, --columns."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.cli import main

ROOT = Path(__file__).resolve().parent.parent
ZH = "本研究测定了分泌组。\n"
EN = "This study measured the secretome.\n"


def run(*args: str) -> "CliRunner.invoke":
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_validate_exit_0_when_clean_and_1_with_every_problem_counted(tmp_path: Path) -> None:
    clean = write(tmp_path / "ok.csv", "zh,en\n分泌组,secretome\n")
    result = run("glossary", "validate", clean)
    assert result.exit_code == 0 and "1 concept, valid" in result.stdout
    messy = write(tmp_path / "g.csv", "id,zh,en\na,分泌组,secretome\na,外泌体,exosome\nb,干细胞|幹細胞,stem cell\n"
                                      "c,祖细胞,progenitor,x\n")
    result = run("glossary", "validate", messy)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{messy}: line 3, field id: duplicate id 'a' (first at line 2); renumbered 'a-2'",
        f"{messy}: line 4, field zh: 2 preferred terms; the first kept as preferred, the others as admitted",
        f"{messy}: line 5: 4 cells, the header has 3 columns; extra cells ignored (quote a cell that contains "
        "the delimiter)",
        f"{messy}: 4 concepts, 3 problems (duplicate-id 1, row-width 1, several-preferred 1)",
    ]


def test_show_lists_definitions_notes_and_term_notes(tmp_path: Path) -> None:
    tbx = write(tmp_path / "g.tbx", """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><descrip type="definition">A test.</descrip><note>lab use</note>
<langSet xml:lang="en"><tig><term>assay</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
<langSet xml:lang="zh-CN"><tig><term>测定</term></tig></langSet></termEntry>
</body></text></martif>
""")
    result = run("glossary", "show", tbx)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["t1: 测定 = assay", "    definition: A test.", "    note: lab use",
                                          "    en 'assay': partOfSpeech noun"]


def test_show_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    big = write(tmp_path / "g.csv", "zh,en\n" + "".join(f"术语{i},term {i}\n" for i in range(20000)))
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "glossary", "show", big],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().decode("utf-8").startswith("c2: 术语0 = term 0")
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    assert proc.stderr.read() == b""


def test_check_warns_about_glossary_problems_and_signs_them(tmp_path: Path) -> None:
    zh, en = write(tmp_path / "zh.txt", ZH), write(tmp_path / "en.txt", EN)
    g = write(tmp_path / "g.csv", "id,zh,en,colour\nsec,分泌组,secretome,red\n")
    result = run("check", zh, "--en", en, "--glossary", g, "--format", "json")
    assert result.exit_code == 0, result.output
    warning = f"zhen-qa: warning: {g}: line 1: column 'colour' not understood; ignored"
    assert warning in result.stderr.splitlines()
    assert json.loads(result.stdout)["signature"]["glossary_problems"] == [warning.split("warning: ", 1)[1]]
    strict = run("check", zh, "--en", en, "--glossary", g, "--strict")
    assert strict.exit_code == 2 and "not understood" in strict.stderr


def test_check_warns_when_a_glossary_has_no_concepts(tmp_path: Path) -> None:
    """A glossary with only its header row, or whose every row is skipped as a problem, checks no term against a
    rendering: `check` says so on stderr, beside the "(0 concepts)" of its Glossary line; a glossary with a concept
    is not warned about."""
    zh, en = write(tmp_path / "zh.txt", ZH), write(tmp_path / "en.txt", EN)
    header = write(tmp_path / "header.csv", "zh,en\n")
    skipped = write(tmp_path / "skipped.csv", "id,zh,en\n1,,\n")
    for g in (header, skipped):
        result = run("check", zh, "--en", en, "--glossary", g)
        assert result.exit_code in (0, 1) and "(0 concepts)" in result.stdout, result.output
        assert f"zhen-qa: warning: {g}: no concepts; terms are checked only for consistency within the text, as " \
            "with no glossary (`zhen-qa glossary validate` says why)" in result.stderr.splitlines(), result.stderr
    full = write(tmp_path / "full.csv", "zh,en\n分泌组,secretome\n")
    assert "no concepts" not in run("check", zh, "--en", en, "--glossary", full).stderr


def test_columns_option_reads_an_ambiguous_layout(tmp_path: Path) -> None:
    zh, en = write(tmp_path / "zh.txt", ZH), write(tmp_path / "en.txt", "This study measured the secretion.\n")
    g = write(tmp_path / "g.csv", "A,B\nsecretome,分泌组\n")
    assert run("check", zh, "--en", en, "--glossary", g).exit_code == 2  # no zh/en column: unreadable
    result = run("check", zh, "--en", en, "--glossary", g, "--columns", "en=A,zh=B")
    assert result.exit_code == 1 and "[term-missing]" in result.stdout
    assert run("check", zh, "--en", en, "--glossary", g, "--columns", "fr=A").exit_code == 2


def test_en_given_twice_is_a_usage_error(tmp_path: Path) -> None:
    zh, en = write(tmp_path / "zh.txt", ZH), write(tmp_path / "en.txt", EN)
    result = run("check", zh, "--en", en, "--en", en)
    assert result.exit_code == 2 and "--en given more than once" in result.stderr


def test_one_unreadable_file_among_many_does_not_stop_the_others(tmp_path: Path) -> None:
    good = write(tmp_path / "a.md", "# 标题\n\n这是一个测试。\n\n# Title\n\nThis is a test.\n")
    bad = tmp_path / "b.md"
    bad.write_bytes(b"\x00\x01binary")
    result = run("check", good, str(bad), "--format", "json")
    assert result.exit_code == 2
    files = json.loads(result.stdout)["summary"]["files"]
    assert [(f["path"], f["pairs"]) for f in files] == [(good, 1), (str(bad), 0)]
    errors = [ln for ln in result.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1 and str(bad) in errors[0]


def test_pdf_named_docx_is_called_a_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "paper.docx"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    result = run("check", str(pdf))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"zhen-qa: error: {pdf}: is a PDF, not a .docx; extract its text to a .txt or " \
                                    ".md file first"


def test_many_glossary_problems_are_summed_up_after_twenty(tmp_path: Path) -> None:
    rows = "".join(f"c{n},术语{n},term {n}\nc{n},术语{n}乙,term {n} b\n" for n in range(25))  # 25 duplicate ids
    g = write(tmp_path / "g.csv", "id,zh,en\n" + rows)
    zh, en = write(tmp_path / "zh.txt", ZH), write(tmp_path / "en.txt", EN)
    result = run("check", zh, "--en", en, "--glossary", g, "--format", "json")
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("zhen-qa: warning:")]
    assert len(warnings) == 21
    assert warnings[-1] == ("zhen-qa: warning: 5 more glossary problems (all 25 are in the report's signature; "
                            "`zhen-qa glossary validate` lists them)")
    assert len(json.loads(result.stdout)["signature"]["glossary_problems"]) == 25


def test_validate_notes_one_language_concepts_and_chinese_homonyms(tmp_path: Path) -> None:
    """`glossary validate` passed a file with an empty English cell, an empty Chinese cell and one Chinese term in two
    rows with different English in silence ("valid"). All three load by design (a homonym is satisfied by either
    concept; a one-language concept is matched but its translation cannot be checked), so they stay valid, exit 0,
    also with --strict; each is a note a terminologist can read, counted on the summary line."""
    path = write(tmp_path / "g.csv", "zh,en\n分泌组,secretome\n分泌组,secretory group\n再生医学,\n,growth factor\n"
                                      "生长因子,growth factor\n细胞,cell\n细胞,Cell\n")
    for strict in ((), ("--strict",)):
        result = run("glossary", "validate", path, *strict)
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert lines[:3] == [
            f"{path}: note: concept c4 (再生医学) has no English term: its Chinese terms are matched, but how the text "
            "translates them is not checked",
            f"{path}: note: concept c5 (growth factor) has no Chinese term: its English terms are matched, but how "
            "the text translates them is not checked",
            f"{path}: note: 「分泌组」 is listed by 2 concepts with different English, c2 (secretome) and c3 "
            "(secretory group): a use of it is accepted with either's English; if they are one concept, make one "
            "entry with admitted terms"]  # 细胞 twice with the same English (by case) is no homonym
        assert lines[3].startswith(f"{path}: 7 concepts, valid; 3 notes (homonym 1, one-language 2) (sha256:")
    assert run("glossary", "validate", write(tmp_path / "ok.csv", "zh,en\n分泌组,secretome\n")).stdout.startswith(
        f"{tmp_path / 'ok.csv'}: 1 concept, valid (sha256:")


def test_validate_notes_an_english_term_two_concepts_list(tmp_path: Path) -> None:
    """review50 R7: "router" admitted for 路由 (route) and preferred for 路由器 — a text's "router" counts as either,
    and the two concepts' forms look like one concept's two forms; validate says so, as for a Chinese homonym."""
    path = write(tmp_path / "g.csv", "id,zh,en,en_admitted\nroute,路由,route,router\nrouter,路由器,router,\n")
    result = run("glossary", "validate", path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{path}: note: “router” is listed by 2 concepts with different Chinese, route (路由) and "
                        "router (路由器): a use of it is accepted with either's Chinese; if they are one concept, "
                        "make one entry with admitted terms")
    assert "1 note (homonym 1)" in lines[1]


def test_validate_notes_a_glossary_without_concepts(tmp_path: Path) -> None:
    """A header row only (an export that went wrong) was "0 concepts, valid" with nothing else said; it loads, and a
    run with it checks terms only within the text, so it stays valid with a note."""
    path = write(tmp_path / "g.csv", "zh,en\n")
    result = run("glossary", "validate", path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{path}: note: no concepts: a run with this glossary checks terms only for consistency "
                        "within the text, as a run without one does")
    assert lines[1].startswith(f"{path}: 0 concepts, valid; 1 note (empty 1) (sha256:")
