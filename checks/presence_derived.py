"""English words as another part of speech or another word of their family (`derivational_stem`,
`classical_adjective`, a -graphy technique's -gram record, a plain word's classical combining form) and the
word patterns `presence.Evidence` finds them by."""
from __future__ import annotations

import re
from functools import lru_cache

CLASSICAL_FORMS: dict[str, tuple[str, ...]] = {
    "platelet": ("thrombocyt",), "white blood cell": ("leukocyt", "leucocyt"), "red blood cell": ("erythrocyt",),
    "blood": ("hemat", "haemat"), "bone marrow": ("myelo",),
    "liver": ("hepat",), "kidney": ("nephr", "renal"), "lung": ("pulmon", "pneumo"), "heart": ("cardi",),
    "bone": ("oste",), "skin": ("derm", "cutane"), "stomach": ("gastr",), "brain": ("cerebr", "encephal"),
    "blood vessel": ("vascul", "angio"), "muscle": ("myo",), "nerve": ("neur",), "joint": ("arthr",),
    "breast": ("mammar",), "eye": ("ophthalm",), "spleen": ("splen",), "intestine": ("enter",),
}
"""Plain English words (lower case) and the classical combining forms medical English builds from them."""


_DERIVATIONAL = ("ations", "ation", "ions", "ion", "ities", "ity", "ives", "ive", "ed", "ing", "al", "ic", "s")
"""English suffixes that change a word's part of speech (longest first): depress-ion, depress-ive, mortal-ity."""


_GRAPHIC = re.compile(r"([a-z]{3,}o)gra(?:phy|ms?)")
"""A classical compound in -o-graphy (a recording technique) or -o-gram (its record): mammo-graphy, mammo-gram; at
least three letters before the -o- (not pro-gram)."""


@lru_cache(maxsize=4096)
def graphic_pattern(word: str) -> re.Pattern[str] | None:
    """Any word of a technique's family for a -graphy or -gram noun (`_GRAPHIC`): the record or records it makes, the
    technique, its adjective or practitioner (mammography, mammogram(s), mammographic, mammographer), or None.

    Medical English names the examination by either noun ("annual mammograms", "an annual mammography"), so the one
    says the other's concept."""
    m = _GRAPHIC.fullmatch(word)
    if m is None:
        return None
    return re.compile(r"(?<![A-Za-z])" + re.escape(m.group(1)) + r"gra(?:ms?|ph[a-z]*)(?![A-Za-z])")


DERIVED_MIN = 6
"""Fewest letters of a derivational stem (`derivational_stem`): depress, complicat, mortal."""


def derivational_stem(word: str) -> str:
    """A lower-case English word without a derivational suffix (`_DERIVATIONAL`), or the word itself."""
    for suffix in _DERIVATIONAL:
        if word.endswith(suffix) and len(word) - len(suffix) >= DERIVED_MIN:
            return word[: -len(suffix)]
    return word


_CLASSICAL_ADJECTIVES = (("gnosis", "gnostic"), ("xis", "ctic"), ("sis", "tic"), ("ia", "ic"))
"""Greek and Latin noun endings and the adjective endings of the same stems (first match): prognosis / prognostic,
anaphylaxis / anaphylactic, thrombosis / thrombotic, ischemia / ischemic."""


CLASSICAL_MIN = 7
"""Fewest letters of a classical noun made an adjective (`classical_adjective`): not crisis / critical."""


def classical_adjective(word: str) -> str | None:
    """The adjective medical English makes from a classical noun of CLASSICAL_MIN letters or more
    (`_CLASSICAL_ADJECTIVES`), or None."""
    if len(word) < CLASSICAL_MIN:
        return None
    for noun, adjective in _CLASSICAL_ADJECTIVES:
        if word.endswith(noun):
            return word[:-len(noun)] + adjective
    return None


@lru_cache(maxsize=4096)
def derived_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])" + re.escape(stem) + r"[a-z]+")


@lru_cache(maxsize=4096)
def plural_pattern(word: str) -> re.Pattern[str]:
    """The lower-case word itself or its plural, as a whole word."""
    return re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?:s|es)?(?![A-Za-z])")


@lru_cache(maxsize=4096)
def word_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])" + re.escape(stem) + r"[a-z]*(?![A-Za-z])")


@lru_cache(maxsize=4096)
def apart_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    """The words in order with up to two words between each (bone and marrow, bone or bone marrow)."""
    gap = r"[a-z]*(?:[\s,\-]+[a-z]+){0,2}[\s,\-]+"
    return re.compile(r"(?<![A-Za-z])" + gap.join(re.escape(w) for w in stems) + r"[a-z]*(?![A-Za-z])")


@lru_cache(maxsize=4096)
def classical_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:[a-z]*o)?" + re.escape(stem))  # a word, or after a linking o: hepatosplen-
