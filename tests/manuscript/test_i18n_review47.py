"""The reviewer's defects in the message-file readers (stop 47, review47 C1–C9): each input fails on the readers
as merged (3cdb5fc) and is read right here."""
from __future__ import annotations

import json
import time
from pathlib import Path

from click.testing import CliRunner, Result

from zhen_qa.aligner.build import load_manuscript
from zhen_qa.checks.jobs import collect_jobs
from zhen_qa.cli import main
from zhen_qa.manuscript.reader import read_source


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _findings(zh: Path, zh_text: str | bytes, en: Path, en_text: str | bytes) -> list[tuple[str, str | None, str]]:
    for path, text in ((zh, zh_text), (en, en_text)):
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    result = run("check", str(zh), "--en", str(en), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return [(f["rule"], f["data"].get("unit"), f["message"]) for f in json.loads(result.stdout)["findings"]]


def _units(found: list[tuple[str, str | None, str]]) -> set[tuple[str, str | None]]:
    return {(rule, unit) for rule, unit, _ in found}


def test_an_android_array_the_chinese_writes_differently_is_text_not_values(tmp_path: Path) -> None:
    # C1: `30s`, `1min`, `24h` look like values the code reads, but the Chinese file translates them
    en = ('<resources>\n<string-array name="timeout_entries"><item>30s</item><item>1min</item><item>24h</item>'
          '</string-array>\n<string-array name="mode_values"><item>local</item><item>utc</item></string-array>\n'
          '</resources>\n')
    zh = ('<resources>\n<string-array name="timeout_entries"><item>30秒</item><item>1分钟</item><item>12小时</item>'
          '</string-array>\n</resources>\n')
    found = _units(_findings(tmp_path / "values-zh-rCN" / "strings.xml", zh, tmp_path / "values" / "strings.xml", en))
    assert ("number-mismatch", "timeout_entries[2]") in found, found
    assert not [u for _, u in found if u and u.startswith("mode_values")], found  # the Chinese lacks it: values


def test_an_android_array_of_values_copied_alike_stays_out(tmp_path: Path) -> None:
    en = '<resources>\n<string-array name="v"><item>local</item><item>utc</item></string-array>\n</resources>\n'
    zh = ('<resources>\n<string-array name="v"><item>local</item><item>utc</item></string-array>\n'
          '<string name="a">确定</string>\n</resources>\n')
    found = _units(_findings(tmp_path / "zh" / "strings.xml", zh, tmp_path / "strings.xml", en))
    assert not [u for _, u in found if u and u.startswith("v[")], found


def test_a_properties_file_in_iso_8859_1_is_read_as_java_reads_it(tmp_path: Path) -> None:
    # C2: `Properties.load(InputStream)` reads ISO-8859-1; `Café` written with byte E9 is no reason to refuse
    found = _findings(tmp_path / "l1_zh_CN.properties", "greeting=\\u5496\\u5561\\u9986 9 \\u70b9\\u5f00\\u95e8\n",
                      tmp_path / "l1.properties", b"greeting=Caf\xe9 opens at 10\n")
    assert [(r, u) for r, u, _ in found] == [("number-mismatch", "greeting")], found
    assert read_source(str(tmp_path / "l1.properties")).text == "greeting=Café opens at 10\n"


def test_a_short_key_is_no_locale_code_of_a_language_menu(tmp_path: Path) -> None:
    # C3: `button.add` ends in three lower-case letters but names no language; `locales.zh-CN` does
    menu = {"zh-CN": "简体中文", "ko": "한국어"}
    zh = json.dumps({"button": {"add": "添加", "save": "保存文件"}, "locales": menu}, ensure_ascii=False)
    en = json.dumps({"button": {"add": "添加", "save": "Save the file"}, "locales": menu}, ensure_ascii=False)
    found = _units(_findings(tmp_path / "zh-CN.json", zh, tmp_path / "en.json", en))
    assert ("untranslated-span", "button.add") in found, found
    assert not [u for _, u in found if u and u.startswith("locales")], found


def test_a_language_code_with_text_in_another_script_is_no_endonym(tmp_path: Path) -> None:
    zh = json.dumps({"menu": {"ko": "添加"}, "x": "保存"}, ensure_ascii=False)
    en = json.dumps({"menu": {"ko": "添加"}, "x": "Save"}, ensure_ascii=False)
    assert ("untranslated-span", "menu.ko") in _units(_findings(tmp_path / "zh-CN.json", zh, tmp_path / "en.json", en))


def test_a_plain_xml_text_pair_has_no_units(tmp_path: Path) -> None:
    # C5: only an Android `<resources>` file is a message file; other XML is text, with no "unit body:"
    found = _findings(tmp_path / "a.zh.xml", "<article><p>结果：等待 3 秒。</p></article>\n",
                      tmp_path / "a.en.xml", "<article><p>Results: wait 5 seconds.</p></article>\n")
    assert ("number-mismatch", None) in _units(found) and not [u for _, u, _ in found if u], found
    text = run("check", str(tmp_path / "a.zh.xml"), "--en", str(tmp_path / "a.en.xml")).output
    assert "number-mismatch" in text and "unit body" not in text, text
    assert not load_manuscript(str(tmp_path / "a.zh.xml"), str(tmp_path / "a.en.xml")).units
    zh, en = tmp_path / "zh" / "strings.xml", tmp_path / "en" / "strings.xml"
    for path, text in ((zh, "等待 3 秒"), (en, "Wait 3 seconds")):
        path.parent.mkdir()
        path.write_text(f'<resources><string name="wait">{text}</string></resources>\n', encoding="utf-8")
    assert load_manuscript(str(zh), str(en)).units


def test_a_yaml_alias_bomb_is_refused_in_one_line(tmp_path: Path) -> None:
    # C6: nested aliases to sequences grow exponentially (10^6 messages from 300 bytes)
    lines = ["en:", "  a0: &a0 x"] + [f"  a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 7)]
    (tmp_path / "en.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "zh-CN.yml").write_text("zh-CN:\n  a0: 好\n", encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(main, ["check", str(tmp_path / "zh-CN.yml"), "--en", str(tmp_path / "en.yml")])
    assert result.exit_code == 2, result.output
    assert time.monotonic() - started < 30
    assert "alias" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_yaml_merge_keys_repeating_a_mapping_are_still_read(tmp_path: Path) -> None:
    base = "  defaults: &d\n" + "".join(f"    k{n}: v{n}\n" for n in range(40))
    merges = "".join(f"  m{n}:\n    <<: *d\n" for n in range(60))
    zh_base = base.replace(": v", ": 值")
    found = _units(_findings(tmp_path / "zh-CN.yml", "zh-CN:\n" + zh_base + merges + "  x: 三\n",
                             tmp_path / "en.yml", "en:\n" + base.replace(": v", ": value ") + merges + "  x: four 4\n"))
    assert ("untranslated", "x") not in found


def test_an_android_reference_is_no_text_on_either_side(tmp_path: Path) -> None:
    # C7: `@string/greet` has the other string's English: the Chinese is not "without English"
    en = '<resources>\n<string name="greet">Hello</string>\n<string name="ref">@string/greet</string>\n</resources>\n'
    zh = '<resources>\n<string name="greet">你好</string>\n<string name="ref">你好</string>\n</resources>\n'
    found = _units(_findings(tmp_path / "values-zh-rCN" / "strings.xml", zh, tmp_path / "values" / "strings.xml", en))
    assert ("untranslated", "ref") not in found, found


def test_json_nesting_under_one_or_many_is_no_plural_form(tmp_path: Path) -> None:
    # C8: `.` is nesting in JSON; Rails' `x.one` is a plural form only in YAML
    en = json.dumps({"answer": {"one": "Only one answer is allowed", "many": "Several answers are allowed",
                                "other": "Other"}})
    zh = json.dumps({"answer": {"other": "其他"}}, ensure_ascii=False)
    found = _units(_findings(tmp_path / "zh-CN.json", zh, tmp_path / "en.json", en))
    assert {("untranslated", "answer.one"), ("untranslated", "answer.many")} <= found, found
    yml = _units(_findings(tmp_path / "y" / "zh-CN.yml", "zh-CN:\n  answer:\n    other: 其他\n",
                           tmp_path / "y" / "en.yml", "en:\n  answer:\n    one: One\n    other: Other\n"))
    assert ("untranslated", "answer.one") not in yml, yml


def _touch(*paths: Path) -> list[str]:
    for p in paths:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("", encoding="utf-8")
    return [str(p) for p in paths]


def test_a_chinese_default_locale_pairs_with_its_english_locale(tmp_path: Path) -> None:
    # C9: values/ Chinese with values-en/ English, messages.properties with messages_en.properties
    files = _touch(tmp_path / "values" / "strings.xml", tmp_path / "values-en" / "strings.xml",
                   tmp_path / "messages.properties", tmp_path / "messages_en.properties",
                   tmp_path / "Resources.resx", tmp_path / "Resources.en.resx")
    assert sorted(collect_jobs(files)) == sorted([(files[0], files[1]), (files[2], files[3]), (files[4], files[5])])


def test_a_default_locale_that_a_chinese_file_pairs_with_stays_the_english(tmp_path: Path) -> None:
    files = _touch(tmp_path / "values-zh-rCN" / "strings.xml", tmp_path / "values" / "strings.xml",
                   tmp_path / "values-en" / "strings.xml")
    jobs = collect_jobs(files)
    assert (files[0], files[1]) in jobs and not [j for j in jobs if j[0] == files[1]]


def test_traditional_chinese_locales_pair_by_name(tmp_path: Path) -> None:
    files = _touch(tmp_path / "values-zh-rTW" / "strings.xml", tmp_path / "values" / "strings.xml",
                   tmp_path / "messages_zh_TW.properties", tmp_path / "messages.properties",
                   tmp_path / "zh-Hant.lproj" / "Localizable.strings", tmp_path / "en.lproj" / "Localizable.strings")
    assert sorted(collect_jobs(files)) == sorted([(files[0], files[1]), (files[2], files[3]), (files[4], files[5])])


def test_a_line_label_of_a_program_string_names_no_number_of_its_own(tmp_path: Path) -> None:
    # C4: the parts of "1.2" are no names that excuse an unequal number after it; "2." is a label, not the 2 of 2 秒
    zh = json.dumps({"a": "1.2 等待 1 秒", "b": "步骤：\n2. 等待 2 秒。", "c": "5.1 声道"}, ensure_ascii=False)
    en = json.dumps({"a": "1.2 Wait 2 seconds", "b": "Steps:\n2. Wait 3 seconds.", "c": "5.1"})
    found = _findings(tmp_path / "zh-CN.json", zh, tmp_path / "en.json", en)
    assert ("number-mismatch", "a") in _units(found) and ("number-mismatch", "c") not in _units(found), found
    assert [m.split(":")[0] for r, u, m in found if u == "b" and r == "number-mismatch"] == [
        '"2" in the Chinese is "3" in the English'], found


def test_a_line_label_one_side_writes_otherwise_still_names_its_number(tmp_path: Path) -> None:
    # "\5" for "\n5" glues item 5 to item 4 in the Chinese: its 5 is the English label's, no number missing
    zh = json.dumps({"d": "1. 显示记录\n2. 序列号管理5. 快速入门"}, ensure_ascii=False)
    en = json.dumps({"d": "1. Show the record\n2. License manager\n5. Quick start"})
    assert ("number-mismatch", "d") not in _units(_findings(tmp_path / "zh-CN.json", zh, tmp_path / "en.json", en))


def test_a_pipe_both_sides_write_is_no_plural_choice(tmp_path: Path) -> None:
    # C4: "{app} | {app} settings" against "{app} | 设置": a separator on both sides, the second {app} dropped
    zh = json.dumps({"t": "{app} | 设置", "n": "{n} 辆车"}, ensure_ascii=False)
    en = json.dumps({"t": "{app} | {app} settings", "n": "{n} car | {n} cars"})
    found = _units(_findings(tmp_path / "zh-CN.json", zh, tmp_path / "en.json", en))
    assert ("placeholder-mismatch", "t") in found and ("placeholder-mismatch", "n") not in found, found


def test_a_chinese_base_bundle_is_no_english_file(tmp_path: Path) -> None:
    """A Chinese-made project's base bundle (messages.properties, Java's fallback) holds Chinese; paired with
    messages_zh_CN.properties by name it was checked "as the English file by its name" and every message was a false
    "Chinese left in the English" (review47 C10). Only a file named English (en.yml, _en, values-en) is that."""
    (tmp_path / "messages.properties").write_text("login.title=\\u767b\\u5f55\nlogin.submit=\\u63d0\\u4ea4\n",
                                                  encoding="utf-8")
    (tmp_path / "messages_zh_CN.properties").write_text("login.title=\\u767b\\u5f55\nlogin.submit=\\u63d0\\u4ea4\n",
                                                        encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "messages_zh_CN.properties"), "--en",
                                       str(tmp_path / "messages.properties")])
    assert result.exit_code == 2 and "are both Chinese" in result.output
    (tmp_path / "messages_en.properties").write_text("login.title=\\u767b\\u5f55\nlogin.submit=Submit\n",
                                                     encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "messages_zh_CN.properties"), "--en",
                                       str(tmp_path / "messages_en.properties")])
    assert "checked as the English file by its name" in result.output and "Chinese left in the English" in result.output
