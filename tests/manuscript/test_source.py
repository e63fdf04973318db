"""Decoding, newline normalisation and positions in the original file."""
from __future__ import annotations

import codecs

import pytest

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, MappedText, SourceText, code_written, decode

TEXT = "第一行\n摘要: 分泌组在再生医学中。\nsecond line 分泌物\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le", "utf16be", "crlf", "cr"],
)
def test_every_encoding_gives_the_same_positions(data: bytes) -> None:
    src = SourceText.from_bytes("m.md", data)
    assert src.text == TEXT
    offset = src.text.index("分泌物")
    assert src.location(offset, offset + 3) == src.location(offset, offset + 3)
    loc = src.location(offset, offset + 3)
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (3, 13, 3, 16)


def test_binary_is_refused_with_one_line() -> None:
    with pytest.raises(InputError, match="not a text manuscript") as exc:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "img.png")
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("data", [codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
                                  codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be")], ids=["le", "be"])
def test_utf32_is_refused_naming_it_not_read_as_utf16(data: bytes) -> None:
    with pytest.raises(InputError, match="UTF-32 text is not read"):
        decode(data, "m.md")


def test_utf16_bom_with_nul_characters_is_binary() -> None:
    with pytest.raises(InputError, match="NUL characters"):
        decode(codecs.BOM_UTF16_LE + "分泌组\x00\x00".encode("utf-16-le"), "m.md")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_named(codec: str) -> None:
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark") as exc:
        decode(TEXT.encode(codec), "m.md")
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("data", [b"abc\x00def\n", b"title\x00 of the note\n", b"ab\x00\x00cd\n"])
def test_ascii_with_a_nul_byte_is_binary_not_utf16(data: bytes) -> None:
    # read as UTF-16 these pairs give rare Han characters (abc\0def\n: 扡 c 敤 and U+0A66), not text
    with pytest.raises(InputError, match="binary data or NUL bytes"):
        decode(data, "m.md")


def test_utf16_without_bom_of_english_text_is_named() -> None:
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        decode("Stem cell secretome.\n".encode("utf-16-le"), "m.md")


def test_western_text_that_gb18030_would_read_as_han_is_refused() -> None:
    data = "The patient\u2019s outcome didn\u2019t change in the caf\u00e9s.\n".encode("cp1252")
    assert "抯" in data.decode("gb18030")  # decodes, as garbage Han between Latin letters
    with pytest.raises(InputError, match="looks like Western text"):
        decode(data, "en.txt")
    assert decode("DNA甲基化与RNA剪接。\n".encode("gbk"), "zh.txt") == "DNA甲基化与RNA剪接。\n"


def test_western_text_that_gb18030_cannot_read_is_named() -> None:
    data = "The caf\u00e9 r\u00e9sum\u00e9 was \u201cna\u00efve\u201d.\n".encode("cp1252")  # \xe9 before a space
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb18030")
    with pytest.raises(InputError, match="looks like Western text"):
        decode(data, "en.txt")
    broken = "分泌组是干细胞分泌的。".encode()[:-2] + b"\xff\n"  # Chinese with a broken byte: runs, not Western
    with pytest.raises(InputError, match="cannot decode"):
        decode(broken, "zh.txt")


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="cannot decode"):
        decode(b"abc\x80\xff", "bad.txt")


def test_line_col_counts_code_points_not_bytes() -> None:
    src = SourceText.from_text("a.md", "𠀀x分泌组")  # an astral ideograph is one column
    loc = src.location(2, 5)
    assert (loc.column, loc.end_column) == (3, 6)


def test_line_start_is_the_start_of_the_line_holding_an_offset() -> None:
    src = SourceText.from_text("a.md", "甲乙\n| 权限 |\n\n丙")
    assert [src.line_start(i) for i in range(len(src.text))] == [0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 10, 11]
    assert all(src.line_start(i) == src.line_starts[src.line_col(i)[0] - 1] for i in range(len(src.text)))


def test_start_and_end_offset_of_a_mapped_text() -> None:
    src = SourceText.from_text("a.md", "甲乙\n丙丁。")
    joined = MappedText.join([MappedText.span(src, 0, 2), MappedText.span(src, 3, 6)])
    assert (joined.start_offset(), joined.end_offset()) == (0, 6)
    assert (MappedText.span(src, 3, 5).start_offset(), MappedText.span(src, 3, 5).end_offset()) == (3, 5)
    empty = MappedText.span(src, 2, 2)
    assert (empty.start_offset(), empty.end_offset()) == (None, None)


def test_mapped_text_join_keeps_original_positions() -> None:
    src = SourceText.from_text("a.md", "甲乙\n收稿日期: 2024\n丙丁。")
    first = MappedText.span(src, 0, 2)
    second = MappedText.span(src, src.text.index("丙"), len(src.text))
    joined = MappedText.join([first, second])
    assert joined.text == "甲乙丙丁。"
    loc = joined.location(2, 4)  # 丙丁
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (3, 1, 3, 3)
    span = joined.location(1, 3)  # 乙丙 crosses the furniture line
    assert (span.line, span.column, span.end_line, span.end_column) == (1, 2, 3, 2)


def test_big5_is_refused_naming_the_encoding() -> None:
    """Big5 bytes would decode as GB18030 garbage: refused in one line that names Big5."""
    traditional = "本研究納入了一百二十例患者，隨訪三年。幹細胞分泌組在再生醫學中的臨床應用前景廣闊。\n"
    with pytest.raises(InputError, match=r"^x\.txt: looks like Big5 \(traditional Chinese\).*UTF-8$"):
        decode(traditional.encode("big5"), "x.txt")
    simplified = "本研究纳入了一百二十例患者，随访三年。干细胞分泌组在再生医学中的临床应用前景广阔。\n"
    assert decode(simplified.encode("gbk"), "y.txt") == simplified


@pytest.mark.parametrize("data, encoding", [
    ("<xliff>分泌组</xliff>".encode()[:-9], "UTF-8"),  # cut inside 组
    (codecs.BOM_UTF8 + "分泌组".encode()[:-1], "UTF-8"),
    (codecs.BOM_UTF16_LE + "分泌组".encode("utf-16-le")[:-1], "UTF-16-LE"),
    ("分泌组学".encode("gb18030")[:-1], "GB18030"),
])
def test_a_file_cut_inside_its_last_character_is_said_to_be_cut_short(data: bytes, encoding: str) -> None:
    # a truncated UTF-8 XLIFF was told "cannot decode as UTF-8, UTF-16 (with BOM) or GB18030; re-save the file as
    # UTF-8": it was UTF-8, cut short
    with pytest.raises(InputError, match=f"ends in the middle of a character \\({encoding}\\): the file looks cut "
                                         "short"):
        decode(data, "x.xlf")


def test_a_broken_byte_before_the_end_is_not_called_cut_short() -> None:
    with pytest.raises(InputError, match="cannot decode"):
        decode(b"abc\x80\xff" + "分泌组".encode()[:-1], "bad.txt")


def test_line_gives_one_line_by_its_number() -> None:
    src = SourceText.from_text("a.md", "# 标题\r\n\n正文。\n最后一行")
    assert [src.line(n) for n in range(0, 6)] == ["", "# 标题", "", "正文。", "最后一行", ""]


def _coded(source: str, prose: str) -> MappedText:
    """`prose` as the Markdown reader gives it for `source`: each placeholder at the first character of a code span's
    content, every other character at its own place (the test's texts write each character once)."""
    offsets, at = [], 0
    for ch in prose:
        if ch == CODE_PLACEHOLDER:
            at = source.index("`", at) + 1
            while source[at] == "`":
                at += 1
            offsets.append(at)
            at = source.index("`", at) + 1
            while at < len(source) and source[at] == "`":
                at += 1
        else:
            at = source.index(ch, at)
            offsets.append(at)
            at += 1
    return MappedText(prose, offsets, SourceText("a.md", source))


def test_code_written_gives_each_code_span_its_content() -> None:
    source = "Use `FrameBuilder` as ``std::vector`` does."
    mt = _coded(source, f"Use {CODE_PLACEHOLDER} as {CODE_PLACEHOLDER} does.")
    assert code_written(mt) == "Use FrameBuilder as std::vector does."


def test_code_written_keeps_text_without_code_and_a_placeholder_without_backticks() -> None:
    assert code_written(MappedText("使用FrameBuilder。", list(range(15)), SourceText("a.md", "使用FrameBuilder。"))) \
        == "使用FrameBuilder。"
    bare = MappedText(f"run {CODE_PLACEHOLDER} now", [0, 1, 2, 3, 4, 8, 9, 10, 11], SourceText("a.md", "run make now"))
    assert code_written(bare) == f"run {CODE_PLACEHOLDER} now"  # no backticks there: nothing to write out
