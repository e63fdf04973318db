"""JSON message files (vue-i18n, i18next, react-intl): read by key path with every character's place in the file,
paired by key, checked as units; the files are written by Python's `json` (the real writer) and every string read is
compared with what `json.loads` (the real reader) gives."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zhen_qa.checks.jobs import collect_jobs
from zhen_qa.checks.placeholders import placeholders
from zhen_qa.cli import main
from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.i18n_json import messages, read_json_pair
from zhen_qa.manuscript.source import SourceText

ZH = {"common": {"ok": "确定", "greeting": "你好，{name}！", "items": "共 {{count}} 项",
                 "files": "{count, plural, other {# 个文件}}",
                 "plural": "被 {counter} 人关注", "save": "点击<b>保存</b>按钮",
                 "lines": "第一行\n第二行：\"引号\"里的重要内容"},
      "steps": ["打开文件。", "保存文件。"],
      "only.zh": "只有中文",
      "item_other": "{{count}} 项"}
EN = {"common": {"ok": "OK", "greeting": "Hello!", "items": "{{count}} items",
                 "files": "{num, plural, one {# file} other {# files}}",
                 "plural": "{count, plural, one {{counter} Follower} other {{counter} Followers}}",
                 "save": "Click the <b>Save</b> button",
                 "lines": "First line\nSecond line: the important content in \"quotes\""},
      "steps": ["Open the file.", "Save the file."],
      "only": {"en": "Only in English"},
      "item_one": "one item", "item_other": "{{count}} items"}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _write(folder: Path, zh: object = ZH, en: object = EN, *, ascii_zh: bool = False) -> tuple[Path, Path]:
    zh_path, en_path = folder / "zh-CN.json", folder / "en.json"
    zh_path.write_text(json.dumps(zh, ensure_ascii=ascii_zh, indent=2), encoding="utf-8")
    en_path.write_text(json.dumps(en, indent=4), encoding="utf-8")
    return zh_path, en_path


def _leaves(value: object, path: str = "") -> dict[str, str]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in _leaves(item, f"{path}.{key}" if path else key).items()}
    if isinstance(value, list):
        return {k: v for i, item in enumerate(value) for k, v in _leaves(item, f"{path}[{i}]").items()}
    return {path: value} if isinstance(value, str) else {}


@pytest.mark.parametrize("ascii_zh", [False, True])
def test_strings_are_read_as_json_reads_them_each_character_at_its_place(tmp_path: Path, ascii_zh: bool) -> None:
    zh_path, _ = _write(tmp_path, ascii_zh=ascii_zh)
    text = zh_path.read_text(encoding="utf-8")
    src = SourceText.from_text(str(zh_path), text)
    read = messages(src)
    assert {m.key: m.text.text for m in read} == _leaves(json.loads(text))
    assert [m.key for m in read][:2] == ["common.ok", "common.greeting"]  # file order, nested keys joined by "."
    lines = next(m.text for m in read if m.key == "common.lines")
    at = lines.text.index("重要")
    written = text[lines.offsets[at]:lines.end_of(at + 1)]
    assert json.loads(f'"{written}"') == "重要"  # as written: itself, or two \\u escapes
    quote = lines.text.index('"')
    assert text[lines.offsets[quote]:lines.end_of(quote)] == '\\"'  # an escape spans what it is written with


def test_a_surrogate_pair_escape_is_one_character() -> None:
    src = SourceText.from_text("x.json", '{"a": "\\ud83d\\ude00 好"}')
    (m,) = messages(src)
    assert m.text.text == "\U0001F600 好"
    assert m.text.end_of(0) - m.text.offsets[0] == 12


def test_a_high_surrogate_escape_before_another_escape_is_two_characters() -> None:
    """json reads "\\ud83d\\u0041" as a lone surrogate and "A": two characters, each at its escape (it was taken as
    one twelve-character escape that decoded to two, and the check ended in an internal IndexError)."""
    text = '{"a": "\\ud83d\\u0041 好"}'
    (m,) = messages(SourceText.from_text("x.json", text))
    assert m.text.text == json.loads(text)["a"] == "\ud83dA 好"
    assert [m.text.end_of(k) - m.text.offsets[k] for k in range(3)] == [6, 6, 1]


def test_keys_pair_and_a_missing_key_is_untranslated_where_it_is(tmp_path: Path) -> None:
    zh_path, en_path = _write(tmp_path)
    result = run("check", str(zh_path), "--en", str(en_path), "--format", "json")
    assert result.exit_code == 1, result.output
    found = {(f["rule"], f["data"].get("unit"), Path(f["path"]).name, f["line"], f["column"])
             for f in json.loads(result.stdout)["findings"]}
    zh_lines, en_lines = zh_path.read_text().splitlines(), en_path.read_text().splitlines()

    def place(lines: list[str], needle: str) -> tuple[int, int]:
        row = next(i for i, line in enumerate(lines) if needle in line)
        return row + 1, lines[row].index(needle) + 1

    assert ("untranslated", "only.zh", "zh-CN.json", *place(zh_lines, "只有中文")) in found
    assert ("untranslated", "only.en", "en.json", *place(en_lines, "Only in English")) in found
    assert ("placeholder-mismatch", "common.greeting", "zh-CN.json", *place(zh_lines, "{name}")) in found
    rules = {(rule, unit) for rule, unit, *_ in found}
    assert ("placeholder-mismatch", "common.files") in rules  # the ICU argument renamed: {count} for {num}
    assert ("untranslated", "item_one") not in rules  # Chinese writes a plural's "other" form alone
    assert ("placeholder-mismatch", "common.plural") not in rules  # Chinese drops the plural, keeps {counter}
    assert not {unit for _, unit in rules} & {"common.items", "common.save", "common.lines", "steps[0]", "steps[1]"}


def test_html_in_a_message_is_compared_as_tags(tmp_path: Path) -> None:
    zh_path, en_path = _write(tmp_path, {"save": "点击<b>保存按钮"}, {"save": "Click the <b>Save</b> button"})
    result = run("check", str(zh_path), "--en", str(en_path), "--format", "json")
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["rule"], finding["data"]["unit"]) == ("tag-mismatch", "save")


def test_icu_arguments_linked_messages_and_nesting_are_placeholders() -> None:
    assert [k for k, _, _ in placeholders("{count, plural, one {# file} other {# files}}")] == ["?{count}",
                                                                                            "{count}"]  # # is it
    assert [k for k, _, _ in placeholders("{g, select, male {# he} other {they}}")] == ["?{g}"]  # no count
    assert [k for k, _, _ in placeholders("{count, plural, one {{n} Follower} other {{n} Followers}}")] == [
        "?{count}", "{n}"]  # the cases are alternatives: {n} once
    assert [k for k, _, _ in placeholders("{when, date, short} {n,number}")] == ["{when}", "{n}"]
    assert [k for k, _, _ in placeholders("见 @:common.ok 和 @.lower:app.name")] == ["@:common.ok",
                                                                                    "@.lower:app.name"]
    assert [k for k, _, _ in placeholders("$t(common.ok) and mail a@b.c")] == ["$t(common.ok)"]


def test_a_plural_count_the_chinese_never_shows_is_missing(tmp_path: Path) -> None:
    """ICU prints the count at `#`: a Chinese that shows it nowhere ({count} or #) loses the value."""
    en = {"lost": "{count, plural, one {# file selected} other {# files selected}}",
          "kept": "{count, plural, one {# file} other {# files}}", "own": "{count, plural, one {One} other {# files}}"}
    zh = {"lost": "已选择文件", "kept": "已删除 {count} 个文件", "own": "{count, plural, other {# 个文件}}"}
    zh_path, en_path = _write(tmp_path, zh, en)
    result = run("check", str(zh_path), "--en", str(en_path), "--format", "json")
    found = [(f["rule"], f["data"]["unit"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("placeholder-mismatch", "lost")]


def test_files_given_the_other_way_round_are_swapped(tmp_path: Path) -> None:
    zh_path, en_path = _write(tmp_path)
    ms = read_json_pair(str(en_path), str(zh_path))
    assert ms.path == str(zh_path) and "checked the other way round" in ms.notes[0]


def test_zh_cn_json_beside_en_json_is_one_translation(tmp_path: Path) -> None:
    zh_path, en_path = _write(tmp_path)
    (tmp_path / "en-US").mkdir()
    (tmp_path / "zh-CN").mkdir()
    assert collect_jobs([str(zh_path), str(en_path)]) == [(str(zh_path), str(en_path))]
    nested = [tmp_path / "en-US" / "common.json", tmp_path / "zh-CN" / "common.json"]
    for p in nested:
        p.write_text("{}", encoding="utf-8")
    assert collect_jobs([str(p) for p in nested]) == [(str(nested[1]), str(nested[0]))]


@pytest.mark.parametrize(("zh_text", "message"), [
    ('{"a": "好",\n "b": }', "line 2 column 7: not readable JSON"),
    ('["好"]', "not a JSON message file"),
    ('{"a": "好"} {}', "not readable JSON (extra data"),
])
def test_a_broken_message_file_is_one_line_and_exit_2(tmp_path: Path, zh_text: str, message: str) -> None:
    zh_path, en_path = _write(tmp_path)
    zh_path.write_text(zh_text, encoding="utf-8")
    before = zh_path.read_bytes()
    result = CliRunner().invoke(main, ["check", str(zh_path), "--en", str(en_path)])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert zh_path.read_bytes() == before
    with pytest.raises(InputError):
        messages(SourceText.from_text("x.json", zh_text))


def test_a_message_file_alone_or_beside_another_format_is_refused(tmp_path: Path) -> None:
    zh_path, en_path = _write(tmp_path)
    paired = CliRunner().invoke(main, ["check", str(zh_path)])  # its English on disk: the pair is checked
    assert paired.exit_code in (0, 1) and f"{zh_path} + {en_path}:" in paired.output
    en_path.unlink()  # alone now: no English named or beside it
    md = tmp_path / "en.md"
    md.write_text("Hello.\n", encoding="utf-8")
    alone = CliRunner().invoke(main, ["check", str(zh_path)])
    assert alone.exit_code == 2 and "--en" in alone.output
    mixed = CliRunner().invoke(main, ["check", str(zh_path), "--en", str(md)])
    assert mixed.exit_code == 2 and "not a JSON file" in mixed.output


def test_a_browser_extension_messages_file_reads_only_its_messages(tmp_path: Path) -> None:
    zh = {"saveButton": {"message": "保存", "description": "The label of the save button"},
          "unsaved": {"message": "您有未保存的更改", "description": "A warning",
                      "placeholders": {"count": {"content": "$1"}}}}
    en = {"saveButton": {"message": "Save", "description": "The label of the save button"},
          "unsaved": {"message": "You have unsaved changes", "description": "A warning",
                      "placeholders": {"count": {"content": "$1"}}}}
    zh_path, en_path = _write(tmp_path, zh, en)
    ms = read_json_pair(str(zh_path), str(en_path))
    assert [p.section for p in ms.pairs] == ["saveButton", "unsaved"]  # the notes to the translator are no text
    result = run("check", str(zh_path), "--en", str(en_path))
    assert result.exit_code == 0, result.output


def test_natural_language_keys_are_the_english_of_a_message_the_english_file_lacks(tmp_path: Path) -> None:
    en = {"Save file": "Save file", "Open file": "Open file", "Close": "Close", "New tab": "New tab",
          "Delete {{count}} files": "Delete {{count}} files"}
    zh = {"Save file": "保存文件", "Open file": "打开文件", "Close": "关闭", "New tab": "新标签页",
          "Delete {{count}} files": "删除 {{count}} 个文件",
          "Failed to fetch {{error}}": "获取 {{Chatbox}} 失败：{{error}}",  # not in the English file: its key is
          "api error tips": "遇到了错误，一般是由错误设置引起的。请检查设置。"}  # a name shorter than its Chinese
    zh_path, en_path = _write(tmp_path, zh, en)
    ms = read_json_pair(str(zh_path), str(en_path))
    assert any("keys are its English text" in n for n in ms.notes)
    by_key = {p.section: p for p in ms.pairs}
    assert by_key["Failed to fetch {{error}}"].en[0].text.text == "Failed to fetch {{error}}"
    assert "api error tips" not in by_key
    result = run("check", str(zh_path), "--en", str(en_path), "--format", "json")
    found = [(f["rule"], f["data"]["unit"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("placeholder-mismatch", "Failed to fetch {{error}}")]  # {{Chatbox}} is filled by nothing


def test_numbered_tags_and_glued_slots_of_a_message_file(tmp_path: Path) -> None:
    zh = {"guide": "查看 {0} 电影命名指南 {1}。", "help": "支持 <1>ChatGLM-6B</1> 的 <0>API 接口</0>",
          "lost": "请确认该问题未有其他人上报过。"}
    en = {"guide": "Review the {0}movie naming guide{1}.", "help": "Supports the <0>API</0> of <1>ChatGLM-6B</1>",
          "lost": "Please verify that the issue has not been reported. <0>Note:</0> the page is sent."}
    zh_path, en_path = _write(tmp_path, zh, en)
    result = run("check", str(zh_path), "--en", str(en_path), "--format", "json")
    found = {(f["rule"], f["data"]["unit"]) for f in json.loads(result.stdout)["findings"]}
    assert ("tag-mismatch", "lost") in found and not {u for _, u in found} & {"guide", "help"}


def test_a_chinese_locale_file_still_in_english_is_checked_and_its_messages_reported(tmp_path: Path) -> None:
    """zh-CN.json copied from en.json, nothing translated yet: every message is left in English (it was refused:
    "are both English; give the Chinese file as PATH", which the user had done). Two English files whose names
    say no Chinese locale are still refused."""
    en = {f"k{i}": f"Open the settings page and save the changes ({i})" for i in range(12)}
    zh_path, en_path = _write(tmp_path, en, en)
    result = run("check", str(zh_path), "--en", str(en_path), "--format", "json")
    assert result.exit_code == 1, result.output
    assert len(json.loads(result.stdout)["findings"]) == 12
    assert "named as Chinese but its messages are not" in result.stderr
    other = tmp_path / "en-GB.json"
    other.write_text(json.dumps(en), encoding="utf-8")
    refused = CliRunner().invoke(main, ["check", str(other), "--en", str(en_path)])
    assert refused.exit_code == 2 and "are both English" in refused.stderr
