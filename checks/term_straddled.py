"""A Chinese term whose last characters begin a longer Chinese word, the English writing that word as one English
word glued to the term's last word (term-missing, Chinese terms): 时序数据集 = "time series dataset", where 时序数据
is listed "time series data" and 数据集 is "dataset".

The matcher finds the term at the start of 时序数据集, but the text is 时序 + 数据集: the term straddles a word that
runs past it. The English renders that word whole ("dataset"), so the term's last word ("data") is no word of the
English, though every word of the term is said: its first words as written, its last inside the one English word
of the Chinese word it runs into. It is that only where
- a word of the lexicon starts inside the term, after its first character, and runs STRADDLE_MAX characters at most
  past its end (数据集: 数据 inside the term, 集 after it);
- the lexicon glosses that word by one English word that begins with the term's last English word and is longer
  (dataset begins with data); and
- the English writes the term's other words, then that word (any case, spaces or hyphens between).
A term whose first words the English drops ("industrial datasets"), or a word the English says otherwise ("time
series sets"), keeps its finding.

The English words before the glued word are then a listed term of their own ("time series", 时间序列), which the
Chinese says inside the straddling term (`straddled_rendering`): "Time Series Dataset" renders 时序数据集 whole. Only
where the English term is right before the glued word and a Chinese match of the longer concept straddles a word
that word renders; an English "time series dataset" beside a Chinese that writes 数据集 alone keeps its finding.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept, Glossary

STRADDLE_MAX = 2
"""Most Han characters the longer word runs past the term (集 of 数据集)."""

_WORDS = re.compile(r"[A-Za-z]+")


def straddled_said(zh_text: str, start: int, end: int, en_forms: Iterable[str], en_text: str,
                   zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the term at zh_text[start:end] straddles a longer Chinese word the English writes glued to the
    term's last word, after the term's other words (see the module docstring)."""
    glosses: list[str] = []
    for k in range(start + 1, end):
        for extra in range(1, STRADDLE_MAX + 1):
            word = zh_text[k:end + extra]
            if len(word) < end + extra - k:
                break
            glosses.extend(g for g in zh2en.get(word, ()) if g.isalpha())
    if not glosses:
        return False
    for form in en_forms:
        words = _WORDS.findall(form.lower())
        if len(words) < 2 or _WORDS.sub("", form).strip(" -"):
            continue
        last = words[-1]
        for gloss in glosses:
            if len(gloss) <= len(last) or not gloss.startswith(last):
                continue
            pattern = r"(?<![A-Za-z])" + r"[\s-]+".join(map(re.escape, words[:-1])) + r"[\s-]+(\w+)"
            for m in re.finditer(pattern, en_text, re.I):
                if stem(m.group(1).lower()) == gloss:
                    return True
    return False


_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)")


def straddled_rendering(h: Hit, concepts: Iterable[Concept], glossary: Glossary, tgt_hits: Iterable[Hit],
                        zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English hit `h` (of `concepts`) is the first words of the rendering of a straddling Chinese term
    of its bead (see the module docstring): the word right after it begins with the last word of a longer concept's
    English form that is `h`'s form and that word, and a Chinese match of that longer concept straddles a word the
    English word renders (`straddled_said`)."""
    if h.lang != "en":
        return False
    text = h.sentence.text.text
    nxt = _NEXT_WORD.match(text, h.match.end)
    if nxt is None:
        return False
    after = nxt.group(1).lower()
    mine = {c.id for c in concepts}
    forms = {f.lower() for c in concepts for f in c.accepted("en")} | {h.surface.lower()}
    for o in tgt_hits:
        if mine.intersection(o.match.concepts):
            continue
        for cid in o.match.concepts:
            longer = [f for f in glossary.concept(cid).accepted("en")
                      if any(f.lower().startswith(t + " ") and after.startswith(f.lower()[len(t) + 1:])
                             and len(after) > len(f) - len(t) - 1 for t in forms)]
            if longer and straddled_said(o.sentence.text.text, o.match.start, o.match.end, longer, text, zh2en):
                return True
    return False
