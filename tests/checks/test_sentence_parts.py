"""checks.sentence_parts: the Markdown part of a sentence, found by its source offset."""
from __future__ import annotations

from tests.checks.untranslated_kit import spans
from zhen_qa.aligner.build import build_from_texts


def test_a_cell_finds_its_table_part_whatever_the_order_of_the_blocks() -> None:
    """The manuscript may list a table row's cells out of file order (a row's key cell after its code cell):
    each route cell (/items/(string: name)/versions, three lower-case words, prose if read as a paragraph) is
    still found in its own cell, here with the blocks given in reverse, and read as a literal both pages keep."""
    from zhen_qa.checks.sentence_parts import Parts

    text = ("# 接口\n\n接口的状态如下，每个接口都返回一个对象。\n\n"
            "| 序号 | 方法 | 路径 | 返回 |\n| --- | --- | --- | --- |\n"
            + "".join(f"| {n} | GET | /items/(string: name)/versions/{n} | `Item.class` |\n" for n in range(1, 9))
            + "\n## 说明\n\n所有接口都需要先登录，登录后才能调用，调用失败时会返回错误码。\n")
    ms = build_from_texts(text, text, "a.zh.md", "a.en.md", presplit=False)
    parts = Parts(list(reversed(ms.blocks)))
    routes = [s for p in ms.pairs for s in p.zh if s.text.text.startswith("/items")]
    assert len(routes) == 8
    for route in routes:
        found = parts.part(route)
        assert found is not None and (found.kind, found.column) == ("cell", 2), route.text.text
    assert [e for _, _, e in spans(text, text) if e.startswith("/items")] == []


def test_code_beside_gives_the_code_blocks_after_the_block_steps_away() -> None:
    """`Parts.code_beside(s, step)`: the code blocks that follow the block `step` blocks after the sentence's own
    (0: its own block); "" when that block has none or there is no such block."""
    from zhen_qa.checks.sentence_parts import Parts

    text = ("# 标题\n\n## 构建\n\n构建时会打印如下内容：\n\n```\nbuild ok\n```\n\n"
            "构建完成后，请检查输出目录中的文件。\n")
    ms = build_from_texts(text, text, "a.zh.md", "a.en.md", presplit=False)
    parts = Parts(ms.blocks)
    heading = next(s for p in ms.pairs for s in p.zh if s.text.text.strip() == "构建")
    intro = next(s for p in ms.pairs for s in p.zh if s.text.text.startswith("构建时"))
    assert "build ok" in parts.code_beside(heading, 1)
    assert "build ok" in parts.code_beside(intro, 0)
    assert parts.code_beside(heading, 0) == ""
    assert parts.code_beside(intro, 1) == ""
    assert parts.code_beside(intro, 9) == ""
