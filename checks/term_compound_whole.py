"""An English one-word term inside a longer English compound that the Chinese renders whole by its own word:
"ionizing radiation" = 电离辐射, where the glossary admits "radiation" for 放疗 (radiotherapy).

A glossary may admit a short, general English word for a term ("radiation" for 放疗). The same word heads or opens
fixed compounds of other meanings ("ionizing radiation", the physics, not the treatment), which the Chinese says by
a word of their own. The English term is then no occurrence of the concept, and its Chinese is not missing. It is
that compound only where

- the English term is one word (a phrase such as "radiation therapy" is the concept's own);
- a content word stands right before it (its modifier, "ionizing") or right after it (its head), with no
  punctuation between;
- the aligned Chinese holds a word of the lexicon, 3 characters or more, whose glosses say both that word and the
  term's own word (电离辐射: "ionizing radiation"): a dictionary fact that the compound is one word in Chinese; and
- that Chinese word holds none of the concept's accepted Chinese forms (a compound rendered by one that does, such
  as "radiation oncology" by a word holding 放疗, has the concept after all).

Once a bead of the file shows the compound so rendered, the same compound elsewhere in the file is that compound
too, however its Chinese says it there ("There is no ionizing radiation exposure" = 不存在射线暴露).

Only the English side is excused: the Chinese term is the concept's own wherever it stands.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import one_begins_other
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

WORD_MIN = 3
"""Fewest characters of the Chinese word that renders the compound whole (电离辐射; a 2-character word is too often
the plain rendering of the term's own word)."""
SHARED_MIN = 5
"""Fewest letters a stem and a gloss's stem share where one begins the other (ioniz-ing, ioniz-ation)."""
_WORD_BEFORE = LazyPattern(r"([A-Za-z][A-Za-z-]*) $")
_WORD_AFTER = LazyPattern(r"^ ([A-Za-z][A-Za-z-]*)")


def _same(a: str, b: str) -> bool:
    """Whether two stems are one word's: equal, or one begins the other with SHARED_MIN letters or more."""
    return a == b or one_begins_other(a, b, SHARED_MIN)


def _neighbours(h: Hit, stop_words: frozenset[str]) -> list[tuple[str, str]]:
    """The content words right before and right after the English term, lower-cased, each with the compound it
    makes with the term as written ("ionizing radiation")."""
    text = h.sentence.text.text
    surface = h.surface.lower()
    out = []
    for before, pattern, part in ((True, _WORD_BEFORE, text[:h.match.start]), (False, _WORD_AFTER, text[h.match.end:])):
        m = pattern.search(part)
        word = m.group(1).lower() if m else ""
        if len(word) >= WORD_MIN and word not in stop_words:
            out.append((word, f"{word} {surface}" if before else f"{surface} {word}"))
    return out


def _whole_word(zh_text: str, own: str, others: list[str], forms: list[str],
                zh2en: Mapping[str, tuple[str, ...]], en_text: str = "") -> str:
    """The lexicon word of `zh_text` (WORD_MIN characters or more, holding no form of `forms`) whose glosses say
    both the stem `own` and one of the stems `others`, or "". A word whose other glosses are all words the English
    (`en_text`) says renders those, the compound's words being only its dictionary description (蛋氨酸,
    "methionine, an essential amino acid", where the English says "methionine" and "amino acids")."""
    from zhen_qa.aligner.lexicon import en_stems, stem

    said = set(en_stems(en_text))

    runs: list[str] = HAN_RUN_RE.findall(zh_text)
    for run in runs:
        for i in range(len(run)):
            for n in range(min(8, len(run) - i), WORD_MIN - 1, -1):
                word = run[i:i + n]
                glosses = zh2en.get(word)
                if not glosses or any(f in word for f in forms):
                    continue
                stems = [stem(g) for gloss in glosses for g in gloss.split()]
                if any(_same(own, s) for s in stems) and any(_same(o, s) for o in others for s in stems if o != own):
                    rest = {s for s in stems if not _same(own, s) and not any(_same(o, s) for o in others)}
                    if rest and rest <= said:
                        continue  # a description: the word renders other words of the English
                    return word
    return ""


def compound_whole(h: Hit, zh_text: str, zh_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]],
                   stop_words: frozenset[str], beads: Iterable[tuple[str, str]] = ()) -> str:
    """The Chinese word that renders whole the English compound the one-word English term `h` stands in (see the
    module docstring), or "". `zh_text` is the bead's Chinese; `beads` (Chinese, English) are the file's others."""
    if h.lang != "en" or not h.surface.isalpha():
        return ""
    from zhen_qa.aligner.lexicon import stem

    neighbours = _neighbours(h, stop_words)
    if not neighbours:
        return ""
    own = stem(h.surface)
    others = [stem(w) for w, _c in neighbours]
    forms = [f for f in zh_forms if f]
    word = _whole_word(zh_text, own, others, forms, zh2en, h.sentence.text.text)
    for zh, en in beads:
        if word:
            break
        low = en.lower()
        for w, compound in neighbours:
            if compound in low:
                word = _whole_word(zh, own, [stem(w)], forms, zh2en, en)
                if word:
                    break
    return word
