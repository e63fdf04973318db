"""A virus said by the name of the disease it causes: "NCP virus" for 新型冠状病毒, 新型冠状病毒感染 = "NCP".

A Chinese disease name is often the virus's name with the disease after it (新型冠状病毒肺炎 "novel coronavirus
pneumonia" is 新型冠状病毒 + 肺炎), and translators name the virus by the disease, the way English writes "the
COVID-19 virus" or "HIV virus". Two concepts are tied so when a Chinese form of one (the virus, ending in 病毒
"virus") begins a Chinese form of the other (the disease): the glossary itself says which disease is the virus's.
Then
- the virus is rendered by the disease's term with "virus" (virions, viral) right after it ("NCP virus specific
  IgM" for 新型冠状病毒特异性IgM), in either direction;
- the virus followed by 感染 "infection" in the Chinese (新型冠状病毒感染, the infection as a condition) is rendered
  by the disease's term alone ("the mild manifestations of NCP", "COVID-19 Infection").
The disease's term must be matched in the other language (`tgt_hits`); the virus alone, without its disease, or
another virus's disease ("influenza virus" for 新型冠状病毒) renders nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept

VIRUS_ZH = "病毒"
INFECTION_ZH = "感染"
VIRUS_NAME_MIN = 4
"""Fewest characters of a virus's Chinese name said without its qualifier: 冠状病毒, not 病毒 alone."""
_VIRUS_AFTER = re.compile(r"[\s-]*(?:virus(?:es)?|virions?|viral)\b", re.IGNORECASE)


def causes(virus: Concept, disease: Concept) -> bool:
    """Whether the glossary names the disease after the virus: a Chinese form of the virus, ending in 病毒, begins a
    longer Chinese form of the disease (新型冠状病毒 in 新型冠状病毒肺炎)."""
    return any(v.endswith(VIRUS_ZH) and d.startswith(v) and len(d) > len(v)
               for v in virus.accepted("zh") for d in disease.accepted("zh"))


def _with_virus(h: Hit) -> bool:
    """Whether an English match has "virus" (virions, viral) right after it: "NCP virus", "COVID-19 virions"."""
    return h.lang == "en" and _VIRUS_AFTER.match(h.sentence.text.text, h.match.end) is not None


def virus_by_disease(h: Hit, concepts: list[Concept], src_hits: Iterable[Hit], tgt_hits: Iterable[Hit],
                     tgt_text: str, glossary: Sequence[Concept], concept: Callable[[str], Concept]) -> bool:
    """Whether the source term `h` and the target are the virus and its disease, said as the module docstring
    describes. From Chinese: the virus is rendered by an English "DISEASE virus", or by the disease alone where the
    Chinese says the virus's 感染. From English: the disease is rendered by the Chinese virus where the bead's
    English says "DISEASE virus" (the translator's name for the virus: "a NCP suspect case ... the NCP virus
    specific IgM") or the Chinese says the virus's 感染. `glossary` are all the concepts, `concept` looks one up by
    id, `tgt_text` is the target's text."""
    if h.lang == "zh":
        return any((_infection(h) or _with_virus(t))
                   and any(causes(v, concept(d)) for v in concepts for d in t.match.concepts) for t in tgt_hits)
    tgt_hits = list(tgt_hits)
    if any(_infection(t) and any(causes(concept(v), d) for v in t.match.concepts for d in concepts)
           for t in tgt_hits):
        return True
    if not any(_with_virus(s) for s in src_hits if set(s.match.concepts) & set(h.match.concepts)):
        return False
    viruses = [v for v in glossary if any(causes(v, d) for d in concepts)]
    named = {c for t in tgt_hits for c in t.match.concepts}
    return any(v.id in named or any(_names_virus(f, tgt_text) for f in v.accepted("zh")) for v in viruses)


def _names_virus(form: str, text: str) -> bool:
    """Whether the Chinese text names the virus of a Chinese form, whole or by its tail with a qualifier left out
    (冠状病毒颗粒 "coronavirus particles" for 新型冠状病毒): the tail has a name before 病毒, VIRUS_NAME_MIN
    characters or more in all."""
    return any(form[k:] in text for k in range(len(form) - VIRUS_NAME_MIN + 1)) if form.endswith(VIRUS_ZH) else False


def _infection(h: Hit) -> bool:
    """Whether a Chinese match has 感染 "infection" right after it: 新型冠状病毒感染."""
    return h.lang == "zh" and h.sentence.text.text.startswith(INFECTION_ZH, h.match.end)
