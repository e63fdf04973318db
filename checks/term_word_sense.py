"""An admitted English word in its own sense, the Chinese rendering the word: "radiation exposure" = 射线暴露.

A glossary admits a general English word for a concept ("radiation" for 放疗, radiotherapy); the English also uses the
word in its own sense ("radiation exposure", "ionizing radiation", "higher doses of radiation"), and the Chinese
then renders the word, not the concept: 射线暴露, 粒子射线, 射线剂量. Nothing is missing. It is a rendering only where
- the English term is an admitted form of one word (not the concept's preferred term);
- the Chinese bead, listed terms blanked out, has the word's core rendering: a Chinese word the lexicon knows that
  ends SHARED_MIN or more of the lexicon's renderings of the English word (辐射 ends 核辐射, 电离辐射, 辐射; 射线
  ends 放射线, 爱克斯射线), and is no part of a Chinese form of the concept (治疗 of 放射治疗 is the concept's);
  a head one rendering alone ends (剂量 of 辐射剂量) is that compound's, not the word's;
- the English marks the word's own sense where it stands: what it measures or where it comes from (radiation
  exposure, doses of radiation, ionizing radiation, exposure to radiation: `_OWN_SENSE`). "Skin changes from
  radiation" after treatment is the therapy, and 辐射 for it is the mistranslation a reviewer wants reported (acs's
  patient guides: 皮肤因辐射而出现变化);
- the Chinese has the core rendering as often as the bead's English says the word (射线 or 辐射 ending at as many
  places): "received radiation, and the radiation dose" with 化疗 … 辐射剂量 renders the dose's radiation only, the
  therapy's (化疗, chemotherapy) is mistranslated.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept, TermStatus

SHARED_MIN = 2
"""Fewest lexicon renderings of the English word a Chinese head must end for it to be the word's core rendering."""
_ONE_WORD = re.compile(r"[A-Za-z]+")
_OWN_SENSE_BEFORE = re.compile(r"(?:\b(?:ionizing|ionising|ultraviolet|uv|solar|background|cosmic|nuclear|"
                               r"electromagnetic|environmental|occupational)|\b(?:doses?|levels?|exposure|sources?) of|"
                               r"\bexposed to|\bexposure to)\s+$", re.IGNORECASE)
_OWN_SENSE_AFTER = re.compile(r"^\s+(?:exposures?|doses?|levels?|emitted|from (?:the )?(?:sun|sources?|radon|"
                              r"scans?|x-rays?|ct)\b)", re.IGNORECASE)
"""What marks a general word in its own sense where it stands: a measure of it or where it comes from."""


def word_sense_rendered(h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], zh_text: str,
                        en2zh: Mapping[str, tuple[str, ...]], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an admitted one-word English term ("radiation") is rendered in the Chinese `zh_text` by the word's
    core rendering (射线, 辐射), once for each time the bead's English (`src_hits`) says the word (see the module
    docstring)."""
    from zhen_qa.aligner.lexicon import stem

    if h.lang != "en" or h.match.status is not TermStatus.ADMITTED or not _ONE_WORD.fullmatch(h.surface):
        return False
    text = h.sentence.text.text
    if not (_OWN_SENSE_BEFORE.search(text[max(0, h.match.start - 40):h.match.start])
            or _OWN_SENSE_AFTER.match(text[h.match.end:h.match.end + 40])):
        return False
    own = [f for c in concepts for f in (*c.accepted("zh"), *c.zh_deprecated)]
    heads: Counter[str] = Counter()
    for r in en2zh.get(stem(h.surface.lower()), ()):
        heads.update({r[k:] for k in range(len(r) - 1) if r[k:] in zh2en})
    ends = {m.end() for head, n in heads.items() if n >= SHARED_MIN and not any(head in f for f in own)
            for m in re.finditer(re.escape(head), zh_text)}
    said = sum(1 for o in src_hits if o.surface.lower() == h.surface.lower())
    return bool(ends) and said <= len(ends)
