"""Colons inside a literal (an IPv6 address, a path of names) are no half-width punctuation in Chinese text; a colon
of Chinese prose is still reported."""
from __future__ import annotations

from tests.checks.typography_kit import EN, cols, found


def test_an_ipv6_suffix_in_chinese_text_is_a_literal() -> None:
    zh = "选择 iOS 设备的 TUN 地址（以 ::2 结尾），地址以::2结尾也一样。"
    assert found([zh], [EN], "punctuation-width") == []


def test_a_path_of_names_in_chinese_text_is_a_literal() -> None:
    zh = "在 Rust 中使用 tauri::Builder 创建应用，再调用 std::env 读取变量。"
    assert found([zh], [EN], "punctuation-width") == []


def test_a_half_width_colon_of_chinese_prose_is_still_reported() -> None:
    zh = "打开设置:选择 iOS 设备的 TUN 地址（以 ::2 结尾）。"
    fs = found([zh], [EN], "punctuation-width")
    assert cols(fs, zh) == [":"]


def test_a_smiley_at_the_end_of_a_chinese_sentence_is_no_colon() -> None:
    """C2 (nushell testing zh 118): `:)` after a space at a line's end is a face drawn with marks, as the aligned
    English draws it too."""
    zh = ["我们希望在一切正确时看到测试通过，这将是很好的 :)", "下一行也可以 ;) 继续。"]
    en = ["It would be great to see our tests pass when everything is correct :)", "The next line can go on ;) too."]
    assert found(zh, en, "punctuation-width") == []


def test_a_smiley_the_english_does_not_draw_is_a_colon() -> None:
    """R6 (review62): the face is the English's evidence; beside an English with no face it is a colon and bracket."""
    zh = ["我们希望在一切正确时看到测试通过，这将是很好的 :)"]
    fs = found(zh, ["It would be great to see our tests pass when everything is correct."], "punctuation-width")
    assert any('":"' in f.message for f in fs)


def test_a_colon_before_a_closing_bracket_of_chinese_text_is_still_reported() -> None:
    """A colon and bracket that close a bracket opened before them are prose marks, not a smiley."""
    zh = "详见下方(配置项 :)\n打开设置: 中文界面。"
    fs = found([zh], [EN], "punctuation-width")
    colons = sorted((f.location.line, f.location.column) for f in fs if '":"' in f.message)
    assert colons == [(1, 10), (2, 5)]
    assert any('"("' in f.message for f in fs)


def test_a_colon_before_a_bracket_closing_a_full_width_one_is_still_reported() -> None:
    """R6 (review62 nuC/a): a half-width ")" after a colon closes the full-width "（" opened before it: a bracket
    pair of two widths, the colon one of prose, even where the English of the page draws a face elsewhere."""
    zh = ["打开设置页面（详见下方的配置项说明 :)"]
    en = ["Open the settings page (see the description of the options below):"]
    fs = found(zh, en, "punctuation-width")
    assert [(f.location.line, f.location.column) for f in fs if '":"' in f.message] == [(1, 19)]
    fs = found(zh, ["Open the settings page (see the description of the options below) :)"], "punctuation-width")
    assert [(f.location.line, f.location.column) for f in fs if '":"' in f.message] == [(1, 19)]


def test_a_face_before_the_sentences_closing_mark_is_no_colon() -> None:
    """realcat5 (excalidraw): a face may end a clause right before its full stop or comma, `:(。` as the English
    `:(.`; the English draws it, so it is a face, not a colon and an opening bracket."""
    zh = ["生成了一个无效的图表 :(。您可以手动编辑，或尝试不同的提示词。", "干得好 ;)，继续吧！"]
    en = ["Generated an invalid diagram :(. You may edit manually, or try a different prompt.",
          "Well done ;), keep going!"]
    assert found(zh, en, "punctuation-width") == []


def test_a_colon_and_bracket_before_a_full_stop_the_english_draws_no_face_for_are_reported() -> None:
    """The same marks beside an English without a face, and a colon opening a bracket of Chinese text, are prose
    marks: still reported."""
    zh = ["生成了一个无效的图表 :(。您可以手动编辑。"]
    fs = found(zh, ["Generated an invalid diagram. You may edit manually."], "punctuation-width")
    assert any('":"' in f.message for f in fs)
    zh = ["配置如下 :(见附录)。"]
    fs = found(zh, ["The settings are as follows :) see the appendix."], "punctuation-width")
    assert any('":"' in f.message for f in fs)
