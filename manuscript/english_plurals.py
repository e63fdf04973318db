"""English nouns whose plural no ending makes: the one table the aligner's lexicon and the glossary's English term
matching share (man/men, child/children; the Latin -ex/-ix nouns vertex/vertices, index/indices, matrix/matrices).

A Latin -ex/-ix noun also takes the regular -es plural (indexes, matrixes), which an ending gives; only the -ices
form needs the table. The -ices form is listed per noun, not made by a rule: "suffix" has no plural "suffices" (a
verb), and "complex" no "complices".
"""
from __future__ import annotations

LATIN_PLURALS = {"vertex": "vertices", "index": "indices", "matrix": "matrices", "apex": "apices",
                 "appendix": "appendices", "cortex": "cortices", "vortex": "vortices", "helix": "helices",
                 "codex": "codices", "simplex": "simplices", "radix": "radices"}
"""Latin nouns in -ex/-ix and their -ices plural."""

IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "foot": "feet", "tooth": "teeth",
                     "mouse": "mice", "person": "people", **LATIN_PLURALS}
"""English nouns whose plural no ending makes: singular -> plural."""

SINGULARS = {plural: one for one, plural in IRREGULAR_PLURALS.items()}
"""The singular of each plural in `IRREGULAR_PLURALS`."""
