"""What a reader sees of the HTML page's frame: the tab's title, file headings, cells that fit the window."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.report.chromium import Browser, Page
from zhen_qa.checks.registry import RULES
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.report.html import render_html
from zhen_qa.report.model import Report

DEEP = ("clinical-trial-manuscripts-submitted-to-the-journal-in-2026",
        "second-revision-after-peer-review-with-the-editors-comments")


def _two_files(tmp_path: Path) -> tuple[Path, Path, str]:
    """A Chinese file and its English two long folders deep, checked as one translation and rendered."""
    folder = tmp_path.joinpath(*DEEP)
    folder.mkdir(parents=True)
    zh, en = folder / "paper.zh.txt", folder / "paper.en.txt"
    zh.write_text("分泌组含有多种生长因子,它们促进修复。\n", encoding="utf-8")
    en.write_text("The secretome contains many growth factors that promote repair.\n", encoding="utf-8")
    fr = check_file(str(zh), str(en), Flags())
    assert fr.findings
    return zh, en, render_html(Report((fr,), RULES, {}), root=str(tmp_path)).decode("utf-8")


def test_the_tab_title_names_the_checked_files(tmp_path: Path) -> None:
    """Several reports open in one browser are told apart by their tabs: the title names the file pair first."""
    _, _, page = _two_files(tmp_path)
    assert "<title>paper.zh.txt + paper.en.txt - zhen-qa report</title>" in page


def test_the_file_heading_shows_the_file_names_and_the_whole_paths_in_tooltips(tmp_path: Path) -> None:
    """The file's heading does not spell out two 60-character folders twice (it wrapped over three lines); it names
    the files as the Where column does, with each whole path in the tooltip."""
    zh, en, page = _two_files(tmp_path)
    heading = re.search(r'<section class="file"><h2>(.*?)</h2>', page)
    assert heading is not None
    zh_shown, en_shown = (p.relative_to(tmp_path).as_posix() for p in (zh, en))
    assert heading.group(1) == (f'<span title="{zh_shown}">paper.zh.txt</span> + '
                                f'<span title="{en_shown}">paper.en.txt</span>')


AGAIN = "再来一次"


def _unbroken_run(tmp_path: Path) -> Path:
    """A PO file whose Chinese keeps the English keyword list, an 180-character run without a space, and eleven long
    units with a half-width comma (findings numbered past 9 beside long excerpts)."""
    keywords = ";".join(["calculation", "arithmetic", "scientific", "financial", "programming", "conversion"] * 3)
    po = tmp_path / "calculator.zh_CN.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: zh_CN\\n"\n\n'
        f'msgid "{keywords};"\nmsgstr "{keywords};计算;算术;"\n'
        + "".join(f'\nmsgid "Item {k}, again and again"\nmsgstr "第{k}项,{AGAIN * 40}"\n' for k in range(1, 12)),
        encoding="utf-8")
    out = tmp_path / "report.html"
    fr = check_file(str(po), None, Flags())
    assert any(f.rule == "untranslated-span" and keywords[:40] in f.message for f in fr.findings)
    out.write_bytes(render_html(Report((fr,), RULES, {}), root=str(tmp_path)))
    return out


@pytest.mark.slow
def test_an_unbroken_run_in_a_message_or_excerpt_wraps_inside_a_1280_pixel_page(tmp_path: Path,
                                                                                browser: Browser) -> None:
    """A CAT string's `a;b;c` keyword list left in the Chinese is quoted in the message and the excerpt: it wraps in
    its cell instead of pushing the Review column off a 1280-px window (2,719 px wide before)."""
    page = Page(browser)
    page.send("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 800, "deviceScaleFactor": 1,
                                                     "mobile": False})
    page.goto(_unbroken_run(tmp_path).as_uri())
    widths = page.eval("[document.documentElement.scrollWidth, "
                       "Math.max(...Array.from(document.querySelectorAll('table'), t => t.scrollWidth))]")
    assert widths[0] <= 1280 and widths[1] <= 1280, widths
    # a finding's number and place stay on one line (wrapping every cell had put "1" over "0" in the # column)
    assert page.eval("document.querySelectorAll('table.list td.num a').length") == 12
    assert page.eval("Array.from(document.querySelectorAll('table.list td.num a, table.list td.where a'), "
                     "a => a.getClientRects().length).every(n => n === 1)")
    assert page.console_errors() == []
