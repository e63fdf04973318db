"""placeholder-mismatch: what the program fills in must be in a CAT unit's translation, no more and no less."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.placeholders import placeholders
from zhen_qa.checks.run import Flags, check_file

PO = '''msgid ""
msgstr ""
"Language: zh_CN\\n"

msgid "Deleted %d of %s files."
msgstr "已删除 %d 个文件。"

msgid "Export {0} to {1}."
msgstr "将 {0} 导出到 {1}。"

msgid "Hello {name}, you have {{count}} messages."
msgstr "{名字}，您好，您有 {{count}} 条消息。"

msgid "%@ and %@ were merged."
msgstr "%2$@ 与 %1$@ 已合并。"

msgid "100%% done, step %1 of %2, see http://example.com/a%20b"
msgstr "已完成 100%%，第 %1 步，共 %2 步，见 http://example.com/a%20b"

msgid "{n, plural, one {# file} other {# files}} left"
msgstr "剩余 {n, plural, other {# 个文件}}"
'''


def _findings(tmp_path: Path, text: str, name: str = "p.po") -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.location.line, f.message) for f in check_file(str(path), None, Flags()).findings]


def test_a_dropped_or_translated_placeholder_is_one_finding_and_no_number(tmp_path: Path) -> None:
    """The %s the target drops and the {name} it translates are reported; a reordered %@ written %2$@, a %%, a
    URL's %20 and an ICU plural's cases are not; and the digits of %2$@ are no number-mismatch."""
    found = _findings(tmp_path, PO)
    assert [(rule, line) for rule, line, _ in found] == [("placeholder-mismatch", 6), ("placeholder-mismatch", 12)]
    assert found[0][2] == "“%s” of the English is missing from the Chinese: 已删除 %d 个文件。"
    assert found[1][2].startswith("“{name}” of the English is missing from the Chinese; “{名字}” in the Chinese "
                                  "is not in the English")


def test_placeholder_tokens() -> None:
    """printf keys carry position and conversion (%d then %s = %1$d, %2$s); .NET, named, double-brace, ${} and Qt
    slots are tokens; %%, %n, a URL's %7E, LaTeX's \\emph{x} and a set {a, b} are none."""
    keys = [k for k, _a, _b in placeholders("%d %s %(n)d {0} {0:N2} {name} {{ count }} ${x} %1 %#@files@")]
    assert keys == ["%1$d", "%2$s", "%(n)d", "{0}", "{0:N2}", "{name}", "{{count}}", "${x}", "%1", "%#@files@"]
    assert placeholders("100%% sure%n http://a.jp/%7Emiyamoto \\emph{x} {a, b}") == []


def test_a_qt_placeholder_between_han_characters_is_read(tmp_path: Path) -> None:
    """Chinese writes a Qt %1 between Han characters (第%1步, 已复制%1个文件): it is the source's %1, not missing, and
    its digit is no number of the text."""
    assert [k for k, _a, _b in placeholders("第%1步，共%2步")] == ["%1", "%2"]
    assert [k for k, _a, _b in placeholders("已复制%1个文件")] == ["%1"]
    assert placeholders("abc%1 50%1") == []  # glued to Latin text or to a number: no placeholder
    po = PO.split("msgid \"Deleted")[0] + 'msgid "Step %1 of %2"\nmsgstr "第%1步，共%2步"\n'
    assert _findings(tmp_path, po) == []


def test_only_cat_files(tmp_path: Path) -> None:
    """A manuscript is not a program's strings: {0} in a text file is not compared."""
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("共有{0}例患者。\n", encoding="utf-8")
    en.write_text("There were patients.\n", encoding="utf-8")
    assert "placeholder-mismatch" not in {f.rule for f in check_file(str(zh), str(en), Flags()).findings}


PO_ATTRIBUTES = '''msgid ""
msgstr ""
"Language: zh_CN\\n"

msgid "See <a href=\\"%s\\">the guide</a> for details."
msgstr "详见<a href=\\"\\">指南</a>。"

msgid "Open <a href=\\"{url}\\">your page</a> now."
msgstr "立即打开<a href=\\"https://example.org\\">你的页面</a>。"

msgid "Read <a href=\\"%s\\">%s</a> first."
msgstr "请先阅读<a href=\\"%s\\">%s</a>。"

msgid "Mail <a href=\\"%s\\">us</a>."
msgstr "<a href=\\"%s\\">联系我们</a>，%d。"

msgid "See <a href=\\"x\\">us</a>."
msgstr "见<a href=\\"%s\\">我们</a>。"
'''


def test_a_placeholder_in_a_tags_attribute_is_the_programs(tmp_path: Path) -> None:
    """HTML written in a PO string is markup, not prose, but the placeholder in its attribute (`href="%s"`,
    `href="{url}"`) is a value the program fills in: a target that empties or hard-codes it is reported, one that
    keeps it is not (the attribute's %s and the link text's %s are the first and the second, in order)."""
    found = _findings(tmp_path, PO_ATTRIBUTES)
    assert found == [
        ("placeholder-mismatch", 6, "“%s” of the English is missing from the Chinese: 详见指南。"),
        ("placeholder-mismatch", 9, "“{url}” of the English is missing from the Chinese: 立即打开你的页面。"),
        ("placeholder-mismatch", 15, "“%d” in the Chinese is not in the English: 联系我们，%d。"),
        ("placeholder-mismatch", 18, "“%s” in the Chinese is not in the English: 见我们。"),
    ]
    added = check_file(str(tmp_path / "p.po"), None, Flags()).findings[-1].location
    line = PO_ATTRIBUTES.split("\n")[added.line - 1]
    assert line[added.column - 1:added.end_column - 1] == '<a href=\\"%s\\">我'  # the added tag, as tag findings


def test_a_percentage_glued_to_a_word_is_no_printf_conversion(tmp_path: Path) -> None:
    """"Save 50%off today" is a percentage and a word, not printf %o: the Chinese 五折 drops no placeholder; a
    conversion after a digit that ends there or before a non-letter (1%s, "50%d.") stays a placeholder."""
    assert placeholders("Save 50%off today, 20%discount") == []
    assert [k for k, _a, _b in placeholders("Page 1%s of %d.")] == ["%1$s", "%2$d"]
    po = PO.split("msgid \"Deleted")[0] + 'msgid "Save 50%off today"\nmsgstr "今天五折优惠"\n'
    assert "placeholder-mismatch" not in [rule for rule, _line, _m in _findings(tmp_path, po)]


def test_an_icu_plural_left_unclosed_in_the_translation_is_reported(tmp_path: Path) -> None:
    """`{count, plural, one {# 项} other {# 项` (the block's brace, or a case's, missing) is a message ICU cannot
    parse: one finding at its header, whichever side is the translation; a block its source writes unclosed alike is
    left alone (a form the check does not read), and a closed one is no finding."""
    po = PO.split("msgid \"Deleted")[0] + (
        'msgid "{count, plural, one {# item} other {# items}}"\nmsgstr "{count, plural, one {# 项} other {# 项"\n\n'
        'msgid "{n, plural, one {# file} other {# files}}"\nmsgstr "{n, plural, other {# 个文件}"\n\n'
        'msgid "{k, plural, one {# key} other {# keys}"\nmsgstr "{k, plural, other {# 个键}"\n\n'
        'msgid "{m, plural, one {# map} other {# maps}}"\nmsgstr "{m, plural, other {# 个地图}}"\n')
    found = [(line, message) for rule, line, message in _findings(tmp_path, po) if rule == "placeholder-mismatch"]
    assert [line for line, _ in found] == [6, 9], found
    assert found[0][1].startswith("the ICU plural “{count, plural, …” is not closed (its source's is): the program "
                                  "cannot format the message: {count, plural, one {# 项} other {# 项"), found
    en = tmp_path / "en.json"
    zh = tmp_path / "zh.json"
    en.write_text('{"files": "{count, plural, one {# file} other {# files}"}\n', encoding="utf-8")
    zh.write_text('{"files": "{count, plural, other {# 个文件}}", "more": "更多"}\n', encoding="utf-8")  # zh is source
    messages = [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "placeholder-mismatch"]
    assert len(messages) == 1 and "not closed" in messages[0], messages


def test_the_rule_says_it_checks_message_files_and_unclosed_icu_blocks() -> None:
    """`zhen-qa rules` and every report's rule table describe what the rule reports: message files' strings and the
    unclosed ICU plural/select as well as a CAT unit's placeholders."""
    from zhen_qa.checks.placeholders import PLACEHOLDER_MISMATCH

    assert "message file" in PLACEHOLDER_MISMATCH.description and "ICU plural" in PLACEHOLDER_MISMATCH.description
    assert PLACEHOLDER_MISMATCH.preconditions.startswith("CAT and message files only")


GLUED_PO = '''msgid ""
msgstr ""
"Language: zh_CN\\n"

msgid "Got a list of {markup_begin}{peer_count} peer{markup_end} {time_span_ago}"
msgstr "{time_span_ago}获得了载有 {markup_begin}{peer_count} 个节点{markup_end}的列表"

msgid "Peer list {markup_begin}timed out{markup_end}"
msgstr "节点列表{markup_begin}超时{markup_end}"

msgid "Size: {size} in total"
msgstr "总计 GB{size}"

msgid "Open the {0}naming guide{1} first"
msgstr "请先打开{0}命名指南{1}"

msgid "Use the item{count} field"
msgstr "使用 {n} 字段"

msgid "Rename {old} to {new}"
msgstr "将 {old} 重命名"
'''


def test_a_slot_glued_to_a_word_is_the_slot_the_other_side_writes(tmp_path: Path) -> None:
    """In a PO file a brace slot right after a letter is not read alone (`a{2}` may be a regex), but where the other
    side of the unit writes the same slot it is that slot: peer{markup_end} is the {markup_end} of 个节点{markup_end}
    and the Chinese GB{size} the English's {size}, the {1} closing a link after a word the Chinese's {1}: no error.
    A slot the translation adds or drops is still reported: the {n} beside the source's glued item{count} (a
    different slot), the {new} of an unglued pair."""
    found = _findings(tmp_path, GLUED_PO)
    assert [(rule, line) for rule, line, _ in found] == [("placeholder-mismatch", 18), ("placeholder-mismatch", 21)]
    assert found[0][2].startswith("“{n}” in the Chinese is not in the English")
    assert found[1][2].startswith("“{new}” of the English is missing from the Chinese")
