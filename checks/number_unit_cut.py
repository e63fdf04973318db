"""Numbers across two CAT units that one sentence was cut into.

A memory made from a PDF, or a source its CAT tool segmented at an abbreviation, cuts one English sentence into two
units: "… (Evia et al., 2015, p." and "334)” represent those broader rhetorical strategies …", or "… (Figure 8." and
"8), however, shows …". The translator writes the reference whole in one of the two units (… 2015, p.334)，这句话
…), so read unit by unit a number is missing from one unit and left over in the other. The two halves need not be
neighbours in the file (OmegaT's memory sorts its units by their source text). The cut is visible in the English of
both: the later half does not start a sentence (it opens with a lower-case word, or with a number that closes a
bracket: "8)", "(2016)", "334)") and the earlier one stops where no sentence ends (a sentence's words without an end
mark, or at an abbreviation that a page, figure or citation number follows: "p.", "et al.", "Figure 8.").
A number missing from a later half's English (or Chinese) that an earlier half of the file has over on that side is
the same number, translated on the other side of the cut (`number_restated.reconcile` pairs them, as it does between
the beads of one pair). A number changed inside one unit is still reported (it is missing on both sides of that unit
and left over in no cut unit), and so is a number missing from a unit that no cut touches.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.checks.number_beads import Bead
from zhen_qa.checks.number_restated import reconcile
from zhen_qa.manuscript.document import Pair

_GOES_ON = re.compile(r"[a-z]|\(?\d[\d.,]*\)")
"""How an English text that continues a sentence opens: a lower-case word, or the number that closes the bracket the
earlier half opened (8), (2016), 334))."""
_ENDS = re.compile(r"[.!?:;…][\"'”’)\]]*\Z")
"""A sentence's end, closing quotes and brackets after it."""
SENTENCE_WORDS = 4
"""Fewest words of an English text without an end mark to be read as a sentence cut off (a label, "Delete all",
stops without one and is whole)."""
_CUT_AT = re.compile(r"(?:\b(?:p|pp|al|[Ff]igs?|[Ff]igure|[Tt]able|[Cc]hapter|[Ee]q|[Nn]o|[Vv]ol)\.|\b\d{1,3}\.)\Z")
"""An end mark that is an abbreviation's period or a label number's before the number or reference that follows:
"p.", "et al.", "Figure 8.", "Table 2."."""


def starts_cut(pair: Pair) -> bool:
    """True when the CAT unit's English goes on from a sentence begun elsewhere (`_GOES_ON`)."""
    return pair.tags is not None and bool(pair.en) and bool(_GOES_ON.match(pair.en[0].text.text.lstrip()))


def ends_cut(pair: Pair) -> bool:
    """True when the CAT unit's English stops where no sentence ends (`_ENDS`, `_CUT_AT`)."""
    if pair.tags is None or not pair.en:
        return False
    text = pair.en[-1].text.text.rstrip()
    return bool(_CUT_AT.search(text)) or len(text.split()) >= SENTENCE_WORDS and not _ENDS.search(text)


def across_cuts(groups: Sequence[tuple[Pair, list[Bead]]]) -> None:
    """Reconcile the numbers of every later half of a cut sentence (its first bead) with those of the earlier halves
    of the file (their last beads): a number one half lacks and another has over on the same side is the same."""
    earlier = [beads[-1] for pair, beads in groups if beads and ends_cut(pair)]
    earlier = [b for b in earlier if b.miss_en or b.miss_zh]
    if not earlier:
        return
    for pair, beads in groups:
        if beads and starts_cut(pair) and (beads[0].miss_en or beads[0].miss_zh):
            for other in earlier:
                if other is not beads[0]:
                    reconcile([beads[0], other])
