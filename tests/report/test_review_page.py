"""The review page end to end: the body is shown, two rows marked false alarms in Chromium (one of them the same
half-width comma twice on one line, reviewed once), the downloaded baseline fed back to `check --baseline` removes
exactly those three findings."""
from __future__ import annotations

import base64
import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.report.chromium import Browser, Page
from zhen_qa.checks.registry import RULES
from zhen_qa.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _check(*args: str) -> Any:
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result


def _keys(report: Path) -> list[tuple[str, int, int, str]]:
    doc = json.loads(report.read_bytes())
    return [(f["rule"], f["line"], f["column"], f["message"]) for f in doc["findings"]]


def _wait_download(browser: Browser, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [e for e in browser.events if e.get("method") == "Browser.downloadProgress"
                and e["params"].get("state") == "completed"]
        if done:
            return
        browser.wait_event("Browser.downloadProgress", timeout=deadline - time.monotonic())
        browser.events[:] = [e for e in browser.events if e.get("method") != "Browser.downloadProgress"
                             or e["params"].get("state") == "completed"]
    raise TimeoutError("no completed download")


@pytest.mark.slow
def test_marked_false_alarms_become_a_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               browser: Browser) -> None:
    work = tmp_path / "work"
    work.mkdir()
    for name in ("manuscript.md", "glossary.csv", "zhen-qa.toml"):
        shutil.copy(SAMPLES / name, work / name)
    monkeypatch.chdir(work)
    _check("manuscript.md", "--format", "html", "-o", "review.html")
    _check("manuscript.md", "--format", "json", "-o", "before.json")
    before = _keys(work / "before.json")
    assert len(before) > 5

    downloads = tmp_path / "downloads"  # not the working directory: the baseline names its root
    downloads.mkdir()
    page = Page(browser)
    browser.send("Browser.setDownloadBehavior",
                 {"behavior": "allow", "downloadPath": str(downloads), "eventsEnabled": True})
    page.send("Emulation.setDeviceMetricsOverride", {"width": 1300, "height": 900, "deviceScaleFactor": 1,
                                                     "mobile": False})
    page.goto((work / "review.html").as_uri())
    assert page.console_errors() == []
    # the Chinese body (no English side) is on the page, in reading order, with its findings inline
    body = page.eval("document.querySelector('section.document').textContent")
    assert "间充质干细胞（MSC）能够分泌大量具有生物活性的分子" in body
    assert page.eval("document.querySelectorAll('section.document .marker[id]').length") >= len(before) - 3
    assert "**" not in body and "../" not in page.eval("document.querySelector('#findings').textContent")
    groups = page.eval("Array.from(document.querySelectorAll('details.rule-group summary .count'))"
                       ".map(e => Number(e.textContent))")
    shown = page.eval("Array.from(document.querySelectorAll('details.rule-group')).map(e => e.dataset.ruleGroup)")
    catalog = [r.id for r in RULES]  # terms before typography: meaning first, however many commas there are
    assert sum(groups) == len(before) and shown == sorted({k[0] for k in before}, key=catalog.index)
    # findings 2 and 3 are the same half-width comma on one line: one row, reviewed once
    assert before[1][:2] == before[2][:2] and before[1][3] == before[2][3] and before[1][0] == "punctuation-width"
    assert page.eval("document.querySelector('#list-2').dataset.members") == "2 3"
    assert page.eval("document.querySelectorAll('tr.finding-row').length") < len(before)
    assert page.eval("document.getElementById('shown').textContent") == f"{len(before)} of {len(before)} findings shown"
    # mark the row of findings 2-3 and finding 5 as false alarms, finding 1 as accepted
    for number, value in ((2, "false"), (5, "false"), (1, "accepted")):
        page.eval(f"document.querySelector('#list-{number} input[value={value}]').click()")
    assert page.eval("document.body.dataset.falseAlarms") == "3"
    for number in (2, 3):  # both marks in the text follow the row's review
        assert page.eval(f"document.getElementById('f-{number}').classList.contains('review-false')") is True
    page.eval("document.querySelector('#list-5').scrollIntoView()")
    png = base64.b64decode(page.send("Page.captureScreenshot", {"format": "png"})["data"])
    (tmp_path / "review.png").write_bytes(png)
    page.eval("document.getElementById('download-baseline').click()")
    _wait_download(browser)
    baseline = downloads / "zhen-qa-baseline.json"
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["findings"]) == 3

    _check("manuscript.md", "--format", "json", "-o", "after.json", "--baseline", str(baseline))
    after = _keys(work / "after.json")
    assert [k for k in before if k not in after] == [before[1], before[2], before[4]]
    assert len(after) == len(before) - 3
