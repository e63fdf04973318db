"""English term matching: folded Aho-Corasick with inflections and Latin-only word boundaries.

Text and terms are folded with a length-preserving fold (case unless the concept is case-sensitive,
hyphens to spaces, curly apostrophes to ', full-width letters to ASCII), so offsets are offsets into
the original text; a run of spaces in the folded text ("stem  cell", "stem -\ncell") matches the one
space of a term, offsets mapped back. The last word of each term also matches its plural and possessive forms
(secretome/secretomes/secretome's, vesicle/vesicles, therapy/therapies, analysis/analyses): regular
endings are checked after a match, and only stem-changing variants are indexed.
Exactness with real termbases: acronyms and all-capital terms (WHO, US, HA, mRNA, a one-letter "A")
match only with their capitals as written, unless the text has no capital letter at all; no endings or
variants are added to a last word shorter than 4 letters (HA must not match "has", I "is", A "as") or
to a function word, except a lower-case "s" after an acronym (MSCs); a one-letter term does not match
the first word of a text (the article "A", the pronoun "I").
A match must not continue a Latin word on either side; Chinese characters and full-width
punctuation are boundaries (Python's `\\b` would treat CJK as word characters). Overlapping
matches resolve leftmost-longest, so a deprecated term inside a longer listed term is not reported.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import ahocorasick

from zhen_qa.glossary.model import TermMatch, TermStatus
from zhen_qa.glossary.normalize import fold_en
from zhen_qa.manuscript.english_plurals import IRREGULAR_PLURALS, SINGULARS

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.glossary.model import Glossary

_VOWELS = set("aeiou")

MIN_INFLECTED = 4
"""Shortest last word (letters) that gets endings and variants: "has" is not HA + s."""

FUNCTION_WORDS = frozenset("""
about above across after again against also although among and another any are because been before being
below between both but can could does done down during each either else even ever every from further had has
have having here hers herself himself into itself just least less many more most much must neither none nor
once only onto other others ought ours over same shall should since some such than that their theirs them
themselves then there these they this those though through thus till under unless until upon very was were
what when where whether which while whom whose will with within without would your yours
""".split())
"""English words that are never inflected as terms ("others" is not a plural of a term "other")."""


def is_acronym(word: str) -> bool:
    """A word matched with its capitals as written: two or more capitals (WHO, mRNA, IL-6) or one capital letter."""
    capitals = sum(1 for ch in word if ch.isupper())
    return capitals >= 2 or (len(word) == 1 and word.isupper())


def inflectable(last: str) -> bool:
    """True if a term's last word gets endings and variants: 4 letters or more and not a function word."""
    return sum(1 for ch in last if ch.isalpha()) >= MIN_INFLECTED and last.lower() not in FUNCTION_WORDS


def suffixes(last: str) -> tuple[str, ...]:
    """Endings matched after a listed word as written (plural and possessive), given its last word."""
    low = last.lower()
    if not low or not low[-1].isalpha():
        return ()
    if not inflectable(last):
        return ("s",) if is_acronym(last) and len(last) > 1 else ()
    if low.endswith("s"):
        return ("'",)
    if low.endswith(("x", "z", "ch", "sh")):
        return ("es", "es'", "'s")
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return ("'s",)  # the plural changes the stem: see `irregular`
    return ("s", "'s", "s'")


def _like(word: str, model: str) -> str:
    """`word` capitalised as `model` is (Vertex: Vertices; VERTEX: VERTICES)."""
    if model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def irregular(term: str) -> list[str]:
    """Variants that are not the term plus an ending: -y/-ies, -is/-es, -um/-a, -us/-i, an irregular plural
    (`IRREGULAR_PLURALS`: vertex/vertices, child/children), no apostrophe, singular."""
    out: list[str] = []
    if "'" in term:
        out.append(term.replace("'", ""))  # Alzheimer's disease / Alzheimers disease
    head, _sep, last = term.rpartition(" ")
    if not inflectable(last) or is_acronym(last):
        return out
    prefix = head + " " if head else ""
    low = last.lower()
    if len(low) > 1 and low.endswith("y") and low[-2] not in _VOWELS and low[-2].isalpha():
        out += [prefix + last[:-1] + "ies", prefix + last[:-1] + "ies'"]
    if len(low) > 3 and low.endswith("is"):
        out.append(prefix + last[:-2] + "es")
    if len(low) > 3 and low.endswith("um"):
        out.append(prefix + last[:-2] + "a")
    if len(low) > 3 and low.endswith("us"):
        out.append(prefix + last[:-2] + "i")
    if low in IRREGULAR_PLURALS:  # vertex: vertices, child: children
        out.append(prefix + _like(IRREGULAR_PLURALS[low], last))  # its possessive vertices' is an ending
    if low in SINGULARS:  # a term listed in an irregular plural matches its singular (indices: index)
        out.append(prefix + _like(SINGULARS[low], last))
    elif len(low) > 4 and low.endswith("ies"):  # a term listed in the plural matches its singular
        out.append(prefix + last[:-3] + "y")
    elif len(low) > 4 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")):
        out.append(prefix + last[:-1])
    return out


def inflections(term: str) -> list[str]:
    """Every form of a term that matches it: as written, with an ending, or an irregular variant."""
    out = [term]
    for form in [term] + irregular(term):
        out.extend(form + suffix for suffix in suffixes(form.rpartition(" ")[2]))
    return out + irregular(term)


def _is_word_char(ch: str) -> bool:
    """A character that continues a Latin word (letters and digits below the CJK blocks)."""
    return ch.isalnum() and ord(ch) < 0x2E80


_NOT_WORD_BELOW = re.compile(r"[\W_]")
"""Characters that are not `_is_word_char` (`\\w` is isalnum() or "_"), in text without a character from U+2E80."""


@lru_cache(maxsize=1)
def _not_word() -> re.Pattern[str]:
    """Characters that are not `_is_word_char`, in any text. Compiled on first use: its range of 53,000 characters
    takes 3 ms to compile, and English text seldom holds one of them."""
    return re.compile(r"[\W_\u2e80-\U0010ffff]")


def word_mask(text: str) -> str:
    """`text` with every character that does not continue a Latin word replaced by a space; same length.
    One regex pass marks them all."""
    if not text or max(text) < "\u2e80":
        return _NOT_WORD_BELOW.sub(" ", text)
    return _not_word().sub(" ", text)


_Owner = tuple[int, str, str, TermStatus]
"""(position of the concept in the glossary, concept id, listed form, status) of one listing of a term."""
_Rule = tuple[tuple[tuple[int, str], ...], bool, tuple[str, ...]]
"""(case pieces, always, endings) of a `_Form`."""


class _Form(NamedTuple):
    """The listings of one folded key that share their case rule and endings (see EnMatcher)."""

    pieces: tuple[tuple[int, str], ...]
    """(offset, text) of the parts that must match with their case: the whole form when case-sensitive, else
    its acronyms; empty: any case."""
    always: bool
    """The case rule holds even in text without capitals (a case-sensitive concept)."""
    endings: tuple[str, ...]
    owners: tuple[_Owner, ...]


class EnMatcher:
    """Finds the English terms of one glossary in text; see the module docstring for the rules.

    One folded key ("ab") may be listed with different case rules ("Ab" case-sensitive in one concept, "ab"
    in another, "AB" as an acronym in a third): each rule is a `_Form` and a match belongs to the concepts
    whose forms accept the text as written, so the result does not depend on the order of the concepts.
    """

    def __init__(self, glossary: "Glossary") -> None:
        listed: dict[str, dict[_Rule, list[_Owner]]] = {}
        variants: dict[str, dict[_Rule, list[_Owner]]] = {}
        for n, c in enumerate(glossary.concepts):
            if not (c.en or c.en_admitted or c.en_deprecated):
                continue
            for term, status, _field in c.terms("en"):
                cased = " ".join(fold_en(term, lower=False).split())
                if not cased:
                    continue
                owner = (n, c.id, term, status)
                _add(listed, cased, c.case_sensitive, owner)
                for form in irregular(cased):
                    _add(variants, form, c.case_sensitive, owner)
        # a listed term wins over another term's variant of the same key
        table = {**{k: v for k, v in variants.items() if k not in listed}, **listed}
        self._forms: dict[str, tuple[_Form, ...]] = {
            key: tuple(_Form(*rule, tuple(owners)) for rule, owners in rules.items())
            for key, rules in table.items()
        }
        self._chosen: dict[tuple[_Form, ...], _Entry] = {}
        auto = ahocorasick.Automaton()
        for key, forms in self._forms.items():
            auto.add_word(key, (len(key), forms))
        if self._forms:
            auto.make_automaton()
        self._auto = auto

    def __len__(self) -> int:
        return len(self._forms)

    def _entry(self, forms: tuple[_Form, ...]) -> "_Entry":
        """(concept id, form, status, homonyms) of a match accepted by `forms`."""
        entry = self._chosen.get(forms)
        if entry is None:
            owners = sorted(o for f in forms for o in f.owners)
            entry = self._chosen[forms] = _primary([(cid, term, status) for _n, cid, term, status in owners])
        return entry

    def find(self, text: str) -> list[TermMatch]:
        """Leftmost-longest whole-word term matches in `text`, in order, non-overlapping."""
        if not self._forms or not text:
            return []
        folded = fold_en(text)
        caseless = folded == text  # no capital letter at all (a lower-cased corpus): acronyms match in any case
        if "  " not in folded:
            return self._find(text, folded, caseless)
        # "stem  cell", "stem -\ncell": runs of spaces (after folding) match the single space of a term
        keep = [k for k, ch in enumerate(folded) if ch != " " or k == 0 or folded[k - 1] != " "]
        found = self._find("".join(text[k] for k in keep), "".join(folded[k] for k in keep), caseless)
        return [m._replace(start=keep[m.start], end=keep[m.end - 1] + 1) for m in found]

    def _find(self, text: str, folded: str, caseless: bool) -> list[TermMatch]:
        """`find` on text whose folded form has no run of spaces."""
        mask = word_mask(folded)  # mask[k] != " ": folded[k] continues a Latin word
        n = len(folded)
        cands: list[tuple[int, int, tuple[_Form, ...]]] = []  # (start, end, accepting forms): end includes any ending
        first_word = mask.lstrip(" ")
        first = n - len(first_word)  # where the first word of the text starts
        for end_incl, (length, forms) in self._auto.iter(folded):
            end = end_incl + 1
            start = end - length
            if start > 0 and mask[start] != " " and mask[start - 1] != " ":
                continue
            if length == 1 and start == first:
                continue  # "A patient ...", "I ...": a one-letter term is not the first word of a text
            if len(forms) == 1 and not forms[0].pieces:  # the common case: one rule, any case
                if end >= n or mask[end - 1] == " " or mask[end] == " ":
                    cands.append((start, end, forms))
                for ending in forms[0].endings:
                    stop = end + len(ending)
                    if folded.startswith(ending, end) and (stop >= n or mask[stop] == " "):
                        cands.append((start, stop, forms))
                continue
            accepted: list[tuple[_Form, tuple[str, ...]]] = []
            for form in forms:
                if not form.pieces:
                    accepted.append((form, form.endings))
                elif caseless and not form.always:
                    accepted.append((form, ()))
                elif all(fold_en(text[start + k:start + k + len(w)], lower=False) == w for k, w in form.pieces):
                    accepted.append((form, form.endings))
            if not accepted:
                continue
            if end >= n or mask[end - 1] == " " or mask[end] == " ":
                cands.append((start, end, tuple(f for f, _e in accepted)))
            for ending in dict.fromkeys(e for _f, ends in accepted for e in ends):
                stop = end + len(ending)
                if folded.startswith(ending, end) and (stop >= n or mask[stop] == " "):
                    cands.append((start, stop, tuple(f for f, ends in accepted if ending in ends)))
        cands.sort(key=lambda se: (se[0], -se[1]))
        out: list[TermMatch] = []
        last_end = 0
        for k, (start, end, accepting) in enumerate(cands):
            if start < last_end:
                continue
            while k + 1 < len(cands) and cands[k + 1][:2] == (start, end):  # one span, several keys ("MSC"+s, "mscs")
                k += 1
                accepting += tuple(f for f in cands[k][2] if f not in accepting)
            out.append(TermMatch(start, end, *self._entry(accepting)))
            last_end = end
        return out


def _add(table: dict[str, dict[_Rule, list[_Owner]]], form: str, case_sensitive: bool, owner: _Owner) -> None:
    """List `owner` under the key of `form`, with the case rule and endings `form` has as written."""
    pieces = _case_pieces(form, case_sensitive)
    rule: _Rule = (pieces, bool(pieces) and case_sensitive, suffixes(form.rpartition(" ")[2]))
    owners = table.setdefault(form.lower(), {}).setdefault(rule, [])
    if owner not in owners:
        owners.append(owner)


_Entry = tuple[str, str, TermStatus, tuple[str, ...]]
"""(concept id, listed form, status, other concepts listing the same term)."""


def _primary(owners: list[tuple[str, str, TermStatus]]) -> _Entry:
    """The entry of a term listed by several concepts: the first that accepts it, the others as homonyms."""
    best = next((o for o in owners if o[2] is not TermStatus.DEPRECATED), owners[0])
    others = tuple(dict.fromkeys(o[0] for o in owners if o[0] != best[0]))
    return best[0], best[1], best[2], others


def _case_pieces(form: str, case_sensitive: bool) -> tuple[tuple[int, str], ...]:
    """(offset, text) of the parts of a term that must match with their case (see EnMatcher)."""
    if case_sensitive:
        return ((0, form),)
    pieces: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\W_]+", form):
        if is_acronym(m.group()):
            pieces.append((m.start(), m.group()))
    return tuple(pieces)
