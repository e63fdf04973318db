"""Pairs of English forms that are one term written two ways: spelling, hyphenation, abbreviation and full name.

`spelling_key` maps colour/color, centre/center, analyse/analyze, organisation/organization,
haemoglobin/hemoglobin, labelled/labeled, catalogue/catalog to one key; hyphenated words meet
their closed spelling (e-mail / email) and, when the next word is the same, their open spelling
(well-known method / well known method). Open spellings before a particle (follow-up / follow up)
are a noun and a verb, not variants; an open spelling always followed by a content word is a modifier
and a variant of the hyphenated one even without a shared next word. An abbreviation defined as "full
name (ABBR)" and its full name written again later are two forms of one term (abbrev.py).
"""
from __future__ import annotations

import re
from collections import defaultdict

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.glossary.discover.collect import FormStat, Stats
from zhen_qa.glossary.discover.zh_variants import Pair

_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"(?<=[a-z]{2}l)ys(e|es|ed|ing|er|ers)$", r"yz\1"),
    (r"(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|al)?$", r"or\1"),
    (r"(?<=[a-z]{2}[cnilm])([bt])re(s|d)?$", r"\1er\2"),
    (r"(?<=[a-z]{3}[ae])ll(ed|ing|er|ers)$", r"l\1"),
    (r"(?<=[a-z]{3})ogue(s)?$", r"og\1"),
    (r"^(?:ae)(?=[a-z]{4})", "e"),
    (r"(?<=[hptlcgm])ae(?=[a-z]{2})", "e"),
    (r"^oe(?=[a-z]{4})", "e"),
    (r"(?<=f)oe|(?<=rrh)oe", "e"),
    (r"(?<=[a-z]{3})ence$", "ense"),
))

PARTICLES = frozenset("up out in on off down over back away about through".split())
"""Second words after which an open spelling is a phrasal verb (follow up), not a variant of the noun."""

MIN_LEN = 4
"""Shortest word compared."""


MIN_REUSES = 2
"""Times a full name must be written again after its abbreviation was defined to be a second form of the term: once
is a reminder a reviewer accepts (a summary spelling the name out again, an audience line); a habit is not."""


def spelling_key(word: str) -> str:
    """One key for the British and American spellings of a lower-case word, hyphens and spaces removed."""
    word = word.replace("-", "").replace("\u2010", "").replace("\u2011", "").replace(" ", "")
    for pattern, repl in _RULES:
        word = pattern.sub(repl, word)
    return word


def _attributive(stat: FormStat) -> bool:
    """An open spelling always followed by a content word (long term survival): a modifier, to be hyphenated.

    Followed by a function word, a particle or nothing (in the long term, based on), it may be correct open.
    """
    nexts = [n[1:] for n in stat.neighbours if n.startswith(">")]
    return sum(stat.neighbours[">" + w] for w in nexts) == stat.count and all(
        len(w) > 2 and w not in STOP_EN and w not in PARTICLES and w not in PREPOSITIONS for w in nexts)


_NOT_NOUN = re.compile(r"(?:ed|ing|ic|ical|ous|ive|ible|able|less|ful|wide|like|free|specific|dependent|ular|al|ary)$")
"""Last elements of a hyphenated compound that make it an adjective (genome-wide, community-based, dose-dependent):
its open spelling is no noun phrase of its own."""

PREPOSITIONS = frozenset("via within without between across among per versus through during after before under over"
                         .split())
"""Prepositions: after an open spelling it is no modifier (imported on demand via a plugin); first in a compound,
the compound is no noun phrase when open (within-family, between-group)."""


def _modifier(form: str, stat: FormStat) -> bool:
    """A hyphenated noun compound always standing before a content word (coronary-artery bypass grafting,
    moderate-diet group, T-cell receptor): the modifier form of the open noun (coronary artery disease,
    a moderate diet, T cells), hyphenated by English style (Chicago, AMA, NEJM). One term, not two forms, unless
    the open spelling stands before the same word (long-term survival / long term survival). A compound whose open
    spelling is no noun phrase (genome-wide, community-based, within-family) is a modifier either way: open, it is
    the same modifier spelt two ways."""
    parts = form.split("-")
    if len(parts) != 2 or _NOT_NOUN.search(parts[1]) or parts[0] in PREPOSITIONS:
        return False
    if len(parts[0]) > 1 and parts[0] in STOP_EN:  # on-demand, in-house; not T-cell
        return False
    return _attributive(stat)


def _nexts(stat: FormStat) -> set[str]:
    """The words a form stands before, by spelling key (involvement and a line-broken involve-ment are one)."""
    return {spelling_key(n[1:]) for n in stat.neighbours if n.startswith(">")}


def _beyond(stats: Stats, form: str) -> set[str]:
    """The words one word after `form` (high-quality React components): the noun it modifies past another modifier."""
    return {w for n in stats.en[form].neighbours if n.startswith(">") and (pair := stats.en.get(form + " " + n[1:]))
            for w in _nexts(pair)}


def en_pairs(stats: Stats) -> list[Pair]:
    """Pairs of English forms with one spelling key (each spelled differently in the same text)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    spaced: list[str] = []
    for form in stats.en:
        if " " in form:
            spaced.append(form)
        elif len(form) >= MIN_LEN:
            by_key[spelling_key(form)].append(form)
    hyphenated = {k for k, forms in by_key.items() if any("-" in f for f in forms)}
    for form in spaced:
        key = spelling_key(form)
        if key in hyphenated and form.split(" ")[1] not in PARTICLES:
            by_key[key].append(form)
    out: list[Pair] = []
    for forms in by_key.values():
        if len(forms) < 2:
            continue
        forms.sort()
        for i, a in enumerate(forms):
            for b in forms[i + 1:]:
                kind = "hyphen" if "-" in a + b or " " in a + b else "spelling"
                if " " in a + b:
                    op, hy = (a, b) if " " in a else (b, a)
                    if not _nexts(stats.en[op]) & _nexts(stats.en[hy]) and (
                            not _attributive(stats.en[op])
                            or _modifier(hy, stats.en[hy]) and not _nexts(stats.en[op]) & _beyond(stats, hy)):
                        continue
                if kind == "hyphen" and a.replace("-", "") == b.replace("-", "") and a.count("-") == b.count("-"):
                    continue
                out.append(Pair(a, b, kind, (kind,), 2))
    for full, abbr in stats.abbreviations.items():
        short = abbr.lower()
        reused = stats.expansions.get(full)
        if reused is not None and reused.count >= MIN_REUSES and short in stats.en and stats.en[short].count >= 2:
            out.append(Pair(short, full, "abbreviation", ("definition",), 2))
    return out
