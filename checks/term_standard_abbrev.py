"""A drug written by its standard abbreviation: "ASA" for aspirin (阿司匹林), "5-FU" for fluorouracil.

Clinical English writes some drugs by an abbreviation of their chemical or older name that every reader knows and no
text defines (ASA, acetylsalicylic acid, for aspirin; MTX for methotrexate); it spells no word of the drug's name,
so neither `term_forms.initialism_in` nor a definition in the text finds it. STANDARD is a closed table of such
abbreviations, each standing for one drug only (left out: CTX, cyclophosphamide or cetuximab; LV, leucovorin or
the left ventricle). The abbreviation renders the drug where the English writes it as a word of its own, not inside
parentheses or brackets: there it is defined by the words before it, which must render the term themselves
("substance (ASA)").
"""
from __future__ import annotations

import re

from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en

STANDARD: dict[str, tuple[str, ...]] = {
    "aspirin": ("ASA",),
    "acetylsalicylic acid": ("ASA",),
    "fluorouracil": ("5-FU",),
    "5-fluorouracil": ("5-FU",),
    "methotrexate": ("MTX",),
    "mercaptopurine": ("6-MP",),
    "6-mercaptopurine": ("6-MP",),
    "tretinoin": ("ATRA",),
    "all-trans retinoic acid": ("ATRA",),
    "hydroxychloroquine": ("HCQ",),
    "zidovudine": ("AZT",),
    "isoniazid": ("INH",),
    "cytarabine": ("Ara-C",),
}
"""English drug names and the standard abbreviations that stand for them alone."""


def standard_abbreviation_in(concepts: list[Concept], text: str) -> bool:
    """Whether the English `text` writes a drug of `concepts` by its standard abbreviation (see the module
    docstring)."""
    for c in concepts:
        for form in c.accepted("en"):
            for abbr in STANDARD.get(fold_en(form, lower=True), ()):
                pattern = r"(?<![A-Za-z0-9(\[（［-])(?<![(\[（［]\s)" + re.escape(abbr) + r"(?![A-Za-z0-9])"
                if re.search(pattern, text):
                    return True
    return False
