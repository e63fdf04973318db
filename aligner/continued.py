"""English continued across a sentence break: an English sentence left alone right before a bead whose English opens
by referring back to it, where the bead's Chinese opens with no such reference.

A long Chinese sentence is often written as two English sentences, the second opening with a pronoun for what the
first said (近年来，研究者开始将计算模型应用于……，深入挖掘……心理机制 = "In recent years, computational modeling has
been increasingly applied to … . It enables researchers to explore the psychological mechanisms …"). When the lexicon
glosses too few of the first sentence's words (计算模型 "computational modeling" is no CC-CEDICT entry), neither the
bead's similarity (`refine.join_nulls`) nor the clause evidence (`clauses.join_clauses`) joins it, and it is reported
as English with no Chinese. The English itself says it belongs there: a sentence whose subject is "it", "this" or
"these" cannot begin a translation of a Chinese sentence that names its own subject, so the English of that Chinese
sentence starts in the sentence before. Such a lone sentence joins the bead after it when

- the bead's first English sentence opens (after an adverbial of up to three words and a comma: "Over time, this
  prevents …") with a pronoun subject that refers back (`subject_refers_back`), not a dummy subject ("It is essential
  to …", "It should be noted that …") nor the text's own study ("This study …", which renders 本研究);
- the bead's first Chinese sentence opens with no reference back of its own (这, 该, 此, 其, 它, 本, 上述, …:
  `_ZH_BACK`), which the English pronoun would render;
- the joined bead keeps at most `max_side` sentences a side and English not far too long for its Chinese
  (`too_long`).

Also joined: a lone English sentence announcing a list ("…, two key issues should be considered.") before a bead
whose English opens the list ("First, …") and whose Chinese does not (`announces_list`).

Independent of the lexicon: the evidence is the English's own syntax. An English sentence with no Chinese before a
sentence that opens with a pronoun remains when that sentence's Chinese opens with a reference too.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zhen_qa.aligner.refine import PathBead

_OPENER = r"(?:[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2}\s*[,，]\s*)?"
"""An adverbial before the subject: up to three words and a comma ("Over time,", "In addition,")."""
_DUMMY = (r"(?:is|was|has\s+been|had\s+been|remains|seems|seemed|appears|appeared|should|must|can|could|may|might"
          r"|would|will|becomes|became)\b")
"""What follows a dummy "it" (extraposition: "It is essential to …", "It should be noted that …")."""
_OWN_WORK = r"(?:study|studies|paper|article|review|work|research|thesis|report|survey|experiment|trial)\b"
"""The text's own work: "This study …" renders 本研究, it refers to no sentence before."""
_EN_BACK = re.compile(
    rf"\s*{_OPENER}(?:it\s+(?!{_DUMMY})[a-z]|(?:this|these|such)\s+(?!{_OWN_WORK})[a-z]|they\s+[a-z])",
    re.IGNORECASE)
"""An English sentence whose subject refers back to the sentence before (see the module docstring)."""
_ZH_BACK = re.compile(r"\s*(?:[^，,。；;]{0,12}[，,]\s*)?"
                      r"(?:这|该|此|其|它|本|上述|以上|前者|后者|同时|此外|另外|而且|并且)")
"""A Chinese sentence that opens (maybe after an adverbial and a comma) by referring to what came before or adding
to it: the English pronoun then renders that."""


def subject_refers_back(english: str) -> bool:
    """Whether an English sentence's subject is a pronoun for what the sentence before said (`_EN_BACK`).

    Not `checks.term_rendered.refers_back`, which asks whether a pronoun may stand for one concept the bead before
    named (as the subject, or as the object ending the sentence), to excuse one term-missing finding. This one asks
    whether the whole sentence continues the one before, to move a sentence between beads: only the subject counts,
    any "it is/can/should …" is a dummy (`_DUMMY`), and a demonstrative with a noun counts ("These theoretical
    perspectives …"), where term_rendered's wants a modal after a bare demonstrative. Tuned on different data;
    merging them would move beads and findings alike, so they stay two tests with two names."""
    return bool(_EN_BACK.match(english))


def join_continued(path: list[PathBead], zh: Sequence[str], en: Sequence[str], max_side: int, *,
                   too_long: Callable[[PathBead], bool] | None = None) -> list[PathBead]:
    """The path with each English sentence alone (0-1 bead) joined to the bead right after it whose English opens by
    referring back and whose Chinese does not (see the module docstring)."""
    out = list(path)
    k = 0
    while k + 1 < len(out):
        x, y = out[k], out[k + 1]
        k += 1
        if x[0] != x[2] or x[1] == x[3] or y[0] == y[2] or y[1] == y[3]:
            continue
        joined = (y[0], x[1], y[2], y[3])
        if joined[3] - joined[1] > max_side or (too_long is not None and too_long(joined)):
            continue
        if (subject_refers_back(en[y[1]]) and not _ZH_BACK.match(zh[y[0]])) \
                or (announces_list(en[x[1]], en[y[1]]) and not _ZH_FIRST.match(zh[y[0]])):
            out[k - 1:k + 1] = [joined]
    return out


_EN_ANNOUNCES = re.compile(
    r"(?:\b(?:two|three|four|five|six|several|a\s+few|some)\s+(?:[a-z-]+\s+){0,2}(?:issues|points|aspects|factors|"
    r"steps|ways|questions|reasons|measures|things|areas|parts|types|kinds|problems|strategies|suggestions|"
    r"recommendations|principles|stages|phases|elements|components|methods|approaches|lessons|tasks|goals|"
    r"challenges|directions|features|conditions|requirements)\b.*"
    r"|\b(?:the\s+following|as\s+follows)\b.*|:)\s*$", re.IGNORECASE)
"""A sentence announcing the items that follow: a count of things one lists ("two key issues should be considered.",
"three main steps are needed.") or "the following" / "as follows", or ending with a colon. A count of anything else
("Two patients died.") announces no list: such a sentence before a "First, …" stays a sentence of its own."""
_EN_FIRST = re.compile(r"\s*(?:first(?:ly)?|first\s+of\s+all|to\s+begin\s+with)\s*[,，]", re.IGNORECASE)
"""An English sentence opening the first item of a list ("First, …")."""
_ZH_FIRST = re.compile(r"\s*(?:首先|第一|其一|一是|一方面|[(（]?[1一][)）.、．])")
"""A Chinese sentence opening the first item of a list: its own 首先 is what the English "First," renders."""


def announces_list(lone: str, after: str) -> bool:
    """Whether the English sentence `lone` announces a list (`_EN_ANNOUNCES`: "To strengthen …, two key issues
    should be considered.") whose first item opens the English sentence `after` ("First, …"): the lead-in of one
    Chinese sentence that states the items itself (提升……能力应考虑以法律形式……；还应……), written as an English
    sentence of its own. Joined to the bead after it when that bead's Chinese does not open the list with its own
    首先/第一 (`_ZH_FIRST`), which would make the lead-in a sentence of the Chinese too."""
    return bool(_EN_ANNOUNCES.search(lone)) and bool(_EN_FIRST.match(after))
