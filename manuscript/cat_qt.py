"""Qt Linguist's .ts files: a message's id as a translator finds it, and its source, translation and state read
from the <message> element (`manuscript.cat` finds the messages and reads them as units)."""
from __future__ import annotations

import re
from typing import NamedTuple

from zhen_qa.manuscript.cat_elements import element_span, element_text, local_name
from zhen_qa.manuscript.source import MappedText, SourceText

_TS_TARGET = "translation"
"""Qt Linguist's target element: `<translation>` (its plural forms `<numerusform>` inside it)."""
_TS_UNFINISHED = frozenset({"unfinished"})
"""A Qt Linguist translation not yet marked finished: a draft, like a fuzzy PO entry."""
_TS_GONE = frozenset({"obsolete", "vanished"})
"""A Qt Linguist message whose source text is gone from the program: kept in the file, never shown."""

_SPACES = re.compile(r"\s+")


def ts_unit_id(context: str, source: str) -> str:
    """The id of a Qt Linguist message as a translator finds it: its `<context><name>` and its source text (on one
    line, quoted), as Qt itself keys a message: `MainWindow "Save all"`; a report clips a long one."""
    return f'{context} "{_SPACES.sub(" ", source).strip()}"'


class TsMessage(NamedTuple):
    """One Qt Linguist message as the file gives it (`ts_message`)."""

    id: str
    """Its context and source (`ts_unit_id`)."""
    source: MappedText
    target: MappedText
    draft: bool
    """Not yet marked finished (type="unfinished")."""
    gone: bool
    """Its source is gone from the program (type="obsolete" or "vanished")."""
    kept: bool
    """Marked finished with an empty translation: the program shows its source."""


def ts_message(src: SourceText, unit: object, uid: str, start: int, limit: int) -> TsMessage:
    """One Qt Linguist <message> at text[start:limit] (`unit`, translate-toolkit's; `uid` its `ts_unit_id`): its
    <source>, its <translation> (the plural forms inside it read as one text; Chinese has one), a draft when
    unfinished, gone when obsolete or vanished."""
    source = element_text(src, element_span(src, "source", start, limit))
    target = element_text(src, element_span(src, _TS_TARGET, start, limit))
    if source is None:
        text = str(getattr(unit, "source", "") or "")
        source = MappedText(text, [start] * len(text), src)
    state = ""
    element = getattr(unit, "xmlelement", None)
    for child in element if element is not None else ():
        if isinstance(child.tag, str) and local_name(child.tag) == _TS_TARGET:
            state = str(child.get("type") or "")
    kept = not state and source.text.strip() != "" and (target is None or not target.text.strip())
    return TsMessage(uid, source, target or MappedText("", [], src), state in _TS_UNFINISHED, state in _TS_GONE,
                     kept)
