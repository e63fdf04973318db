"""An English class noun after a code name, said in the Chinese by a code span that ends with the noun's rendering:
"The `Animator` Component" = `动画控制组件` (galacean's animator page writes the component's Chinese name in
backticks throughout; gc56 B8). The Chinese keeps name and class noun in one code span, which the prose view reads
as one placeholder (`manuscript.source.CODE_PLACEHOLDER`), so the matcher never sees 组件 there; the reader does.
A Chinese code span without the rendering (`Animator` alone) leaves the class noun unsaid and the term missing."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from zhen_qa.checks.presence_code import code_spans
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.script import is_han
from zhen_qa.manuscript.source import CODE_PLACEHOLDER


def code_name_headed(text: str, start: int, renderings: Iterable[str], sentences: Sequence[Sentence]) -> bool:
    """Whether the English term at `start` of `text` follows a code span directly (a space between: "`Animator`
    Component") and a code span of the Chinese `sentences` ends with one of the Chinese `renderings` after a name of
    its own (`动画控制组件`: the span is longer than the rendering and holds Han characters before it)."""
    if not text[:start].rstrip(" ").endswith(CODE_PLACEHOLDER):
        return False
    wanted = [r for r in renderings if r]
    return any(span.endswith(r) and _named(span[:-len(r)]) for s in sentences for span in code_spans(s)
               for r in wanted)


def _named(name: str) -> bool:
    """Whether what a code span holds before the rendering is a name: Han characters (动画控制)."""
    return any(map(is_han, name))
