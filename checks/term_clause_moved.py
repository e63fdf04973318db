"""A Chinese term in a clause the English moved into the neighbouring sentence (term-missing, Chinese to English).

A translator may end one English sentence early and open the next with the last clause of the Chinese sentence
(…进行回顾性分析，分析DLBCL患者应用利妥昔单抗联合CHOP/EPOCH方案化疗的缓解率。 = "... were retrospectively analyzed."
+ "The remission rate of DLBCL patients treated by rituximab combined with CHOP/EPOCH was analyzed, and ..."), or
close the previous one with the first clause. The aligner pairs whole sentences, so the term's clause is checked
against English that never renders it. The term is rendered when

- its clause is the last (or the first) of two or more clauses of its Chinese sentence (cut after ；，：);
- the English of the next (or the previous) bead renders that clause: the clause, the term taken out, glosses
  through the lexicon (or shares Latin tokens and numbers of two characters or more) into MIN_MOVED or more stems
  of that English which its own bead's English lacks, and into more of them than into its own bead's English;
- that English says the term (`said`: a listed form, or the treatment named by its regimen).

A clause its own English renders, or one whose content the neighbour shares only by the document's recurring
words, is not moved: the term is still missing there.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.clauses import zh_clauses
from zhen_qa.aligner.lexicon import en_stems, load_lexicon, zh_tokens
from zhen_qa.aligner.scorers.anchors import latin_tokens
from zhen_qa.aligner.scorers.lexical import glossed_stems
from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_rendered import regimen_named
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.lazy_re import LazyPattern

MIN_MOVED = 3
"""Stems (Latin tokens, numbers) of the neighbour's English, not in the bead's own, a moved clause must gloss into."""

_NUMBER = LazyPattern(r"\d+(?:\.\d+)?")


def _marks(text: str) -> set[str]:
    """Latin tokens and numbers of two characters or more (DLBCL, CHOP, 72), lower-cased as stems are."""
    tokens = {t.lower() for t in latin_tokens(text) if len(t) > 1}
    return tokens | {n for n in _NUMBER.findall(text) if len(n) > 1}


def said_by(clause: str, text: str) -> set[str]:
    """What `clause` says that English `text` says too: the text's stems the clause glosses into, and the marks
    they share."""
    lexicon = load_lexicon()
    stems = set(en_stems(text))
    glossed = glossed_stems(zh_tokens(clause, lexicon), lexicon.zh2en, dict.fromkeys(stems, 1))
    return glossed | (_marks(clause) & _marks(text))


def moved_clause_said(h: Hit, zh_beads: Sequence[tuple[str, str]], renderings: Sequence[str],
                      concepts: list[Concept], zh_hits: list[Hit]) -> bool:
    """Whether the Chinese term `h` is in an edge clause of its sentence that the neighbouring bead's English
    renders and says the term in (see the module docstring). `zh_beads`: each Chinese sentence of the file, in
    order, with the English of its bead; `renderings` the term's English forms, `concepts` its concepts, `zh_hits`
    the Chinese matches of its bead."""
    if h.lang != "zh":
        return False
    text = h.sentence.text.text
    at = [k for k, (zh, _en) in enumerate(zh_beads) if zh == text]
    if len(at) != 1:
        return False  # the sentence not found, or written twice: which bead is its own is not known
    k = at[0]
    own = zh_beads[k][1]
    clauses = zh_clauses(text)
    if len(clauses) < 2 or not own:
        return False
    ends = [sum(map(len, clauses[:i + 1])) for i in range(len(clauses))]
    index = next(i for i, end in enumerate(ends) if h.match.start < end or i == len(clauses) - 1)
    if index == len(clauses) - 1 and k + 1 < len(zh_beads):
        other = zh_beads[k + 1][1]
    elif index == 0 and k > 0:
        other = zh_beads[k - 1][1]
    else:
        return False
    if not other or other == own:
        return False  # no English beside it, or the same bead
    clause = clauses[index].replace(h.surface, "")
    kept = said_by(clause, own)
    moved = said_by(clause, other) - kept
    if len(moved) < MIN_MOVED or len(moved) <= len(kept):
        return False
    return Evidence(other).has_en(renderings) or regimen_named(h, concepts, zh_hits, [], other)
