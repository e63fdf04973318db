"""The SARIF log against the official OASIS SARIF 2.1.0 JSON schema, when a copy is at hand.

The schema is not vendored: the OASIS repository that publishes it is governed by the OASIS IPR policy, not an
open-source licence, and nothing is downloaded at test time. Point ZHEN_QA_SARIF_SCHEMA at a local copy of
`sarif-schema-2.1.0.json` to run this test; without it the test is skipped (tests/report/test_sarif.py checks the
schema's constraints this writer uses, by hand)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhen_qa.cli import main

SCHEMA = os.environ.get("ZHEN_QA_SARIF_SCHEMA", "")


@pytest.mark.skipif(not SCHEMA or not Path(SCHEMA).is_file(), reason="ZHEN_QA_SARIF_SCHEMA names no schema file")
def test_the_sarif_log_is_valid_under_the_official_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("分泌组含有多种生长因子,可促进组织修复。共纳入120例患者。\n", encoding="utf-8")
    en.write_text("The secretome contains many growth factors. We included 210 patients.\n", encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text("zh,en,zh_deprecated\n分泌组,secretome,分泌物\n生长因子,growth factor,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "--glossary", str(glossary), "--format",
                                       "sarif"])
    assert result.exit_code == 1
    schema = json.loads(Path(SCHEMA).read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.loads(result.stdout))]
    assert errors == []
