"""A Chinese heading left alone (1-0) before a bead whose English opens with that heading glued to its first sentence.

Hard-wrapped text (PDF leaflets) loses the line structure that tells a heading from the text after it: an English
heading right after a sentence that ends in a bracket ("…extremely fast labor!)" / "Before 37 Weeks" / "If you are
having regular contractions …") is read into the next sentence ("Before 37 Weeks If you are having …"), while the
Chinese heading stays a sentence of its own (37 孕周之前). The search pairs the Chinese sentence with the English one
and leaves the Chinese heading alone, reported as untranslated though its English is right there. The English says where
the heading ends: a run of capitalised words (`MAX_EN_WORDS` at most, no punctuation) then a capitalised word opening
the sentence and a lower-case word after it ("Before 37 Weeks | If you …"). The Chinese heading joins the bead when

- it reads as a heading (`heading_pairs.is_heading`) and the bead after it has both sides;
- the English heading so cut says something the Chinese heading says (`clauses.said_of`: a number, a Latin token or a
  glossed stem: "37");
- the joined bead keeps at most `max_side` sentences a side and to one group.

A heading whose English was deleted leaves no such run before the next sentence, and stays alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.clauses import said_of
from zhen_qa.aligner.heading_pairs import MAX_EN_WORDS, is_heading
from zhen_qa.aligner.lexicon import Lexicon
from zhen_qa.aligner.refine import Groups, PathBead, in_one_group

_WORD = re.compile(r"\S+")
_CAPITAL = re.compile(r"[A-Z0-9][A-Za-z0-9'’-]*")
"""A word of a title-case heading: capitalised, or a number (Before 37 Weeks)."""
_OPENING = re.compile(
    r"(?:If|When|Whenever|While|Before|After|As|Because|Since|Although|Though|Unless|Until|Once|During|For|In|On|At|"
    r"To|With|Without|By|From|Many|Some|Any|All|Each|Every|No|Not|Only|Also|Even|Often|Sometimes|Usually|"
    r"You|Your|We|Our|They|Their|It|Its|He|His|She|Her|This|That|These|Those|There|Here|The|A|An|Do|Does|Don['’]t|Is|"
    r"Are|Can|Could|Should|Will|Would|May|Might|Call|Ask|Tell|Talk|Take|Make|Keep|Try|Be|Have|Let|Please|What|"
    r"How|Why|Where|Who|Which)")
"""The word that opens the sentence after the heading (If, When, Your): a closed class of sentence openers
(subordinators, prepositions, pronouns, determiners, auxiliaries, the leaflets' usual imperatives). A capitalised
noun of a subject ("HIV Testing Centers offer …") is no opener: that sentence starts with its own title-case name,
not with a heading glued to it."""
_LOWER = re.compile(r"[a-z]")


def glued_heading(sentence: str) -> str | None:
    """The title-case heading a sentence opens with, glued to the sentence after it ("Before 37 Weeks If you are
    having …" -> "Before 37 Weeks"), or None: a run of capitalised words or numbers, at most MAX_EN_WORDS, then a
    capitalised word and a lower-case one."""
    words = _WORD.findall(sentence)
    k = 0
    while k < len(words) and _CAPITAL.fullmatch(words[k]):
        k += 1
    # words[:k] are capitalised; words[k - 1] opens the sentence when words[k] is lower-case
    if k < 2 or k - 1 > MAX_EN_WORDS or k >= len(words) or not _LOWER.match(words[k]) \
            or not _OPENING.fullmatch(words[k - 1]):
        return None
    return " ".join(words[:k - 1])


def join_glued_headings(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon,
                        max_side: int, groups: Groups | None = None) -> list[PathBead]:
    """The path with each Chinese heading alone (1-0) joined to the bead after it whose first English sentence opens
    with that heading glued to it (see the module docstring)."""
    out = list(path)
    k = 0
    while k + 1 < len(out):
        x, y = out[k], out[k + 1]
        k += 1
        if (x[2] - x[0], x[3] - x[1]) != (1, 0) or y[2] == y[0] or y[3] == y[1] or y[2] - x[0] > max_side:
            continue
        heading = glued_heading(en[y[1]])
        if heading is None or not is_heading(zh[x[0]], "zh") or not said_of(zh[x[0]], heading, lexicon):
            continue
        joined = (x[0], y[1], y[2], y[3])
        if in_one_group(joined, groups):
            out[k - 1:k + 1] = [joined]
    return out
