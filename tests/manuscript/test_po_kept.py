"""Words a PO file's developer comments say not to translate are read as code."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from zhen_qa.cli import main
from zhen_qa.manuscript.po_kept import kept_words

HEADER = 'msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _untranslated(tmp_path: Path, entries: str) -> list[str]:
    po = tmp_path / "tool.zh_CN.po"
    po.write_text(HEADER + entries, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(po), "--select", "untranslated", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return [f["message"] for f in json.loads(result.output)["findings"]]


def test_the_quoted_words_of_a_do_not_translate_comment_are_kept() -> None:
    assert kept_words("Translators: Do not translate the word 'avg'!") == {"avg"}
    assert kept_words("TRANSLATORS: `Quill' is an editor, please don't translate it.") == {"Quill"}
    assert kept_words("Translators: this must not be translated: \u2018tan\u2019 and \u201ccot\u201d") == {"tan", "cot"}


def test_a_comment_without_an_instruction_or_without_a_quoted_word_keeps_nothing() -> None:
    assert kept_words("Translators: 'Open' is a verb here") == frozenset()  # a hint, not an instruction
    assert kept_words("Translators: Do NOT translate or localize the semicolons!") == frozenset()
    assert kept_words("Translators: Do not translate possible mode names basic, advanced") == frozenset()


def test_an_instruction_on_how_to_translate_a_word_keeps_nothing() -> None:
    # review68 R5: a qualified verb (literally, as …, into …, but, unless) still asks for a translation of the word
    assert kept_words('Translators: do not translate "Post" literally; it means to publish the message.') == frozenset()
    assert kept_words("Translators: please do not translate 'Fork' as a kitchen word, use the word for a copy.") \
        == frozenset()
    assert kept_words('TRANSLATORS: do not translate "Ship" as a noun: it is the verb.') == frozenset()
    assert kept_words("Translators: don't translate 'Draft' into a noun phrase") == frozenset()
    assert kept_words("Translators: do not translate 'Pin' unless your language has no verb for it") == frozenset()
    assert kept_words("Translators: never translate 'Pin' word for word, but keep it short") == frozenset()


def test_a_bare_instruction_keeps_the_words_of_its_own_sentence() -> None:
    # the instruction's sentence names the word; a pronoun object names the word of the sentence before
    assert kept_words("Translators: 'Open' is a verb here. Do not translate the word 'avg'!") == {"avg"}
    assert kept_words("TRANSLATORS: `Quill' is an editor. Please don't translate it.") == {"Quill"}
    assert kept_words("Translators: do not translate 'Ship' literally. Never translate 'avg'.") == {"avg"}
    assert kept_words("Translators: 'Open' is a verb. Do not translate this dialog's title literally.") == frozenset()


def test_an_entry_of_a_kept_word_and_numbers_is_not_untranslated(tmp_path: Path) -> None:
    found = _untranslated(tmp_path, "#. Translators: Do not translate the word 'avg'!\n"
                                    'msgid "avg (4;8)"\nmsgstr ""\n\n'
                                    "#. TRANSLATORS: `Quill' is an editor, please don't translate it.\n"
                                    'msgid "Quill"\nmsgstr ""\n\n')
    assert found == []


def test_other_words_beside_a_kept_word_and_words_no_comment_keeps_are_still_untranslated(tmp_path: Path) -> None:
    # the comment keeps its own word only: the label around it, a UI word of another entry (review63 R6: Unpair)
    # and the same name in an entry whose comment says nothing are reported
    found = _untranslated(tmp_path, "#. TRANSLATORS: `Quill' is an editor, please don't translate it.\n"
                                    'msgid "Open in Quill"\nmsgstr ""\n\n'
                                    'msgid "Unpair"\nmsgstr ""\n\n'
                                    "#. Translators: 'Quill' is a verb here\n"
                                    'msgid "Quill"\nmsgstr ""\n\n')
    assert found == ["no Chinese for: Open in `…`", "no Chinese for: Unpair", "no Chinese for: Quill"]


def test_a_word_the_comment_says_how_to_translate_is_still_untranslated(tmp_path: Path) -> None:
    # review68 R5: the translator still owes these words; the bare instruction beside them still excuses its word
    found = _untranslated(tmp_path, '#. Translators: do not translate "Post" literally; it means to publish it.\n'
                                    'msgid "Post"\nmsgstr ""\n\n'
                                    "#. Translators: please do not translate 'Fork' as a kitchen word here.\n"
                                    'msgid "Fork"\nmsgstr ""\n\n'
                                    '#. TRANSLATORS: do not translate "Ship" as a noun: it is the verb.\n'
                                    'msgid "Ship"\nmsgstr ""\n\n'
                                    "#. Translators: Do not translate the word 'avg'!\n"
                                    'msgid "avg (4;8)"\nmsgstr ""\n\n')
    assert found == ["no Chinese for: Post", "no Chinese for: Fork", "no Chinese for: Ship"]


def test_a_kept_word_is_code_beside_han_but_not_inside_a_longer_word(tmp_path: Path) -> None:
    from zhen_qa.manuscript.cat import read_cat

    po = tmp_path / "tool.zh_CN.po"
    po.write_text(HEADER + "#. TRANSLATORS: `Quill' is an editor, please don't translate it.\n"
                           'msgid "Open in Quill, not Quills"\nmsgstr "用Quill打开，而非 Quills"\n\n', encoding="utf-8")
    pair = read_cat(str(po)).pairs[0]
    assert pair.en[0].text.text == "Open in \ufffc, not Quills"
    assert pair.zh[0].text.text == "用\ufffc打开，而非 Quills"
