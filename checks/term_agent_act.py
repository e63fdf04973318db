"""A Chinese device term the English says by the act of its head, both modifying a noun (term-missing, Chinese terms):
事件监听器功能 = "the event listening feature" for 事件监听器 "event listener" (the mirror of `term_agent_action`).

A Chinese form that ends with the morpheme 器 names the device that does its action (监听器 "listener", 解析器
"parser"), and its English form ends with the agent noun (-er, -or). As the modifier of a noun the device and its act
name the same thing: "the event listener feature" and "the event listening feature" are one feature. So the English
says the term where it writes the form's words with the last one's act (its stem + -ing: listener → listening,
processor → processing, runner → running) right before another word, where the Chinese term modifies the noun right
after it (事件监听器 + 功能). The act with another modifier ("task listening" for 事件监听器), the act where the
Chinese names the device itself (配置事件监听器, no noun after it), or the act of another agent ("event handling")
leave the term missing. The English must have as many such places as the Chinese says the term in the bead.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.manuscript.script import is_han

DEVICE = "器"
"""The morpheme that makes an action the device that does it (监听 + 器 "listener", 解析 + 器 "parser")."""

AGENT_ENDINGS = ("er", "or")
"""The English endings of an agent noun, which the act's -ing replaces (listener, processor)."""

STEM_MIN = 4
"""Letters the act's stem keeps before -ing (listen-ing, process-ing; not us-ing for "user")."""


def act_for_device(zh_forms: Iterable[str], en_forms: Iterable[str], zh_text: str, zh_end: int, en_text: str,
                   said: int) -> bool:
    """Whether `en_text` says the device a Chinese form ending in 器 names (the hit ending at `zh_end` of `zh_text`,
    right before a Han character: it modifies a noun) by its English form with the last word's act, before another
    word that is no stop word (a noun it modifies), at least `said` times (see the module docstring)."""
    if not any(f.endswith(DEVICE) for f in zh_forms) or not (zh_end < len(zh_text) and is_han(zh_text[zh_end])):
        return False
    places = 0
    for form in en_forms:
        words = form.split()
        if not words or not all(w.isascii() and w.isalpha() for w in words):
            continue
        last = words[-1].lower()
        ending = next((e for e in AGENT_ENDINGS if last.endswith(e)), "")
        if not ending or len(last) - len(ending) < STEM_MIN:
            continue
        act = last[:-len(ending)] + "ing"
        head = r"\s+".join(re.escape(w) for w in (*words[:-1], act))
        places += sum(1 for m in re.finditer(rf"(?<![A-Za-z-]){head}\s+([A-Za-z]+)", en_text, re.I)
                      if m.group(1).lower() not in STOP_EN)
    return places > 0 and places >= said
