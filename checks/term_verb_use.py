"""An English noun term used as a verb, the Chinese saying the verb (term-missing, English terms): "Rstest will
output the following" = Rstest 输出如下, "treat the files as assets and output them to the dist directory" =
当做静态资源输出到产物目录.

A glossary lists a general English word for a domain concept whose Chinese the lexicon does not give for the word
("output" for 产物, the files a build writes). English also uses the word as a verb ("will output", "output them"),
and the Chinese then renders the verb with the lexicon's own word for it (输出), not the concept: nothing is missing.
It is a rendering only where
- the English term is one word, used as a verb where it stands: after a modal or the infinitive's "to"
  (`_VERB_BEFORE`: will output, to output) or before an object pronoun (`_VERB_AFTER`: output them);
- no Chinese form of the concept is the lexicon's word for it (产物 is glossed "product", not "output"): where the
  glossary's Chinese is the dictionary's (安装 "install"), another verb in its place is what the glossary is there
  to catch;
- and the Chinese bead has a word of two to four characters the lexicon glosses with the term (输出 "output"),
  no part of a Chinese form of the concept and sharing no gloss with one: 包裹 "wrap, bundle" for 打包 "wrap, pack"
  in "will bundle" is a synonym put in the glossary's verb's place (a glossary verb used as a verb is the concept
  itself), where 输出 "export, output" and 产物 "product, result" share nothing.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from zhen_qa.aligner.lexicon import stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.zh_words import glossed_words
from zhen_qa.glossary.model import Concept

_VERB_BEFORE = re.compile(r"\b(?:will|would|can|could|may|might|must|should|shall|to|not)\s+$", re.IGNORECASE)
"""A modal or the infinitive's "to" right before the word: it is a verb there."""
_VERB_AFTER = re.compile(r"^\s+(?:them|it)\b", re.IGNORECASE)
"""An object pronoun right after the word: it is a verb there."""


def used_as_verb(h: Hit, concepts: Sequence[Concept], zh_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the one-word English term `h`, used as a verb, is rendered in `zh_text` by the lexicon's word for
    the verb (see the module docstring)."""
    if h.lang != "en" or not re.fullmatch(r"[A-Za-z]+", h.surface):
        return False
    text = h.sentence.text.text
    if not (_VERB_BEFORE.search(text[max(0, h.match.start - 12):h.match.start])
            or _VERB_AFTER.match(text[h.match.end:h.match.end + 8])):
        return False
    word = stem(h.surface.lower())
    own = [f for c in concepts for f in c.accepted("zh")]
    if any(word in zh2en.get(f, ()) for f in own):
        return False
    senses = {g for f in own for g in zh2en.get(f, ())}
    return any(not any(chunk in f for f in own) and senses.isdisjoint(zh2en.get(chunk, ()))
               for chunk in glossed_words(word, zh_text, zh2en, shortest=2))



def marked_as_verb(h: Hit) -> bool:
    """Whether the English hit `h` stands as a verb where it is: after a modal, "to" or "not" (`_VERB_BEFORE`: to
    backup resources) or before an object pronoun (`_VERB_AFTER`: backup them)."""
    text = h.sentence.text.text
    return bool(_VERB_BEFORE.search(text[max(0, h.match.start - 12):h.match.start])
                or _VERB_AFTER.match(text[h.match.end:h.match.end + 8]))


def verb_of_noun(h: Hit, noun: str) -> bool:
    """Whether the one-word English hit `h` is the verb of which the concept's (preferred) English `noun` is the
    -age noun ("used to store" beside the glossary's "storage", "to use" beside "usage"), used as a verb where it
    stands: its bare form after a modal, "to" or "not" (`_VERB_BEFORE`). That is another part of speech than the
    noun's, not a second form of it (term-inconsistent). Only a use so marked: the verb of an -age noun is a noun
    too ("the data store", "backend store"), so the two forms are not one term in two parts of speech wherever
    they stand, as register and registration are (`term_forms.is_nominalisation`)."""
    word, noun = h.surface.lower(), noun.lower()
    if h.lang != "en" or not re.fullmatch(r"[a-z]+", word) or word != h.match.form.lower():
        return False
    if noun not in (word + "age", word[:-1] + "age"):
        return False
    text = h.sentence.text.text
    return bool(_VERB_BEFORE.search(text[max(0, h.match.start - 12):h.match.start]))
