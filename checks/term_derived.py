"""A one-word English noun said by a word derived from it: its adjective or the noun for its bearer (term-missing).

English makes an adjective and a noun for the person or thing that has it from many nouns by swapping the ending:
schizophrenia gives "schizophrenic" and "schizophrenes" (patients with schizophrenia), insomnia "insomniac",
autism "autistic", alcoholism "alcoholic", allergy "allergic", psychology "psychological", obesity "obese",
resistance "resistant", dependence "dependent". A translation may say the concept so ("in schizophrenes" for
精神分裂症患者中): the concept is rendered. `presence.Evidence.has_en_derived` already finds the derivations that
keep the noun's stem and add a suffix (depression: depressive); these swap the noun's own ending for another.

The stem left keeps STEM_MIN letters or more (BEARER_MIN for a bare "-e", the rarest swap), and the derived word
must stand as a whole word, so a short noun does not meet an unrelated word ("mania" is no "mane").

An English noun in "-ing" is said by the agent noun of its verb (`verb_said`, `gerund_bases`): 吸烟 "smoking" as
"smokers", 大量吸烟的人 as "high-intensity smokers". Not by the verb's noun homograph ("the samples" for 采样
"sampling", "cigarette smoke", "screen five"): that is another thing as often as not (`term_participle` takes the
participles, "the sampled genomes").

A derived word says the concept only where the Chinese sentence names it once: 调节机体的新陈代谢，有效预防代谢病 names
metabolism twice, the second time inside 代谢病 "metabolic diseases", and "metabolic" there is that word's, not the
rendering of 新陈代谢 (`said_again`: the sentence, the term's match blanked, still has a word the lexicon glosses
with the noun, a match of the same concept or not). So does a verb (`verb_said_again`): 采样日期 "sampling date"
beside 样本 "sample" is not said by "each sample" (that is 样本's word).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from zhen_qa.glossary.normalize import fold_en
from zhen_qa.manuscript.script import HAN_RUN_RE

ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ology", ("ological", "ologic", "ologist", "ologists")),
    ("ism", ("istic", "ist", "ists", "ic", "ics")),
    ("ity", ("e",)),
    ("ence", ("ent", "ential")),
    ("ance", ("ant",)),
    ("ia", ("ic", "ics", "iac", "iacs", "e", "es")),
    ("y", ("ic", "ical")),
)
"""Noun endings (first match) and the endings of the adjective or bearer noun made from the same stem."""

STEM_MIN = 3
"""Fewest letters left of the noun without its ending: autism -> aut(istic)."""

BEARER_MIN = 8
"""Fewest letters of the stem for a derived word that adds only "e"/"es" (schizophren-e) or, from -ity, "e" (obes-e
is 4: see `_min_stem`)."""


def derived_words(form: str) -> tuple[str, ...]:
    """The adjectives and bearer nouns of a one-word English form (`ENDINGS`), lower-case; () for a phrase or a
    noun with no such ending."""
    word = fold_en(form, lower=True)
    if not word.isalpha():
        return ()
    for noun, derived in ENDINGS:
        if word.endswith(noun):
            stem = word[:-len(noun)]
            return tuple(stem + d for d in derived if len(stem) >= _min_stem(noun, d))
    return ()


def _min_stem(noun: str, derived: str) -> int:
    """The fewest letters of a stem that may take this swap: a bare "-e" from "-ia" only on a long stem
    (schizophren-e, not man-e from mania); obesity -> obese keeps the -ity rule's own floor."""
    if derived in ("e", "es") and noun == "ia":
        return BEARER_MIN
    if noun == "ity":
        return 4
    return STEM_MIN


def derived_said(text: str, forms: Iterable[str]) -> bool:
    """Whether the English text says a one-word form by a word derived from it (see the module docstring)."""
    folded = fold_en(text, lower=True)
    return any(_whole_word(w).search(folded) for form in forms for w in derived_words(form))


def said_again(masked_zh: str, forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a Chinese sentence with the term's match blanked (`masked_zh`) still has a word of 2-4 characters the
    lexicon glosses with a one-word form that has derived words (`derived_words`): the concept named a second time,
    to which a derived English word may belong (代谢 in 代谢病 for "metabolism")."""
    from zhen_qa.aligner.lexicon import stem

    wanted = {stem(fold_en(f, lower=True)) for f in forms if derived_words(f)}
    return bool(wanted) and _glossed_in(masked_zh, wanted, zh2en)


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])")


_COMBINING_FROM = ("al", "ic", "ac", "ar")
"""Adjective endings whose stem takes -o- as the first part of a closed compound: neural -> neuro-, cardiac ->
cardio-, hepatic -> hepato-, vascular -> vasculo-."""


def combining_stem(adjective: str) -> str | None:
    """The combining form of an adjective (`_COMBINING_FROM`, STEM_MIN letters of stem or more), or None."""
    for ending in _COMBINING_FROM:
        if adjective.endswith(ending) and len(adjective) - len(ending) >= STEM_MIN:
            return adjective[:-len(ending)] + "o"
    return None


def combined_said(text: str, forms: Iterable[str]) -> bool:
    """Whether the English says a two-or-more-word form whose first word is an adjective by that adjective's
    combining form starting a closed compound, the other words following: "neural mechanism" in
    "neuropsychological mechanisms" (心理神经机制, where Chinese puts the other modifier before the term)."""
    folded = fold_en(text, lower=True)
    for form in forms:
        words = fold_en(form, lower=True).split()
        if len(words) < 2 or not all(w.isalpha() for w in words):
            continue
        first = combining_stem(words[0])
        if first is None:
            continue
        rest = r"\s+".join(re.escape(w[:-1] if len(w) > 4 else w) + "[a-z]*" for w in words[1:])
        if re.search(r"(?<![a-z])" + re.escape(first) + r"-?[a-z]{4,}\s+" + rest + r"(?![a-z])", folded):
            return True
    return False


GERUND_MIN = 4
"""Fewest letters of a gerund's stem without "-ing" (`gerund_bases`): smok(ing), not dos(ing) or us(ing)."""


def gerund_bases(form: str) -> tuple[str, ...]:
    """The verb a one-word "-ing" noun is made from, as lower-case spellings to try (the bare stem, the stem with the
    "e" English drops before "-ing", the stem with a doubled last consonant undone): smoking -> smok, smoke;
    screening -> screen, screene; planning -> plann, planne, plan. () for any other form or a stem shorter than
    GERUND_MIN. Only whole words are matched (`verb_said`), so a spelling that is no word does no harm."""
    word = fold_en(form, lower=True)
    if not word.endswith("ing") or not word.isalpha():
        return ()
    stem = word[:-3]
    if len(stem) < GERUND_MIN:
        return ()
    out = [stem, stem + "e"]
    if stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        out.append(stem[:-1])
    return tuple(out)


@lru_cache(maxsize=4096)
def _verb_forms(base: str) -> re.Pattern[str]:
    """The verb's agent noun as a whole word, smoker(s), screener(s); its past participle, screened, smoked; or the
    bare verb opening a hyphenated participle, screen-detected. Not the bare verb alone: its noun homograph is
    another thing as often as not ("by screen five", "the samples" for 采样)."""
    b = re.escape(base)
    return re.compile(rf"(?<![a-z])(?:{b}(?:r|er|rs|ers|d|ed)|{b}[-\u2010\u2011][a-z]+ed)(?![a-z])")


def verb_said(text: str, forms: Iterable[str]) -> bool:
    """Whether the English text says a one-word "-ing" form by its verb (`gerund_bases`, `_verb_forms`): its agent
    noun, its past participle or a hyphenated participle it opens ("screen-detected cancers" for 因筛查检出的癌症)."""
    folded = fold_en(text, lower=True)
    lowered = text.lower()  # the folded text has a space for the hyphen of "screen-detected"
    return any(_verb_forms(b).search(folded) or _verb_forms(b).search(lowered)
               for form in forms for b in gerund_bases(form))


def verb_said_again(masked_zh: str, forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a Chinese sentence with the term's match blanked (`masked_zh`) still has a word of 2-4 characters the
    lexicon glosses with the stem of an "-ing" form (样本 "sample" beside 采样 "sampling"): the English verb or noun
    may be that word's rendering, not the term's."""
    from zhen_qa.aligner.lexicon import stem

    wanted = {stem(fold_en(f, lower=True)) for f in forms if gerund_bases(f)}
    return bool(wanted) and _glossed_in(masked_zh, wanted, zh2en)


def _glossed_in(masked_zh: str, wanted: set[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a word of 2-4 Han characters of the text has a lexicon gloss stem in `wanted`."""
    for text in HAN_RUN_RE.findall(masked_zh):  # runs of one character hold no word of two
        for i in range(len(text) - 1):
            for size in (2, 3, 4):
                if i + size <= len(text) and wanted.intersection(zh2en.get(text[i:i + size], ())):
                    return True
    return False
