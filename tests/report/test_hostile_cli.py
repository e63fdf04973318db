"""Acceptance: a hostile manuscript and glossary through `check`, every output read back by its own reader."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from translate.storage import tmx

from tests.report.chromium import Browser, Page
from tests.report.hostile import FORMULA_STARTS
from zhen_qa.cli import main

HYPERLINK = '=HYPERLINK("http://example.invalid","x")'
MANUSCRIPT = "\n\n".join((
    "分泌物与<script>window.__pwned=1</script>再生医疗]]>",
    f"{HYPERLINK} secretome and regenerative medicine",
    '摘要: 分泌物在再生医疗中很重要<img src=x onerror="window.__pwned=2">。本研究纳入了12例患者\x01]]>。',
    "关键词: 分泌物, 再生医疗, =1+2",
    "Abstract: +SUM(1,2) The secretome matters in regenerative medicine <script>window.__pwned=3</script>."
    " This study included 13 patients\x0b]]>.",
    f"Keywords: {HYPERLINK}, @secretome, -regenerative medicine\n",
))
GLOSSARY = "\n".join((
    "id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated,note",
    "secretome,分泌组,secretome,,,分泌物|=分泌体,<b>secreta</b>,"
    '"=HYPERLINK(""http://example.invalid"",""n"") <script>x()</script>]]>"',
    "regenerative-medicine,再生医学,regenerative medicine,,,再生医疗,@regen,-note\n",
))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every report format of the hostile manuscript."""
    d = tmp_path_factory.mktemp("hostile")
    (d / "hostile.txt").write_text(MANUSCRIPT, encoding="utf-8")
    (d / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    out: dict[str, Path] = {}
    for fmt in ("json", "csv", "xlsx", "html", "sarif"):
        out[fmt] = d / f"r.{fmt}"
        args = ["check", str(d / "hostile.txt"), "--glossary", str(d / "g.csv"), "--format", fmt, "-o", str(out[fmt])]
        result = CliRunner().invoke(main, [*args, "--export-tmx", str(d / "r.tmx")], catch_exceptions=False)
        assert result.exit_code == 1, result.output
    out["tmx"] = d / "r.tmx"
    return out


def test_xlsx_has_no_formula_cell(outputs: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(outputs["xlsx"])
    values = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                values.append(cell.value)
    assert any(isinstance(v, str) and v.startswith(HYPERLINK) for v in values)  # the keywords line, as text


def test_csv_has_no_cell_starting_a_formula(outputs: dict[str, Path]) -> None:
    rows = list(csv.reader(io.StringIO(outputs["csv"].read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) > 5
    assert [c for r in rows for c in r if c.startswith(FORMULA_STARTS)] == []
    assert any(c.startswith("'-regenerative") or c.startswith("'=") for r in rows for c in r)


def test_json_sarif_tmx_parse(outputs: dict[str, Path]) -> None:
    doc = json.loads(outputs["json"].read_bytes())
    assert any("<img src=x" in f["excerpt"] for f in doc["findings"])
    sarif = json.loads(outputs["sarif"].read_bytes())
    assert len(sarif["runs"][0]["results"]) == len(doc["findings"])
    units = tmx.tmxfile.parsestring(outputs["tmx"].read_bytes()).units
    assert any("<script>" in u.target for u in units) and any("]]>" in u.source for u in units)
    assert any(u.target.startswith(HYPERLINK[:10]) for u in units)


@pytest.mark.slow
def test_html_runs_no_injected_script(outputs: dict[str, Path], browser: Browser) -> None:
    page = Page(browser)
    page.goto(outputs["html"].as_uri())
    assert page.eval("typeof window.__pwned") == "undefined"
    assert page.eval("document.scripts.length") == 1 and page.eval("document.images.length") == 0
    assert page.eval("document.body.textContent").count("<script>window.__pwned=") >= 2
    assert page.console_errors() == []
