"""A gene alteration said in Chinese by the gene's name: "RET gene mutation" = RET基因, "driver mutations" = 驱动基因.

Chinese clinical writing names a gene for its alteration where English names the alteration: RET基因筛查 is
"screening of RET gene mutation", NSCLC驱动基因 "the driver mutations of NSCLC" (驱动基因 "driver gene" is the usual
Chinese for a driver mutation). An English alteration term (`ALTERATIONS`: mutation, mutant, variant, ...) is then
rendered where its modifier, the word before it (before "gene" where the English says "RET gene mutation"), is in
the Chinese right before 基因 "gene": the same gene symbol (EGFR基因 for "EGFR mutations") or a Chinese word the
lexicon glosses by that modifier (驱动 "driver"). The gene must be the alteration's own: another word before 基因
(KRAS基因 for "EGFR mutations") or 基因 alone says another gene, and the alteration is still missing.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from zhen_qa.aligner.lexicon import one_begins_other
from zhen_qa.checks.term_hits import Hit

ALTERATIONS = frozenset({"mutation", "mutations", "mutant", "mutants", "variant", "variants", "alteration",
                         "alterations", "rearrangement", "rearrangements", "fusion", "fusions"})
"""English words that name an alteration of a gene, which Chinese may say by the gene's name alone."""

_GENE_ZH = "基因"
_GENE_EN = frozenset({"gene", "genes"})
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9-]*)\s*$")
GLOSS_MIN = 4
"""Fewest letters of a lexicon gloss stem that names the English modifier (driv of driver)."""


def gene_named(h: Hit, zh_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an English alteration term (`h`) is said in the Chinese by its gene (see the module docstring)."""
    from zhen_qa.aligner.lexicon import stem

    if h.lang != "en" or h.surface.lower() not in ALTERATIONS:
        return False
    before = h.sentence.text.text[:h.match.start]
    m = _WORD_BEFORE.search(before)
    if m and m.group(1).lower() in _GENE_EN:
        m = _WORD_BEFORE.search(before[:m.start()])
    if m is None:
        return False
    modifier = m.group(1)
    for found in re.finditer(r"([A-Za-z0-9-]+|[\u4e00-\u9fff]{1,4})\s*" + _GENE_ZH, zh_text):
        said = found.group(1)
        if said.isascii():
            if said.lower() == modifier.lower():
                return True
            continue
        word = stem(modifier.lower())
        for k in range(len(said)):  # the lexicon word ending right before 基因 (NSCLC驱动基因: 驱动)
            if any(_names(g, word) for g in zh2en.get(said[k:], ())):
                return True
    return False


def _names(gloss: str, word: str) -> bool:
    """A lexicon gloss stem names an English word's stem: one begins the other, GLOSS_MIN letters or more."""
    return one_begins_other(gloss, word, GLOSS_MIN)
