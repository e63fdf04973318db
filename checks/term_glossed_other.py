"""An English glossary word that renders another Chinese word of its bead: "For example" = 比如, "an image" = 图像,
"at the lower level" = 底层.

A glossary lists a general English word as a concept's term (example for 例程, an example program; image for 镜像,
the OS image; level for 电平, a signal level; stream for 推流); the English also uses the word in its ordinary sense,
and there it renders a word the Chinese sentence has: 比如 is glossed "for example", 图像 "image", 底层 "lowest
level". The Chinese then lacks 例程 because the English word is 比如's, not the concept's. It is that
word's only where
- the English term is one word (a concept's phrase, "system image", "example code", "push stream", is its own);
- the bead's Chinese, its term matches blanked, has a word of two or more characters that the lexicon glosses with
  the English word's stem (`zh_words.WORD_SIZES`: one character is too ambiguous, 像 is "like" as often as "image"),
  no part of a Chinese form of the concept nor holding one, and whose other glosses are not all words the English
  says besides (蛋氨酸, "methionine, an essential amino acid", beside "methionine … amino acid" renders those: its
  "essential" is the dictionary's description, as `term_compound_whole` reads it);
- the Chinese has such words at as many places as the bead's English says the word: "For example, run the example"
  beside 比如运行 renders one "example" only, and the example program missing from the Chinese stays reported.
Only for an English term lacking its Chinese: a Chinese term rendered by another English word is as often the
concept said by an unlisted synonym, which the glossary exists to report (og60's withdrawn analogue, review60 R1).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from zhen_qa.aligner.lexicon import en_stems, stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.zh_words import WORD_SIZES
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

__all__ = ["other_word_glossed"]

_WORD = LazyPattern(r"[A-Za-z]+")


def _describes(glosses: tuple[str, ...], s: str, said: set[str]) -> bool:
    """Whether a word's glosses besides the stem `s` are all stems the English says (`said`): the word renders
    those, and `s` is only its dictionary description."""
    rest = {stem(w) for g in glosses for w in g.split()} - {s}
    return bool(rest) and rest <= said


def _places(s: str, zh_text: str, forms: Sequence[str], zh2en: Mapping[str, tuple[str, ...]],
            said: set[str]) -> int:
    """The places of `zh_text` where a word glossed with the stem `s` stands (overlapping chunks one place), no part
    of a concept form (`forms`) nor holding one, nor describing `s` only (`_describes`)."""
    spans: list[tuple[int, int]] = []
    for start in range(len(zh_text)):
        for size in WORD_SIZES:
            chunk = zh_text[start:start + size]
            glosses = zh2en.get(chunk, ())
            if len(chunk) < size or s not in glosses or any(chunk in f or f in chunk for f in forms):
                continue
            if _describes(glosses, s, said):
                continue
            spans.append((start, start + size))
            break
    places, reach = 0, -1
    for a, b in spans:
        if a >= reach:
            places += 1
        reach = max(reach, b)
    return places


def other_word_glossed(h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], zh_text: str,
                       zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the English one-word term `h`, its Chinese missing from `zh_text` (the bead's Chinese, term matches
    blanked), renders another word of that Chinese, at as many places as the bead's English says the word."""
    if h.lang != "en":
        return False
    words = _WORD.findall(h.surface)
    if len(words) != 1:
        return False
    s = stem(words[0].lower())
    times = sum(1 for o in src_hits if o.lang == "en" and [stem(w.lower()) for w in _WORD.findall(o.surface)] == [s])
    english = " ".join({id(o.sentence): o.sentence.text.text for o in (h, *src_hits)}.values())
    forms = [f for k in concepts for f in k.accepted("zh")]
    return _places(s, zh_text, forms, zh2en, set(en_stems(english))) >= max(1, times)
