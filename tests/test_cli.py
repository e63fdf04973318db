"""The command line through click's CliRunner: the sample, formats, exit codes, bad input."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.texts import thesis_with_chapter
from zhen_qa.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    """A copy of the bundled sample folder (manuscript, glossary, zhen-qa.toml)."""
    dest = tmp_path / "samples"
    shutil.copytree(SAMPLES, dest, ignore=shutil.ignore_patterns("*.xlf", "secretome-*", "thesis"))  # Markdown only
    return dest / "manuscript.md"


def run(*args: str) -> "CliRunner.invoke":
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_sample_text_report_exits_1_and_lists_findings(sample: Path) -> None:
    before = hashlib.sha256(sample.read_bytes()).hexdigest()
    result = run("check", str(sample))
    assert result.exit_code == 1, result.output
    lines = [l for l in result.stdout.splitlines() if "[term-variant]" in l]
    assert lines, result.stdout
    path, line, col = lines[0].split(":")[:3]
    assert path.endswith("manuscript.md") and int(line) > 0 and int(col) > 0
    assert hashlib.sha256(sample.read_bytes()).hexdigest() == before  # input untouched


def test_json_has_findings_pairs_and_summary(sample: Path) -> None:
    result = run("check", str(sample), "--format", "json")
    doc = json.loads(result.stdout)
    sections = [p["section"] for p in doc["pairs"]]
    for name in ("title", "authors", "affiliations", "abstract", "keywords", "citation"):
        assert name in sections, sections
    rules = {f["rule"] for f in doc["findings"]}
    assert {"term-variant", "monolingual-section", "number-mismatch", "untranslated"} <= rules
    f = doc["findings"][0]
    for key in ("rule", "severity", "path", "line", "column", "end_line", "end_column", "lang", "message"):
        assert key in f


def test_sarif_parses_with_catalog_and_code_point_columns(sample: Path) -> None:
    result = run("check", str(sample), "--format", "sarif")
    doc = json.loads(result.stdout)
    run0 = doc["runs"][0]
    assert doc["version"] == "2.1.0"
    assert run0["columnKind"] == "unicodeCodePoints"
    ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    assert "term-variant" in ids and len(ids) == len(set(ids))


def test_fail_on_never_and_select(sample: Path) -> None:
    assert run("check", str(sample), "--fail-on", "never").exit_code == 0
    result = run("check", str(sample), "--select", "repeated-char", "--format", "json")
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} == {"repeated-char"}
    ignored = run("check", str(sample), "--ignore", "term-variant,term-inconsistent", "--format", "json")
    assert not {"term-variant", "term-inconsistent"} & {f["rule"] for f in json.loads(ignored.stdout)["findings"]}


def test_output_file_is_written(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("check", str(sample), "--format", "json", "--output", str(out))
    assert result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".zhen-qa-")]


def test_rules_lists_unique_ids_with_severity() -> None:
    result = run("rules", "--format", "json")
    rules = json.loads(result.stdout)
    ids = [r["id"] for r in rules]
    from zhen_qa.checks.registry import RULES

    assert len(ids) == len(set(ids)) == len(RULES) >= 12
    assert {"term-variant", "term-missing", "untranslated", "number-mismatch", "pair-mismatch"} <= set(ids)
    assert {r["severity"] for r in rules} <= {"error", "warning", "info"}


@pytest.mark.parametrize(
    "content, message",
    [(None, "no such file"), (b"\x00\x01\x02binary", "not a text manuscript")],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "m.md"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_empty_file_exits_0_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("")
    result = run("check", str(path))
    assert result.exit_code == 0
    assert "empty file" in result.stderr


def test_unknown_rule_is_a_usage_error(sample: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(sample), "--select", "no-such-rule"])
    assert result.exit_code == 2 and "unknown rule" in result.stderr


def test_two_file_mode_aligns_sections(tmp_path: Path) -> None:
    zh = tmp_path / "zh.md"
    en = tmp_path / "en.md"
    zh.write_text(
        "1. 引言\n\n心血管疾病每年造成约1800万人死亡。这相当于全球死亡的31%。\n\n2. 方法\n\n我们研究了120例患者。\n",
        encoding="utf-8",
    )
    en.write_text(
        "1. Introduction\n\nCardiovascular diseases cause about 18 million deaths each year. "
        "This is 31% of all deaths worldwide.\n\n2. Methods\n\nWe studied 210 patients.\n",
        encoding="utf-8",
    )
    result = run("check", str(zh), "--en", str(en), "--format", "json")
    doc = json.loads(result.stdout)
    assert [p["section"] for p in doc["pairs"]] == ["1. 引言", "2. 方法"]
    numbers = [f for f in doc["findings"] if f["rule"] == "number-mismatch"]
    assert len(numbers) == 1 and numbers[0]["line"] == 7, numbers


def test_folders_and_globs_with_a_summary_per_file(sample: Path) -> None:
    folder = sample.parent
    second = folder / "sub" / "again.md"
    second.parent.mkdir()
    second.write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", str(folder), "--fail-on", "never")
    summaries = [l for l in result.stdout.splitlines() if l.endswith(")") and "findings (" in l]
    assert any("manuscript.md:" in l for l in summaries) and any("again.md:" in l for l in summaries)
    assert "in 2 files" in result.stdout
    globbed = run("check", str(folder / "**" / "*.md"), "--format", "json")
    assert {f["path"] for f in json.loads(globbed.stdout)["findings"]} == {str(sample), str(second)}


def test_a_folder_without_manuscripts_names_every_form_searched(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 0
    note = [l for l in result.stderr.splitlines() if "no manuscript" in l]
    assert len(note) == 1 and all(s in note[0] for s in (".tex", ".xlf", ".tmx", ".po", ".mdx")), result.stderr


def test_baseline_hides_known_findings_but_not_new_ones(sample: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert run("check", str(sample), "--write-baseline", str(baseline)).exit_code == 0
    assert run("check", str(sample), "--baseline", str(baseline)).exit_code == 0
    text = sample.read_text(encoding="utf-8")
    sample.write_text("新的一行。\n\n" + text.replace("分泌组包括可溶性蛋白", "分泌物包括可溶性蛋白"), encoding="utf-8")
    result = run("check", str(sample), "--baseline", str(baseline), "--format", "json")
    new = json.loads(result.stdout)["findings"]
    assert result.exit_code == 1
    assert [f["rule"] for f in new if f["rule"] == "term-variant"] == ["term-variant"]
    assert all(f["line"] == 35 for f in new if f["rule"] == "term-variant")


def test_export_tmx_has_a_unit_per_aligned_bead(sample: Path, tmp_path: Path) -> None:
    from translate.storage import tmx

    out = tmp_path / "pairs.tmx"
    run("check", str(sample), "--export-tmx", str(out), "--fail-on", "never")
    units = tmx.tmxfile.parsestring(out.read_bytes()).units
    sources = [u.source for u in units]
    assert any(s.startswith("再生医学致力于") for s in sources)
    assert all(u.target for u in units)


ZH_LINES = "心血管疾病是全球主要的健康问题。\n每年约有1800万人死于心血管疾病。\n这相当于全球死亡人数的31%。\n"
EN_LINES = "Cardiovascular disease is a major health problem worldwide.\nThis is 31% of all deaths worldwide.\n"


@pytest.fixture()
def pair_files(tmp_path: Path) -> tuple[Path, Path]:
    zh, en = tmp_path / "doc.zh", tmp_path / "doc.en"
    zh.write_text(ZH_LINES, encoding="utf-8")
    en.write_text(EN_LINES, encoding="utf-8")
    return zh, en


def test_align_beads_format_and_evaluate(pair_files: tuple[Path, Path], tmp_path: Path) -> None:
    zh, en = pair_files
    pred = tmp_path / "doc.align"
    assert run("align", str(zh), str(en), "--presplit", "--output", str(pred)).exit_code == 0
    assert pred.read_text(encoding="utf-8").split() == ["[0]:[0]", "[1]:[]", "[2]:[1]"]
    gold = tmp_path / "doc.gold"
    gold.write_text("[0]:[0]\n[1,2]:[1]\n", encoding="utf-8")
    result = run("evaluate", "--gold", str(gold), "--pred", str(pred))
    pooled = next(l for l in result.stdout.splitlines() if l.startswith("pooled")).split()
    strict_p, strict_r, strict_f = map(float, pooled[1:4])
    lax_p, lax_r = map(float, pooled[4:6])
    assert (strict_p, strict_r) == (pytest.approx(1 / 3, abs=1e-4), 0.5)  # [0]:[0] right; the null bead is not
    assert (lax_p, lax_r) == (1.0, 1.0)  # [2]:[1] overlaps [1,2]:[1]


def test_align_tsv_json_and_tmx(pair_files: tuple[Path, Path]) -> None:
    from translate.storage import tmx

    zh, en = pair_files
    tsv = run("align", str(zh), str(en), "--presplit", "--format", "tsv").stdout.splitlines()
    assert len(tsv) == 4 and tsv[0].split("\t")[:2] == ["zh_ids", "en_ids"]
    doc = json.loads(run("align", str(zh), str(en), "--presplit", "--format", "json").stdout)
    assert doc  # parses
    data = run("align", str(zh), str(en), "--presplit", "--format", "tmx").stdout_bytes
    units = tmx.tmxfile.parsestring(data).units
    assert [u.target for u in units] == EN_LINES.splitlines()


def test_align_writes_the_format_its_output_extension_names(pair_files: tuple[Path, Path], tmp_path: Path) -> None:
    zh, en = pair_files
    for name, opening in (("p.tmx", "<?xml"), ("p.tsv", "zh_ids\ten_ids"), ("p.json", "["), ("p.align", "[0]:[0]")):
        assert run("align", str(zh), str(en), "--presplit", "-o", str(tmp_path / name)).exit_code == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(opening), name
    forced = run("align", str(zh), str(en), "--presplit", "--format", "beads", "-o", str(tmp_path / "b.tmx"))
    assert forced.exit_code == 0
    assert (tmp_path / "b.tmx").read_text(encoding="utf-8").startswith("[0]:[0]")  # --format wins


def test_align_raw_text_is_segmented(tmp_path: Path) -> None:
    zh, en = tmp_path / "a.txt", tmp_path / "b.txt"
    zh.write_text(ZH_LINES.replace("\n", ""), encoding="utf-8")
    en.write_text(EN_LINES.replace("\n", " "), encoding="utf-8")
    beads = run("align", str(zh), str(en), "--chrf", "0").stdout.split()
    assert beads == ["[0]:[0]", "[1]:[]", "[2]:[1]"]


def test_version_and_shell_completion() -> None:
    version = run("--version").stdout
    assert version.startswith("zhen-qa ") and version.split()[1][0].isdigit()
    script = CliRunner().invoke(main, [], prog_name="zhen-qa", env={"_ZHEN_QA_COMPLETE": "bash_source"}).output
    assert "_zhen_qa_completion" in script and "complete " in script


@pytest.mark.parametrize("preset", [None, ("OMP_NUM_THREADS", "4"), ("OPENBLAS_NUM_THREADS", "2")])
def test_a_command_asks_openblas_for_one_thread_unless_the_user_chose(
        monkeypatch: pytest.MonkeyPatch, preset: tuple[str, str] | None) -> None:
    for name in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    if preset:
        monkeypatch.setenv(*preset)
    assert run("rules").exit_code == 0
    expected = "2" if preset == ("OPENBLAS_NUM_THREADS", "2") else None if preset else "1"
    assert os.environ.get("OPENBLAS_NUM_THREADS") == expected


def test_no_colour_when_not_a_terminal_or_with_no_color(sample: Path) -> None:
    plain = CliRunner().invoke(main, ["check", str(sample)], env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" not in plain
    assert "\x1b[" not in run("check", str(sample)).stdout  # CliRunner's stdout is not a terminal


@pytest.mark.parametrize("args", [
    ["check", "{m}", "--output", "{m}"],
    ["check", "{d}", "--export-tmx", "{m}"],
    ["check", "{m}", "--glossary", "{g}", "--output", "{g}"],
    ["fix", "{m}", "--output", "{m}"],
    ["terms", "{m}", "--output", "{m}"],
    ["align", "{m}", "{m}", "--output", "{m}"],
    ["glossary", "convert", "{g}", "{g}"],
], ids=["check", "export-tmx", "glossary", "fix", "terms", "align", "convert"])
def test_an_output_that_names_an_input_is_refused_and_the_input_kept(tmp_path: Path, args: list[str]) -> None:
    folder = tmp_path / "ms"
    folder.mkdir()
    m, g = folder / "m.txt", tmp_path / "g.csv"
    m.write_text("标题：分泌物研究\n\nTitle: Secretome research\n", encoding="utf-8")
    g.write_text("zh,en,zh_deprecated\n分泌组,secretome,分泌物\n", encoding="utf-8")
    before = (m.read_bytes(), g.read_bytes())
    result = CliRunner().invoke(main, [a.format(m=m, g=g, d=folder) for a in args])
    assert result.exit_code == 2, result.output
    assert "is an input of this run" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (m.read_bytes(), g.read_bytes()) == before


def test_a_note_at_a_place_in_the_file_names_the_file_once(tmp_path: Path) -> None:
    main_tex = tmp_path / "main.tex"
    main_tex.write_text("\\documentclass{ctexart}\n\\begin{document}\n\\input{missing}\n\\section{引言}\n正文。\n"
                        "\\end{document}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(main_tex)])
    note = next(l for l in result.stderr.splitlines() if "missing" in l)
    assert note == f"zhen-qa: note: {main_tex}:3:1: \\input{{missing}}: file not found, not checked"


def test_an_output_naming_a_file_a_latex_main_file_reads_is_refused(tmp_path: Path) -> None:
    main_tex, chapter = thesis_with_chapter(tmp_path, "\\chapter{引言}\n分泌组含有因子,对吗。\n")
    before = chapter.read_bytes()
    result = CliRunner().invoke(main, ["check", str(main_tex), "-o", str(chapter)])
    assert result.exit_code == 2 and "is an input of this run" in result.stderr
    assert chapter.read_bytes() == before


def test_terms_goes_on_past_a_file_it_cannot_read(tmp_path: Path) -> None:
    good, bad = tmp_path / "a.md", tmp_path / "b.md"
    good.write_text("# 标题\n\n分泌组含有因子。分泌组很重要。\n", encoding="utf-8")
    bad.write_bytes(b"\x00\x01\x02 binary")
    result = CliRunner().invoke(main, ["terms", str(good), str(bad)])
    assert result.exit_code == 2
    assert "分泌组" in result.stdout  # the draft of the readable file
    assert [l for l in result.stderr.splitlines() if "error" in l] == [
        f"zhen-qa: error: {bad}: not a text manuscript (binary data or NUL bytes); save it as UTF-8 text (.md, .txt) "
        "or as Word (.docx)"]


@pytest.mark.parametrize("name, opening", [("draft.tbx", b"<?xml"), ("draft.xlsx", b"PK\x03\x04"),
                                           ("draft.json", b"{"), ("draft.csv", "\ufeffid,zh,en".encode())])
def test_terms_writes_the_format_its_output_extension_names(tmp_path: Path, name: str, opening: bytes) -> None:
    from zhen_qa.glossary.formats import load

    doc = tmp_path / "a.md"
    doc.write_text("# 标题\n\n分泌组含有因子。分泌组很重要。分泌物也是。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["terms", str(doc), "-o", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    data = (tmp_path / name).read_bytes()
    assert data.startswith(opening)
    if not name.endswith(".json"):
        assert any(c.zh == "分泌组" for c in load(str(tmp_path / name)).concepts)
    forced = CliRunner().invoke(main, ["terms", str(doc), "--format", "csv", "-o", str(tmp_path / "x.tbx")])
    assert forced.exit_code == 0 and (tmp_path / "x.tbx").read_bytes().startswith("\ufeffid,".encode())


def test_evaluate_warns_of_gold_documents_without_a_prediction(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    for doc in ("a", "b"):
        (gold / f"{doc}.gold").write_text("[0]:[0]\n", encoding="utf-8")
    (pred / "a.align").write_text("[0]:[0]\n", encoding="utf-8")
    (pred / "B.align").write_text("[0]:[0]\n", encoding="utf-8")  # misnamed
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0
    assert result.stderr == (f"zhen-qa: warning: {pred}: no prediction for 1 of 2 gold documents (b.align); each is "
                             "scored as aligning nothing\n")


@pytest.mark.parametrize("args, line", [
    (["check", "--foo"], "zhen-qa: error: no such option '--foo'. Did you mean '--format'? (see zhen-qa check --help)"),
    (["check"], "zhen-qa: error: missing argument 'PATHS...' (see zhen-qa check --help)"),
    (["--foo"], "zhen-qa: error: no such option '--foo' (see zhen-qa --help)"),
    (["glossary", "convert"], "zhen-qa: error: missing argument 'SOURCE' (see zhen-qa glossary convert --help)"),
    (["fix", "x.md", "--in-place", "--output", "y.md"],
     "zhen-qa: error: give either --in-place or --output, not both (see zhen-qa fix --help)"),
])
def test_a_usage_error_is_one_line_on_stderr_and_exit_2(args: list[str], line: str) -> None:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [line] and result.stdout == ""


def test_help_stays_full() -> None:
    result = CliRunner().invoke(main, ["check", "--help"], catch_exceptions=False)
    assert result.exit_code == 0 and result.output.startswith("Usage: ") and "--glossary" in result.output


FR_DE_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="fr-FR" target-language="de-DE" datatype="plaintext"><body>
  <trans-unit id="u1"><source>Bonjour.</source><target>Guten Tag.</target></trans-unit>
 </body></file></xliff>
"""


def test_an_other_language_cat_file_in_a_folder_is_skipped_with_a_note(sample: Path, tmp_path: Path) -> None:
    folder = sample.parent
    (folder / "fr.xlf").write_text(FR_DE_XLIFF, encoding="utf-8")
    alone = run("check", str(sample))
    result = run("check", str(folder))
    assert result.exit_code == alone.exit_code == 1
    assert result.stderr.splitlines() == [
        f"zhen-qa: note: {folder / 'fr.xlf'}: skipped: not Chinese-English (languages fr-FR→de-DE)"]
    assert "fr.xlf" not in result.stdout
    archive = run("check", str(folder), "--out-dir", str(tmp_path / "out"))
    assert archive.exit_code == 1 and "skipped: not Chinese-English (languages fr-FR→de-DE)" in archive.stderr
    named = run("check", str(folder / "fr.xlf"))
    assert named.exit_code == 2
    assert named.stderr.startswith(f"zhen-qa: error: {folder / 'fr.xlf'}: its languages are fr-FR -> de-DE")


def test_align_and_fix_name_an_empty_file_as_check_does(tmp_path: Path) -> None:
    empty, zh = tmp_path / "empty.txt", tmp_path / "zh.txt"
    empty.write_text("")
    zh.write_text("分泌组含有多种生长因子。\n", encoding="utf-8")
    result = run("align", str(zh), str(empty))
    assert result.exit_code == 0 and result.stdout == "[0]:[]\n"
    assert result.stderr == f"zhen-qa: note: {empty}: empty file: no sentence of {zh} has a counterpart\n"
    result = run("fix", str(empty))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"zhen-qa: note: {empty}: empty file: nothing to check",
                                          "zhen-qa: nothing to fix"]
