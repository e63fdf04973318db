"""A Chinese sentence alone in a CAT unit that renders the rest of the English sentence beside it is no untranslated
sentence (one English sentence written as two); an added sentence, one naming what that English does not, and a
sentence the English really drops are still reported."""
from __future__ import annotations

from pathlib import Path

from tests.cat_files import tmx, write_file
from zhen_qa.checks.run import Flags, check_file

PO_HEAD = 'msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _po(units: list[tuple[str, str]]) -> str:
    return PO_HEAD + "".join(f'msgid "{en}"\nmsgstr "{zh}"\n\n' for en, zh in units)


def _untranslated(path: str) -> list[str]:
    return [f.message for f in check_file(path, None, Flags()).findings if f.rule == "untranslated"]


SPLIT = ("Keep your backups in one folder. Create the folder if it does not exist yet:",
         "把所有备份放在同一个文件夹里。如果文件夹不存在？就创建它：")


def test_one_english_sentence_written_as_two_chinese_sentences_is_translated(tmp_path: Path) -> None:
    assert _untranslated(write_file(tmp_path, "app.zh_CN.po", _po([SPLIT]))) == []


def test_the_split_is_read_in_a_tmx_memory_too(tmp_path: Path) -> None:
    assert _untranslated(write_file(tmp_path, "memory.tmx", tmx([SPLIT]))) == []


def test_an_added_sentence_of_no_words_of_the_english_is_still_reported(tmp_path: Path) -> None:
    path = write_file(tmp_path, "app.zh_CN.po", _po([(
        "The installer copies the files. It writes a log of every step.",
        "安装程序复制文件。它为每一步写一份日志。请在安装前关闭所有程序。")]))
    assert _untranslated(path) == ["no English for: 请在安装前关闭所有程序。"]


def test_an_added_sentence_that_names_what_the_english_does_not_is_still_reported(tmp_path: Path) -> None:
    # its words could be the English's (install, template), but DIRS is nowhere in this unit's English
    path = write_file(tmp_path, "app.zh_CN.po", _po([(
        "By convention the installer looks for a templates folder in each installed app.",
        "按照惯例，安装程序会在每个已安装的应用中寻找模板文件夹。这就是为什么安装时不必修改 DIRS 模板设置的原因。")]))
    assert _untranslated(path) == ["no English for: 这就是为什么安装时不必修改 DIRS 模板设置的原因。"]


def test_a_sentence_the_chinese_drops_is_still_reported(tmp_path: Path) -> None:
    path = write_file(tmp_path, "app.zh_CN.po", _po([(
        "Keep your backups in one folder. Create the folder if it does not exist yet.",
        "把所有备份放在同一个文件夹里。")]))
    assert _untranslated(path) == ["no Chinese for: Create the folder if it does not exist yet."]



def test_a_stray_sentence_sharing_two_generic_words_with_the_english_is_still_reported(tmp_path: Path) -> None:
    # review70 R6: the stray first sentence (another segment's text) says "find" and "useful" of the English, which
    # the paired Chinese does not, but the part of the English holding them is the paired Chinese's (list, below)
    path = write_file(tmp_path, "app.zh_CN.po", _po([(
        "The table below lists the options you may find useful when printing a report:",
        "在设置窗口里也可以找到许多有用的颜色主题。下表列出了打印报告时可能会用到的选项：")]))
    assert _untranslated(path) == ["no English for: 在设置窗口里也可以找到许多有用的颜色主题。"]


def test_a_condition_the_chinese_writes_first_as_a_sentence_is_part_of_the_english(tmp_path: Path) -> None:
    # the English writes the condition last; the Chinese writes it first, as a sentence of its own
    path = write_file(tmp_path, "app.zh_CN.po", _po([(
        "Restart the server when the configuration file changes.",
        "如果配置文件发生了变化？请重新启动服务器。")]))
    assert _untranslated(path) == []
