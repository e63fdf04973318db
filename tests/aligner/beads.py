"""Reading a built manuscript's beads in tests (shared by the aligner test modules)."""
from __future__ import annotations

from zhen_qa.manuscript.document import Manuscript, Sentence


def unpaired(m: Manuscript, lang: str) -> list[Sentence]:
    """The sentences of side `lang` ("zh" or "en") in beads with nothing on the other side, in bead order."""
    out: list[Sentence] = []
    for p in m.pairs:
        sents = p.zh if lang == "zh" else p.en
        for b in p.beads:
            side, other = (b.zh, b.en) if lang == "zh" else (b.en, b.zh)
            if side and not other:
                out += [sents[i] for i in side]
    return out
