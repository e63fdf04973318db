"""A small hand-built bilingual report shared by the renderer tests."""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.report.chromium import Browser, chromium_path
from zhen_qa.manuscript.document import Bead, Pair, Role, Sentence
from zhen_qa.manuscript.source import Location, MappedText, SourceText
from zhen_qa.report.findings import Finding, Rule, Severity
from zhen_qa.report.model import FileResult, Report

PAPER = (
    "# 分泌组与再生医学\n"
    "\n"
    "# Secretome and regenerative medicine\n"
    "\n"
    "摘要：分泌物在再生医疗中很重要。本研究纳入了12例患者。未翻译的句子<b>在这里。\n"
    "\n"
    "Abstract: The secretome matters in regenerative medicine. This study included 13 patients.\n"
    "\n"
    "## 1 引言\n"
    "正文只有中文。\n"
)

RULES = (
    Rule("term-variant", Severity.WARNING, "A deprecated variant of a glossary term is used."),
    Rule("number-mismatch", Severity.ERROR, "A number differs between the languages.", "both sides aligned"),
    Rule("untranslated", Severity.WARNING, "A Chinese sentence has no English counterpart."),
    Rule("monolingual-section", Severity.INFO, "A Chinese body section has no English side."),
)


def sentence(src: SourceText, text: str, lang: str, role: Role = Role.ABSTRACT) -> Sentence:
    """The first occurrence of `text` in the source as a Sentence."""
    start = src.text.index(text)
    return Sentence(MappedText.span(src, start, start + len(text)), lang, role)


def span(src: SourceText, text: str) -> Location:
    """Location of the first occurrence of `text`."""
    start = src.text.index(text)
    return src.location(start, start + len(text))


def build(path: str = "paper.md") -> tuple[Report, SourceText]:
    """A report over PAPER with two pairs, a 1-0 bead and four findings of four rules."""
    src = SourceText.from_text(path, PAPER)
    tz = sentence(src, "分泌组与再生医学", "zh", Role.TITLE)
    te = sentence(src, "Secretome and regenerative medicine", "en", Role.TITLE)
    z1 = sentence(src, "分泌物在再生医疗中很重要。", "zh")
    z2 = sentence(src, "本研究纳入了12例患者。", "zh")
    z3 = sentence(src, "未翻译的句子<b>在这里。", "zh")
    e1 = sentence(src, "The secretome matters in regenerative medicine.", "en")
    e2 = sentence(src, "This study included 13 patients.", "en")
    title = Pair("title", (tz,), (te,), (Bead((0,), (0,), 0.95),))
    abstract = Pair(
        "abstract",
        (z1, z2, z3),
        (e1, e2),
        (Bead((0,), (0,), 0.8), Bead((1,), (1,), 0.7), Bead((2,), (), 0.1)),
    )
    findings = (
        Finding(
            "term-variant",
            Severity.WARNING,
            "分泌物 is a deprecated variant of 分泌组",
            span(src, "分泌物"),
            "zh",
            excerpt="分泌物",
            suggestion="分泌组",
            related=e1.location,
            data=(("preferred", "分泌组"), ("variants", ("分泌物",))),
        ),
        Finding(
            "number-mismatch",
            Severity.ERROR,
            "12 in Chinese but 13 in English <script>alert(1)</script> & co",
            span(src, "12"),
            "zh",
            excerpt="12",
            related=span(src, "13"),
            data=(("zh", (12,)), ("en", (13,))),
        ),
        Finding(
            "untranslated",
            Severity.WARNING,
            "This sentence has no English translation",
            z3.location,
            "zh",
            excerpt=z3.text.text,
        ),
        Finding(
            "monolingual-section",
            Severity.INFO,
            "Section 1 引言 (lines 9-10, 1 sentence) has no English side",
            span(src, "## 1 引言"),
            "zh",
            excerpt="1 引言",
        ),
    )
    report = Report(
        files=(FileResult(path, None, (title, abstract), findings),),
        rules=RULES,
        signature={"version": "9.9.9", "glossary": "sha256:abc", "fail_on": "warning"},
    )
    return report, src


@pytest.fixture
def sample() -> Report:
    """The hand-built report."""
    return build()[0]


@pytest.fixture
def sample_source() -> SourceText:
    """The source text of the hand-built report."""
    return build()[1]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium for the HTML tests (CI fails, elsewhere skips, when it is missing)."""
    binary = chromium_path()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (apt-get install -y chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    b = Browser(binary)
    yield b
    b.close()
