"""A two-word English term said as its adverb and verb (term-missing, Chinese terms): 不是所有的模型都可以懒惰初始化
= "Not all models can be lazily initialized", where 懒惰初始化 is listed "lazy initialization".

A glossary lists a concept as adjective + noun of action ("lazy initialization", "dynamic allocation"). Chinese uses
the same words as a verb phrase (可以懒惰初始化: 懒惰 modifies the verb 初始化), and English then says the verb with the
adjective's adverb ("lazily initialized", "dynamically allocated"): both of the term's words are there, in the forms
a verb phrase takes. Nothing is missing. It is that only where
- an English form of the concept is two words, the first an adjective whose adverb is the word + "ly" (lazy →
  lazily, dynamic → dynamically, automatic → automatically; `_adverbs`);
- the English writes that adverb right before a word sharing a stem of `ROOT_MIN` letters or more with the form's
  second word (initialized / initialization, allocates / allocation), or right after it ("initialized lazily").
The adverb alone ("lazily loaded") or the verb alone ("can be initialized") keeps the finding: that is the term with
a word left out or changed, which is what the rule is for.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.aligner.lexicon import one_begins_other, stem
from zhen_qa.manuscript.lazy_re import LazyPattern

ROOT_MIN = 5
"""Fewest letters two stems share at their start to be one word's (initializ / initialization, allocat /
allocation); fewer would join unrelated words (init / inital...)."""

_WORD = LazyPattern(r"[A-Za-z]+")


def _adverbs(adjective: str) -> set[str]:
    """The adverbs English makes of an adjective: + ly (lazy → lazily, quick → quickly), -ic → -ically, -le → -ly
    (simple → simply)."""
    a = adjective.lower()
    out = {a + "ly"}
    if a.endswith("y"):
        out.add(a[:-1] + "ily")
    if a.endswith("ic"):
        out.add(a + "ally")
    if a.endswith("le"):
        out.add(a[:-1] + "y")
    return out


def said_as_adverb_verb(en_forms: Iterable[str], en_text: str) -> bool:
    """Whether the English `en_text` says a two-word form of `en_forms` (adjective + noun) as the adjective's adverb
    next to a word of the noun's stem (see the module docstring)."""
    words = [m.group().lower() for m in _WORD.finditer(en_text)]
    for form in en_forms:
        parts = form.lower().split()
        if len(parts) != 2 or not all(p.isalpha() for p in parts):
            continue
        adverbs, root = _adverbs(parts[0]), stem(parts[1])
        for k, w in enumerate(words):
            if w not in adverbs:
                continue
            beside = words[k + 1:k + 2] + words[max(k - 1, 0):k]
            if any(one_begins_other(stem(b), root, ROOT_MIN) for b in beside):
                return True
    return False
