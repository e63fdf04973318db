"""The prose of one inline Markdown token, found in the source with its offsets."""
from __future__ import annotations

import re

from zhen_qa.manuscript.markdown_inline import InlineWalker, drop
from zhen_qa.manuscript.source import CODE_PLACEHOLDER


def _prose(text: str) -> tuple[str, list[int]]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").disable("text_join").parse(text)
    inline = next(t for t in tokens if t.type == "inline")
    walker = InlineWalker(text, bytearray(len(text)), 0, len(text))
    walker.walk(inline.children or [])
    return "".join(walker.chars), walker.offsets


def test_link_text_is_prose_and_its_destination_is_not() -> None:
    text = '见[文档](https://example.com "标题")。'
    prose, offsets = _prose(text)
    assert prose == "见文档。"
    assert [text[o] for o in offsets] == list(prose)


def test_inline_code_is_one_object_unless_a_number() -> None:
    assert _prose("运行 `pip install x` 即可")[0] == f"运行 {CODE_PLACEHOLDER} 即可"
    assert _prose("共 `42` 个")[0] == "共 42 个"


def test_a_code_span_of_one_space_closes_at_its_own_backtick() -> None:
    # CommonMark reads "` `" as a code span holding a space; the text after it up to the next code span is prose
    text = "Use ` ` as the separator. Then add a `Transform` here."
    prose, offsets = _prose(text)
    assert prose == f"Use {CODE_PLACEHOLDER} as the separator. Then add a {CODE_PLACEHOLDER} here."
    assert all(text[o] == c for c, o in zip(prose, offsets) if c != CODE_PLACEHOLDER)


def test_escapes_keep_the_escaped_character_offset() -> None:
    text = r"a \* b"
    prose, offsets = _prose(text)
    assert prose == "a * b"
    assert text[offsets[2]] == "*"


def test_drop_removes_matches_with_their_offsets() -> None:
    chars, offsets = drop(list("ab12cd"), [10, 11, 12, 13, 14, 15], re.compile(r"\d+"))
    assert (chars, offsets) == (list("abcd"), [10, 11, 14, 15])


def test_an_html_list_in_a_table_cell_keeps_its_items_apart() -> None:
    """The tags are markup (masked), but a list's tags separate texts: `surfaces.<ul><li>PreventClimbing` reads
    "surfaces. PreventClimbing" (two sentences), not "surfaces.PreventClimbing" (galacean characterController)."""
    from zhen_qa.manuscript.markdown import markdown_blocks
    from zhen_qa.manuscript.source import SourceText

    text = ("# Properties\n\n| Property | Description |\n| --- | --- |\n"
            "| mode | Defines how to handle surfaces.<ul><li>Climb: climbs</li><li>Slide: slides</li></ul> |\n")
    cells = [b.text for b in markdown_blocks(SourceText.from_text("p.en.md", text)) if "Defines" in b.text.text]
    assert [c.text for c in cells] == ["Defines how to handle surfaces. Climb: climbs Slide: slides"]
    mt = cells[0]
    assert text[mt.offsets[mt.text.index(" Climb")]] == "<"  # the space stands at the tag
    plain = "# P\n\nBold <b>text</b> stays one run.\n"
    read = [b.text.text for b in markdown_blocks(SourceText.from_text("q.en.md", plain))]
    assert read[-1] == "Bold text stays one run."  # other tags still join their text


def test_the_walker_records_where_a_hard_break_ends_a_line() -> None:
    """Two trailing spaces or a backslash end a line in a hard break (markdown-it's `hardbreak`), a plain newline in a
    soft one: both are "\\n" in the prose, only the hard ones are recorded (`markdown_wraps` keeps those lines apart);
    an escaped backslash at a line's end is a character, no break."""
    from markdown_it import MarkdownIt

    text = "第一行：  \n第二行：\\\n第三行：\n第四行\\\\\n第五行。"
    tokens = MarkdownIt("commonmark").disable("text_join").parse(text)
    walker = InlineWalker(text, bytearray(len(text)), 0, len(text))
    walker.walk(next(t for t in tokens if t.type == "inline").children or [])
    newlines = [k for k, ch in enumerate(text) if ch == "\n"]
    assert "".join(walker.chars).count("\n") == 4
    assert walker.hard_breaks == set(newlines[:2])
