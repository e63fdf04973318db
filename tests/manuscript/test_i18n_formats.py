"""Message files of other formats than JSON: Android `strings.xml`, YAML locale files (Rails, vue-i18n), Java
`.properties`. Each is read by key with every character's place in the file, the values compared with what the
format's own reader gives (translate-toolkit's `aresource` and `properties`, PyYAML), and checked as a pair."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from translate.storage.aresource import AndroidResourceFile
from translate.storage.properties import javafile

from zhen_qa.cli import main
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.i18n_android import messages as android_messages
from zhen_qa.manuscript.i18n_files import is_message_file
from zhen_qa.manuscript.i18n_properties import messages as properties_messages
from zhen_qa.manuscript.i18n_yaml import messages as yaml_messages
from zhen_qa.manuscript.source import SourceText

ANDROID_ZH = """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <!-- <string name="old">旧的</string> -->
    <string name="app_name">示例</string>
    <string name="hello">你好，%1$s！今天有 %2$d 条消息。</string>
    <string name="dont">不要\\'删除\\'文件</string>
    <string name="two_lines">第一行\\n第二行</string>
    <string name="escaped">\\u4e2d文 &amp; 英文</string>
    <string name="quoted">"  保留  空格  "</string>
    <string name="bold">点击<b>保存</b></string>
    <string name="wrapped">很长的
        一句话</string>
    <string name="marked">已选 <xliff:g id="count">%d</xliff:g> 项</string>
    <plurals name="songs">
        <item quantity="other">%d 首歌曲</item>
    </plurals>
    <string-array name="modes">
        <item>自动</item>
        <item>手动</item>
    </string-array>
    <string name="ref">@string/app_name</string>
</resources>
"""
ANDROID_EN = """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="app_name" translatable="false">Example</string>
    <string name="hello">Hello, %1$s! You have %2$d messages today.</string>
    <string name="dont">Don\\'t delete the file</string>
    <string name="two_lines">First line\\nSecond line</string>
    <string name="escaped">Chinese &amp; English</string>
    <string name="quoted">"  keep  blanks  "</string>
    <string name="bold">Click <b>Save</b></string>
    <string name="wrapped">A long
        sentence</string>
    <string name="marked"><xliff:g id="count">%d</xliff:g> selected</string>
    <string name="only_en">Only in English</string>
    <plurals name="songs">
        <item quantity="one">%d song</item>
        <item quantity="other">%d songs</item>
    </plurals>
    <string-array name="modes">
        <item>Automatic</item>
        <item>Manual</item>
    </string-array>
    <string name="ref">@string/app_name</string>
</resources>
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _mapped_back(src: SourceText, text: str, offsets: list[int], ends: list[int]) -> None:
    """Every character is placed on what writes it: itself, or an escape or entity that decodes to it."""
    for ch, a, b in zip(text, offsets, ends):
        written = src.text[a:b]
        assert written == ch or written.startswith(("\\", "&")) or ch == " " and written.isspace(), (ch, written)


def test_android_strings_are_read_as_the_app_shows_them_each_at_its_place() -> None:
    src = SourceText.from_text("values-zh-rCN/strings.xml", ANDROID_ZH)
    read = {m.key: m.text for m in android_messages(src)}
    assert read["hello"].text == "你好，%1$s！今天有 %2$d 条消息。"
    assert read["dont"].text == "不要'删除'文件"
    assert read["two_lines"].text == "第一行\n第二行"
    assert read["escaped"].text == "中文 & 英文"
    assert read["quoted"].text == "  保留  空格  "
    assert read["bold"].text == "点击<b>保存</b>"
    assert read["wrapped"].text == "很长的 一句话"
    assert read["marked"].text == "已选 %d 项"
    assert read["songs[other]"].text == "%d 首歌曲"
    assert [read["modes[0]"].text, read["modes[1]"].text] == ["自动", "手动"]
    fixed = {m.key for m in android_messages(src) if not m.translate}
    assert "old" not in read and "ref" in fixed  # a comment; a reference to another resource (out of both files)
    for m in read.values():
        _mapped_back(src, m.text, list(m.offsets), list(m.ends or []))
    line, col = src.line_col(read["hello"].offsets[0])
    assert ANDROID_ZH.splitlines()[line - 1][col - 1:].startswith("你好")
    # translate-toolkit reads the same strings (it keeps entities and leaves arrays out)
    store = AndroidResourceFile.parsestring(ANDROID_ZH.encode("utf-8"))
    theirs = {u.getid(): str(u.source) for u in store.units}
    for key in ("hello", "dont", "two_lines", "bold"):
        assert theirs[key] == read[key].text


def test_android_untranslatable_strings_and_chinese_plurals(tmp_path: Path) -> None:
    zh_dir, en_dir = tmp_path / "values-zh-rCN", tmp_path / "values"
    zh_dir.mkdir()
    en_dir.mkdir()
    (zh_dir / "strings.xml").write_text(ANDROID_ZH, encoding="utf-8")
    (en_dir / "strings.xml").write_text(ANDROID_EN, encoding="utf-8")
    assert is_message_file(str(zh_dir / "strings.xml"))
    result = run("check", str(zh_dir / "strings.xml"), "--en", str(en_dir / "strings.xml"), "--format", "json")
    found = [(f["rule"], f["data"].get("unit")) for f in json.loads(result.stdout)["findings"]]
    assert ("untranslated", "only_en") in found  # the Chinese app shows it in English
    units = {unit for _, unit in found}
    assert "songs[one]" not in units  # Chinese has only the "other" form
    assert "app_name" not in units  # translatable="false"
    assert not [f for f in found if f[0] == "placeholder-mismatch"], found


def test_an_xml_file_that_is_no_resource_file_is_not_a_message_file(tmp_path: Path) -> None:
    other = tmp_path / "layout.xml"
    other.write_text('<?xml version="1.0"?>\n<LinearLayout/>\n', encoding="utf-8")
    assert not is_message_file(str(other))


RAILS_ZH = """zh-CN:
  users:
    signup: 注册
    greeting: "你好，%{name}！\\n欢迎"
    quote: '他说''好'''
    long: >
      很长的一句话
      分两行写
    count:
      other: "%{count} 位用户"
    steps:
      - 打开
      - 保存
  limit: 3
"""
RAILS_EN = """en:
  users:
    signup: Sign up
    greeting: "Hello, %{name}!\\nWelcome"
    quote: 'He said ''fine'''
    long: >
      A long sentence
      written on two lines
    count:
      one: "%{count} user"
      other: "%{count} users"
    steps:
      - Open
      - Save
    only_en: Only in English
  limit: 3
"""


def test_yaml_values_are_read_as_pyyaml_reads_them_each_at_its_place() -> None:
    src = SourceText.from_text("zh-CN.yml", RAILS_ZH)
    read = {m.key: m.text for m in yaml_messages(src)}
    loaded = yaml.safe_load(RAILS_ZH)["zh-CN"]
    assert read["users.greeting"].text == loaded["users"]["greeting"]
    assert read["users.quote"].text == loaded["users"]["quote"] == "他说'好'"
    assert read["users.long"].text == loaded["users"]["long"]
    assert read["users.steps[1]"].text == "保存"
    assert "limit" not in read  # a number, no text
    for m in read.values():
        for ch, a in zip(m.text, m.offsets):
            assert src.text[a] == ch or src.text[a] in "\\'\n"
    at = read["users.greeting"].offsets[read["users.greeting"].text.index("欢")]
    assert src.text[at] == "欢"


def test_rails_locale_files_pair_under_their_locale_roots(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh-CN.yml", tmp_path / "en.yml"
    zh.write_text(RAILS_ZH, encoding="utf-8")
    en.write_text(RAILS_EN, encoding="utf-8")
    result = run("check", str(zh), "--en", str(en), "--format", "json")
    found = [(f["rule"], f["data"].get("unit"), f["line"]) for f in json.loads(result.stdout)["findings"]]
    assert ("untranslated", "users.only_en", 15) in found
    assert all(unit != "users.count.one" for _, unit, _ in found), found


PROPS_ZH = ("# 注释\n"
            "app.title=\\u793a\\u4f8b\n"
            "greeting = 你好，{0}！\n"
            "long.text=第一句，\\\n"
            "    第二句。\n"
            "key\\ with\\ space : 值\n"
            "! another comment\n")
PROPS_EN = ("app.title=Example\n"
            "greeting = Hello, {0}!\n"
            "long.text=First part, \\\n"
            "    second part.\n"
            "key\\ with\\ space : value\n"
            "only.en=Only in English\n")


def test_properties_are_read_as_translate_toolkit_reads_them_each_at_its_place() -> None:
    src = SourceText.from_text("messages_zh_CN.properties", PROPS_ZH)
    read = {m.key: m.text for m in properties_messages(src)}
    store = javafile.parsestring(PROPS_ZH.encode("utf-8"))
    # translate-toolkit keeps a key as written (`key\\ with\\ space`) and a trailing comment as an empty unit
    theirs = {u.getid().replace("\\ ", " "): str(u.source) for u in store.units if u.getid()}
    assert {k: v.text for k, v in read.items()} == theirs
    title = read["app.title"]
    assert title.text == "示例" and src.text[title.offsets[0]:title.end_of(0)] == "\\u793a"
    assert src.text[read["long.text"].offsets[-1]] == "。"


def test_a_properties_bundle_pair_is_checked_by_key(tmp_path: Path) -> None:
    zh, en = tmp_path / "messages_zh_CN.properties", tmp_path / "messages.properties"
    zh.write_text(PROPS_ZH, encoding="utf-8")
    en.write_text(PROPS_EN, encoding="utf-8")
    result = run("check", str(zh), "--en", str(en), "--format", "json")
    found = [(f["rule"], f["data"].get("unit"), f["line"]) for f in json.loads(result.stdout)["findings"]]
    assert ("untranslated", "only.en", 6) in found
    assert not [f for f in found if f[0] == "placeholder-mismatch"], found


@pytest.mark.parametrize(("name", "zh_text", "message"), [
    ("strings.xml", "<resources><string name='a'>好</resources>", "line 1: not well-formed XML"),
    ("zh-CN.yml", "zh-CN:\n  a: [好\n", "not readable YAML"),
    ("zh-CN.yml", "- 好\n", "not a YAML locale file"),
])
def test_a_broken_message_file_is_one_line_and_exit_2(tmp_path: Path, name: str, zh_text: str, message: str) -> None:
    zh = tmp_path / "zh" / name
    zh.parent.mkdir()
    zh.write_text(zh_text, encoding="utf-8")
    en = tmp_path / name
    en.write_text(ANDROID_EN if name.endswith(".xml") else RAILS_EN, encoding="utf-8")
    before = zh.read_bytes()
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en)])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert zh.read_bytes() == before


def test_message_files_of_two_kinds_or_alone_are_refused(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh-CN.yml", tmp_path / "messages.properties"
    zh.write_text(RAILS_ZH, encoding="utf-8")
    en.write_text(PROPS_EN, encoding="utf-8")
    mixed = CliRunner().invoke(main, ["check", str(zh), "--en", str(en)])
    assert mixed.exit_code == 2 and "not of the same kind" in mixed.output
    alone = CliRunner().invoke(main, ["check", str(zh)])
    assert alone.exit_code == 2 and "--en" in alone.output


def test_an_english_file_still_holding_chinese_is_taken_by_its_name(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh-CN.yml", tmp_path / "en.yml"
    zh.write_text("zh-CN:\n  a: 注册\n  b: 登录\n  c: 退出\n", encoding="utf-8")
    en.write_text("en:\n  a: Sign up\n  b: 登录\n", encoding="utf-8")
    result = run("check", str(zh), "--en", str(en), "--format", "json")
    assert result.exit_code == 1, result.output
    found = [(f["rule"], f["data"].get("unit")) for f in json.loads(result.stdout)["findings"]]
    assert ("untranslated", "c") in found


def test_reading_an_unusable_file_raises_input_error() -> None:
    with pytest.raises(InputError):
        android_messages(SourceText.from_text("strings.xml", "<LinearLayout/>"))


def _findings(tmp_path: Path, zh_name: str, zh_text: str, en_name: str, en_text: str) -> list[tuple[str, str]]:
    zh, en = tmp_path / "zh" / zh_name, tmp_path / en_name
    zh.parent.mkdir(exist_ok=True)
    zh.write_text(zh_text, encoding="utf-8")
    en.write_text(en_text, encoding="utf-8")
    result = run("check", str(zh), "--en", str(en), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return [(f["rule"], f["data"].get("unit")) for f in json.loads(result.stdout)["findings"]]


def test_an_android_array_of_values_is_no_text_and_an_array_of_words_is(tmp_path: Path) -> None:
    en = ('<resources>\n<string-array name="mode_values"><item>local</item><item>drawable/icon_auto</item>'
          '<item>#ffffffff</item></string-array>\n'
          '<string-array name="mode_entries"><item>Local Time</item><item>UTC</item></string-array>\n'
          '<string name="ok">OK</string>\n</resources>\n')
    zh = '<resources>\n<string name="ok">确定</string>\n</resources>\n'
    found = _findings(tmp_path, "strings.xml", zh, "strings.xml", en)
    assert ("untranslated", "mode_entries[0]") in found
    assert not [u for _, u in found if u and u.startswith("mode_values")], found


def test_yaml_words_that_yaml_1_1_reads_as_booleans_are_text_and_symbols_are_references(tmp_path: Path) -> None:
    zh = "zh-CN:\n  status:\n    off: 未启动\n    on: 运行中\n  update: 更新\n  again: :update\n"
    en = "en:\n  status:\n    off: off\n    on: Running\n  update: Update\n  again: :update\n"
    found = _findings(tmp_path, "zh-CN.yml", zh, "en.yml", en)
    assert ("untranslated", "status.off") not in found and ("untranslated", "again") not in found, found


def test_a_leading_dotted_number_of_a_program_string_is_no_section_number(tmp_path: Path) -> None:
    zh = json.dumps({"a": "5.1 声道", "b": "9.1.6 声道", "c": "共 3 项"}, ensure_ascii=False)
    en = json.dumps({"a": "5.1", "b": "9.1.6", "c": "4 items"})
    found = _findings(tmp_path, "zh-CN.json", zh, "en.json", en)
    assert ("number-mismatch", "c") in found
    assert ("number-mismatch", "a") not in found and ("number-mismatch", "b") not in found, found


def test_a_plural_form_for_one_may_say_its_count_in_words(tmp_path: Path) -> None:
    zh = 'zh-CN:\n  posts:\n    one: "%{count} 个回复"\n    other: "%{count} 个回复"\n  by: "由 %{user} 发表"\n'
    en = 'en:\n  posts:\n    one: Posted once\n    other: Posted %{count} times\n  by: Posted\n'
    found = _findings(tmp_path, "zh-CN.yml", zh, "en.yml", en)
    assert ("placeholder-mismatch", "posts.one") not in found, found
    assert ("placeholder-mismatch", "by") in found


def test_a_language_menu_names_each_language_in_its_own_script(tmp_path: Path) -> None:
    zh = "zh-CN:\n  locales:\n    zh-CN: 简体中文\n    en: English\n  save: Save the file now\n  open: 打开文件\n"
    en = "en:\n  locales:\n    zh-CN: 简体中文\n    en: English\n  save: Save the file now\n  open: Open a file\n"
    found = _findings(tmp_path, "zh-CN.yml", zh, "en.yml", en)
    assert ("untranslated-span", "locales.zh-CN") not in found
    assert ("untranslated-span", "save") in found, found


def test_a_rails_attribute_name_the_english_file_lacks_is_humanized_not_missing(tmp_path: Path) -> None:
    zh = ("zh-CN:\n  activerecord:\n    attributes:\n      order:\n        quantity: 门票数量\n"
          "  buttons:\n    pay: 支付\n")
    en = "en:\n  activerecord:\n    attributes:\n      order:\n        items: Tickets\n  buttons:\n    cancel: Cancel\n"
    found = _findings(tmp_path, "zh-CN.yml", zh, "en.yml", en)
    assert ("untranslated", "buttons.pay") in found
    assert ("untranslated", "activerecord.attributes.order.quantity") not in found, found


def test_message_files_named_by_their_locale_are_paired(tmp_path: Path) -> None:
    from zhen_qa.checks.jobs import collect_jobs

    files = [tmp_path / "values-zh-rCN" / "strings.xml", tmp_path / "values" / "strings.xml",
             tmp_path / "messages_zh_CN.properties", tmp_path / "messages.properties",
             tmp_path / "locales" / "zh-CN.yml", tmp_path / "locales" / "en.yml"]
    for f in files:
        f.parent.mkdir(exist_ok=True)
        f.write_text("", encoding="utf-8")
    jobs = collect_jobs([str(f) for f in files])
    assert sorted(jobs) == sorted([(str(files[0]), str(files[1])), (str(files[2]), str(files[3])),
                                   (str(files[4]), str(files[5]))])


STRINGS_ZH = ('/* 登录 */\n"login.title" = "登录";\n"hello" = "你好，%@！\\n欢迎";\n'
              '// 注释\n"quote" = "他说\\"好\\"";\nbare = "裸键";\n')
STRINGS_EN = ('"login.title" = "Log in";\n"hello" = "Hello, %@!\\nWelcome";\n"quote" = "He said \\"fine\\"";\n'
              'bare = "Bare key";\n"only.en" = "Only in English";\n')


def test_apple_strings_are_read_as_translate_toolkit_reads_them_each_at_its_place(tmp_path: Path) -> None:
    from translate.storage.properties import stringsfile

    from zhen_qa.manuscript.i18n_strings import messages as strings_messages

    src = SourceText.from_text("Localizable.strings", STRINGS_ZH)
    read = {m.key: m.text for m in strings_messages(src)}
    theirs = {u.getid(): str(u.source) for u in stringsfile.parsestring(STRINGS_ZH.encode("utf-16")).units}
    assert {k: v.text for k, v in read.items()} == theirs
    at = read["hello"].offsets[read["hello"].text.index("欢")]
    assert src.text[at] == "欢"
    zh_dir, en_dir = tmp_path / "zh-Hans.lproj", tmp_path / "en.lproj"
    zh_dir.mkdir()
    en_dir.mkdir()
    (zh_dir / "Localizable.strings").write_text(STRINGS_ZH, encoding="utf-16")
    (en_dir / "Localizable.strings").write_text(STRINGS_EN, encoding="utf-8")
    result = run("check", str(zh_dir / "Localizable.strings"), "--en", str(en_dir / "Localizable.strings"),
                 "--format", "json")
    found = [(f["rule"], f["data"].get("unit")) for f in json.loads(result.stdout)["findings"]]
    assert ("untranslated", "only.en") in found
    assert not [f for f in found if f[0] == "placeholder-mismatch"], found
    broken = tmp_path / "zh" / "Localizable.strings"
    broken.parent.mkdir()
    broken.write_text('"a" = "好"\n"b" = "坏";\n', encoding="utf-8")
    bad = CliRunner().invoke(main, ["check", str(broken), "--en", str(en_dir / "Localizable.strings")])
    assert bad.exit_code == 2 and "line 2 column 1: not a readable .strings file" in bad.output


RESX = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <!-- <data name="old"><value>旧</value></data> -->
  <data name="Greeting" xml:space="preserve"><value>{TEXT}</value><comment>shown on start</comment></data>
  <data name="Icon" type="System.Drawing.Icon, System.Drawing"><value>AAAB</value></data>
  {MORE}
</root>
"""


def test_resx_values_are_read_as_translate_toolkit_reads_them_each_at_its_place(tmp_path: Path) -> None:
    from translate.storage.resx import RESXFile

    from zhen_qa.manuscript.i18n_resx import messages as resx_messages

    zh_text = RESX.replace("{TEXT}", "你好，{0} &amp; 欢迎").replace("{MORE}", "")
    src = SourceText.from_text("Strings.zh-CN.resx", zh_text)
    read = {m.key: m.text for m in resx_messages(src)}
    assert read["Greeting"].text == "你好，{0} & 欢迎" and set(read) == {"Greeting"}
    theirs = {u.getid(): str(u.source) for u in RESXFile.parsestring(zh_text.encode("utf-8")).units}
    assert theirs["Greeting"] == read["Greeting"].text
    assert src.text[read["Greeting"].offsets[-1]] == "迎"
    zh, en = tmp_path / "Strings.zh-CN.resx", tmp_path / "Strings.resx"
    zh.write_text(zh_text, encoding="utf-8")
    en.write_text(RESX.replace("{TEXT}", "Hello, {0} &amp; welcome").replace(
        "{MORE}", '<data name="OnlyEn" xml:space="preserve"><value>Only in English</value></data>'), encoding="utf-8")
    from zhen_qa.checks.jobs import collect_jobs

    assert collect_jobs([str(zh), str(en)]) == [(str(zh), str(en))]
    result = run("check", str(zh), str(en), "--format", "json")
    found = [(f["rule"], f["data"].get("unit")) for f in json.loads(result.stdout)["findings"]]
    assert found == [("untranslated", "OnlyEn")], found


def test_vue_i18n_piped_plural_branches_are_alternatives(tmp_path: Path) -> None:
    zh = json.dumps({"cars": "{n} 辆车", "apples": "苹果", "files": "{count} 个文件"}, ensure_ascii=False)
    en = json.dumps({"cars": "{n} car | {n} cars", "apples": "no apples | one apple | {count} apples",
                     "files": "one file | {count} files"})
    found = _findings(tmp_path, "zh-CN.json", zh, "en.json", en)
    assert ("placeholder-mismatch", "cars") not in found and ("placeholder-mismatch", "files") not in found
    assert ("placeholder-mismatch", "apples") in found, found  # the Chinese never shows the count
