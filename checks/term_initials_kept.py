"""An English name the Chinese writes by its initials (term-missing, English terms): "The consumption mode of Message
Queue" = MQ的消费模式, "Message Queue" listed for 消息队列.

A name of two or more words written capitalised in the English ("Message Queue", not "message queue") is the name of
a thing, and the initials of its words in capitals (MQ) are its usual abbreviation, which Chinese technical prose
keeps in Latin letters. The Chinese renders the name where it writes those initials as a word of its own (not inside
RocketMQ or MQTT), as often as the English says the name in the bead. A lower-case phrase, initials the Chinese does
not write, or initials inside a longer word leave the term missing; a Chinese MQ that renders an MQ the English
writes itself is no rendering of the name (MQTT 网关，网关再转发给 MQ = "the Message Queue gateway, which forwards
them to MQ": the one MQ is the English's own). The excuse is tried on documentation only
(`FileContext.writes_code`), where the class was seen; an abstract defines its abbreviations (`abbreviated`).
"""
from __future__ import annotations

import re

NAME_WORDS_MIN = 2
"""Fewest words of the name the initials stand for (one word has no initials)."""


def initials(surface: str) -> str:
    """The initials of a capitalised name of NAME_WORDS_MIN words or more ("Message Queue": "MQ"), or ""."""
    words = re.split(r"[\s-]+", surface.strip())
    if len(words) < NAME_WORDS_MIN or not all(w[:1].isupper() and w[:1].isascii() and w.isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words)


def initials_kept(surface: str, zh_text: str, said: int, en_text: str = "") -> bool:
    """Whether the Chinese `zh_text` writes the initials of the English name `surface` as a word of its own at least
    `said` times beyond the places that render the English `en_text`'s own uses of the initials (see the module
    docstring)."""
    short = initials(surface)
    if not short:
        return False
    alone = rf"(?<![A-Za-z0-9]){re.escape(short)}(?![A-Za-z0-9])"
    places = len(re.findall(alone, zh_text)) - len(re.findall(alone, en_text))
    return places > 0 and places >= said
