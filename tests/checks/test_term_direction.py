"""term-missing with a known source language (`check --source`, `source` in zhen-qa.toml, a CAT file's own): a
glossary term is checked from the source to the target only, as a translator checks it."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.checks.terms_kit import CHEMO, gl, manuscript, only
from zhen_qa.checks import terms as checks
from zhen_qa.checks.config import load_config
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.cli import main
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.findings import Finding

COMBINATION = Concept("combo", "联合用药", "drug combination")


def _missing(glossary: Glossary, zh: list[str], en: list[str], source: str | None) -> list[Finding]:
    ms = manuscript(zh, en, [((i,), (i,)) for i in range(len(zh))])
    return only(list(checks.run(CheckContext(ms, glossary, Options(source=source)))), "term-missing")


def test_a_term_found_in_the_target_only_is_no_finding_from_the_other_source(sample: Glossary) -> None:
    zh = ["外泌体介导修复。", "方法如下。", "结果如下。", "这是结论。"]
    en = ["Vesicles mediate repair.", "The methods follow.", "The results follow.", "The exosome is key."]
    both = [(f.lang, f.location.line) for f in _missing(sample, zh, en, None)]
    assert both == [("zh", 1), ("en", 9)]  # unknown direction: both ways, as before
    assert [(f.lang, f.location.line) for f in _missing(sample, zh, en, "zh")] == [("zh", 1)]
    assert [(f.lang, f.location.line) for f in _missing(sample, zh, en, "en")] == [("en", 9)]


def test_a_wrong_term_is_reported_from_the_source_naming_what_the_target_has() -> None:
    g = gl(CHEMO, COMBINATION)
    zh, en = ["患者接受化疗。"], ["Patients received drug combinations."]
    (f,) = _missing(g, zh, en, None)
    assert f.message == "「化疗」 has no “chemotherapy” in the aligned English (it has “drug combinations”)"
    assert [f.message for f in _missing(g, zh, en, "zh")] == [f.message]
    (f,) = _missing(g, zh, en, "en")  # the translator wrote 化疗 where the English source says "drug combinations"
    assert f.lang == "en"
    assert f.message == "“drug combinations” has no 「联合用药」 in the aligned Chinese (it has 「化疗」)"


def test_a_target_only_term_missing_in_many_sentences_is_no_summary_either() -> None:
    g = gl(CHEMO)
    zh = ["患者接受联合用药。", "联合用药持续两年。", "联合用药有效。"]
    en = ["Patients received chemotherapy.", "Chemotherapy lasted two years.", "Chemotherapy worked."]
    assert len(_missing(g, zh, en, None)) == 1  # one summary finding for the English term
    assert _missing(g, zh, en, "zh") == []
    assert len(_missing(g, zh, en, "en")) == 1


def test_the_source_of_a_configuration_file(tmp_path: Path) -> None:
    (tmp_path / "zhen-qa.toml").write_text('source = "en"\n', encoding="utf-8")
    assert load_config(str(tmp_path / "zhen-qa.toml")).options.source == "en"
    (tmp_path / "zhen-qa.toml").write_text('source = "fr"\n', encoding="utf-8")
    with pytest.raises(InputError, match="source: 'fr' is not zh or en"):
        load_config(str(tmp_path / "zhen-qa.toml"))


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    zh, en, g = tmp_path / "a.zh.md", tmp_path / "a.en.md", tmp_path / "g.csv"
    zh.write_text("# 方法\n\n患者接受联合用药。\n", encoding="utf-8")
    en.write_text("# Methods\n\nPatients received chemotherapy.\n", encoding="utf-8")
    g.write_text("zh,en\n化疗,chemotherapy\n", encoding="utf-8")
    return zh, en, g


def test_the_source_option_and_the_configuration(pair: tuple[Path, Path, Path]) -> None:
    zh, en, g = pair
    base = ["check", str(zh), "--en", str(en), "--glossary", str(g)]
    assert "[term-missing]" in run(*base).stdout
    assert "[term-missing]" in run(*base, "--source", "en").stdout
    assert "[term-missing]" not in run(*base, "--source", "zh").stdout
    (zh.parent / "zhen-qa.toml").write_text('source = "zh"\n', encoding="utf-8")
    assert "[term-missing]" not in run(*base).stdout
    assert "[term-missing]" in run(*base, "--source", "en").stdout  # the option overrides the file
    bad = run(*base, "--source", "fr")
    assert bad.exit_code == 2 and "--source" in bad.stderr


def _xliff(path: Path, source: str, target: str, units: list[tuple[str, str]]) -> Path:
    from translate.storage import xliff

    store = xliff.xlifffile(sourcelanguage=source, targetlanguage=target)  # type: ignore[no-untyped-call]
    for s, t in units:
        store.addsourceunit(s).target = t  # type: ignore[no-untyped-call]
    path.write_bytes(bytes(store))
    return path


def test_a_cat_file_is_checked_from_its_source(tmp_path: Path) -> None:
    g = tmp_path / "g.csv"
    g.write_text("zh,en\n化疗,chemotherapy\n放疗,radiotherapy\n", encoding="utf-8")
    units = [("Patients received chemotherapy.", "患者接受了药物治疗。"),  # the source's term left out: a finding
             ("Patients received drug treatment.", "患者接受了放疗。")]  # a term the target only has: none
    xlf = _xliff(tmp_path / "en-zh.xlf", "en", "zh-CN", units)
    result = run("check", str(xlf), "--glossary", str(g))
    assert result.stdout.count("[term-missing]") == 1
    assert "“chemotherapy” has no 「化疗」" in result.stdout and "放疗" not in result.stdout
    assert "glossary terms checked from the English source only, as the file says" in result.stderr
    both = run("check", str(xlf), "--glossary", str(g), "--source", "zh")  # the option overrides the file
    assert "「放疗」 has no “radiotherapy”" in both.stdout and "chemotherapy” has no" not in both.stdout
    assert "as the file says" not in both.stderr
