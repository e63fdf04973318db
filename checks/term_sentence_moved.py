"""A term whose sentence is translated in a neighbouring bead, not its own (term-missing, both directions).

An author's own English abstract is often a free rewrite of the Chinese: background or quotations added before the
aim, the results left out, sentences in another order. The alignment pairs sentences in order, so the Chinese aim
(提出…自我控制…心理健康…的假设) is paired with an added quotation it does not translate, while its translation
("this paper proposes the hypothesis that Junzi personality has a positive effect on mental health, in which
self-control ... play a serial mediating role") sits in the next bead. A term of that sentence is rendered, where the
alignment does not look; what the text lacks (the added quotation, the dropped results) is reported by untranslated,
extra-target and number-mismatch. The term is taken as rendered when

- its bead reads as no translation: its score is below WEAK_SCORE;
- a sentence of the other language in a bead up to RADIUS beads away (same section pair) names the concept (`names`),
- and the term's sentence reads as that sentence's translation more than as its own partner's: through the
  lexicon, the Chinese of the pair glosses into MIN_MORE or more stems (Latin tokens, numbers) of the English more
  than the bead's own pair does (`term_clause_moved.said_by`), the term taken out of its sentence (a neighbour
  that only names the term does not translate the sentence).

A sentence its own partner translates, or one that shares with the neighbour no more than with its partner, keeps
its finding: the term is missing where it is translated.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_clause_moved import said_by
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Sentence

WEAK_SCORE = 0.3
"""Highest bead score (the aligner's, 0..1) of a bead that reads as no translation. In ChinaXiv's free-rewrite
abstracts the beads pairing a Chinese sentence with English it does not translate score 0.10-0.25; a sentence and its
translation score 0.3-0.8 (`unrelated.MAX_BEAD_SCORE`: the best bead of a translated abstract scores 0.447 or more)."""
RADIUS = 2
"""Beads either side of the term's bead where its translation may be (an aim after two added background sentences)."""
MIN_MORE = 2
"""Fewest stems the term's sentence shares with the neighbouring sentence beyond those it shares with its own
partner."""


@dataclass(frozen=True)
class Near:
    """One sentence's bead seen from its side: the bead's `score`, the other language's sentences of the bead
    (`partner`) and those of the beads up to RADIUS away in the same section pair (`around`, in file order)."""

    score: float
    partner: list[Sentence]
    around: list[Sentence]


def nearby(manuscript: Manuscript, radius: int = RADIUS) -> dict[int, Near]:
    """id of each sentence of a bead with both sides -> its `Near`."""
    out: dict[int, Near] = {}
    for pair in manuscript.pairs:
        beads = pair.beads
        for k, bead in enumerate(beads):
            if not (bead.zh and bead.en):
                continue
            near = beads[max(0, k - radius):k] + beads[k + 1:k + radius + 1]
            zh, en = [pair.zh[i] for i in bead.zh], [pair.en[i] for i in bead.en]
            en_near = Near(bead.score, en, [pair.en[i] for b in near for i in b.en])
            zh_near = Near(bead.score, zh, [pair.zh[i] for b in near for i in b.zh])
            for s in zh:
                out[id(s)] = en_near
            for s in en:
                out[id(s)] = zh_near
    return out


def _shared(zh: str, en: str) -> int:
    """Stems (Latin tokens, numbers) of English `en` that Chinese `zh` glosses into or shares."""
    return len(said_by(zh, en))


def moved_sentence_said(h: Hit, near: Near | None, names: Callable[[Sentence], bool]) -> bool:
    """Whether the term `h` is rendered in a neighbouring bead that translates its sentence (see the module
    docstring). `near` is the hit's bead seen from its side (None: the sentence is in no bead with both sides),
    `names` says whether a sentence of the other language names the term's concept."""
    if near is None or near.score >= WEAK_SCORE or not near.partner:
        return False
    own_text = h.sentence.text.text.replace(h.surface, " ")  # the term itself is no evidence of translation
    joiner = " " if h.lang == "zh" else ""
    partner = joiner.join(s.text.text for s in near.partner)
    own = _pair_shared(h.lang, own_text, partner)
    return any(_pair_shared(h.lang, own_text, s.text.text) >= own + MIN_MORE
               for s in near.around if names(s))


def _pair_shared(lang: str, text: str, other: str) -> int:
    """What a term's sentence `text` (in `lang`) and a text of the other language share (`_shared`)."""
    return _shared(text, other) if lang == "zh" else _shared(other, text)


def names_concept(concepts: Sequence[str], hits: Callable[[Sentence], Sequence[Hit]], forms: Iterable[str],
                  lang: str) -> Callable[[Sentence], bool]:
    """Whether a sentence names one of `concepts`: by a term match of the sentence (`hits`), or by one of the
    concepts' `lang` forms found leniently in its text (`Evidence.has_en` / `has_zh`)."""
    wanted = set(concepts)

    def lenient(text: str) -> bool:
        found = Evidence(text)
        return found.has_en(forms) if lang == "en" else found.has_zh(forms)

    return lambda s: any(not wanted.isdisjoint(o.match.concepts) for o in hits(s)) or lenient(s.text.text)
