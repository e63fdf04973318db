"""Reading pylatexenc nodes: setup key lists, raw argument text, group contents."""
from __future__ import annotations

from pylatexenc import latexwalker

from zhen_qa.manuscript.latex_macros import parse_context
from zhen_qa.manuscript.latex_nodes import group_nodes, raw_text, setup_values
from zhen_qa.manuscript.source import SourceText


def _nodes(text: str) -> list[latexwalker.LatexNode]:
    walker = latexwalker.LatexWalker(text, latex_context=parse_context(), tolerant_parsing=True)
    nodes, _, _ = walker.get_latex_nodes()
    return list(nodes)


def test_setup_values_keep_commas_inside_braces() -> None:
    text = "title = {分泌组, 综述}, title* = {The Secretome}, % a comment\n author = 张三"
    got = setup_values(_nodes(text))
    source = SourceText.from_text("a.tex", text)
    assert [k for k, _v in got] == ["title", "title*", "author"]
    assert "".join(raw_text(source, n) for n in got[0][1]) == "分泌组, 综述"
    assert "".join(raw_text(source, n) for n in got[1][1]) == "The Secretome"


def test_raw_text_drops_braces_and_group_nodes_opens_groups() -> None:
    text = r"\cite{ a, b }"
    (macro,) = _nodes(text)
    assert isinstance(macro, latexwalker.LatexMacroNode)
    arg = macro.nodeargd.argnlist[-1]
    assert raw_text(SourceText.from_text("a.tex", text), arg) == "a, b"
    assert [n.chars for n in group_nodes(arg)] == [" a, b "]
    assert group_nodes(None) == []
