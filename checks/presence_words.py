"""English word-formation evidence that a concept is rendered: the term's stem inside a compound word, and a negative
adjective said with a negation (the questions term-missing asks of the English side beyond `checks.presence`).

- A compound: English writes a prefix and the term as one word where Chinese writes them as two morphemes, each
  a word of its own (亚基因组 "subgenomic", 宏基因组 "metagenomic", α 冠状病毒 "alphacoronavirus"). The term's stem,
  of COMPOUND_MIN letters or more, ends the word but for an inflectional or derivational ending; the prefix is no
  negation (non-, un-, dis-: "nonsmall" is not "small").
- A verb: an -ation noun said by its verb (mutation: mutated, mutate, mutating), which keeps the noun's stem but
  for -ion, or by the noun for its making (mutagenesis); `checks.presence` asks longer stems (DERIVED_MIN letters)
  for any derivation, and "mutat" is shorter.
- A negation: an English adjective made negative by its prefix (asymptomatic, a- + symptomatic; unvaccinated,
  non-invasive) is said as often with a separate negation (no symptoms, without symptoms, not vaccinated) or a
  privative suffix (symptomless, symptom-free): Chinese 无症状 renders them all.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from zhen_qa.checks.presence_derived import _DERIVATIONAL
from zhen_qa.checks.presence_en import STEM_ENDINGS, dehyphenated, en_stem
from zhen_qa.glossary.normalize import fold_en

COMPOUND_MIN = 5
"""Fewest letters of a term's stem found inside a compound word (genom-, coronavir-)."""

_NEGATING_PREFIXES = ("non", "un", "in", "im", "il", "ir", "dis", "an", "a")
"""Prefixes that negate the word they come before (longest match first where they overlap: non before n-)."""

_ENDINGS = frozenset(STEM_ENDINGS) | frozenset(_DERIVATIONAL) | frozenset(
    {"ic", "ics", "ical", "ically", "ous", "ses", "uses", "i", "a", "ae"})
"""What may end a compound word after the term's stem: inflections and derivations (subgenom-ic, -viruses)."""


def _folded(text: str) -> str:
    """The text folded (`fold_en`), and when it has a hyphen, its `dehyphenated` form too after a NUL: a compound
    written with a hyphen or a suspended prefix ("pneumo- and corona- viruses") is a compound as well."""
    folded = fold_en(text, lower=True)
    return folded + "\0" + fold_en(dehyphenated(text), lower=True) if "-" in text else folded


def _ending_ok(rest: str, tail: str) -> bool:
    """Whether `rest`, what follows the stem in a word, is the form's own tail or an ending (`_ENDINGS`)."""
    return rest in ("", tail, tail + "s", tail + "es") or rest in _ENDINGS


@lru_cache(maxsize=4096)
def _compound_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])([a-z]{2,}?)" + re.escape(stem) + r"([a-z]*)(?![a-z])")


def en_compound(text: str, forms: Iterable[str], joined: bool = False) -> bool:
    """Whether the English has a one-word form's stem inside a compound word after a prefix that does not negate it
    (subgenomic, metagenomic for genome; alphacoronavirus for coronavirus). See the module docstring.

    `joined`: the Chinese term too ends a longer word (`term_joined`), whose added characters the prefix renders:
    then a negating prefix counts (非阿司匹林 "nonaspirin") and so does a form of several words whose first word
    ends a compound (新辅助化疗 "neoadjuvant chemotherapy")."""
    return bool(compound_prefixes(text, forms, joined))


def compound_prefixes(text: str, forms: Iterable[str], joined: bool = False) -> list[str]:
    """The prefixes before the forms' stems in the compound words `en_compound` finds (hydroxy of
    hydroxychloroquine), in text order for each form."""
    folded = _folded(text)
    found: list[str] = []
    for form in forms:
        words = fold_en(form, lower=True).split()
        if not words or not all(w.isalpha() for w in words) or len(words) > 1 and not joined:
            continue
        stem = en_stem(words[0]) if len(words) == 1 else words[0]
        if len(stem) < COMPOUND_MIN:
            continue
        tail = words[0][len(stem):]
        pattern = _compound_pattern(stem) if len(words) == 1 else _phrase_pattern(stem, tuple(words[1:]))
        for m in pattern.finditer(folded):
            prefix, rest = m.group(1), m.group(2)
            if (joined or prefix not in _NEGATING_PREFIXES) and _ending_ok(rest, tail):
                found.append(prefix)
    return found


@lru_cache(maxsize=4096)
def _phrase_pattern(first: str, rest: tuple[str, ...]) -> re.Pattern[str]:
    """A phrase whose first word ends a compound (neo+adjuvant chemotherapy): the words after it as written, with
    any ending (the text is folded: a hyphen is a space)."""
    after = "".join(r"\s+" + re.escape(en_stem(w)) + "[a-z]*" for w in rest)
    return re.compile(r"(?<![a-z])([a-z]{2,}?)" + re.escape(first) + r"()" + after + r"(?![a-z])")


COMBINING_MIN = 5
"""Fewest letters of a combining form (chemo-, radio-, immuno-) cut from a one-word term."""


def combining_form(word: str) -> str | None:
    """The combining form a one-word term begins with: its longest start ending in -o, COMBINING_MIN letters or
    more, with three letters or more after it (chemo- of chemotherapy, immuno- of immunotherapy, pneumo- of
    pneumonia)."""
    for k in range(len(word) - 3, COMBINING_MIN - 1, -1):
        if word[k - 1] == "o":
            return word[:k]
    return None


@lru_cache(maxsize=4096)
def _combined_pattern(head: str) -> re.Pattern[str]:
    """A word that begins with the combining form `head` and has four letters or more after it."""
    return re.compile(r"(?<![a-z])" + re.escape(head) + r"([a-z]{4,})")


def en_combining(text: str, forms: Iterable[str]) -> bool:
    """Whether the English has a compound word built on a one-word form's combining form, not the form itself:
    "chemoembolization" (化疗栓塞术) holds chemo- of chemotherapy, as the Chinese compound holds 化疗."""
    folded = _folded(text)
    for form in forms:
        word = fold_en(form, lower=True).strip()
        head = combining_form(word) if word.isalpha() else None
        if head is None:
            continue
        for m in _combined_pattern(head).finditer(folded):
            if not word.startswith(m.group(0)) and not m.group(0).startswith(word):
                return True
    return False


@lru_cache(maxsize=4096)
def _fused_pattern(head: str, word: str) -> re.Pattern[str]:
    """The combining form `head` joined to `word`, with or without a hyphen, in either number."""
    return re.compile(r"(?<![a-z])" + re.escape(head) + r"-?" + re.escape(word) + r"(?:s|es)?(?![a-z])")


def en_fused(text: str, forms: Iterable[str]) -> bool:
    """Whether the English writes a two-word form as one word: the first word's combining form joined to the second
    ("hepatocarcinoma" for hepatocellular carcinoma, hepato- + carcinoma), with or without a hyphen, in any number."""
    folded = _folded(text)
    for form in forms:
        words = fold_en(form, lower=True).split()
        if len(words) != 2 or not all(w.isalpha() for w in words):
            continue
        head = combining_form(words[0])
        if head is not None and _fused_pattern(head, words[1]).search(folded):
            return True
    return False


_ADJECTIVE_ENDINGS = ("atic", "ical", "ic", "ous", "ive", "al", "ated", "ed", "ing")
"""Adjective endings dropped from the base of a negative adjective to find its noun or verb (symptomat-ic ->
symptom, vaccinat-ed -> vaccin): longest first."""

NEGATED_MIN = 5
"""Fewest letters of the base stem of a negative adjective (symptom, vaccin, invas)."""

_NEGATOR = (r"(?:(?<![a-z])(?:no|not|without|never|nor|free\s+of|absence\s+of|lack\s+of)|n['\u2019]t)\s+"
            r"(?:(?:have|has|had|show|shows|showed|develop|develops|developed)\s+)?"
            r"(?:(?:[a-z]+\s+){1,3}(?:or|nor)\s+)?(?:[a-z]+\s+)?")
"""A separate negation before the base word, with at most one word between (no clinical symptoms), after a verb of
having ("does not have any symptoms", "don't have symptoms"), or heading a coordination the base word is a member
of ("does not have the virus or symptoms of it": the negation covers both). The text is folded (`fold_en`): a
hyphen is a space there (symptom-free, non-symptomatic)."""


def negated_base(word: str) -> str | None:
    """The stem of the base of a negative adjective (asymptomatic -> symptom, unvaccinated -> vaccin), or None when
    the word starts with no negating prefix or too little is left."""
    for prefix in _NEGATING_PREFIXES:
        if word.startswith(prefix):
            base = word[len(prefix):].lstrip("-")
            for ending in _ADJECTIVE_ENDINGS:
                if base.endswith(ending) and len(base) - len(ending) >= NEGATED_MIN:
                    return base[: -len(ending)]
            return None
    return None


@lru_cache(maxsize=4096)
def _negated_pattern(stem: str) -> re.Pattern[str]:
    s = re.escape(stem)
    return re.compile(rf"(?:{_NEGATOR}{s}[a-z]*|(?<![a-z])(?:{s}(?:[a-z]*less|s?\sfree)|non\s?{s}[a-z]*))(?![a-z])")


def en_negated(text: str, forms: Iterable[str]) -> bool:
    """Whether the English says a one-word negative adjective form (asymptomatic) with a separate negation or a
    privative suffix instead (no symptoms, symptomless, symptom-free). See the module docstring."""
    folded = fold_en(text, lower=True)
    for form in forms:
        word = fold_en(form, lower=True).strip()
        stem = negated_base(word) if word.isalpha() else None
        if stem and _negated_pattern(stem).search(folded):
            return True
    return False


_ACTION = "ation"
_VERB_ENDINGS = r"(?:e|es|ed|ing)"
"""Endings of the verb of an -ation noun after its stem in -at (mutat-ed, vaccinat-ing)."""
_GENESIS = r"gen(?:esis|eses|ic|s)?"
"""What follows the stem in -a of an -ation noun in the word for the making of it (muta-genesis, muta-genic)."""


@lru_cache(maxsize=4096)
def _verb_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + re.escape(stem) + _VERB_ENDINGS + "|" + re.escape(stem[:-1]) + _GENESIS
                      + r")(?![a-z])")


def en_verb(text: str, forms: Iterable[str]) -> bool:
    """Whether the English says a one-word -ation form by its verb (mutation: "the mutated gene", "cells mutate"):
    the stem up to -at, of COMPOUND_MIN letters or more, and a verb ending; a hyphenated form keeps its first
    parts (self-isolation: "self-isolating"). The word for the making of the action counts too, the stem up to -a
    and -genesis, -genic (mutation: "site-directed mutagenesis", 定点突变)."""
    folded = fold_en(text, lower=True)
    for form in forms:
        word = fold_en(form, lower=True).strip()
        prefix, _, last = word.rpartition(" ")  # self-isolation (folded "self isolation"): "self-isolating"
        if (not prefix or prefix.replace(" ", "").isalpha()) and last.isalpha() and last.endswith(_ACTION) \
                and len(last) - len(_ACTION) + 2 >= COMPOUND_MIN \
                and _verb_pattern(word[:-3]).search(folded):
            return True
    return False
