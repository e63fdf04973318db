"""A Chinese term whose English says only the head both names share, the modifier left to the context.

Chinese names a concept in full again where English, having said it, keeps only the head noun ("50 new cases" for
50 例确诊病例, "these and other factors" for 上述及其他危险因素, "no survival benefit" for 总生存无获益). The
head is shared: the last word of a multiword English form of the concept is what the CC-CEDICT lexicon glosses the
end of its Chinese form with (病例: case; 因素: factor), and the head is every last word of the English form the
lexicon glosses that end with (终点: "end point", so "the point" says no primary end point). It is the term's
rendering only where no other modifier of the head's kind stands before it in the English (`_OTHER_KIND`: "related
factor" for 危险因素, "suspected cases" for 确诊病例 name another kind of the head, which is what term-missing is
for), nor, where the English form's modifier is a noun ("heart failure", "risk factor"), an of-phrase after it that
puts another noun in the modifier's place (`_of_other`: "failure of the kidneys" for 心力衰竭, "factor of protection"
for 危险因素); "failure of the heart" is the term said in the other word order (`term_of_phrase`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.checks.term_implied import EN_PEOPLE
from zhen_qa.glossary.normalize import fold_en

HEAD_MIN = 4
"""Fewest letters of the shared head word (case, factor; not "rate" of 3 stems, "cas" is its stem)."""

_OF_NOUN = re.compile(r"\s+of\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her)\s+)?([a-z]+)(\s+[a-z]+)?")
"""An of-phrase right after a head: the first word of its noun phrase and the word after it."""

_OTHER_KIND = re.compile(r"(?:ic|ac|al|ar|ary|ory|ive|ous|ed|ing|[-–])$")
"""The ending of a word before the head that names a kind of it: a classifying adjective (cardiac, invasive), a
participle (related, suspected, emerging), a hyphenated modifier (risk-associated)."""


def head_said(zh_forms: Iterable[str], en_forms: Iterable[str], text: str, source: str,
              zh2en: Mapping[str, tuple[str, ...]], other: Callable[[int], bool] | None = None) -> bool:
    """Whether the English text says the head shared by a Chinese and a multiword English form of a concept
    without the modifier, and without another modifier of the head's kind before it (see the module docstring).

    `source` is the Chinese sentence with its term matches blanked: where it has the Chinese head outside them
    (正常细胞 beside 癌细胞, 报告病例 beside 确诊病例), an English head may render that instead: the English must then
    say the head more times than the source has it outside the term ("reported cases" renders 报告病例, and "one
    case" is left for the term), one of them without a modifier of another kind. A head outside the term that the
    English says by its modifier's word is no head there (死亡的病例 = "death"). `other`, where given, says whether
    the word before the head starting at an index of `text` is another modifier (`term_other_modifier`): such a
    head is not plain either."""
    from zhen_qa.aligner.lexicon import stem

    lowered = text.lower()
    folded = zh_key(source)
    for form in en_forms:
        words = fold_en(form, lower=True).split()
        if len(words) < 2 or len(words[-1]) < HEAD_MIN or not words[-1].isalpha():
            continue
        head = stem(words[-1])
        ends = [e for z in zh_forms if (e := _end_glossed(zh_key(z), head, zh2en))]
        if not ends:
            continue
        # the source's own heads beside the term's, but for one the English says by its modifier alone
        outside = max(folded.count(e) - _said_by_modifier(folded, e, head, lowered, zh2en) for e in ends)
        # the head is every last word the lexicon glosses the Chinese end with: 终点 "end point", not "point"
        k = len(words) - 1
        while k > 1 and any(stem(words[k - 1]) in zh2en.get(e, ()) for e in ends):
            k -= 1
        nouns = [stem(w) for w in words[:k] if w.isalpha() and not _OTHER_KIND.search(w)]
        said = plain = 0
        for m in _head_pattern(" ".join(words[k:])).finditer(lowered):
            before = lowered[:m.start()].rstrip()
            if lowered[m.start() - 1:m.start()] == "-":
                continue
            said += 1
            last = before.split()[-1] if before.split() else ""
            plain += not _OTHER_KIND.search(last) and not (other is not None and other(m.start())) \
                and not _of_other(lowered, m.end(), nouns)
        if plain and said > outside:
            return True
    return False


def _of_other(text: str, end: int, nouns: list[str]) -> bool:
    """Whether the head ending at `end` is followed by an of-phrase whose noun is none of the form's noun modifiers
    (stems `nouns`; none: the modifier is an adjective or participle, "confirmed case", which an of-phrase does not
    replace: "cases of influenza"): another noun in the modifier's place, another kind of the head. The modifier
    itself there must end the phrase ("failure of the heart", "failure of the heart and lungs"); a noun after it makes
    it a modifier in turn ("failure of heart transplants"). People there (`term_implied.EN_PEOPLE`: "the nursing of
    the patients") are whom the head concerns, not a kind of it."""
    if not nouns:
        return False
    m = _OF_NOUN.match(text, end)
    if m is None:
        return False
    from zhen_qa.aligner.lexicon import STOP_EN, stem

    if EN_PEOPLE.fullmatch(m.group(1)):
        return False
    word = stem(m.group(1))
    if not any(word.startswith(n) or n.startswith(word) for n in nouns):
        return True
    after = (m.group(2) or "").strip()
    return bool(after) and after not in STOP_EN


def _said_by_modifier(source: str, end: str, head: str, lowered: str, zh2en: Mapping[str, tuple[str, ...]]) -> int:
    """How many of the source's own heads (`end`, outside the term) the English says by their modifier's word
    alone, not followed by the head (stem `head`): 1 例死亡的病例 = "one new death" (a case of death is a death), so
    that head takes no English head; "death cases" keeps it."""
    from zhen_qa.aligner.lexicon import stem

    tokens = [stem(w) for w in re.findall(r"[a-z]+", lowered)]
    alone = {t for t, nxt in zip(tokens, [*tokens[1:], ""]) if nxt != head}
    n = 0
    for m in re.finditer(re.escape(end), source):
        before = source[:m.start()].rstrip("的")
        glosses = set(zh2en.get(before[-2:], ())) if len(before) >= 2 else set()
        n += any(len(g) >= HEAD_MIN and g in alone for g in glosses)
    return n


def _end_glossed(key: str, head: str, zh2en: Mapping[str, tuple[str, ...]]) -> str:
    """The end of a Chinese form (two characters or more, not the whole) the lexicon glosses with the head, or ""."""
    return next((key[k:] for k in range(1, len(key) - 1) if head in zh2en.get(key[k:], ())), "")


@lru_cache(maxsize=4096)
def _head_pattern(head: str) -> re.Pattern[str]:
    """The head, its last word singular or plural, whole words ("end points")."""
    *first, word = head.split()
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return re.compile(r"(?<![a-z])" + "".join(re.escape(w) + r"\s+" for w in first) + re.escape(base)
                      + r"(?:s|es)?(?![a-z])")
