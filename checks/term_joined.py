"""Evidence that a Chinese term joined into a longer word is rendered by the English word for the whole, though that
word is another concept's match (the question term-missing asks of a candidate finding the other checks leave).

term-missing blanks every English match out before it looks for a concept's rendering: a match is evidence of its
own concept, not of a form inside it ("secretomics" does not render 分泌组). That holds while the Chinese term is a
word of its own. When it is part of a longer Chinese word, the English word for the whole is its counterpart:
- a longer Han word the glossary does not list (氯喹 in 羟基氯喹, 辅助化疗 in 新辅助化疗, 肺炎 in 肺炎球菌病), said
  by an English word that holds the rendering inside it ("hydroxychloroquine", "neoadjuvant chemotherapy", "pneumococcal
  disease") and is the match of a concept the Chinese does not name; the English adds to the rendering on the side
  the Chinese adds to the term: a prefix where characters come before the term (`presence_words.en_compound`), a
  compound on the term's combining form where they come after (`presence_words.en_combining`);
- a term joined to the neighbouring term (接种疫苗, 接种疫苗者 "get vaccinated", "the vaccinated person"), said by
  one English word built on this term's rendering (vaccin-e, vaccin-ated), the neighbouring concept's match.
A term that is a word of its own anywhere in the bead gets neither: 氯喹 for "hydroxychloroquine" is another drug.
"""
from __future__ import annotations

from collections.abc import Callable

from zhen_qa.checks.presence import Evidence, masked
from zhen_qa.checks.presence_words import compound_prefixes, en_combining
from zhen_qa.checks.presence_zh import han_word
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.document import Sentence

NOT_A_COMPOUND = frozenset("的地得和与及或后前中时是在为也都而并但以对于了过着等组")
"""Characters after a Chinese term that start another word, not a compound with it: a particle, conjunction or
localiser (化疗后, 化疗和), 组 of a study arm."""

_NOT_A_PREFIX = frozenset("的地得之和与及或、是在为也都而并但以对于了过着用将把被从给向由使受予行及")
"""Characters before a Chinese term that end another word, not a part of a compound with it: a particle,
conjunction, preposition or verb of handling (使用氯喹, 以化疗, 给予化疗)."""


def starts_a_compound(h: Hit) -> bool:
    """Whether the Chinese match is the first part of a longer word: a Han character follows that is not a
    particle, conjunction or localiser (化疗栓塞术, not 化疗后 or 化疗和)."""
    text = h.sentence.text.text
    return han_word().match(text, h.match.end) is not None and text[h.match.end] not in NOT_A_COMPOUND


def ends_a_compound(h: Hit) -> bool:
    """Whether the Chinese match is the last part of a longer word: a Han character comes before that does not end
    another word (`_NOT_A_PREFIX`: 羟基氯喹, 新辅助化疗, not 使用氯喹)."""
    text, start = h.sentence.text.text, h.match.start
    return start > 0 and han_word().match(text, start - 1) is not None and text[start - 1] not in _NOT_A_PREFIX


def _adjoining(h: Hit, hits: list[Hit]) -> set[str]:
    """The concepts of the other matches of the sentence right before or after the match (接种 of 接种疫苗)."""
    own = set(h.match.concepts)
    return {c for o in hits if o.sentence is h.sentence
            and (o.match.end == h.match.start or o.match.start == h.match.end) for c in o.match.concepts} - own


def joined_rendered(h: Hit, concepts: list[Concept], src_hits: list[Hit], tgt_hits: list[Hit],
                    tgt_sentences: list[Sentence]) -> bool:
    """Whether the English word for a longer Chinese word holding a term renders it (see the module docstring).

    `h` is the concept's first Chinese match in the bead, `src_hits` all the bead's Chinese matches, `tgt_hits` and
    `tgt_sentences` its English. Every Chinese use of the concept in the bead must be joined so: 口服泼尼松龙 beside
    甲基泼尼松龙 is prednisolone on its own, which "methylprednisolone" does not render."""
    forms = [f for c in concepts for f in c.accepted("en")]
    uses = [o for o in src_hits if set(h.match.concepts).intersection(o.match.concepts)]
    beside = [_adjoining(o, src_hits) for o in uses]
    if all(beside):
        neighbours = set().union(*beside)
        shown = _shown(tgt_sentences, tgt_hits, lambda t: bool(neighbours.intersection(t.match.concepts)))
        if Evidence(shown).has_en(forms):
            return True  # 接种疫苗 "vaccinated": the neighbouring term's match built on this rendering
    named = {c for o in src_hits for c in o.match.concepts}
    unnamed = {c for t in tgt_hits for c in t.match.concepts} - named
    text = _shown(tgt_sentences, tgt_hits, lambda t: bool(unnamed.intersection(t.match.concepts)))
    prefixes: list[str] | None = None
    combining: bool | None = None
    for o in uses:  # each use inside a longer word the English says so
        if ends_a_compound(o):
            prefixes = compound_prefixes(text, forms, joined=True) if prefixes is None else prefixes
            if _prefix_rendered(o, prefixes):
                continue
        if starts_a_compound(o):
            combining = en_combining(text, forms) if combining is None else combining
            if combining:
                continue
        return False  # a word of its own
    return True


PREFIX_WORD_MAX = 4
"""Most characters of a Chinese word before a term (`_prefix_rendered`)."""


def _prefix_rendered(h: Hit, prefixes: list[str]) -> bool:
    """Whether an English prefix (`prefixes`, found before the rendering) may say what the Chinese adds before the
    term: a single character joined to it (新 neo-, 非 non-, 亚 sub-), or a word the lexicon glosses as the prefix
    begins (羟基 "hydroxyl": hydroxy-; 甲基 "methyl"). A word of two characters or more that the lexicon glosses
    otherwise is one of its own (比较泼尼松龙 "compare prednisolone", not methylprednisolone)."""
    if not prefixes:
        return False
    from zhen_qa.aligner.lexicon import load_lexicon  # loaded already where the document was aligned

    zh2en = load_lexicon().zh2en
    text, start = h.sentence.text.text, h.match.start
    for k in range(max(0, start - PREFIX_WORD_MAX), start - 1):
        glosses = zh2en.get(text[k:start])
        if glosses and han_word().fullmatch(text, k, start):
            return any(len(g) >= 4 and len(p) >= 4 and g[:4] == p[:4] for g in glosses for p in prefixes)
    return True


def joined_in_chinese(glossary: Glossary, concepts: list[Concept], src_hits: list[Hit], tgt_hits: list[Hit],
                      tgt_sentences: list[Sentence]) -> bool:
    """Whether an English term is rendered by a longer Chinese word that holds another concept's match the English
    renders with this term (`joined_rendered` the other way): "pneumococcal disease" by 肺炎球菌病 (肺炎球菌疾病
    shortened), which holds 肺炎 rendered by "pneumococcal"; "chemotherapy" by 新辅助化疗, whose 辅助化疗 "neoadjuvant
    chemotherapy" renders. Those Chinese matches are evidence like unmatched text; `src_hits` are the bead's English
    matches, `tgt_hits` and `tgt_sentences` its Chinese. A Chinese match the English does not render so stays
    masked: 分泌组学 holds 分泌组 but is no rendering of "secretome"."""
    named = {c for o in src_hits for c in o.match.concepts}
    en_sentences = list({id(o.sentence): o.sentence for o in src_hits}.values())
    parts = [t for t in tgt_hits if not named.intersection(t.match.concepts)
             and joined_rendered(t, [glossary.concept(c) for c in t.match.concepts], tgt_hits, src_hits, en_sentences)]
    if not parts:
        return False
    evidence = Evidence(_shown(tgt_sentences, tgt_hits, lambda t: t in parts))
    zh = [f for c in concepts for f in c.accepted("zh")]
    return evidence.has_zh(zh) or evidence.has_zh_shortened(zh)


def _shown(sentences: list[Sentence], hits: list[Hit], shown: Callable[[Hit], bool]) -> str:
    """The sentences' text joined by spaces, with the matches blanked out (`presence.masked`) but the `shown` ones."""
    return " ".join(masked(s.text.text, [t.match for t in hits if t.sentence is s and not shown(t)])
                    for s in sentences)
