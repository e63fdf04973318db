"""The JSON and SARIF reports name the glossary the run checked terms against, as the text, HTML and Word reports
do since 0.27.0: a CI job that keeps only the JSON or uploads the SARIF could not tell whether terms were checked
against the journal's glossary, or against none (the signature holds only a checksum)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from tests.report.test_sarif import validate_sarif
from zhen_qa.cli import main

# SARIF 2.1.0 §3.24.6, the artifact roles the schema allows
ROLES = {"analysisTarget", "attachment", "responseFile", "resultFile", "standardStream", "tracedFile", "unmodified",
         "modified", "added", "deleted", "renamed", "uncontrolled", "driver", "extension", "translation", "taxonomy",
         "policy", "referencedOnCommandLine", "memoryContents", "directory", "userSpecifiedConfiguration",
         "toolSpecifiedConfiguration", "debugOutputFile"}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _pair(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    zh, en = folder / "a.zh.txt", folder / "a.en.txt"
    zh.write_text("分泌组含有多种生长因子，可促进组织修复。\n", encoding="utf-8")
    en.write_text("The secretome contains many growth factors that promote tissue repair.\n", encoding="utf-8")
    return zh, en


def _glossary(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "journal.csv"
    path.write_text("zh,en\n分泌组,secretome\n生长因子,growth factor\n", encoding="utf-8")
    return path


def _json(*args: str) -> dict[str, Any]:
    result = run("check", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def _sarif(*args: str) -> dict[str, Any]:
    result = run("check", *args, "--format", "sarif")
    assert result.exit_code in (0, 1), result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    validate_sarif(doc)
    return doc


def test_the_json_report_names_the_glossary_by_file_name_with_its_checksum(tmp_path: Path) -> None:
    zh, en = _pair(tmp_path)
    glossary = _glossary(tmp_path / "terms")
    doc = _json(str(zh), "--en", str(en), "--glossary", str(glossary))
    checksum = doc["signature"]["glossaries"][0]
    assert doc["glossaries"] == [{"files": ["journal.csv"], "concepts": 2, "checksum": checksum, "manuscripts": 1}]
    assert str(tmp_path) not in json.dumps(doc["glossaries"])  # no folder of the checking machine
    assert _json(str(zh), "--en", str(en))["glossaries"] == [
        {"files": [], "concepts": 0, "checksum": None, "manuscripts": 1}]  # checked without one, said


def test_the_json_report_says_which_files_a_glossary_served_when_a_run_mixes(tmp_path: Path) -> None:
    with_terms, without = tmp_path / "a", tmp_path / "b"
    _pair(with_terms), _pair(without)
    _glossary(with_terms)
    (with_terms / "zhen-qa.toml").write_text('glossary = ["journal.csv"]\n', encoding="utf-8")
    doc = _json(str(with_terms), str(without))
    assert [(g["files"], g["manuscripts"]) for g in doc["glossaries"]] == [(["journal.csv"], 1), ([], 1)]


def test_the_sarif_log_lists_the_glossary_as_a_user_supplied_configuration_artifact(tmp_path: Path) -> None:
    zh, en = _pair(tmp_path)
    glossary = _glossary(tmp_path / "terms")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        doc = _sarif(zh.name, "--en", en.name, "--glossary", "terms/journal.csv")
        bare = _sarif(zh.name, "--en", en.name)
    finally:
        os.chdir(cwd)
    run_ = doc["runs"][0]
    [artifact] = run_["artifacts"]
    assert artifact["location"] == {"uri": "terms/journal.csv", "uriBaseId": "%SRCROOT%"}
    assert artifact["roles"] == ["userSpecifiedConfiguration"] and set(artifact["roles"]) <= ROLES
    assert artifact["description"]["text"] == "Glossary: 2 concepts."
    assert artifact["properties"]["checksum"] == run_["properties"]["signature"]["glossaries"][0]
    assert run_["properties"]["glossary"] == "Glossary: journal.csv (2 concepts)."
    assert glossary.exists()
    assert "artifacts" not in bare["runs"][0]
    assert bare["runs"][0]["properties"]["glossary"].startswith("No glossary: terms were checked only")


def test_sarif_rules_carry_help_and_no_name_that_repeats_the_id(tmp_path: Path) -> None:
    """The SARIF validator (Microsoft's Sarif.Multitool, its SARIF and GitHub rule sets) warned that the rule
    `untranslated` had the name `Untranslated` (an id and a name that read the same: SARIF1001) and asked every rule
    for `help` and `fullDescription` (GH2012, what GitHub code scanning shows)."""
    zh, en = _pair(tmp_path)
    rules = {r["id"]: r for r in _sarif(str(zh), "--en", str(en))["runs"][0]["tool"]["driver"]["rules"]}
    assert "name" not in rules["untranslated"] and rules["term-variant"]["name"] == "TermVariant"
    for rule in rules.values():
        assert rule["fullDescription"]["text"].startswith(rule["shortDescription"]["text"])
        assert rule["help"]["text"].startswith(rule["fullDescription"]["text"])
