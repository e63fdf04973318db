"""A Chinese term inside a longer name that the English says by the word for the name's contracted form: 冠状病毒 in
新型冠状病毒肺炎 as "COVID", whose Chinese 新冠肺炎 is that name contracted.

Chinese shortens a long name by keeping a character or two of each part, in order (新型冠状病毒肺炎 -> 新冠肺炎,
冠 standing for 冠状病毒); the lexicon glosses the short form ("COVID": 新冠肺炎), and English names the whole
disease by that word. The term is then rendered with the whole name, as `term_rendered.inside_a_name` has it for a
name that holds the term in full. It is a contraction of the name only where

- the lexicon's Chinese for an English word of the sentence (CONTRACTED_MIN characters or more) is, character by
  character and in order, inside the run of Han characters around the term, in a stretch that holds the whole
  term inside it, starting before it and ending after it (a name around it: not 置信限 "confidence limit" in
  置信区间上限, not 流行病 "disease" cut from 流行病学 nor 病毒科 ending at 科 of 科学), at most
  SPAN_PER_CHAR characters outside the term for each of its own; and it is so only with the term: without the
  term's characters it is not (冠 is needed);
- it keeps the term's first character (a contraction keeps the head of each part: 冠 of 冠状病毒);
- the word is no rendering of the term itself (those are found as such) and the term is not a word of its own.
The lexicon's glosses of the contracted name may hold the term's rendering ("COVID-19, the coronavirus disease"):
unlike a name holding the term in full (`inside_a_name`), a contraction is glossed by what it stands for.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.checks.presence_zh import han_word
from zhen_qa.checks.term_hits import Hit

CONTRACTED_MIN = 3
"""Fewest characters of the lexicon's contracted name (新冠肺炎; two characters match by chance)."""
SPAN_PER_CHAR = 2
"""Most characters of the full name outside the term for each character of the contraction (新冠肺炎: 新型, 肺炎)."""


def _in_order(chars: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in chars)


def _spans(chars: str, text: str, start: int, end: int) -> bool:
    """Whether the characters occur in order in a stretch of `text` that holds text[start:end] inside it, some of
    them before it and some after (新冠肺炎 in 新型冠状病毒肺炎; not 置信限 "confidence limit" in 置信区间上限, which
    starts with the term), the stretch (from its first character to its last) holding at most SPAN_PER_CHAR
    characters outside the term for each character of `chars`."""
    for i, ch in enumerate(text):
        if ch != chars[0] or i >= start:
            continue
        j, k = i, 1
        while k < len(chars):
            j = text.find(chars[k], j + 1)
            if j < 0:
                break
            k += 1
        if k == len(chars) and j >= end \
                and (j - i + 1) - (end - start) <= SPAN_PER_CHAR * len(chars):
            return True
    return False


def contracted_name(h: Hit, text: str, renderings: Iterable[str]) -> bool:
    """Whether an English word of `text` is the lexicon's word for a contraction of the name the Chinese term `h`
    is part of (see the module docstring). `renderings` are the term's listed English forms."""
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon  # loaded already where the document was aligned

    sentence = h.sentence.text.text
    start, end = h.match.start, h.match.end
    han = han_word()
    left, right = start, end
    while left > 0 and han.match(sentence, left - 1):
        left -= 1
    while right < len(sentence) and han.match(sentence, right):
        right += 1
    if left == start and right == end:
        return False
    term, whole, without = sentence[start:end], sentence[left:right], sentence[left:start] + sentence[end:right]
    lexicon = load_lexicon()
    own = {s for r in renderings for s in en_stems(r)}
    for s in dict.fromkeys(en_stems(text)):
        if s in own:
            continue
        for g in lexicon.en2zh.get(s, ()):
            if len(g) >= CONTRACTED_MIN and term[0] in g and term not in g \
                    and _spans(g, whole, start - left, end - left) and not _in_order(g, without):
                return True
    return False
