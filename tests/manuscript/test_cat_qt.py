"""Qt Linguist .ts files read by `manuscript.cat`: each <message> a unit, drafts and obsolete messages as the format
marks them, a TypeScript file refused by name."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.cat_files import write_file
from zhen_qa.cli import main
from zhen_qa.manuscript.cat import read_cat
from zhen_qa.manuscript.errors import InputError

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mainwindow.cpp" line="42"/>
        <source>Open the file, then save it.</source>
        <translation>打开文件，然后保存。</translation>
    </message>
    <message>
        <source>Save 3 copies</source>
        <translation type="unfinished">保存 3 个副本</translation>
    </message>
    <message>
        <source>Delete the old backups.</source>
        <oldsource>Delete old backups</oldsource>
        <translation></translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message numerus="yes">
        <source>%n file(s) copied in 5 seconds</source>
        <translation>
            <numerusform>已在 6 秒内复制 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="vanished">旧文本</translation>
    </message>
</context>
</TS>
"""


def test_each_message_is_a_unit_with_its_context_and_english_as_the_source(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "app_zh_CN.ts", TS))
    assert m.source_lang == "en"
    assert [p.section for p in m.pairs] == ['MainWindow "Open the file, then save it."', 'MainWindow "Save 3 copies"',
                                           'MainWindow "Delete the old backups."',
                                           'Dialog "%n file(s) copied in 5 seconds"']  # as Linguist finds them
    first, plural = m.pairs[0], m.pairs[3]
    assert (first.zh[0].text.text, first.en[0].text.text) == ("打开文件，然后保存。", "Open the file, then save it.")
    assert plural.zh[0].text.text.strip() == "已在 6 秒内复制 %n 个文件"
    loc = first.zh[0].text.location(0, 2)
    assert (loc.line, loc.column) == (9, 22)  # the unit's Chinese where it is written


def test_unfinished_is_a_draft_and_obsolete_messages_are_left_out_with_notes(tmp_path: Path) -> None:
    m = read_cat(write_file(tmp_path, "app_zh_CN.ts", TS))
    draft = next(p for p in m.pairs if p.section == 'MainWindow "Save 3 copies"')
    assert draft.zh == ()  # read without its draft target, as a fuzzy PO entry is
    assert "旧文本" not in [s.text.text for p in m.pairs for s in p.zh]
    assert any("unfinished" in n for n in m.notes)
    assert "1 obsolete message not checked (marked obsolete or vanished: the program no longer shows them)" in m.notes


def test_check_reports_the_untranslated_messages_and_the_changed_number(tmp_path: Path) -> None:
    path = write_file(tmp_path, "app_zh_CN.ts", TS)
    result = CliRunner().invoke(main, ["check", path])
    assert result.exit_code == 1
    # each finding names its message as Linguist finds it: the context and the source (an XLIFF one names its id)
    assert f'{path}:12:17: warning [untranslated] unit MainWindow "Save 3 copies": no Chinese for: Save 3 copies' \
        in result.output
    # marked finished with an empty translation: Qt shows the English, words to translate (no name) are reported
    assert f'{path}:16:17: warning [untranslated] unit MainWindow "Delete the old backups.": no Chinese for: Delete ' \
        'the old backups.' in result.output
    assert '[number-mismatch] unit Dialog "%n file(s) copied in 5 seconds": "6" in the Chinese is "5" in the English' \
        in result.output
    assert "Old text" not in result.output and "Delete old backups" not in result.output  # oldsource is no unit


def test_a_typescript_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"index\.ts: not a Qt Linguist file \(no <TS> root element\)"):
        read_cat(write_file(tmp_path, "index.ts", "export const answer: number = 42;\n"))
    result = CliRunner().invoke(main, ["check", write_file(tmp_path, "other.ts", "<html>not a TS</html>")])
    assert result.exit_code == 2 and "not a Qt Linguist file" in result.output



KEPT = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Platforms</name>
    <message>
        <source>Unix 64-bit</source>
        <translation></translation>
    </message>
    <message>
        <source>Misra C++ 2008</source>
        <translation/>
    </message>
    <message>
        <source>Show the details of each thread.</source>
        <translation></translation>
    </message>
    <message>
        <source>Autosar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def _findings(path: str) -> list[str]:
    result = CliRunner().invoke(main, ["check", path])
    return [line.split(": ", 1)[1] for line in result.output.splitlines() if line.startswith(path) and "[" in line]


def test_a_message_finished_with_an_empty_translation_may_keep_a_name(tmp_path: Path) -> None:
    """Qt Linguist marks a message finished only when the translator says so, and Qt shows the source of a finished
    message whose translation is empty: a name kept so (words the lexicon neither glosses nor splits, beside
    numbers) is no finding; prose left so is untranslated, as an unfinished message is."""
    path = write_file(tmp_path, "platforms_zh_CN.ts", KEPT)
    m = read_cat(path)
    kept = next(p for p in m.pairs if p.section == 'Platforms "Unix 64-bit"')
    assert kept.source_shown and not kept.zh and kept.en[0].text.text == "Unix 64-bit"
    assert "3 messages marked finished with an empty translation (Qt shows the source text): a name kept so is no " \
           "finding, words left in English are" in m.notes
    assert _findings(path) == ['warning [untranslated] unit Platforms "Show the details of each thread.": no Chinese '
                               'for: Show the details of each thread.',
                               'warning [untranslated] unit Platforms "Autosar": no Chinese for: Autosar']


LABELS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sensor</name>
    <message>
        <source>Press Unlink to forget the sensor.</source>
        <translation>按 Unlink 以忘记此传感器。</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation></translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation></translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json</source>
        <translation></translation>
    </message>
</context>
</TS>
"""


def test_a_label_left_in_english_in_a_finished_message_is_still_untranslated(tmp_path: Path) -> None:
    """review69 R7: a capitalised UI word is no name. A label made of dictionary words (un+link, auto+save, re+scan,
    Show Details, Wireless) left empty in a finished message shows English in the Chinese UI, whether or not another
    message's Chinese writes it in Latin; a file name kept is nothing to translate."""
    path = write_file(tmp_path, "sensor_zh_CN.ts", LABELS)
    assert _findings(path) == [f'warning [untranslated] unit Sensor "{label}": no Chinese for: {label}'
                               for label in ("Unlink", "Autosave", "Rescan", "Show Details", "Wireless")]
