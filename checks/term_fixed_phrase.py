"""A glossary word inside a fixed English phrase that renders another Chinese word of its bead: "For instance, …" =
例如 ("instance" listed for 实例), "Table of Contents" = 目录 ("table" listed for 表格).

The phrase is a multiword gloss of CC-CEDICT (`aligner.gloss_phrases`), written whole around the match, and one of the
Chinese words it glosses is a word of the bead's Chinese (`bead_words`: a token as the aligner cuts it, two characters
or more): the translator rendered that word, and the glossary word is a part of its rendering, no use of the term.
Such a match is no term match at all (`phrase_hits`; `terms.run` drops them from the hits it built), so term-missing,
term-inconsistent and term-variant all see the English without it.

Still a term: where the phrase's Chinese word is a Chinese form of the match's own concept, holds one or is held by
one (a glossary listing 默认 "default" keeps "by default" a use of its term wherever a dictionary would gloss 默认 by a
phrase); where the phrase's Chinese word is absent from the bead (the phrase is evidence only with its word); where
the words around the match are not the whole phrase ("instance creation", "the table of results").
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence

from zhen_qa.aligner.gloss_phrases import phrases_with
from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN, load_lexicon, zh_tokens
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript.lazy_re import LazyPattern

_WORD = LazyPattern(r"[A-Za-z]+(?:'[a-z]+)?")
_JOIN = LazyPattern(r"[ \t\n-]+")
"""What may stand between two words of a phrase: spaces or a hyphen (no mark, no other word)."""


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def _same(phrase_word: str, word: str) -> bool:
    """A phrase's word against the text's, a plural -s allowed on a content word (tables of contents), never on a
    function word: "built-ins" is a noun of its own, not the phrase "built in"."""
    return word == phrase_word or (word == phrase_word + "s" and not _function_word(phrase_word))


def phrase_rendering(text: str, start: int, end: int, zh_text: str, own_zh: Iterable[str]) -> str:
    """The Chinese word of the bead (`zh_text`) that a CC-CEDICT phrase written whole around the match
    text[start:end] renders, or "" when there is none: the phrase is longer than the match and holds a function word
    (`_idiom`), its words stand with only spaces or hyphens between them, and the Chinese word is a word of the bead
    (`bead_words`) and no form of the match's concept (`own_zh`), holds none and is held by none."""
    own = [f for f in own_zh if f]
    head = _WORD.search(text, start, end)
    key = head.group().lower() if head else ""
    candidates = [(phrase, said) for phrase, chinese in
                  phrases_with(key) + (phrases_with(key[:-1]) if key.endswith("s") else ())
                  if _idiom(phrase)
                  and (said := [c for c in chinese if len(c) >= 2 and c in zh_text
                                and not any(f in c or c in f for f in own)])]
    if candidates:  # the substring test first: cutting the bead costs more, and most matches stop above
        words_zh = bead_words(zh_text)
        candidates = [(phrase, kept) for phrase, said in candidates if (kept := [c for c in said if c in words_zh])]
    if not candidates:
        return ""  # most matches: no phrase of the word glosses a Chinese word of the bead
    words = _words(text)
    inside = [i for i, (a, b, _w) in enumerate(words) if a >= start and b <= end]
    if not inside or inside != list(range(inside[0], inside[-1] + 1)) or words[inside[0]][2] != key:
        return ""
    first, n = inside[0], len(inside)
    for phrase, said in candidates:
        if len(phrase) <= n:
            continue
        if any(_written(text, words, phrase, first - p)
                        for p in range(len(phrase) - n + 1)
                        if all(_same(phrase[p + j], words[first + j][2]) for j in range(n))):
            return said[0]
    return ""


@functools.lru_cache(maxsize=4096)
def bead_words(zh_text: str) -> frozenset[str]:
    """The words of a bead's Chinese as the aligner cuts them (`lexicon.zh_tokens`): a phrase's Chinese word is
    evidence only as a word of its own, never as characters inside another word (期 inside 定期)."""
    return frozenset(zh_tokens(zh_text, load_lexicon()))


def _idiom(phrase: Sequence[str]) -> bool:
    """Whether a phrase holds a function word (a preposition, an article, a conjunction: `STOP_EN`, `PREPOSITIONS`):
    "for instance", "table of contents", "built-in" are fixed phrases whose glossary word is no noun of its own, where
    a phrase of content words alone is a compound noun ("drug resistance" = 抗药性) whose head keeps the term's sense
    and whose Chinese word is then the term's synonym, which the glossary settles."""
    return any(_function_word(w) for w in phrase)


def _function_word(word: str) -> bool:
    return word in STOP_EN or word in PREPOSITIONS


def _written(text: str, words: Sequence[tuple[int, int, str]], phrase: Sequence[str], at: int) -> bool:
    """Whether the text's words from index `at` are the phrase, joined by spaces or hyphens only."""
    if at < 0 or at + len(phrase) > len(words):
        return False
    span = words[at:at + len(phrase)]
    if not all(_same(p, w[2]) for p, w in zip(phrase, span)):
        return False
    return all(_JOIN.fullmatch(text[a[1]:b[0]]) for a, b in zip(span, span[1:]))


def own_chinese(glossary: Glossary, concepts: Iterable[str]) -> list[str]:
    """Every Chinese form (any status) of the concepts."""
    return [t for cid in concepts for t, _status, _field in glossary.concept(cid).terms("zh")]


def phrase_hits(ctx: CheckContext, hits: dict[int, list[Hit]], glossary: Glossary) -> Iterator[Hit]:
    """The English matches of aligned beads that stand inside a fixed phrase rendering another Chinese word of the
    bead (`phrase_rendering`): no uses of their terms."""
    for _pair, _bead, zh, en in ctx.aligned_beads():
        en_hits = [h for s in en for h in hits.get(id(s), ())]
        if not en_hits:
            continue
        zh_text = "".join(s.text.text for s in zh)
        for h in en_hits:
            if phrase_rendering(h.sentence.text.text, h.match.start, h.match.end, zh_text,
                                own_chinese(glossary, h.match.concepts)):
                yield h


def phrase_places(texts: Iterable[str], forms: Iterable[str], zh_text: str, own_zh: Sequence[str]) -> int:
    """How many places of the English `texts` say a word of `forms` inside a fixed phrase rendering another Chinese
    word of `zh_text` (`phrase_rendering`): a Chinese word glossing the form (例如 "for instance") is spent there, not
    on a use of the term the English also says."""
    wanted = {ws[0][2] for f in forms if (ws := _words(f))}
    n = 0
    for text in texts:
        for a, b, w in _words(text):
            if (w in wanted or w[:-1] in wanted) and phrase_rendering(text, a, b, zh_text, own_zh):
                n += 1
    return n
