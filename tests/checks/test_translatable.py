"""Whether a CAT source segment has anything to translate (placeholders, identifiers, symbols do not)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.checks.translatable import kept_name, nothing_to_translate
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


def _untranslated_po(tmp_path: Path, entries: str) -> list[str]:
    po = tmp_path / "app.zh_CN.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  + entries, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(po), "--select", "untranslated", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return [f["message"] for f in json.loads(result.output)["findings"]]


def test_an_empty_label_the_other_targets_write_in_latin_is_still_untranslated(tmp_path: Path) -> None:
    # review63 R6: the targets write "Unpair" and "Autofill" in Latin because the labels' own units are untranslated
    # (the button shows English); that is no evidence that the file keeps them, and both are words (un+pair, auto+fill)
    found = _untranslated_po(tmp_path, 'msgid "Tap Unpair to forget this pump."\nmsgstr "点击 Unpair 以忘记此泵。"\n\n'
                                       'msgid "Use Autofill to enter the last dose."\n'
                                       'msgstr "使用 Autofill 填入上次的剂量。"\n\n'
                                       'msgid "Unpair"\nmsgstr ""\n\nmsgid "Autofill"\nmsgstr ""\n\n'
                                       'msgid "Settings"\nmsgstr "设置"\n\n')
    assert found == ["no Chinese for: Unpair", "no Chinese for: Autofill"]


def test_an_empty_target_for_a_name_the_other_targets_write_in_latin_is_still_untranslated(tmp_path: Path) -> None:
    # a brand the Chinese writes in Latin (Dexcom, Nightscout) is still reported when its own unit is empty: the file
    # cannot tell a kept brand from a label left in English (the previous case), so neither is excused
    found = _untranslated_po(tmp_path, 'msgid "Connect the Dexcom G6 transmitter."\n'
                                       'msgstr "连接 Dexcom G6 发射器。"\n\n'
                                       'msgid "Upload to Nightscout every hour."\n'
                                       'msgstr "每小时上传到 Nightscout。"\n\n'
                                       'msgid "Dexcom G7"\nmsgstr ""\n\nmsgid "Nightscout"\nmsgstr ""\n\n'
                                       'msgid "Loop"\nmsgstr ""\n\n')
    assert found == ["no Chinese for: Dexcom G7", "no Chinese for: Nightscout", "no Chinese for: Loop"]


def test_a_function_worked_example_is_nothing_to_translate() -> None:
    # a function applied to numbers, an equals sign and the result: the input the program reads and its output
    for text in ("Re (2-5i) = 2", "conj (3+4i) = 3-4i", "log (8;2) = 3", "avg (1, 2, 6) = 3", "Arg (1-1i) = -45.0"):
        assert nothing_to_translate(text), text


def test_a_label_with_a_count_or_an_equation_of_words_is_something_to_translate() -> None:
    # no result after an equals sign: a button with a count or a range (Retry (3), Pages (1-5)); a word on either side
    for text in ("Retry (3)", "Pages (1-5)", "Step (1/3) = done", "Total = 5",
                 "Round (2.5) to the nearest whole number"):
        assert not nothing_to_translate(text), text


def test_an_untranslated_worked_example_beside_its_untranslated_words(tmp_path: Path) -> None:
    # the example is not reported; the sentence that introduces it and a UI word (review63 R6) are
    found = _untranslated_po(tmp_path, 'msgid "Returns the real part. For example:"\nmsgstr ""\n\n'
                                       'msgid "Re (7-2i) = 7"\nmsgstr ""\n\n'
                                       'msgid "Unpair"\nmsgstr ""\n\n')
    assert found == ["no Chinese for: Returns the real part. For example:", "no Chinese for: Unpair"]


def test_a_kept_name_is_no_dictionary_word_nor_two_of_them() -> None:
    # review69 R7: what a finished Qt message may keep in English; capitals prove nothing (labels are capitalised)
    for text in ("Unix 64-bit", "Misra C++ 2008", "T55xx", "config.json", "../data", "<port> -f"):
        assert kept_name(text), text
    for text in ("Unpair", "Autofill", "Resync", "Open Settings", "Bluetooth", "Windows 64-bit", "Delete all doses"):
        assert not kept_name(text), text
