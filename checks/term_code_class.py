"""A term that classes a code name: documentation names a plugin, component or option by its code, and one side
adds the class noun after it where the other writes the code alone (创建路由并启用 `ldap-auth-advanced` 插件 /
"Create a Route with `ldap-auth-advanced`"; "enable the `cors` plugin" / 启用 `cors`). The code span names the
object on both sides; the class noun says what kind of thing it is, which the other side leaves to the name. A term
after a code span the other side does not write is no such class noun: the object is named on one side only."""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.checks.term_code_kept import code_spans
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code


def classes_code(sentence: Sentence, start: int, other: Sequence[Sentence]) -> bool:
    """Whether the term starting at `start` of `sentence` follows a code span right before it (spaces between) whose
    content a code span of the `other` side's sentences writes too."""
    mt = sentence.text
    at = start - 1
    while at >= 0 and mt.text[at].isspace():
        at -= 1
    if at < 0 or mt.text[at] != CODE_PLACEHOLDER:
        return False
    name = inline_code(mt, at).strip()
    return bool(name) and any(span == name for s in other for span in code_spans(s))
