"""A Chinese term's characters in another dictionary sense, the English saying that sense: 反向代理 = "reverse proxy".

A glossary lists one sense of a Chinese word (代理 = agent, 扩展 = extension, 依赖 = dependency, 跟踪 deprecated for
tracing); the Chinese also uses the word in its other senses (代理 = proxy, 扩展 = to extend, 依赖 = to depend on,
跟踪 = to track or tail), and the English then says that sense's own word. The glossary's concept is not there to be
dropped: the characters render another English word. The word is the other sense's only where
- the lexicon glosses the Chinese form with it (CC-CEDICT: 代理 "proxy", 扩展 "extend", 依赖 "depend", 跟踪 "track",
  "tail"), it is none of the concept's own English forms' words (nor begins one or is begun by one, OWN_PREFIX
  letters or more: "depend" is dependency's), no stop word, SENSE_MIN letters or more and no
  sweeping gloss (one the lexicon gives SENSE_MAX Chinese words or more: "follow", "act", "position");
- the English of the bead says it as often as the Chinese writes the term (two 代理 and one "proxy": one is dropped);
- no other Chinese word of the bead claims it (the lexicon glossing it so too): "track" beside 跟踪 and 追踪 is
  追踪's, once, and leaves 跟踪 unrendered.
The same holds for a deprecated Chinese form (`deprecated_in_other_sense`: 跟踪 deprecated for tracing, "tailing the
logs" = 跟踪日志): where the English names no form of the concept, the word is no deprecated use of it.
Nor where the file's own sense of the form is the concept's: a bead of the file pairs the form with the concept's
English (镜像 = "image" in four beads and "mirrors" in a fifth: the form is the image there, and "mirrors" is a
wrong-sense translation, reported).
A dropped term (the English says neither the concept nor the other sense, or says the other sense only where another
Chinese word claims it) stays reported.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

SENSE_MIN = 4
"""Fewest letters of a gloss stem that names another sense ("tail", "track", "proxi"; not "act", "sb")."""
SENSE_MAX = 80
"""Fewest Chinese words the lexicon gives a gloss for it to be too sweeping to name one sense ("follow", "act")."""
OWN_PREFIX = 5
"""Fewest letters of a stem that, beginning another, makes the two one word ("depend" of "dependency"; "trac" of
tracing is no part of "track")."""
_SIZES = (4, 3, 2)
_HAN_RUN = LazyPattern(r"[\u4e00-\u9fff]+")


def other_senses(form: str, concepts: Sequence[Concept], zh2en: Mapping[str, tuple[str, ...]],
                 en2zh: Mapping[str, tuple[str, ...]], stop: frozenset[str]) -> frozenset[str]:
    """The lexicon's gloss stems of the Chinese `form` that name another sense than the concepts' English forms do
    (see the module docstring)."""
    from zhen_qa.aligner.lexicon import en_stems, one_begins_other

    own = {s for c in concepts for f in (*c.accepted("en"), *c.en_deprecated) for s in en_stems(f)}
    return frozenset(g for g in zh2en.get(form, ()) if len(g) >= SENSE_MIN and g not in own and g not in stop
                     and not any(one_begins_other(g, o, OWN_PREFIX) for o in own)
                     and len(en2zh.get(g, ())) < SENSE_MAX)


def claimed(stem: str, zh_masked: str, zh2en: Mapping[str, tuple[str, ...]]) -> int:
    """How many words of the Chinese text (its term matches blanked) the lexicon glosses with `stem`: Han
    substrings of 2-4 characters, each place counted once (the longest word there)."""
    n = 0
    for run in _HAN_RUN.finditer(zh_masked):
        text = run.group()
        i = 0
        while i < len(text) - 1:
            for size in _SIZES:
                if i + size <= len(text) and stem in zh2en.get(text[i:i + size], ()):
                    n += 1
                    i += size
                    break
            else:
                i += 1
    return n


def other_sense_said(h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], zh_masked: str, en_text: str,
                     zh2en: Mapping[str, tuple[str, ...]], en2zh: Mapping[str, tuple[str, ...]],
                     stop: frozenset[str]) -> bool:
    """Whether the Chinese term `h` is said in another sense (see the module docstring): the English `en_text` has
    the form's other-sense words, unclaimed by the other words of the bead's Chinese `zh_masked` (term matches
    blanked), at least as often as the bead's Chinese (`src_hits`) writes the form."""
    from zhen_qa.aligner.lexicon import en_stems

    if h.lang != "zh":
        return False
    senses = other_senses(h.match.form, concepts, zh2en, en2zh, stop)
    if not senses:
        return False
    said = Counter(s for s in en_stems(en_text) if s in senses)
    if not said:
        return False
    free = sum(max(0, n - claimed(s, zh_masked, zh2en)) for s, n in said.items())
    times = sum(1 for o in src_hits if o.lang == "zh" and o.match.form == h.match.form)
    return free >= times


def deprecated_in_other_sense(beads: Iterable[tuple[list[Hit], list[Hit], list[Sentence], list[Sentence]]],
                              glossary: Glossary) -> Iterator[Hit]:
    """The deprecated Chinese matches of aligned beads (`term_hits.bead_sides`) used in another sense: 跟踪, listed
    as a deprecated form of tracing, where the English says "tailing the logs" or "tracks the time" and no form of
    tracing (`other_sense_said`). Where the English says the concept the deprecated word is its use, reported; so is
    every use of a form some bead of the file pairs with the concept's English (the file's own sense of it)."""
    from zhen_qa.aligner.lexicon import STOP_EN
    from zhen_qa.checks.term_context import masked_text
    from zhen_qa.checks.term_rendered import en2zh, zh2en

    sides = [(zh_hits, en_hits, zh, en, {c for o in en_hits for c in o.match.concepts})
             for zh_hits, en_hits, zh, en in beads]
    own = {(c, h.match.form) for zh_hits, _e, _z, _n, named in sides for h in zh_hits for c in h.match.concepts
           if c in named}
    for zh_hits, en_hits, zh, en, named in sides:
        deprecated = [h for h in zh_hits if h.match.status is TermStatus.DEPRECATED
                      and not named.intersection(h.match.concepts)
                      and not any((c, h.match.form) in own for c in h.match.concepts)]
        if not deprecated:
            continue
        zh_masked = masked_text(zh, zh_hits)
        en_masked = masked_text(en, en_hits)
        for h in deprecated:
            concepts = [glossary.concept(c) for c in h.match.concepts]
            if other_sense_said(h, concepts, zh_hits, zh_masked, en_masked, zh2en(), en2zh(), STOP_EN):
                yield h
