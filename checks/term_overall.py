"""A term said by its bare head: a measure without its unmarked qualifier, 总生存 = "survival" ("no survival or local
control benefit"); an act without the object the file names, 戒烟 = "cessation" ("improve cessation rates").

"Overall" qualifies a measure as the unmarked whole (overall survival, overall response rate, overall mortality):
the bare head means the same, while every narrower measure says its qualifier (disease-free survival,
progression-free survival, cancer-specific mortality). An English term "overall X" is rendered by X where the word
before X qualifies nothing: a function word (`_PLAIN`: the, no, of, with, ...) or none, not another qualifier
("disease-free survival", "5-year survival", "median survival" stay to be asked). The head replaced by another word
("no substance benefit") is no rendering, and the finding stays.

An act named by its object and an action noun (smoking cessation, liver transplantation: `_ACT`) is said by the action
noun alone once the file's English names the object elsewhere (a smoking summary's "individually focused cessation
efforts", a liver cancer summary's "by a transplantation"): the reader knows what is stopped or transplanted. The word
before the action noun must qualify nothing or be a participle or an adverb (`_PLAIN_BEFORE`: "ongoing
transmission"), not a noun that names another object ("alcohol cessation" is not 戒烟) nor a classifying adjective
("local transmission" is not "community transmission"); the act's head replaced or deleted leaves nothing to find.
The action noun is the file's own word for the act (`object_left` returns it), weighed as such by `missing_summary`.
"""
from __future__ import annotations

import re

from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en

_OVERALL = "overall "
_PLAIN = frozenset("the a an of with and or to for by in on no any its their this that improved prolonged longer "
                   "shorter better worse".split())
"""Words before the bare head that qualify nothing: determiners, prepositions, conjunctions, a comparison."""
_ACT = re.compile(r"([a-z]{4,}) ([a-z]{4,}(?:tion|sion))")
"""A two-word English form of an object and an action noun of eight letters or more (smoking cessation)."""
_PLAIN_BEFORE = re.compile(r"[a-z]+(?:ed|ing|ly)", re.I)
"""A word before a bare action noun that names no object nor a kind of the act: a participle or an adverb."""
_OF_OBJECT = re.compile(r"\s+of\s+([A-Za-z][A-Za-z-]*)")
"""An object said after the action noun (the cessation of drinking)."""


def overall_left(h: Hit, concepts: list[Concept], en_text: str) -> bool:
    """Whether a Chinese term whose English is "overall X" is said in the English by a bare X (see the module
    docstring)."""
    if h.lang != "zh":
        return False
    heads = {f[len(_OVERALL):] for c in concepts for f in (fold_en(g, lower=True) for g in c.accepted("en"))
             if f.startswith(_OVERALL) and len(f) > len(_OVERALL) + 3}
    for head in heads:
        for m in re.finditer(r"(?<![A-Za-z-])" + re.escape(head) + r"(?![A-Za-z-])", en_text, re.I):
            before = re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", en_text[:m.start()])
            if not before or before[-1].lower() in _PLAIN:
                return True
    return False


def object_left(h: Hit, concepts: list[Concept], en_text: str, file_en: str) -> str:
    """The action noun by which the English says a Chinese term whose English is an object and an action noun
    (smoking cessation: "cessation"), the object named in the file's English `file_en`, or "" (see the module
    docstring)."""
    if h.lang != "zh":
        return ""
    for c in concepts:
        for form in c.accepted("en"):
            m = _ACT.fullmatch(fold_en(form, lower=True))
            if m is None or not re.search(r"(?<![A-Za-z-])" + re.escape(m.group(1)) + r"(?![A-Za-z-])", file_en,
                                          re.I):
                continue
            gerund = m.group(1).endswith("ing")  # smoking cessation: another -ing word there is another object
            for a in re.finditer(r"(?<![A-Za-z-])" + re.escape(m.group(2)) + r"s?(?![A-Za-z-])", en_text, re.I):
                before = re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", en_text[:a.start()])
                after = _OF_OBJECT.match(en_text, a.end())
                if after and after.group(1).lower() != m.group(1):
                    continue  # "the cessation of drinking": the act's object, another one, said after it
                if not before or before[-1].lower() in _PLAIN or _PLAIN_BEFORE.fullmatch(before[-1]) and not (
                        gerund and before[-1].lower().endswith("ing")):
                    return m.group(2)
    return ""
