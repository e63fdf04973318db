"""An English term inside another concept's English name, that name said with a word varied: the Chinese names the
other concept, and the English term is no term of its own there (term-missing, an English term lacking its Chinese).

A glossary lists "acupoint sticking" for 穴位贴敷 and "auricular point sticking" for 耳穴贴压; the English writes
"auricular acupoint sticking and pressing" for 耳穴贴压 (its "point" said "acupoint"). The matcher finds "acupoint
sticking" inside it, and the Chinese, which names 耳穴贴压 and not 穴位贴敷, seems to lack it. This is Vale's "gap pad"
(a term found inside a longer term) on the English side, the longer term not written as listed. The English term is
enclosed so when

- the word right before it is the first word of a listed English form of another concept, one of two or more words;
- its own last word is that form's last word (the two name things of one kind: sticking, therapy, disorder);
- that other concept is matched in the aligned Chinese.

The English then says the other concept's name with its middle varied, the Chinese term of which is there. An English
term after a mere modifier of its own ("chronic acupoint sticking") has no such form around it and keeps the finding.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.normalize import fold_en

_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'-]*)[\s-]+$")
"""The Latin word right before a match, with the space or hyphen after it."""


def enclosed(h: Hit, tgt_hits: Sequence[Hit], en_forms: Callable[[str], Iterable[str]]) -> bool:
    """Whether the English term `h` sits inside another concept's listed English form said with its middle varied,
    that concept matched on the Chinese side of the bead (`tgt_hits`); see the module docstring. `en_forms` gives a
    concept's accepted English forms."""
    if h.lang != "en":
        return False
    text = h.sentence.text.text
    before = _WORD_BEFORE.search(text[:h.match.start])
    words = fold_en(h.surface, lower=True).split()
    if before is None or not words:
        return False
    first, last = before.group(1).lower(), words[-1]
    own = set(h.match.concepts)
    for t in tgt_hits:
        for c in t.match.concepts:
            if c in own:
                continue
            for form in en_forms(c):
                parts = fold_en(form, lower=True).split()
                if len(parts) >= 2 and parts[0] == first and _one_word(parts[-1], last):
                    return True
    return False


def _one_word(a: str, b: str) -> bool:
    """Whether two English words are one word, singular or plural (sticking, stickings; therapy, therapies)."""
    def base(w: str) -> str:
        return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w

    return base(a) == base(b)
