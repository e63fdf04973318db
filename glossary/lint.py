"""What `glossary validate` tells a terminologist about a glossary that loads cleanly: entries that are valid by
design but may not be what was meant (notes, not problems: nothing was repaired, and `--strict` does not refuse them).

- A concept with terms in one language only (an empty English or Chinese cell): it loads, and its terms are matched
  and their deprecated forms flagged, but the text's translation of it cannot be checked.
- No concept at all (a header row only, or every row skipped): it loads, and a run with it checks terms only for
  consistency within the text, as a run without a glossary does; usually an export that went wrong.
- A Chinese term that two or more concepts list with different English (a homonym, 分泌组 "secretome" and 分泌组
  "secretory group"): a use of it is satisfied by either concept's English, so a translation that should have said
  one is not reported. Meant for a true homonym; two rows written for one concept should be one concept with admitted
  terms.
- The same for an English term two or more concepts list with different Chinese ("router" admitted for 路由 and the
  preferred term of 路由器): a text's "router" then counts as either concept, and two concepts' forms look like one
  concept's two forms (review50 R7: a glossary written for Vue Router did this).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from zhen_qa.glossary.model import Concept, Glossary, en_key, zh_key


@dataclass(frozen=True)
class Note:
    """One remark on a loaded glossary: its kind (for counting) and what a terminologist is told."""

    kind: str
    """"empty", "one-language" or "homonym"."""
    message: str


def notes(glossary: Glossary) -> list[Note]:
    """The glossary's one-language concepts in file order, then its Chinese homonyms in the order of their first
    concept; for a glossary without concepts, that it has none."""
    if not glossary.concepts:
        return [Note("empty", "no concepts: a run with this glossary checks terms only for consistency within the "
                              "text, as a run without one does")]
    return _one_language(glossary.concepts) + _homonyms(glossary.concepts, "zh") + _homonyms(glossary.concepts, "en")


def _one_language(concepts: Sequence[Concept]) -> list[Note]:
    out = []
    for c in concepts:
        zh, en = any(True for _ in c.terms("zh")), any(True for _ in c.terms("en"))
        if zh == en:
            continue  # both languages (or neither: such an entry is skipped on loading, with a problem)
        has, lacks = ("Chinese", "English") if zh else ("English", "Chinese")
        terms = " | ".join(t for t, _s, _f in c.terms("zh" if zh else "en"))
        out.append(Note("one-language", f"concept {c.id} ({terms}) has no {lacks} term: its {has} terms are "
                                        f"matched, but how the text translates them is not checked"))
    return out


def _homonyms(concepts: Sequence[Concept], lang: str) -> list[Note]:
    """Terms of language `lang` that two or more concepts list with different terms in the other language."""
    other = "en" if lang == "zh" else "zh"
    key = zh_key if lang == "zh" else en_key
    other_key = en_key if other == "en" else zh_key
    by_term: dict[str, list[tuple[str, Concept]]] = {}
    for c in concepts:
        for term in dict.fromkeys(c.accepted(lang)):
            by_term.setdefault(key(term), []).append((term, c))
    out = []
    for listed in by_term.values():
        others = {frozenset(other_key(t) for t in c.accepted(other)) for _t, c in listed}
        if len(listed) < 2 or len(others) < 2 or frozenset() in others:
            continue  # one concept; the same translation (duplicates); a one-language concept (said above)
        named = [f"{c.id} ({' | '.join(c.accepted(other))})" for _t, c in listed]
        which = f"{', '.join(named[:-1])} and {named[-1]}"
        term = f"「{listed[0][0]}」" if lang == "zh" else f"“{listed[0][0]}”"
        language = "English" if other == "en" else "Chinese"
        out.append(Note("homonym", f"{term} is listed by {len(listed)} concepts with different {language}, "
                                   f"{which}: a use of it is accepted with either's {language}; if they are one "
                                   f"concept, make one entry with admitted terms"))
    return out
