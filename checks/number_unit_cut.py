"""Numbers across two CAT units that one sentence was cut into.

A memory made from a PDF, or a source its CAT tool segmented at an abbreviation, cuts one English sentence into two
units: "… (Evia et al., 2015, p." and "334)” represent those broader rhetorical strategies …", or "… (Figure 8." and
"8), however, shows …". The translator writes the reference whole in one of the two units (… 2015, p.334)，这句话
…), so read unit by unit a number is missing from one unit and left over in the other. The cut is visible in the
English of both: the later half does not start a sentence (it opens with a lower-case word, or with a number that
closes a bracket: "8)", "(2016)", "334)") and the earlier one stops where no sentence ends. The halves are the unit
right before the later one (its English a sentence's words without an end mark) or, anywhere in the file (OmegaT's
memory sorts its units by their source text), a unit that stops at an abbreviation or label number a page, figure
or citation number follows ("p.", "et al.", "Figure 8."): four words without an end mark are everyday in a PO or
XLIFF file (a settings label), so they join only neighbours. Only the number at the cut (the later half's first
English token, the earlier half's last or one inside the bracket it leaves open) is paired with the same number the
other half's Chinese has over. A number changed inside one unit is still reported, and so is a number two unrelated
units lose and add.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.checks.number_beads import Bead, Mention, mention_keys
from zhen_qa.manuscript.document import Pair
from zhen_qa.manuscript.lazy_re import LazyPattern

_GOES_ON = LazyPattern(r"[a-z]|\(?\d[\d.,]*\)")
"""How an English text that continues a sentence opens: a lower-case word, or the number that closes the bracket the
earlier half opened (8), (2016), 334))."""
_ENDS = LazyPattern(r"[.!?:;…][\"'”’)\]]*\Z")
"""A sentence's end, closing quotes and brackets after it."""
SENTENCE_WORDS = 4
"""Fewest words of an English text without an end mark to be read as a sentence cut off (a label, "Delete all",
stops without one and is whole)."""
_CUT_AT = LazyPattern(r"(?:\b(?:p|pp|al|[Ff]igs?|[Ff]igure|[Tt]able|[Cc]hapter|[Ee]q|[Nn]o|[Vv]ol)\.|\b\d{1,3}\.)\Z")
"""An end mark that is an abbreviation's period or a label number's before the number or reference that follows:
"p.", "et al.", "Figure 8.", "Table 2."."""
_OPENERS = "([{\"'“‘"
_CLOSERS = ".,;:)]}\"'”’"


def starts_cut(pair: Pair) -> bool:
    """True when the CAT unit's English goes on from a sentence begun elsewhere (`_GOES_ON`)."""
    return pair.tags is not None and bool(pair.en) and bool(_GOES_ON.match(pair.en[0].text.text.lstrip()))


def _cut_at(pair: Pair) -> bool:
    """True when the CAT unit's English stops at an abbreviation's or a label number's period (`_CUT_AT`)."""
    return pair.tags is not None and bool(pair.en) and bool(_CUT_AT.search(pair.en[-1].text.text.rstrip()))


def ends_cut(pair: Pair) -> bool:
    """True when the CAT unit's English stops where no sentence ends (`_ENDS`, `_CUT_AT`)."""
    if pair.tags is None or not pair.en:
        return False
    text = pair.en[-1].text.text.rstrip()
    return bool(_CUT_AT.search(text)) or len(text.split()) >= SENTENCE_WORDS and not _ENDS.search(text)


def _opens_with(pair: Pair, m: Mention) -> bool:
    """True when the English number `m` is the first token of the unit's English (the later half's side of the cut:
    "334)”", "(2016)")."""
    s, n = m
    return s == pair.en[0] and not s.text.text[:n.start].strip(_OPENERS)


def _unclosed(text: str) -> int | None:
    """Where the first bracket the text leaves open starts ("… (Evia et al., 2015, p."), or None."""
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            opened.pop()
    return opened[0] if opened else None


def _closes_with(pair: Pair, m: Mention) -> bool:
    """True when the English number `m` ends the unit's English (the earlier half's side of the cut): its last
    token, or inside the bracket it leaves open for the later half to close ("(Evia et al., 2015, p." + "334)")."""
    s, n = m
    if s != pair.en[-1]:
        return False
    start = _unclosed(s.text.text)
    return not s.text.text[n.end:].strip(_CLOSERS) or start is not None and n.start > start


def _join(earlier: tuple[Pair, Bead], later: tuple[Pair, Bead]) -> None:
    """Pair the number that sits at the cut (the later half's first English token or the earlier half's last),
    missing from the Chinese of its half, with the same number the other half's Chinese has over."""
    for (pair, bead), other, at in ((later, earlier[1], _opens_with), (earlier, later[1], _closes_with)):
        for m in [m for m in bead.miss_zh if at(pair, m)]:
            hit = next((o for o in other.miss_en if mention_keys(o) == mention_keys(m)), None)
            if hit is not None:
                bead.miss_zh.remove(m)
                other.miss_en.remove(hit)


def across_cuts(groups: Sequence[tuple[Pair, list[Bead]]]) -> None:
    """Reconcile the number at the cut of every later half of a cut sentence (its first bead) with the earlier half
    (its last bead): the unit right before it in the file, or, anywhere in the file (OmegaT sorts its memory), a unit
    that stops at an abbreviation or label number (`_CUT_AT`: "p.", "et al.", "Figure 8."). Never two unrelated units
    of a PO or XLIFF file that merely lack an end mark and open lower-case: their numbers are their own."""
    def open_(beads: list[Bead]) -> bool:
        return bool(beads) and bool(beads[-1].miss_en or beads[-1].miss_zh)

    labelled = [i for i, (other, before) in enumerate(groups) if open_(before) and _cut_at(other)]
    for j, (pair, beads) in enumerate(groups):
        if not beads or not starts_cut(pair) or not (beads[0].miss_en or beads[0].miss_zh):
            continue
        near = [j - 1] if j > 0 and open_(groups[j - 1][1]) and ends_cut(groups[j - 1][0]) else []
        for i in dict.fromkeys(near + labelled):
            other, before = groups[i]
            if i != j and before[-1] is not beads[0]:
                _join((other, before[-1]), (pair, beads[0]))
