"""Doubled English words (`english_doubles`: "the the"), told from the grammatical "had had", Latin tautonyms
(Rattus rattus), an author's initials, pinyin names (Yi Yi Ren), "in in vitro" and C's "long long"."""
from __future__ import annotations

import re
from collections.abc import Iterator

from zhen_qa.manuscript.lazy_re import LazyPattern

EN_DOUBLE = re.compile(r"(?<![A-Za-z0-9_'\-])([A-Za-z]+)\s+(\1)(?![A-Za-z0-9_'\-])", re.IGNORECASE)
"""A doubled English word; a word glued to a digit or underscore is the tail of an identifier (`Caffe2Xavier`,
`init_weights`), not a word of its own, so `Caffe2Xavier Xavier` (two table cells) is no doubling."""


EN_LETTER = re.compile("[A-Za-z]", re.IGNORECASE)
"""What every match of `EN_DOUBLE` starts with (its class, with its flags: ſ and K count): a text without one is
not searched for doublings (its lookbehind first makes `EN_DOUBLE` try every position)."""


EN_LEGIT = frozenset({"had", "that"})
"""English doublings that are grammatical ("had had", "that that")."""


FUNCTION_WORDS = frozenset(
    "this that these those with from have been were they them their there then than when what which will would "
    "shall should could also into onto only some such very more most much many each both".split())
"""English words of four letters or more that start a sentence: "This this" is a slip, not a Latin name."""


def english_doubles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of doubled English words ("the the")."""
    for m in EN_DOUBLE.finditer(text):
        if m.group(1).lower() not in EN_LEGIT and not _tautonym(m.group(1), m.group(2)) \
                and not _initials(text, m.start(), m.group(1), m.group(2)) and not _pinyin_name(text, m) \
                and not _LATIN_IN.match(text, m.end()) and not _C_TYPE.match(text, m.start()):
            yield m.start(), m.end(), m.group(1)


_LATIN_IN = re.compile(r"(?<=[Ii]n)\s+(?:vitro|vivo|situ|silico|utero|ovo|vacuo|toto|extenso|extremis|absentia|"
                       r"camera|loco|lieu|perpetuum)\b")
"""After a doubled "in": the rest of a Latin phrase that begins with its own "in" (in vitro, in vivo, in situ, in
silico, in utero): "tested in in vitro models" is the preposition before the phrase, not a doubled word."""


_C_TYPE = re.compile(r"long\s+long\s+(?:(?:unsigned|signed)\s+)?(?:int|integers?|types?|variables?|values?)\b",
                     re.IGNORECASE)
"""C's integer type "long long" named by its words ("long long integer", "a long long int", "long long type"): the
type's name, not a doubled word; "a long long way" stays a doubling to look at."""


_PINYIN = (r"(?:[BPMFDTNLGKHJQXRZCSYW]|Zh|Ch|Sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|"
           r"iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|ü|üe)|(?:A|Ai|An|Ang|Ao|E|Ei|En|Er|O|Ou)")
"""One capitalised pinyin syllable without tone marks (Yi, Zhu, Ren, Ao)."""


_PINYIN_SYLLABLE = LazyPattern(_PINYIN)


_PINYIN_BEFORE = LazyPattern(r"(?<![A-Za-z'\-])(?:" + _PINYIN + r")\s+$")


_PINYIN_AFTER = LazyPattern(r"\s+(?:" + _PINYIN + r")(?![A-Za-z'\-])")


def _pinyin_name(text: str, m: re.Match[str]) -> bool:
    """A doubled capitalised pinyin syllable inside a longer name in pinyin: "Yi Yi Ren" (薏苡仁), "Ma Ma Teng" are
    Chinese names spelt syllable by syllable, where one syllable may follow itself; "The The" is no pinyin."""
    first, second = m.group(1), m.group(2)
    if first != second or not _PINYIN_SYLLABLE.fullmatch(first):
        return False
    return bool(_PINYIN_AFTER.match(text, m.end()) or _PINYIN_BEFORE.search(text, max(0, m.start() - 8), m.start()))


_SURNAME_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+\s+$")


def _initials(text: str, start: int, first: str, second: str) -> bool:
    """An author's initials after the surname ("Hussein A A, et al"): one capital letter twice, after a capitalised
    word."""
    return len(first) == 1 and first.isupper() and second == first \
        and bool(_SURNAME_BEFORE.search(text, max(0, start - 40), start))


def _tautonym(genus: str, species: str) -> bool:
    """A Latin binomial whose species repeats its genus (Cygnus cygnus, Rattus rattus, Bufo bufo): the genus
    capitalised, the species in lower case, neither an English function word."""
    return (len(genus) >= 4 and genus[0].isupper() and genus[1:].islower() and species.islower()
            and genus.lower() not in FUNCTION_WORDS)
