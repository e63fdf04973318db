"""A concept the Chinese says word for word as another of its listed English forms (term-missing).

A glossary may list several English forms of one concept: 神经机制 is "neural mechanism" or "neural basis". A
translator who reads the concept as its other form writes that form in Chinese word for word: 神经基础 ("neural
basis") where the English says "neural mechanism". The Chinese names the glossary's concept: the modifier of a
listed Chinese form (神经) is there, followed by a word the lexicon glosses as the head of another listed English
form (基础: "basis"). `other_form_said` holds for that, and not for a Chinese head the lexicon glosses only as the
English term's own head or as anything else (神经网络 "neural network" for 神经机制 keeps the finding).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.glossary.normalize import fold_en

MODIFIER_MIN = 2
"""Fewest Han characters of the modifier kept from the listed Chinese form (神经)."""
HEAD_SIZES = (2, 3)
"""Han characters of the Chinese head word after the modifier (基础)."""


def other_form_said(zh_forms: Iterable[str], en_forms: Iterable[str], said_form: str, text: str,
                    zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese `text` has the modifier of a listed Chinese form (its first characters, MODIFIER_MIN or
    more, the form's last two left over as its head) followed by a word the lexicon glosses as the last word of a
    listed English form other than `said_form` (the one the English wrote) whose last word differs from it."""
    from zhen_qa.aligner.lexicon import stem

    said_head = stem(fold_en(said_form, lower=True).split()[-1]) if said_form.split() else ""
    heads = {stem(words[-1]) for f in en_forms
             if len(words := fold_en(f, lower=True).split()) >= 2 and stem(words[-1]) != said_head}
    if not heads:
        return False
    folded = zh_key(text)
    for form in zh_forms:
        key = zh_key(form)
        if len(key) < MODIFIER_MIN + 2:
            continue
        modifier = key[:-2]
        start = folded.find(modifier)
        while start >= 0:
            after = start + len(modifier)
            if any(heads.intersection(zh2en.get(folded[after:after + n], ())) for n in HEAD_SIZES):
                return True
            start = folded.find(modifier, start + 1)
    return False
