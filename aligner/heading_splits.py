"""A sentence bead that holds a Markdown heading on each side, and other sentences beside them, cut at the headings.

A translated page keeps its headings: a heading renders a heading, and the text before and after it stays before
and after it. Where a paragraph's translation was deleted next to a heading, the sentence aligner can take the
orphaned English paragraph into the bead of the two headings (项目首页 / "- On the project management page, click…"
+ "## Project Overview", dolphin project-list; 具体的使用方法请参考… + `## 增加语言包` against the English paragraph,
heading and orphan, antd i18n), and the deleted paragraph is never reported. A bead with exactly one heading a side
and anything else in it is cut there: the headings pair, the sentences before them pair with each other (or stay
alone when one side has none), and so do the sentences after them; Chinese with no Han character (an image's alt
text kept in English) is no translation left out and stays with the headings.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.manuscript.document import Bead
from zhen_qa.manuscript.script import HAN_RUN_RE


def split_at_headings(beads: Sequence[Bead], heading: tuple[Sequence[bool], Sequence[bool]],
                      zh: Sequence[str]) -> list[Bead]:
    """The beads with each bead holding one heading a side and more sentences cut into the part before the headings,
    the two headings, and the part after (`heading[0][i]`: Chinese sentence i is a Markdown heading; `[1]` English;
    `zh` the Chinese sentences' text). A Chinese part with no Han character and no English beside it stays with the
    headings."""
    out: list[Bead] = []
    for b in beads:
        hz = [k for k, i in enumerate(b.zh) if heading[0][i]]
        he = [k for k, j in enumerate(b.en) if heading[1][j]]
        if len(hz) != 1 or len(he) != 1 or len(b.zh) + len(b.en) == 2:
            out.append(b)
            continue
        z, e = hz[0], he[0]
        parts = [(b.zh[:z], b.en[:e]), (b.zh[z:z + 1], b.en[e:e + 1]), (b.zh[z + 1:], b.en[e + 1:])]
        for k in (0, 2):  # Chinese with no English beside it and no Han (an image's alt text "project") is no
            zs, es = parts[k]  # translation left out: it stays with the headings
            if zs and not es and not any(HAN_RUN_RE.search(zh[i]) for i in zs):
                parts[1] = (zs + parts[1][0], parts[1][1]) if k == 0 else (parts[1][0] + zs, parts[1][1])
                parts[k] = ((), ())
        for zs, es in parts:
            if zs and es:
                out.append(Bead(zs, es, b.score))
            else:
                out.extend([Bead((i,), (), b.score) for i in zs] + [Bead((), (j,), b.score) for j in es])
    return out


__all__ = ["split_at_headings"]
