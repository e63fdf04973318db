"""Two listed Chinese terms sharing characters, the matcher keeping one: the English may say the other (term-missing).

跨文化适应压力 holds 跨文化 "cross-cultural" and 文化适应 "acculturation", overlapping on 文化; the matcher keeps the
first, but the phrase is 跨 + 文化适应 and the English says "acculturative stress". A Chinese match is rendered
when another listed Chinese term crosses it (overlaps it, neither inside the other) in the sentence and the English
says that term's concept (in any of its forms or a derived one, as `presence.Evidence` finds them): the two
terms are one phrase, and which one it names the translator read from the whole. A term no other listed term
crosses, or one whose crossing term the English does not say either, is still missing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept

LONGEST = 12
"""Most characters of a listed Chinese term looked for across a match."""


def zh_terms(concepts: Iterable[Concept]) -> dict[str, list[Concept]]:
    """Each accepted Chinese form's key (`zh_key`, 2 characters or more) and the concepts that list it."""
    index: dict[str, list[Concept]] = {}
    for c in concepts:
        for form in c.accepted("zh"):
            key = zh_key(form)
            if len(key) >= 2:
                index.setdefault(key, []).append(c)
    return index


def crossing_said(h: Hit, terms: Mapping[str, list[Concept]], said: Callable[[Concept], bool],
                  is_word: Callable[[str], bool] = lambda _w: False) -> bool:
    """Whether a listed Chinese term of another concept crosses the match `h` in its sentence and the English says
    it (`said`; see the module docstring). A crossing term that cuts a word (`is_word`) of the match's own reading
    in two is a chance run of characters, no other reading: 估量 "to assess" in 评估量表 cuts 评估|量表 inside 评估,
    where 文化适应 in 跨文化适应压力 ends with the word 适应 after 跨文化."""
    text = h.sentence.text.text
    start, end = h.match.start, h.match.end
    own = set(h.match.concepts)
    for a in range(max(0, start - LONGEST + 1), end):
        for b in range(max(a + 2, start + 1), min(len(text), a + LONGEST) + 1):
            if a <= start and b >= end or a >= start and b <= end:
                continue  # inside the match, or holding it whole: not a crossing
            if _cuts_a_word(text, a, b, start, end, is_word):
                continue
            for c in terms.get(zh_key(text[a:b]), ()):
                if c.id not in own and said(c):
                    return True
    return False


def _cuts_a_word(text: str, a: int, b: int, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """Whether the crossing [a, b) of the match [start, end) begins or ends inside a word of the match's reading: a
    word ending where the match starts and beginning before a, or one starting where it ends and ending after b."""
    if a < start:
        return any(is_word(text[x:start]) for x in range(max(0, start - LONGEST), a))
    return any(is_word(text[end:y]) for y in range(b + 1, min(len(text), end + LONGEST) + 1))


def crossed_in(forms: Iterable[str], tgt_hits: Iterable[Hit]) -> bool:
    """Whether a Chinese form occurs crossing a match of the target side (the other direction of `crossing_said`):
    "acculturation" is in 跨文化适应压力 though the matcher kept 跨文化 there. A form inside a match is that other
    concept's (分泌组 in 分泌组学), not a crossing."""
    keys = [k for k in map(zh_key, forms) if len(k) >= 2]
    for o in tgt_hits:
        if o.lang != "zh":
            continue
        text, start, end = o.sentence.text.text, o.match.start, o.match.end
        for key in keys:
            at = text.find(key, max(0, start - len(key) + 1))
            while 0 <= at < end:
                if not (at >= start and at + len(key) <= end) and not (at <= start and at + len(key) >= end):
                    return True
                at = text.find(key, at + 1)
    return False
