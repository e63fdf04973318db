"""English forms found leniently in a text (`presence.Evidence.has_en`): a form's words in order, each with
any ending (`en_stem`), in British or American spelling (`spelled`), an irregular noun's other number, a verb's
participles, after a combining form or a prefix, and again with hyphens taken out (`dehyphenated`)."""
from __future__ import annotations

import re
from functools import lru_cache

from zhen_qa.checks.presence_derived import DERIVED_MIN
from zhen_qa.glossary.normalize import fold_en
from zhen_qa.manuscript.english_plurals import IRREGULAR_PLURALS, SINGULARS

STEM_ENDINGS = ("ies", "is", "es", "us", "um", "y", "e", "s")
"""Endings dropped from an English word before matching any ending (longest first)."""


MIN_STEM = 4
"""Shortest stem left after dropping an ending ("safety" -> "safet"; "safe" stays "safe")."""


def en_stem(word: str) -> str:
    """The part of a lower-case English word that every inflection and most derivations share."""
    word = word.rstrip("'")
    if word.endswith("'s"):
        word = word[:-2]
    for ending in STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


PREFIXES = ("co", "pre", "post", "anti")
"""Prefixes that make a word about the same concept (coprimary end points: two primary end points; prechemotherapy:
before the chemotherapy; postoperative; antiplatelet therapy acts on platelets); not non- or un-, which negate it."""


PREFIXED_MIN = 5
"""Fewest letters of a form's first word stem that a prefix may come before."""


_MODIFIER_SUFFIX = "al"
"""The adjective ending a modifier may have or lack (tumor mutational / mutation burden): dropped from every word
of a multiword form but its last, the head, when DERIVED_MIN letters stay."""


def _modifier_stem(word: str) -> str:
    """A non-final word of a multiword form without its adjective ending (mutational -> mutation)."""
    if word.endswith(_MODIFIER_SUFFIX) and len(word) - len(_MODIFIER_SUFFIX) >= DERIVED_MIN:
        return word[:-len(_MODIFIER_SUFFIX)]
    return en_stem(word)


@lru_cache(maxsize=131072)
def en_pattern(form: str, case_sensitive: bool) -> re.Pattern[str] | None:
    written = fold_en(form, lower=not case_sensitive).split()
    words = [_modifier_stem(w) for w in written[:-1]] + [en_stem(w) for w in written[-1:]]
    if not all(words):
        return None
    verb = _participle_stem(written[-1])
    parts = [_or_irregular(spelled(w), plain) for w, plain in zip(words, written, strict=True)]
    if verb is not None and len(written) == 1 and written[0].endswith("ing"):
        parts[-1] = spelled(verb) + _OTHER_PARTICIPLE  # timing: timed (an -ed adjective's -ing is another sense:
        # embedded / embedding, distributed / distributing; review50b S11)
    elif verb is not None and len(written) > 1 and len(verb) >= MIN_STEM:
        parts[-1] = _PASSIVE + spelled(verb) + _VERB_ENDING  # data fetching: data fetch, the data is being fetched
    body = r"[A-Za-z']*[\s']*".join(parts)
    # immuno+chemotherapy: a combining form; co+primary, pre+chemotherapy: a prefix (`PREFIXES`), before a word of
    # PREFIXED_MIN letters (not anti+body)
    prefix = "|(?:" + "|".join(PREFIXES) + ")-?" if len(words[0]) >= PREFIXED_MIN else ""
    return re.compile(rf"(?<![A-Za-z0-9])(?:[A-Za-z]{{3,}}o-?{prefix})?" + body)


_OTHER_NUMBER = {**IRREGULAR_PLURALS, **SINGULARS}
"""An irregular noun's other number (mouse: mice, mice: mouse), which no ending reaches from the form's stem."""


def _or_irregular(part: str, word: str) -> str:
    """A form word's pattern `part` that also admits the word's irregular other number as a whole word ("mice" for
    mouse, "teeth" for tooth, "men" for man; not "mental"), capitalised as the word is."""
    other = _OTHER_NUMBER.get(word.lower())
    if other is None:
        return part
    if word[:1].isupper():
        other = other.capitalize()
    return rf"(?:{part}|{other}(?![A-Za-z]))"


PARTICIPLE_MIN = 3
"""Fewest letters of a verb's stem before -ing or -ed (`_participle_stem`: tim- of timing, fetch- of fetching)."""


_OTHER_PARTICIPLE = r"(?:ing|ed(?![\s-]*(?:out|in|up|off|on|down|over|back|away)\b))"
"""A one-word form's -ing or -ed, not the -ed of a phrasal verb ("timed out" is 超时, not timing: review50b S3)."""


_VERB_ENDING = r"(?:e|s|es|ed|ing)?(?![A-Za-z])"
"""A verb's own endings after its stem, and no other: "error handler" (an agent noun) is not error handling
(review50b S11)."""


_PASSIVE = r"(?:(?:is|are|was|were|be|been|being)\s+)*"
"""Auxiliaries a passive puts between a multiword form's noun and its verb ("the data is being fetched")."""


def _participle_stem(word: str) -> str | None:
    """The verb stem of an English word ending in -ing or -ed (fetch of fetching, tim of timing and timed, schedul
    of scheduled), None for another word. A verb's -ing and -ed forms are one word said as noun, adjective or
    participle ("timing", "a timed workflow", "can be timed"), which the sentence chooses by its grammar; its bare
    form is another word when the stem is short (time, a noun), so a one-word form admits only the two."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= PARTICIPLE_MIN and word[:-len(ending)].isalpha():
            return word[:-len(ending)]
    return None


def spelled(word: str) -> str:
    """A regular expression for a word that admits its British and American spellings alike: ae/oe or e
    (haemoglobin, oesophageal, foetal, leukaemia), our or or (tumour, behaviour, favourable), is or iz, ys or yz
    (sanitiser, randomised, analyse). Only letters are loosened, and only by what one spelling adds to the other."""
    out: list[str] = []
    i = 0
    while i < len(word):
        two = word[i:i + 2]
        if two in ("ae", "oe"):
            out.append(two[0] + "?e")
            i += 2
        elif word[i] == "e" and (i == 0 or word[i - 1] not in "aeiou"):
            out.append("[ao]?e")
            i += 1
        elif two == "ou" and word[i:i + 3] == "our" and i >= 2:
            out.append("ou?r")
            i += 3
        elif two == "or" and i >= 2:
            out.append("ou?r")
            i += 2
        elif word[i] in "sz" and i > 0 and word[i - 1] in "iy" and (i == len(word) - 1 or word[i + 1] in "aei"):
            out.append("[sz]")
            i += 1
        else:
            out.append(re.escape(word[i]))
            i += 1
    return "".join(out)


_SUSPENDED = re.compile(r"((?<![A-Za-z-])[A-Za-z]+-(?:\s*,)?\s+(?:(?:and|or)\s+)?(?:[A-Za-z]+-(?:\s*,)?\s+"
                        r"(?:(?:and|or)\s+)?)*)([A-Za-z]+)")
"""Suspended prefixes and the word they share: "filo-, pneumo-, and corona- viruses"."""


_IN_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


_PREFIX = re.compile(r"([A-Za-z]+)-")


def dehyphenated(text: str) -> str:
    """The text with each suspended prefix written onto the word it shares, which follows ("filo- and corona-
    viruses" -> "filoviruses, coronaviruses viruses") and every hyphen inside a word taken out ("anti-viral",
    "lock-downs"): a one-word form is written so too. Not for offsets (the length changes)."""
    def expand(m: re.Match[str]) -> str:
        head = m.group(2)
        return ", ".join(p + head for p in _PREFIX.findall(m.group(1))) + " " + head

    return _IN_WORD_HYPHEN.sub("", _SUSPENDED.sub(expand, text))
