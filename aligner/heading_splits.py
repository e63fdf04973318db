"""A sentence bead that holds a Markdown heading on each side, and other sentences beside them, cut at the headings.

A translated page keeps its headings: a heading renders a heading, and the text before and after it stays before
and after it. Where a paragraph's translation was deleted next to a heading, the sentence aligner can take the
orphaned English paragraph into the bead of the two headings (项目首页 / "- On the project management page, click…"
+ "## Project Overview", dolphin project-list; 具体的使用方法请参考… + `## 增加语言包` against the English paragraph,
heading and orphan, antd i18n), and the deleted paragraph is never reported. A bead with exactly one heading a side
and anything else in it is cut there: the headings pair, the sentences before them pair with each other, and so do
the sentences after them. What is left on one side only is reported as a missing paragraph when it is whole units;
sentences of a paragraph whose other sentences are in the bead beside it (the English question's first sentences,
whose last one pairs with the Chinese answer, antd faq; 通过插件, a line the next lines continue, varlet) join that
bead instead, and Chinese with no Han character
(an image's alt text kept in English) is no translation left out and stays with the headings.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.manuscript.document import Bead, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

Sides = tuple[Sequence[int], Sequence[int]]


def split_at_headings(beads: Sequence[Bead], heading: tuple[Sequence[bool], Sequence[bool]], unit: Sides,
                      sentences: tuple[Sequence[Sentence], Sequence[Sentence]]) -> list[Bead]:
    """The beads with each bead holding one heading a side and more sentences cut into the part before the headings,
    the two headings, and the part after (see the module docstring). `heading[0][i]`: Chinese sentence i is a
    Markdown heading (`[1]`: English); `unit[0][i]`: the block Chinese sentence i comes from; `sentences` both sides'
    sentences."""
    zh = [s.text.text for s in sentences[0]]

    def joins(part: tuple[tuple[int, ...], tuple[int, ...]], neighbour: Bead, after: bool) -> bool:
        """Whether a one-sided part and the bead beside it (after it when `after`) hold one paragraph of that side:
        a block of the part is in the bead, or no blank line stands between them."""
        side = 0 if part[0] else 1
        theirs = neighbour.zh if side == 0 else neighbour.en
        if not neighbour.zh or not neighbour.en or heading[side][theirs[0] if after else theirs[-1]]:
            return False
        first, second = (part[side][-1], theirs[0]) if after else (theirs[-1], part[side][0])
        return _shares_unit(part, neighbour, unit) or one_paragraph(sentences[side][first], sentences[side][second])

    out: list[Bead] = []
    todo = list(beads)
    k = 0
    while k < len(todo):
        b = todo[k]
        k += 1
        hz = [n for n, i in enumerate(b.zh) if heading[0][i]]
        he = [n for n, j in enumerate(b.en) if heading[1][j]]
        if len(hz) != 1 or len(he) != 1 or len(b.zh) + len(b.en) == 2:
            out.append(b)
            continue
        z, e = hz[0], he[0]
        before, head, after = (b.zh[:z], b.en[:e]), (b.zh[z:z + 1], b.en[e:e + 1]), (b.zh[z + 1:], b.en[e + 1:])
        if bool(before[0]) != bool(before[1]) and out and joins(before, out[-1], after=False):
            out[-1] = Bead(out[-1].zh + before[0], out[-1].en + before[1], out[-1].score)
            before = ((), ())
        if bool(after[0]) != bool(after[1]) and k < len(todo) and joins(after, todo[k], after=True):
            todo[k] = Bead(after[0] + todo[k].zh, after[1] + todo[k].en, todo[k].score)
            after = ((), ())
        if before[0] and not before[1] and not any(HAN_RUN_RE.search(zh[i]) for i in before[0]):
            head, before = (before[0] + head[0], head[1]), ((), ())
        if after[0] and not after[1] and not any(HAN_RUN_RE.search(zh[i]) for i in after[0]):
            head, after = (head[0] + after[0], head[1]), ((), ())
        for zs, es in (before, head, after):
            if zs and es:
                out.append(Bead(zs, es, b.score))
            else:
                out.extend([Bead((i,), (), b.score) for i in zs] + [Bead((), (j,), b.score) for j in es])
    return out


def one_paragraph(first: Sentence, second: Sentence) -> bool:
    """Whether sentence `second` follows `first` in the same Markdown paragraph: no blank line between them and no line
    that opens a block (通过插件 / a link line / 实现组件自动按需导入…, which the reader makes three blocks, varlet)."""
    a, b = first.text, second.text
    if a.source is not b.source or not a.offsets or not b.offsets or b.offsets[0] < a.offsets[-1]:
        return False
    return _BLANK.search(a.source.text, a.offsets[-1], b.offsets[0]) is None


_BLANK = LazyPattern(r"\n[ \t]*(?:\n|[-*+>#|][ \t]|\d{1,3}[.)][ \t])")
"""A blank line, or a line that opens a list item, quote, heading or table row: the paragraph ends before it."""


def _shares_unit(part: tuple[tuple[int, ...], tuple[int, ...]], bead: Bead, unit: Sides) -> bool:
    """Whether a one-sided part holds a sentence of a block another sentence of which is in `bead` (same side)."""
    return bool({unit[0][i] for i in part[0]} & {unit[0][i] for i in bead.zh}
                or {unit[1][j] for j in part[1]} & {unit[1][j] for j in bead.en})


__all__ = ["split_at_headings"]
