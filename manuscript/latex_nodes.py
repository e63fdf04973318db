"""Reading pylatexenc nodes: a group's nodes, a node's source text, the `key = {value}` list of a setup macro."""
from __future__ import annotations

import re
from collections.abc import Sequence

from pylatexenc import latexwalker

from zhen_qa.manuscript.source import SourceText


def group_nodes(node: latexwalker.LatexNode | None) -> list[latexwalker.LatexNode]:
    """The nodes of a brace group, or the node itself ([] for none)."""
    if isinstance(node, latexwalker.LatexGroupNode):
        return list(node.nodelist)
    return [node] if node is not None else []


def raw_text(source: SourceText, node: latexwalker.LatexNode) -> str:
    """The source text of a node without its braces."""
    raw = source.text[node.pos:node.pos + node.len]
    if isinstance(node, latexwalker.LatexGroupNode):
        raw = raw[1:-1]
    return raw.strip()


def setup_values(nodes: Sequence[latexwalker.LatexNode]) -> list[tuple[str, list[latexwalker.LatexNode]]]:
    """(key, value nodes) of a `key = {value}, key = value` list; commas inside braces stay in the value."""
    out: list[tuple[str, list[latexwalker.LatexNode]]] = []
    key_parts: list[str] = []
    key: str | None = None
    value: list[latexwalker.LatexNode] = []

    def close() -> None:
        nonlocal key, value, key_parts
        if key is not None:
            out.append((key, value))
        key, value, key_parts = None, [], []

    for node in nodes:
        if isinstance(node, latexwalker.LatexCharsNode):
            text = node.chars
            for ch in text:
                if key is None:
                    if ch == "=":
                        key = "".join(key_parts).strip()
                    elif ch == ",":
                        key_parts = []
                    else:
                        key_parts.append(ch)
                elif ch == ",":
                    close()
            continue
        if isinstance(node, latexwalker.LatexCommentNode):
            continue
        if key is not None:
            value.append(node)
    close()
    return [(k, v[0].nodelist if len(v) == 1 and isinstance(v[0], latexwalker.LatexGroupNode) else v)
            for k, v in out]


_CLASS_OPTION = re.compile(r"(?:^|(?<=[,\n]))[ \t]*([A-Za-z]+)[ \t]*=[ \t]*([^,\n%]*?)[ \t]*(?=[,\n%]|$)")
"""One `Key = value` class option in a run of characters, the value up to a comma, line end or comment."""


def class_option_values(nodes: Sequence[latexwalker.LatexNode]) -> list[tuple[str, list[latexwalker.LatexNode]]]:
    """(key, value nodes) of the options of `\\documentclass[Key = value, …]`: a plain value as a characters node
    at its place in the source, a braced one (`Key = {a, b}`) as its group's nodes."""
    out: list[tuple[str, list[latexwalker.LatexNode]]] = []
    for k, node in enumerate(nodes):
        if not isinstance(node, latexwalker.LatexCharsNode):
            continue
        for m in _CLASS_OPTION.finditer(node.chars):
            value = m.group(2)
            if value:
                out.append((m.group(1), [latexwalker.LatexCharsNode(
                    chars=value, pos=node.pos + m.start(2), len=len(value), parsing_state=node.parsing_state)]))
            elif m.end() == len(node.chars) and k + 1 < len(nodes) \
                    and isinstance(nodes[k + 1], latexwalker.LatexGroupNode):
                group = nodes[k + 1]
                assert isinstance(group, latexwalker.LatexGroupNode)
                out.append((m.group(1), list(group.nodelist)))
    return out
