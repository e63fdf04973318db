"""Whether a CAT source segment has anything to translate (placeholders, identifiers, symbols do not)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.checks.translatable import kept_as_written, kept_words, nothing_to_translate
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


def test_kept_words_are_the_unknown_names_chinese_text_writes_as_they_are() -> None:
    kept = kept_words(["连接 Dexcom G6 发射器", "上传到Nightscout网站", "打开 Bluetooth 设置", "每 hour 一次",
                       "SUV 车型", "Humalog"])  # the last has no Han: a target copied from its source is no evidence
    assert kept == frozenset({"Dexcom", "Nightscout"})


def test_a_unit_of_kept_names_only_is_kept_as_written() -> None:
    kept = frozenset({"Dexcom", "Nightscout", "dB"})
    for text in ("Dexcom G7", "Nightscout", "%@ dB"):
        assert kept_as_written(text, kept), text
    for text in ("Dexcom settings", "Omnipod", "Bolus", "%1$@", ""):
        assert not kept_as_written(text, kept), text


_LOOP_PO = ('msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "Connect the Dexcom G6 transmitter."\nmsgstr "连接 Dexcom G6 发射器。"\n\n'
            'msgid "Upload to Nightscout every hour."\nmsgstr "每 hour 上传到 Nightscout。"\n\n'
            'msgid "Open Loop settings."\nmsgstr "打开 Loop 设置。"\n\n')


def _untranslated(tmp_path: Path, entries: str) -> list[str]:
    po = tmp_path / "loop.zh_CN.po"
    po.write_text(_LOOP_PO + entries, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(po), "--select", "untranslated", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return [f["message"] for f in json.loads(result.output)["findings"]]


def test_an_empty_target_for_a_name_the_file_keeps_in_latin_is_not_untranslated(tmp_path: Path) -> None:
    found = _untranslated(tmp_path, 'msgid "Dexcom G7"\nmsgstr ""\n\nmsgid "Nightscout"\nmsgstr ""\n\n')
    assert found == []


def test_an_empty_target_for_a_word_or_a_name_the_file_never_keeps_is_still_untranslated(tmp_path: Path) -> None:
    # a dictionary word the Chinese keeps once (Loop, hour), a name the Chinese never writes (Omnipod), a name with
    # a word beside it (Dexcom settings): each a unit the translator left undone
    found = _untranslated(tmp_path, 'msgid "Loop"\nmsgstr ""\n\nmsgid "hour"\nmsgstr ""\n\n'
                                    'msgid "Omnipod"\nmsgstr ""\n\nmsgid "Dexcom settings"\nmsgstr ""\n\n')
    assert found == ["no Chinese for: Loop", "no Chinese for: hour", "no Chinese for: Omnipod",
                     "no Chinese for: Dexcom settings"]
