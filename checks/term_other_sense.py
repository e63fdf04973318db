"""A deprecated Chinese form in another dictionary sense, the English saying that sense: 跟踪日志 = "tailing the logs"
(跟踪 listed as a deprecated form of tracing).

A glossary deprecates a Chinese word for one concept (跟踪 for tracing, 度量 for metric); the Chinese also uses the
word in its other senses (跟踪 = to track or tail), and the English then says that sense's own word. The sentence is
not about the concept: there is no deprecated use of it, and "use 追踪" would be wrong advice. The word is the other
sense's only where
- the lexicon glosses the Chinese form with it (CC-CEDICT: 跟踪 "track", "tail"), it is none of the concept's own
  English forms' words (nor begins one or is begun by one, OWN_PREFIX letters or more: "depend" is dependency's;
  "trac" of tracing is no start of "track"), no stop word, SENSE_MIN letters or more and no sweeping gloss (one the
  lexicon gives SENSE_MAX Chinese words or more: "follow", "act");
- the English of the bead names no form of the concept and says the word as often as the Chinese writes the form;
- no other Chinese word of the bead claims it (the lexicon glossing it so too): one "track" beside 跟踪 and 径迹
  (a trajectory) is 径迹's and leaves 跟踪 in the concept's sense;
- no bead of the file pairs the form with the concept's English (the file's own sense of the form is the concept).
Not for term-missing: a listed Chinese term rendered by another gloss of the lexicon is as often the glossary's
concept said by an unlisted synonym (转换 listed as transform, "convert"; 实验 as assay, "experiment"; 合并症 as
comorbidity, "complications"), which the glossary exists to report, as a sense of its own (代理 = "proxy").
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.zh_words import longest_glossed_words
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

SENSE_MIN = 4
"""Fewest letters of a gloss stem that names another sense ("tail", "track", "proxi"; not "act", "sb")."""
SENSE_MAX = 80
"""Fewest Chinese words the lexicon gives a gloss for it to be too sweeping to name one sense ("follow", "act").
Origin (og60, stop 60, otel-g's deprecated forms): in the CC-CEDICT lexicon (31,435 English stems) the other senses
the otel pages say stay under it, 跟踪's "track" (62 Chinese words) and "tail" (26), while 跟踪's "follow" (104) and
代理's "act" (130) and "position" (80) are at or over it; 326 stems of the lexicon are glossed by 80 or more."""
OWN_PREFIX = 5
"""Fewest letters of a stem that, beginning another, makes the two one word ("depend" of "dependency"; "trac" of
tracing is no part of "track")."""
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
    substrings of 2-4 characters, each place counted once (the longest word there: `zh_words.longest_glossed_words`)."""
    return sum(1 for run in _HAN_RUN.finditer(zh_masked)
               for _ in longest_glossed_words(stem, run.group(), zh2en, shortest=2))


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
