from __future__ import annotations

import base64
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.report.chromium import Browser, Page
from zhen_qa.report.html import render_html
from zhen_qa.report.model import Report

TERMS = {"分泌组": "term-preferred", "分泌物": 'deprecated: use "分泌组"', "secretome": "term-preferred",
         "再生医学": "term-preferred", "再生医疗": "term-deprecated"}


def highlight(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Every occurrence of a TERMS key, as the glossary matcher would report it."""
    out = []
    for term, label in TERMS.items():
        start = text.lower().find(term)
        while start >= 0:
            out.append((start, start + len(term), label))
            start = text.lower().find(term, start + 1)
    return out


class Collector(HTMLParser):
    """Tags with their attributes, and the text outside script/style."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def parse(data: bytes) -> Collector:
    c = Collector()
    c.feed(data.decode("utf-8"))
    return c


def test_escaped_self_contained_and_linked(sample: Report) -> None:
    doc = parse(render_html(sample, highlight=highlight))
    tags = doc.tags
    assert sum(1 for t, _ in tags if t == "script") == 1  # the message's <script> stayed text
    assert "12 in Chinese but 13 in English <script>alert(1)</script> & co" in "".join(doc.text)
    assert "未翻译的句子<b>在这里。" in "".join(doc.text)
    assert not [t for t, a in tags if t == "b"]
    for _, attrs in tags:  # nothing is loaded from elsewhere
        for key in ("src", "href"):
            value = attrs.get(key)
            assert value is None or value.startswith("#"), value
        assert not (attrs.get("rel") == "stylesheet")
    ids = {a["id"] for _, a in tags if a.get("id")}
    links = [a["href"] for t, a in tags if t == "a" and a.get("href")]
    assert {f"#f-{n}" for n in range(1, 5)} <= set(links)
    assert {f"#list-{n}" for n in range(1, 5)} <= set(links)
    assert all(link[1:] in ids for link in links)


def test_findings_and_terms_at_their_place(sample: Report) -> None:
    doc = parse(render_html(sample, highlight=highlight))
    hits = [a for t, a in doc.tags if "hit" in (a.get("class") or "").split()]
    assert {(a["data-rule"], a["data-severity"]) for a in hits} == {
        ("term-variant", "warning"), ("number-mismatch", "error"), ("untranslated", "warning")}
    markers = {a["id"]: a for t, a in doc.tags if "marker" in (a.get("class") or "").split()}
    assert markers["f-4"]["data-rule"] == "monolingual-section"  # outside the pairs: listed at file top
    terms = [a for t, a in doc.tags if "term" in (a.get("class") or "").split()]
    titles = [a["title"] for a in terms]
    assert 'deprecated: use "分泌组"' in titles
    assert any("term-deprecated" in (a.get("class") or "") for a in terms)
    # zh and en side by side: every bead row has both cells
    rows = [a for t, a in doc.tags if t == "tr" and "bead" in (a.get("class") or "").split()]
    assert len(rows) == 4


def test_exact_span_of_a_finding(sample: Report) -> None:
    text = render_html(sample).decode("utf-8")
    # the number-mismatch span covers exactly "12", preceded by its marker
    assert 'data-rule="number-mismatch" data-severity="error">12</span>' in text
    assert 'title="number-mismatch: 12 in Chinese but 13 in English &lt;script&gt;' in text


def test_deterministic(sample: Report) -> None:
    assert render_html(sample, highlight=highlight) == render_html(sample, highlight=highlight)


@pytest.mark.slow
def test_in_headless_chromium(sample: Report, tmp_path: Path, browser: Browser) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(render_html(sample, highlight=highlight))
    page = Page(browser)
    page.goto(path.as_uri())
    assert page.console_errors() == []
    assert [u for u in page.requested_urls() if not u.startswith(("file:", "data:"))] == []
    assert page.eval("document.title") == "paper.md - zhen-qa report"
    assert page.eval("document.body.dataset.shown") == "4"
    assert page.eval("document.getElementById('shown').textContent") == "4 of 4 findings shown"
    visible = "Array.from(document.querySelectorAll('tr.finding-row')).filter(r => r.offsetParent !== null).length"
    assert page.eval(visible) == 4
    # untick "warning": the two warnings disappear from the list and their markers from the text
    page.eval("document.querySelector(\"input[data-kind=severity][value=warning]\").click()")
    assert page.eval(visible) == 2
    assert page.eval("document.getElementById('f-1').offsetParent === null") is True
    assert page.eval("document.getElementById('f-2').offsetParent !== null") is True
    # untick the number-mismatch rule as well: only the info finding is left
    page.eval("document.querySelector(\"input[data-kind=rule][value=number-mismatch]\").click()")
    assert page.eval(visible) == 1
    assert page.eval("document.getElementById('shown').textContent") == "1 of 4 findings shown"
    # the list link jumps to the finding in the text
    page.eval("document.querySelector('a[href=\"#f-4\"]').click()")
    assert page.eval("location.hash") == "#f-4"
    shot = page.send("Page.captureScreenshot", {"format": "png"})["data"]
    png = base64.b64decode(shot)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    (tmp_path / "report.png").write_bytes(png)
    assert page.console_errors() == []


def test_a_finding_on_an_abstract_label_is_marked_in_the_label(tmp_path: Path) -> None:
    from zhen_qa.checks.registry import RULES
    from zhen_qa.checks.run import Flags, check_file

    paper = tmp_path / "paper.md"
    paper.write_text("间充质干细胞的分泌组\n\n摘要: 分泌组含有多种生长因子。\n\n"
                     "The mesenchymal stem cell secretome\n\nAbstract: The secretome contains many growth factors.\n",
                     encoding="utf-8")
    fr = check_file(str(paper), None, Flags(select=("punctuation-width",)))
    (colon,) = [f for f in fr.findings if f.location.line == 3]
    assert colon.location.column == 3  # the half-width colon after 摘要
    page = render_html(Report((fr,), RULES, {}), root=str(tmp_path)).decode("utf-8")
    assert "Findings outside the shown text" not in page
    assert ('<span class="label">摘要<a class="marker sev-warning" id="f-1"' in page
            and 'data-rule="punctuation-width" data-severity="warning">:</span></span>' in page)


def test_a_word_table_row_is_numbered_by_its_place_not_by_the_readers_line(tmp_path: Path) -> None:
    import docx

    from zhen_qa.checks.registry import RULES
    from zhen_qa.checks.run import Flags, check_file

    d = docx.Document()
    d.add_paragraph("两组患者的基线特征见表1。")
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate([["组别", "例数"], ["对照组", "120"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "t.docx"
    d.save(str(path))
    page = render_html(Report((check_file(str(path), None, Flags()),), RULES, {}), root=str(tmp_path)).decode()
    shown = [ln.split("<", 1)[0] for ln in page.split('<span class="ln">')[1:]]
    assert shown == ["1", "table 1, row 1", "table 1, row 2"]  # there is no paragraph 2, 3 or 5


def test_a_cat_file_translated_from_english_shows_its_english_source_first(tmp_path: Path) -> None:
    import re

    from zhen_qa.checks.registry import RULES
    from zhen_qa.checks.run import Flags, check_file

    xliff = tmp_path / "en-zh.xlf"
    xliff.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        ' <file original="a" source-language="en-US" target-language="zh-CN" datatype="plaintext"><body>\n'
        '  <trans-unit id="1"><source>The secretome contains many growth factors.</source>'
        '<target>分泌组含有多种生长因子。</target></trans-unit>\n </body></file>\n</xliff>\n', encoding="utf-8")
    page = render_html(Report((check_file(str(xliff), None, Flags()),), RULES, {}), root=str(tmp_path)).decode()
    head = re.search(r'<tr><th class="n">#</th>(.*?)</tr>', page)
    assert head is not None and head.group(1) == '<th lang="en">English</th><th lang="zh-CN">中文</th>'
    row = re.search(r'<tr class="bead"[^>]*><td class="n"[^>]*>1</td>(.*?)</tr>', page)
    assert row is not None and row.group(1).index('lang="en"') < row.group(1).index('lang="zh-CN"')
    blocks = re.findall(r'<p class="blk[^"]*" lang="([^"]+)">', page)
    assert blocks == ["en", "zh-CN"]  # the document view too: the source, then its translation


def test_the_where_column_shows_the_file_name_and_the_whole_path_in_its_tooltip() -> None:
    """A long folder path is not what a reviewer reads in each row: the file name is shown (with line:column), or as
    many trailing folders as tell two files apart (zh/a.md beside en/a.md); the whole path is the link's title."""
    from zhen_qa.report.html_findings import short_names

    assert short_names(["docs/zh/a.md", "docs/en/a.md", "x/y/b.md", "c.md", "docs/zh/a.md"]) == {
        "docs/zh/a.md": "zh/a.md", "docs/en/a.md": "en/a.md", "x/y/b.md": "b.md", "c.md": "c.md"}
    assert short_names(["a/b.md", "b.md"]) == {"a/b.md": "a/b.md", "b.md": "b.md"}


def _long_path_report(tmp_path: Path) -> tuple[Path, str]:
    """A checked manuscript three long folders deep (a 200-character relative path), rendered as HTML."""
    from zhen_qa.checks.registry import RULES
    from zhen_qa.checks.run import Flags, check_file

    folder = tmp_path
    for name in ("clinical-trial-manuscripts-submitted-to-the-journal-in-2026",
                 "second-revision-after-peer-review-with-the-editors-comments",
                 "bilingual-chinese-english-versions-for-the-quality-check"):
        folder = folder / name
    folder.mkdir(parents=True)
    paper = folder / "secretome-and-regenerative-medicine.md"
    paper.write_text("间充质干细胞的分泌组\n\n摘要: 分泌组含有多种生长因子。\n\n"
                     "The mesenchymal stem cell secretome\n\nAbstract: The secretome contains many growth factors.\n",
                     encoding="utf-8")
    fr = check_file(str(paper), None, Flags(select=("punctuation-width",)))
    assert fr.findings
    page = render_html(Report((fr,), RULES, {}), root=str(tmp_path))
    return paper, page.decode("utf-8")


def test_a_long_path_is_shown_as_its_file_name_in_the_where_column(tmp_path: Path) -> None:
    paper, page = _long_path_report(tmp_path)
    shown = paper.relative_to(tmp_path).as_posix()
    assert f'title="{shown}">secretome-and-regenerative-medicine.md:3:3</a>' in page
    assert f">{shown}:" not in page


@pytest.mark.slow
def test_a_long_path_fits_a_1280_pixel_page(tmp_path: Path, browser: Browser) -> None:
    """The findings table of a file three long folders deep is no wider than a 1280-px window."""
    _, page_html = _long_path_report(tmp_path)
    path = tmp_path / "report.html"
    path.write_text(page_html, encoding="utf-8")
    page = Page(browser)
    page.send("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 800, "deviceScaleFactor": 1,
                                                     "mobile": False})
    page.goto(path.as_uri())
    widths = page.eval("[document.documentElement.scrollWidth, "
                       "Math.max(...Array.from(document.querySelectorAll('table.list'), t => t.scrollWidth))]")
    assert widths[0] <= 1280 and widths[1] <= 1280, widths
    assert page.console_errors() == []


def test_every_cell_of_a_table_column_left_in_english_is_marked(tmp_path: Path) -> None:
    """One finding for a description column the Chinese page keeps in English (`checks.table_copies`): the
    document view marks each of its cells with the finding's number (the first one carries its anchor), so the
    reader sees every cell the one finding stands for."""
    from zhen_qa.checks.registry import RULES
    from zhen_qa.checks.run import Flags, check_file

    rows = ("| --- | --- | --- |\n| timeout | 30 | The time a request waits for the server before it fails. |\n"
            "| retries | 3 | How many times a failed request is sent again. |\n"
            "| pool | 8 | The number of connections kept open to the server. |\n")
    zh, en = tmp_path / "o.zh.md", tmp_path / "o.en.md"
    zh.write_text("# 配置\n\n下表列出了客户端的全部配置项，每一项都可以在配置文件中修改。\n\n"
                  "| 配置项 | 默认值 | 说明 |\n" + rows, encoding="utf-8")
    en.write_text("# Configuration\n\nThe table lists every option of the client; each can be set in the config "
                  "file.\n\n| Option | Default | Description |\n" + rows, encoding="utf-8")
    fr = check_file(str(zh), str(en), Flags(select=("untranslated-span",)))
    (f,) = fr.findings
    assert dict(f.data)["count"] == 3
    page = render_html(Report((fr,), RULES, {}), root=str(tmp_path)).decode("utf-8")
    assert page.count('class="marker sev-warning" id="f-1" href="#list-1"') == 1
    # the two other cells in the document view, and the first cell again in the side-by-side view
    assert page.count('class="marker sev-warning" href="#list-1"') == 3
