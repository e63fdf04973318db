"""What a translator, a journal editor and a pre-commit user meet on the command line: the report format an
--output name asks for, `fix` saying why a CAT file's findings are not fixed, other-language files named by a hook."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zhen_qa.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_output_name_chooses_the_format_when_none_is_given(tmp_path: Path) -> None:
    import docx

    manuscript = tmp_path / "m.md"
    shutil.copy(SAMPLES / "manuscript.md", manuscript)
    review, report, text = tmp_path / "review.docx", tmp_path / "r.json", tmp_path / "r.html"
    assert run("check", str(manuscript), "-o", str(review)).exit_code == 1
    assert any(p.text for p in docx.Document(str(review)).paragraphs)  # a Word review, not text in a .docx
    assert run("check", str(manuscript), "-o", str(report)).exit_code == 1
    assert json.loads(report.read_text(encoding="utf-8"))["findings"]
    assert run("check", str(manuscript), "--format", "text", "-o", str(text)).exit_code == 1  # --format wins
    assert text.read_text(encoding="utf-8").startswith(f"{manuscript}:")


def test_fix_says_why_findings_in_cat_source_segments_are_not_fixed(tmp_path: Path) -> None:
    xliff = tmp_path / "s.xlf"
    shutil.copy(SAMPLES / "secretome.xlf", xliff)
    before = xliff.read_bytes()
    result = run("fix", str(xliff), "--glossary", str(SAMPLES / "glossary.csv"))
    assert result.exit_code == 0 and xliff.read_bytes() == before
    assert result.stderr.splitlines() == [
        f"zhen-qa: note: {xliff}: 3 certain fixes in source segments left alone (the original's text; fix it where "
        "the source is written)", "zhen-qa: nothing to fix"]


def test_a_dry_run_counts_one_fix_as_one(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("分泌组研究\n\nSecretome research\n\n摘要：本研究纳入了120例患者,随访一年。\n\n"
                    "Abstract: We included 120 patients and followed them for a year.\n", encoding="utf-8")
    result = run("fix", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == ("zhen-qa: 1 certain fix in 1 file (dry run: nothing written; "
                                              "--in-place or --output FILE applies them)")


FRENCH_PO = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Hello"\nmsgstr "Bonjour"\n'


def test_a_named_other_language_file_is_skipped_when_asked(tmp_path: Path) -> None:
    french, manuscript = tmp_path / "fr.po", tmp_path / "m.md"
    french.write_text(FRENCH_PO, encoding="utf-8")
    shutil.copy(SAMPLES / "manuscript.md", manuscript)
    note = f"zhen-qa: note: {french}: skipped: not Chinese-English (languages target fr, source not declared)"
    assert run("check", str(french), str(manuscript)).exit_code == 2  # named: an error, as before
    checked = run("check", "--skip-other-languages", str(french), str(manuscript))
    assert checked.exit_code == 1 and note in checked.stderr.splitlines() and "fr.po" not in checked.stdout
    alone = run("check", "--skip-other-languages", str(french))
    assert alone.exit_code == 0 and alone.stderr.splitlines()[0] == note
    fixed = run("fix", "--skip-other-languages", str(french), str(manuscript))
    assert fixed.exit_code == 1 and fixed.stderr.splitlines()[0] == note
    assert run("fix", str(french)).exit_code == 2


def test_documents_an_editor_is_sent_in_other_formats_are_named(tmp_path: Path) -> None:
    cases = {"paper.pdf": (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n", "is a PDF: zhen-qa reads text, not pages"),
             "paper.rtf": (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}\n", "is an RTF document; save it as .docx"),
             "paper.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "is a Word 97-2003 document (.doc)"),
             "renamed.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
                              "is a Word 97-2003 document (.doc) or a password-protected .docx")}
    for name, (data, said) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run("check", str(path))
        assert result.exit_code == 2 and result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"zhen-qa: error: {path}: {said}")


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("分泌组含有多种生长因子,可促进组织修复。\n", encoding="utf-8")
    en.write_text("The secretome contains many growth factors that promote tissue repair.\n", encoding="utf-8")
    return zh, en


def test_options_a_run_would_silently_drop_are_refused_together(tmp_path: Path) -> None:
    """Stop 45's walk: `--out-dir` took `--baseline`, `--write-baseline` and `--export-tmx` and ignored them (the
    archive keeps every finding; no baseline was written, none applied), `--write-baseline` ignored `--output`, and
    `--scheduler` silently won over `--jobs 2`. Each pair is one clear usage error, exit 2, nothing written."""
    zh, en = _pair(tmp_path)
    before = zh.read_bytes(), en.read_bytes()
    base = tmp_path / "base.json"
    assert run("check", str(zh), "--en", str(en), "--write-baseline", str(base)).exit_code == 0
    out = tmp_path / "archive"
    cases = [
        (("--out-dir", str(out), "--baseline", str(base)), "give --baseline or --out-dir, not both"),
        (("--out-dir", str(out), "--write-baseline", str(tmp_path / "b2.json")), "give --write-baseline or --out-dir"),
        (("--out-dir", str(out), "--export-tmx", str(tmp_path / "p.tmx")), "give --export-tmx or --out-dir"),
        (("--write-baseline", str(tmp_path / "b3.json"), "-o", str(tmp_path / "r.json")),
         "give --write-baseline or --output, not both"),
        (("-j", "2", "--scheduler", "tcp://127.0.0.1:1"), "give --jobs or --scheduler, not both"),
    ]
    for options, said in cases:
        result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), *options])
        assert result.exit_code == 2, (options, result.output)
        assert said in result.stderr and "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["a.en.txt", "a.zh.txt", "base.json"]
    assert (zh.read_bytes(), en.read_bytes()) == before
    result = CliRunner().invoke(main, ["terms", str(zh), "--en", str(en), "-j", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "give --jobs or --scheduler, not both" in result.stderr


def test_columns_no_glossary_of_the_run_can_use_are_refused(tmp_path: Path) -> None:
    """Stop 45's walk: `check a.txt --columns zh=X` without a glossary (or with only a TBX one, which has no
    columns) was accepted and dropped. Now a usage error, exit 2, nothing written; a glossary named in zhen-qa.toml
    takes it."""
    zh, en = _pair(tmp_path)
    before = zh.read_bytes(), en.read_bytes()
    tbx = tmp_path / "g.tbx"
    csv = tmp_path / "g.csv"
    csv.write_text("zh,en\n分泌组,secretome\n", encoding="utf-8")
    assert run("glossary", "convert", str(csv), str(tbx)).exit_code == 0
    report = tmp_path / "r.json"
    cases = [
        (("check", str(zh), "--en", str(en), "--columns", "zh=zh,en=en", "-o", str(report)), "none is given"),
        (("check", str(zh), "--en", str(en), "--glossary", str(tbx), "--columns", "zh=zh,en=en", "-o", str(report)),
         "g.tbx has none"),
        (("glossary", "show", str(tbx), "--columns", "zh=zh,en=en"), "g.tbx has none"),
    ]
    for args, said in cases:
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 2, (args, result.output)
        assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not report.exists() and (zh.read_bytes(), en.read_bytes()) == before
    (tmp_path / "zhen-qa.toml").write_text('glossary = "g.csv"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "--columns", "zh=zh,en=en"])
    assert result.exit_code in (0, 1), result.output  # the configured table glossary takes the columns
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "--glossary", str(csv),
                                       "--columns", "zh=Term,en=en"])
    assert result.exit_code == 2 and "'Term', which is not in the header" in result.stderr


def test_a_dry_run_that_would_write_is_refused(tmp_path: Path) -> None:
    """`fix --dry-run --in-place` printed the diff and wrote nothing, without a word: the user asked for both."""
    zh = tmp_path / "a.md"
    zh.write_text("# 标题\n\n这是一个测试,很好。\n\n# Title\n\nThis is a test.\n", encoding="utf-8")
    before = zh.read_bytes()
    for options in (("--in-place",), ("--in-place", "--backup"), ("-o", str(tmp_path / "fixed.md"))):
        result = CliRunner().invoke(main, ["fix", str(zh), "--dry-run", *options])
        assert result.exit_code == 2, (options, result.output)
        assert "not both: a dry run writes nothing" in result.stderr and not result.stdout
        assert len(result.stderr.strip().splitlines()) == 1
    assert zh.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]
    assert CliRunner().invoke(main, ["fix", str(zh), "--dry-run"]).exit_code == 1  # the diff, as before


def test_the_chinese_file_given_again_as_its_english_is_refused(tmp_path: Path) -> None:
    """`check a.txt --en a.txt` compared a file with itself: nothing on a Chinese file (a clean-looking report),
    hundreds of untranslated-span findings on a bilingual one. check, fix, terms and align name the file and exit 2,
    whichever spelling of the path the second one uses."""
    zh, _ = _pair(tmp_path)
    before = zh.read_bytes()
    again = str(tmp_path / "." / zh.name)
    for args in (("check", str(zh), "--en", again), ("fix", str(zh), "--en", again),
                 ("terms", str(zh), "--en", again), ("align", str(zh), again)):
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr == f"zhen-qa: error: {again}: the English file is the Chinese file itself; give the " \
                                "translation's own file\n"
    assert zh.read_bytes() == before


def test_a_glossary_warning_names_the_glossary_as_it_was_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    """`--glossary gdup.csv` warned about `/tmp/.../gdup.csv: line 3, ...` while its errors (and `--strict`) said
    `gdup.csv: ...`: the warning names it as given; one found by zhen-qa.toml is named relative to the folder the
    run is in."""
    zh, en = _pair(tmp_path)
    (tmp_path / "g.csv").write_text("id,zh,en\nsecretome,分泌组,secretome\nsecretome,分泌物,secretions\n",
                                    encoding="utf-8")
    said = "g.csv: line 3, field id: duplicate id 'secretome' (first at line 2); renumbered 'secretome-2'"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", zh.name, "--en", en.name, "--glossary", "g.csv"])
    assert f"zhen-qa: warning: {said}" in result.stderr.splitlines()
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    result = CliRunner().invoke(main, ["check", f"../{zh.name}", "--en", f"../{en.name}", "--glossary", "../g.csv"])
    assert f"zhen-qa: warning: ../{said}" in result.stderr.splitlines()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "zhen-qa.toml").write_text('glossary = ["g.csv"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", zh.name, "--en", en.name])
    assert f"zhen-qa: warning: {said}" in result.stderr.splitlines()


def test_an_output_name_asking_for_a_format_check_does_not_write_is_warned_about(tmp_path: Path) -> None:
    """`-o report.pdf` wrote a text report under a .pdf name without a word; it still writes text (README: the
    extension's format, else text) but says so, naming the extensions that choose a format. A .txt, .log or no
    extension is text as asked, and --format silences it."""
    zh, en = _pair(tmp_path)
    pdf = tmp_path / "report.pdf"
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "-o", str(pdf)])
    assert result.exit_code == 1 and pdf.read_text(encoding="utf-8").startswith(str(zh))
    assert result.stderr.splitlines() == [
        f"zhen-qa: warning: {pdf}: no report format is named .pdf; writing text (formats by extension: .json .sarif "
        ".html .htm .csv .xlsx .docx; or give --format)"]
    for name, extra in (("report.txt", ()), ("report", ()), ("report.log", ()), ("r.pdf", ("--format", "text"))):
        result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "-o", str(tmp_path / name), *extra])
        assert "warning" not in result.stderr, (name, result.stderr)


def test_reviews_say_which_glossary_the_text_was_checked_against(tmp_path: Path) -> None:
    """An editor given the HTML page or the Word review could not tell whether, or against which glossary, the
    terms were checked (the signature held only a checksum); both now say it, by file name and concept count."""
    import docx

    zh, en = _pair(tmp_path)
    terms = tmp_path / "terms"
    terms.mkdir()
    glossary = terms / "journal.csv"
    glossary.write_text("zh,en\n分泌组,secretome\n生长因子,growth factor\n", encoding="utf-8")
    page, review = tmp_path / "r.html", tmp_path / "r.docx"
    for out in (page, review):
        assert run("check", str(zh), "--en", str(en), "--glossary", str(glossary), "-o", str(out)).exit_code in (0, 1)
    said = "Glossary: journal.csv (2 concepts)."
    assert f'<p class="glossary">{said}</p>' in page.read_text(encoding="utf-8")
    assert docx.Document(str(review)).sections[0].header.paragraphs[0].text.endswith(f"at their places. {said}")
    assert run("check", str(zh), "--en", str(en), "-o", str(page)).exit_code in (0, 1)
    assert "No glossary: terms were checked only for consistency" in page.read_text(encoding="utf-8")
    xliff = tmp_path / "s.xlf"
    shutil.copy(SAMPLES / "secretome.xlf", xliff)
    assert run("check", str(xliff), "--glossary", str(glossary), "-o", str(review)).exit_code in (0, 1)
    assert said in [p.text for p in docx.Document(str(review)).paragraphs][:4]  # the CAT review's table says it too


def test_a_run_whose_files_had_different_glossaries_says_which_had_none(tmp_path: Path) -> None:
    """A zhen-qa.toml in one folder only: the page said "Glossary: journal.csv (2 concepts)." of the whole run,
    though the other folder's file was checked with no glossary; now each set says how many files it served."""
    with_terms, without = tmp_path / "a", tmp_path / "b"
    for folder in (with_terms, without):
        folder.mkdir()
        _pair(folder)
    (with_terms / "journal.csv").write_text("zh,en\n分泌组,secretome\n生长因子,growth factor\n", encoding="utf-8")
    (with_terms / "zhen-qa.toml").write_text('glossary = ["journal.csv"]\n', encoding="utf-8")
    page = tmp_path / "r.html"
    assert run("check", str(with_terms), str(without), "-o", str(page)).exit_code in (0, 1)
    said = "Glossary: journal.csv (2 concepts) for 1 file; no glossary for 1 file."
    assert f'<p class="glossary">{said}</p>' in page.read_text(encoding="utf-8")
    assert run("check", str(with_terms), "-o", str(page)).exit_code in (0, 1)
    assert '<p class="glossary">Glossary: journal.csv (2 concepts).</p>' in page.read_text(encoding="utf-8")


def test_the_html_rule_filters_come_in_the_order_of_the_groups(tmp_path: Path) -> None:
    """The Rule filters were alphabetical (monolingual-section, number-mismatch, punctuation-width, …) above groups
    in severity and catalog order (number-mismatch, …, monolingual-section last)."""
    import re

    manuscript = tmp_path / "m.md"
    shutil.copy(SAMPLES / "manuscript.md", manuscript)
    page = tmp_path / "r.html"
    assert run("check", str(manuscript), "-o", str(page)).exit_code == 1
    html = page.read_text(encoding="utf-8")
    filters = re.findall(r'data-kind="rule" value="([^"]+)"', html)
    assert len(filters) >= 3 and filters != sorted(filters)
    assert filters == re.findall(r'data-rule-group="([^"]+)"', html)


LOCALES = {  # Chinese file, its English, and a message each side writes: the Chinese has lost the placeholder
    "json": ("locales/zh-CN.json", "locales/en.json", '{"hi": "你好"}\n', '{"hi": "Hello, {name}"}\n'),
    "yaml": ("config/locales/zh.yml", "config/locales/en.yml", "zh:\n  hi: 你好\n", "en:\n  hi: Hello, %{name}\n"),
    "properties": ("i18n/messages_zh_CN.properties", "i18n/messages.properties", "hi=\\u4f60\\u597d\n",
                   "hi=Hello, {0}\n"),
    "android": ("res/values-zh-rCN/strings.xml", "res/values/strings.xml",
                '<resources><string name="hi">你好</string></resources>\n',
                '<resources><string name="hi">Hello, %1$s</string></resources>\n'),
    "strings": ("zh-Hans.lproj/Localizable.strings", "en.lproj/Localizable.strings", '"hi" = "你好";\n',
                '"hi" = "Hello, %@";\n'),
    "resx": ("Resources.zh-CN.resx", "Resources.resx",
             '<root><data name="hi"><value>你好</value></data></root>\n',
             '<root><data name="hi"><value>Hello, {0}</value></data></root>\n'),
}


@pytest.mark.parametrize("kind", sorted(LOCALES))
def test_a_chinese_message_file_named_alone_is_checked_against_its_english_on_disk(tmp_path: Path, kind: str) -> None:
    """A translator stages only the Chinese locale file (the hook names the staged files): its English is found on
    disk by the names `check` pairs files by, and the pair is checked; it was skipped as "no translation pair"."""
    zh_name, en_name, zh_text, en_text = LOCALES[kind]
    zh, en = tmp_path / zh_name, tmp_path / en_name
    for path, text in ((zh, zh_text), (en, en_text)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for args in (("check", str(zh)), ("check", "--skip-other-languages", str(zh))):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert "[placeholder-mismatch]" in result.stdout and f"{zh} + {en}: 1 finding" in result.stdout
        assert "skipped" not in result.stderr
    assert run("check", str(zh)).stdout == run("check", str(zh), "--en", str(en)).stdout


def test_a_lone_message_file_with_no_english_on_disk_is_still_skipped(tmp_path: Path) -> None:
    """package.json has no English partner by any name; an English locale file staged alone is not paired with
    the Chinese (a developer adding an English string would fail on the translation not yet made)."""
    (tmp_path / "locales").mkdir()
    package, zh, en = tmp_path / "package.json", tmp_path / "locales" / "zh.json", tmp_path / "locales" / "en.json"
    package.write_text('{"name": "app", "version": "1.0.0"}\n', encoding="utf-8")
    zh.write_text('{"hi": "你好"}\n', encoding="utf-8")
    en.write_text('{"hi": "Hello, {name}", "bye": "Bye"}\n', encoding="utf-8")
    for lone in (package, en):
        skipped = run("check", "--skip-other-languages", str(lone))
        assert skipped.exit_code == 0 and f"zhen-qa: note: {lone}: skipped: no translation pair" in skipped.stderr
        assert run("check", str(lone)).exit_code == 2
    keys = run("check", str(zh))  # a key the Chinese lacks is shown at its English line: the pair's findings, all
    assert keys.exit_code == 1 and f"{en}:1:" in keys.stdout and "[untranslated]" in keys.stdout
