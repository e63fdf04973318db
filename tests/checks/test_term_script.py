"""One word written in two scripts (減少 beside 减少): the form to change is the one its own sentence's script does
not agree with, and a discovered finding points at it and suggests the other."""
from __future__ import annotations

from pathlib import Path

from tests.cat_files import write_file
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.checks.term_script import out_of_script

SIMPLIFIED = "拦截这些跟踪器，可{}您被网站看到的内容。"
TRADITIONAL = "攔截這些追蹤器，可{}您被網站看到的內容。"


def _at(template: str, word: str) -> tuple[str, int, int]:
    text = template.format(word)
    start = text.index(word)
    return text, start, start + len(word)


def test_a_traditional_form_in_a_simplified_sentence_is_out_of_script() -> None:
    assert out_of_script(*_at(SIMPLIFIED, "減少"))
    assert not out_of_script(*_at(SIMPLIFIED, "减少"))


def test_a_simplified_form_in_a_traditional_sentence_is_out_of_script() -> None:
    assert out_of_script(*_at(TRADITIONAL, "减少"))
    assert not out_of_script(*_at(TRADITIONAL, "減少"))


def test_a_word_alone_or_full_width_letters_tell_nothing() -> None:
    assert not out_of_script("減少", 0, 2)
    assert not out_of_script("减少ＡＢ", 0, 2)  # full-width letters fold too, but are no script


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" target-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="a"><source>Blocking trackers can reduce what sites see.</source><target>{}</target></trans-unit>
<trans-unit id="b"><source>Reduce targeted ads.</source><target>{}</target></trans-unit>
</body></file></xliff>
"""


def _script_findings(tmp_path: Path, first: str, second: str) -> list[tuple[int, str | None]]:
    path = write_file(tmp_path, "app.zh-CN.xlf", XLIFF.format(first, second))
    return [(f.location.line, f.suggestion) for f in check_file(path, None, Flags()).findings
            if f.rule == "term-inconsistent"]


def test_a_tie_points_at_the_traditional_slip_in_simplified_text_and_suggests_the_simplified(tmp_path: Path) -> None:
    # once each: the traditional one (line 4) is the slip, whichever comes first
    assert _script_findings(tmp_path, SIMPLIFIED.format("減少"), "减少定向广告。") == [(4, "减少")]
    assert _script_findings(tmp_path, SIMPLIFIED.format("减少"), "減少定向广告。") == [(5, "减少")]


def test_the_form_used_more_often_still_leads(tmp_path: Path) -> None:
    # the mixture is still reported; two traditional uses against one simplified point at the simplified one
    text = SIMPLIFIED.format("減少") + "減少广告。"
    assert _script_findings(tmp_path, text, "减少定向广告。") == [(5, "減少")]
