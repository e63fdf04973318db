"""An English glossary word that renders another Chinese word of its bead: "For example" = 比如, "an image" = 图像,
"at the lower level" = 底层.

A glossary lists a general English word as a concept's term (example for 例程, an example program; image for 镜像,
the OS image; level for 电平, a signal level; stream for 推流); the English also uses the word in its ordinary sense,
and there it renders a word the Chinese sentence has: 比如 is glossed "for example", 图像 "image", 底层 "lowest
level". The Chinese then lacks 例程 because the English word is 比如's, not the concept's. It is that
word's only where
- the English term is one word (a concept's phrase, "system image", "example code", "push stream", is its own) and
  the concept a thing: no Chinese form is a verb by jieba's tag (安装 "install": 装设 for it is a synonym verb);
- the bead's Chinese, its term matches blanked, has a word of two or more characters that the lexicon glosses with
  the English word's stem (`zh_words.WORD_SIZES`: one character is too ambiguous, 像 is "like" as often as "image"),
  no part of a Chinese form of the concept nor holding one, and whose other glosses are not all words the English
  says besides (蛋氨酸, "methionine, an essential amino acid", beside "methionine … amino acid" renders those: its
  "essential" is the dictionary's description, as `term_compound_whole` reads it);
- the word is no possible synonym of the concept: the lexicon gives it a sense of its own besides the English word
  (比如 "instance", 图像 "picture"), none shared with the concept's Chinese forms' glosses or its English forms (淋巴癌,
  glossed "lymphoma" only, for 淋巴瘤 is the concept said by an unlisted synonym, which the glossary exists to report;
  so is 转换 for 变换, both "convert");
- where a determiner makes the English word a noun that refers to a thing ("included in the output"), a Chinese
  verb (jieba's tag v: 输出) does not name it; "For example" (比如, tagged v) stands bare;
- the Chinese has such words at as many places as the bead's English says the word: "For example, run the example"
  beside 比如运行 renders one "example" only, and the example program missing from the Chinese stays reported.
Only for an English term lacking its Chinese: a Chinese term rendered by another English word is as often the
concept said by an unlisted synonym, which the glossary exists to report (og60's withdrawn analogue, review60 R1).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from zhen_qa.aligner.jieba_base import word_tag
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


def _synonym(glosses: tuple[str, ...], s: str, concept_stems: set[str]) -> bool:
    """Whether a word glossed with `s` may be the concept said by a synonym: the lexicon gives it no sense besides
    `s` (淋巴癌 "lymphoma" for 淋巴瘤), or another gloss it shares with the concept's forms (转换 "convert" beside
    变换's "convert"). A word of another sense has glosses of its own (比如 "instance", 图像 "picture")."""
    own = {stem(w) for g in glosses for w in g.split()} - {s}
    return not own or bool(own & concept_stems)


_DETERMINED = LazyPattern(r"(?i)\b(?:the|a|an|this|that|these|those|its|their|our|your|my|his|her|each|every)\s+\Z")
"""A determiner right before a place: the English word there is a noun that refers to a thing."""


def _places(s: str, zh_text: str, forms: Sequence[str], zh2en: Mapping[str, tuple[str, ...]],
            said: set[str], concept_stems: set[str], determined: bool) -> int:
    """The places of `zh_text` where a word glossed with the stem `s` stands (overlapping chunks one place), no part
    of a concept form (`forms`) nor holding one, nor describing `s` only (`_describes`), nor a possible synonym of
    the concept (`_synonym`)."""
    spans: list[tuple[int, int]] = []
    for start in range(len(zh_text)):
        for size in WORD_SIZES:
            chunk = zh_text[start:start + size]
            glosses = zh2en.get(chunk, ())
            if len(chunk) < size or s not in glosses or any(chunk in f or f in chunk for f in forms):
                continue
            if _describes(glosses, s, said) or _synonym(glosses, s, concept_stems):
                continue
            if determined and word_tag(chunk).startswith("v"):
                continue  # "included in the output" beside 输出 (a verb): the noun names a thing the verb does not
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
    if any(word_tag(f).startswith("v") for f in forms):
        return False  # a verb concept (安装 "install"): another verb glossed so (装设) is its synonym, not a sense
    concept_stems = {stem(w) for f in forms for g in zh2en.get(f, ()) for w in g.split()}
    concept_stems |= {stem(w.lower()) for k in concepts for f in k.accepted("en") for w in _WORD.findall(f)}
    concept_stems.discard(s)
    text = h.sentence.text.text
    determined = _DETERMINED.search(text, max(0, h.match.start - 12), h.match.start) is not None
    return _places(s, zh_text, forms, zh2en, set(en_stems(english)), concept_stems, determined) >= max(1, times)
