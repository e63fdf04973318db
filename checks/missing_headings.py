"""term-missing, one finding for one heading style: a term the page's English (or Chinese) headings leave out.

Documentation headings are short by the writer's choice: a page whose Chinese headings say ### 事件发送 and
### 事件订阅 and whose English headings say "### Publish" and "### Subscribe" left "event" to the page once, as a style,
not twice. Reported heading by heading it reads as N defects, and a reviewer who reads the first rejects the others as
echoes of the same choice. When the per-sentence findings of one concept and direction in one file
(`missing_summary.by_concept`) number `missing_summary.MIN_SENTENCES` or more, stand in as many different beads, and
every one of them is a heading aligned with a heading alone (`Missed.heading`), they are one finding naming each
heading's line, as a summary does. It names a word as the headings' rendering of the term only when every heading
says it and it is left over there (`missing_alike.other_word`): "### Publish" and "### Subscribe to incidents" leave
事件 out of two headings, they do not render it "incidents" twice (review59 R7).

One heading that leaves a term out keeps its own finding, and so does every miss of a group that holds a sentence
(a term dropped from running text is a defect of its own) or two headings whose other side reads the same (## 模型推理
and ## 推理服务 both "## Service": the term is what tells the sections apart, review55 R1; `term_heading_short`).
Nothing is dropped: the one finding keeps every heading's place in its `data["sentences"]`.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhen_qa.checks.missing_alike import in_beads

if TYPE_CHECKING:  # missing_summary calls this module: its type only
    from zhen_qa.checks.missing_summary import Missed

def headings_alike(items: Sequence["Missed"]) -> bool:
    """Whether `items` are the misses of one heading style (see the module docstring): all headings, in two beads or
    more (`missing_alike.in_beads`), no two of whose target headings read the same."""
    if not all(m.heading for m in items) or not in_beads(items):
        return False
    return len({" ".join(m.target_text.split()).casefold() for m in items}) == len({m.bead for m in items})
