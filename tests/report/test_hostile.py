"""Hostile manuscript and glossary text stays data in every format, read back with each format's own reader."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
from translate.storage import tmx

from tests.report import hostile
from tests.report.chromium import Browser, Page
from tests.report.test_html import parse
from zhen_qa.report.html import render_html
from zhen_qa.report.jsonfmt import render_json
from zhen_qa.report.safetext import scrub, xml_text
from zhen_qa.report.sarif import render_sarif
from zhen_qa.report.tables import render_csv, render_xlsx
from zhen_qa.report.text import render_text
from zhen_qa.report.tmx import write_tmx


def test_xlsx_has_no_formula_link_or_guess_in_any_sheet() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(hostile.build())))
    assert wb.sheetnames == ["Findings", "Pairs"]
    texts = set()
    for ws in wb.worksheets:
        assert not ws._hyperlinks  # no URL guessing
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    findings = list(wb["Findings"].iter_rows(values_only=True))
    first = dict(zip(findings[0], findings[1]))
    assert first["excerpt"].startswith(hostile.FORMULA) and hostile.SCRIPT in first["excerpt"]
    assert first["message"].startswith("+1+cmd") and first["suggestion"].startswith("-2+3")
    # xlsxwriter stores control characters as _xHHHH_ escapes, which Excel reads back as the character
    assert first["path"] == hostile.PATH and first["related_path"] in (hostile.OTHER, "_x000D_=other.md")
    pairs = list(wb["Pairs"].iter_rows(values_only=True))
    bead = dict(zip(pairs[0], pairs[1]))
    assert bead["zh_text"].startswith("@SUM(1+1)") and bead["en_text"].startswith("=1+2")
    assert bead["section"].startswith("\t=section") and "]]>" in bead["section"]
    assert not any("\udc80" in t for t in texts)  # the lone surrogate became U+FFFD
    assert any("\ufffd" in t for t in texts)


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_neutralises_every_formula_start() -> None:
    rows = _csv_rows(render_csv(hostile.build()))
    header, body = rows[0], rows[1:]
    assert len(body) == 2
    for row in body:
        for cell in row:
            assert not cell.startswith(hostile.FORMULA_STARTS), cell
    first = dict(zip(header, body[0]))
    assert first["excerpt"] == "'" + scrub(hostile.EXCERPT)
    assert first["message"] == "'" + scrub(hostile.MESSAGE)
    assert first["suggestion"] == "'" + scrub(hostile.SUGGESTION)
    assert first["path"] == "'" + hostile.PATH and first["related_path"] == "'" + hostile.OTHER
    assert first["line"] == "1"  # numbers stay numbers


def test_csv_raw_keeps_the_bytes() -> None:
    rows = _csv_rows(render_csv(hostile.build(), raw=True))
    first = dict(zip(rows[0], rows[1]))
    assert first["excerpt"] == scrub(hostile.EXCERPT) and first["related_path"] == hostile.OTHER


def test_json_parses_and_keeps_the_text() -> None:
    doc = json.loads(render_json(hostile.build()))
    first = doc["findings"][0]
    assert first["excerpt"] == scrub(hostile.EXCERPT) and first["message"] == scrub(hostile.MESSAGE)
    assert first["suggestion"] == scrub(hostile.SUGGESTION) and first["related"]["path"] == hostile.OTHER
    assert first["data"]["term"] == scrub(hostile.EXCERPT)
    assert doc["pairs"][0]["section"] == scrub(hostile.SECTION)


def test_sarif_parses_and_keeps_the_text() -> None:
    doc = json.loads(render_sarif(hostile.build(), root="/nowhere"))
    results = doc["runs"][0]["results"]
    assert results[0]["message"]["text"].startswith(scrub(hostile.MESSAGE))
    assert results[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == scrub(hostile.EXCERPT)
    assert results[0]["properties"]["suggestion"] == scrub(hostile.SUGGESTION)
    uris = [results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]]
    assert all("<" not in u and "\r" not in u for u in uris)


def test_sarif_survives_a_surrogate_in_a_file_name() -> None:
    from dataclasses import replace

    report = hostile.build()
    fr = report.files[0]
    f = fr.findings[0]
    bad = replace(f, location=replace(f.location, path="bad\udc80name.md"),
                  related=replace(f.location, path="/x\ud800.md"))
    report = replace(report, files=(replace(fr, findings=(bad,)),))
    result = json.loads(render_sarif(report))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad%80name.md"
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "file:///x%EF%BF%BD.md"
    assert json.loads(render_json(report))["findings"][0]["path"] == "bad\ufffdname.md"


def test_tmx_parses_with_translate_toolkit() -> None:
    data = write_tmx(hostile.build().files[0].pairs)
    store = tmx.tmxfile.parsestring(data)
    assert [(u.source, u.target) for u in store.units] == [(xml_text(hostile.ZH), xml_text(hostile.EN))]
    assert "]]>" in store.units[0].source and hostile.SCRIPT in store.units[0].target


def test_text_report_encodes_without_terminal_controls() -> None:
    text = render_text(hostile.build()).decode("utf-8")
    assert "+1+cmd|' /C calc'!A0 " + hostile.SCRIPT in text
    assert "\x1b" not in text and "\x00" not in text


def test_html_text_stays_text() -> None:
    doc = parse(render_html(hostile.build(), highlight=hostile.highlight))
    assert [t for t, _ in doc.tags if t in ("script", "img", "b", "i")] == ["script"]
    text = "".join(doc.text)
    assert hostile.SCRIPT in text and hostile.IMG in text and "]]>&amp;amp;" not in text


@pytest.mark.slow
def test_html_runs_no_injected_script(tmp_path: Path, browser: Browser) -> None:
    data = render_html(hostile.build(), highlight=hostile.highlight)
    page = Page(browser)
    path = tmp_path / "hostile.html"
    path.write_bytes(data)
    page.goto(path.as_uri())
    assert page.eval("typeof window.__pwned") == "undefined"
    assert page.eval("document.scripts.length") == 1 and page.eval("document.images.length") == 0
    assert page.eval("document.body.dataset.shown") == "2"  # the page's own script ran under its CSP
    body = page.eval("document.body.textContent")
    assert hostile.SCRIPT in body and hostile.IMG in body
    assert page.eval("getComputedStyle(document.querySelector('header')).position") == "sticky"  # its own style
    # Were escaping ever to fail, the policy still stops injected inline script and any network access.
    attack = b"<script>window.__pwned=9</script><img src='http://example.invalid/x'></body>"
    injected = data.replace(b"</body>", attack)
    path.write_bytes(injected)
    page.goto(path.as_uri())
    assert page.eval("typeof window.__pwned") == "undefined"
    assert page.eval("document.body.dataset.shown") == "2"
    assert [u for u in page.requested_urls() if not u.startswith("file:")] == ["http://example.invalid/x"]
    page.eval("1")  # let pending events arrive
    failed = [ev["params"] for ev in browser.events if ev.get("method") == "Network.loadingFailed"]
    assert [f.get("blockedReason") for f in failed] == ["csp"]  # the request was refused, not sent
