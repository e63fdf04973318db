"""Whether a CAT source segment has anything to translate (placeholders, identifiers, symbols do not)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.checks.translatable import nothing_to_translate
from zhen_qa.cli import main


def test_placeholders_identifiers_and_symbols_are_nothing_to_translate() -> None:
    for text in ("%1$@ v%2$@", "%d", "{0}", "RileyLink", "SmallStatusWidget", "BatteryIssue17", "<userId>", "log2 (32)",
                 "g", "Z₀", "mₑ", "FF95"):
        assert nothing_to_translate(text), text


def test_a_single_word_is_something_to_translate() -> None:
    for text in ("OK", "No", "Bolus", "%1$@ ago", "<body>", "1 hour", "Dexcom G6", "kW", "dB", "Invalid LTK Key: %1$@",
                 "Listen for 2 beeps."):
        assert not nothing_to_translate(text), text


def test_an_untranslated_po_entry_is_reported_only_when_it_has_a_word(tmp_path: Path) -> None:
    po = tmp_path / "app.zh_CN.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "Open the file"\nmsgstr "打开文件"\n\n'
                  'msgid "RileyLink"\nmsgstr ""\n\n'
                  'msgid "%1$@ v%2$@"\nmsgstr ""\n\n'
                  'msgid "Deactivating..."\nmsgstr ""\n\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(po), "--select", "untranslated", "--format", "json"])
    found = [f["message"] for f in json.loads(result.output)["findings"]]
    assert found == ["no Chinese for: Deactivating..."]
