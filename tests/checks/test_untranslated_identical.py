"""checks.untranslated_identical: a target identical to its source is one untranslated-span finding on the copy."""
from __future__ import annotations

from pathlib import Path

from tests.checks.aligned import build
from tests.checks.untranslated_kit import GOOD, findings, rows, whole
from zhen_qa.checks.context import Options
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.run import Flags, check_file


def test_identical_target_is_reported_once() -> None:
    same = "Stem cell secretome in regenerative medicine"
    fs = findings([([same], [same])], "untranslated-span")
    assert len(fs) == 1 and fs[0].message.startswith("left in English")


def test_copied_target_is_one_finding_whatever_the_rules() -> None:

    same = "分泌组(secretome)含有多种因子,见表1。"
    fs = check_manuscript(build([([same], [same]), ([GOOD[0]], [GOOD[1]])]), None, Options())
    assert [(f.rule, f.lang, f.location.line, f.location.column) for f in fs] == [("untranslated-span", "en", 1, 1)]


XLIFF_COPY = """<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="zh-CN" datatype="plaintext" original="x">
    <body>
      <trans-unit id="u1">
        <source>Select the files you want to delete from the list.</source>
        <target>Select the files you want to delete from the list.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_target_copied_from_an_english_source_is_reported_on_the_target(tmp_path: Path) -> None:
    """A unit of an English-source CAT file whose Chinese target is a copy of its source: the copy is the target,
    so the finding says so and points at the <target> line, not at the source the translator did not write."""

    path = tmp_path / "a.xlf"
    path.write_text(XLIFF_COPY, encoding="utf-8")
    got = [(f.location.line, f.lang, f.message) for f in check_file(str(path), None, Flags()).findings
           if f.rule == "untranslated-span"]
    assert got == [(7, "zh", "the Chinese is identical to the English")]


def test_identical_target_exact() -> None:
    same = "Stem cell secretome in regenerative medicine"
    assert rows([([same], [same])]) == [
        ("untranslated-span", "en", "warning", whole("en.txt", 1, same), whole("zh.txt", 1, same),
         "left in English: the Chinese repeats the English text", same)]
    # whitespace and case are ignored; fewer than three words is not reported
    assert len(rows([(["Stem  Cell secretome"], ["stem cell SECRETOME"])])) == 1
    assert rows([(["Stem cell"], ["Stem cell"])]) == []
    # Chinese text the English repeats is left in Chinese: the message says which side to translate
    assert [r[5] for r in rows([(["分泌组"], ["分泌组"])])] == ["left in Chinese: the English repeats the Chinese text"]


def test_identical_sentence_is_not_also_a_span() -> None:
    same = "干细胞 has been shown to work 分泌组"
    got = rows([([same], [same])], "untranslated-span")
    assert [r[5] for r in got] == ["left in English: the Chinese repeats the English text"]
